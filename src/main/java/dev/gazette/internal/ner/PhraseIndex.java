package dev.gazette.internal.ner;

import dev.gazette.internal.text.PackedChars;
import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.Tokenizer;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Finds known phrases (names, aliases) in tokenized text: phrases are tokenized with the same tokenizer
 * as articles, their folded token keys interned, and stored in a trie over key ids. Matching is
 * leftmost-longest over tokens; the caller decides, per candidate, whether to accept it (case rules,
 * context), and a rejected candidate lets shorter ones at the same start be tried.
 *
 * <p>Built once through {@link Builder}, then immutable and thread-safe.
 *
 * <h2>Layout (why the cost per token stays nearly flat as the index grows)</h2>
 * With a million phrases the tables are tens of megabytes, so each random probe is a cache miss; the
 * layout keeps those misses few and lets them overlap:
 * <ul>
 *   <li>Token codes. {@link #keyIds} gives each token a <em>code</em>: {@link #ABSENT}, or the key id
 *       with the flags of the trie node the key reaches from the root (has payloads, has children,
 *       has a single payload), and that node's first payload beside it. Keys that start some phrase
 *       are numbered first, and the root's child on key {@code k} is node {@code k}: the first trie
 *       step costs no memory access, and a one-token match reads nothing but the code array (a
 *       node's payload list is read only when its first payload is rejected).
 *   <li>Key table. One {@code long} per slot (hash and record offset; a miss reads only this array),
 *       the record holding length, code, payload and folded chars side by side.
 *   <li>Per-thread memo (large tables only, {@link KeyMemo}). The last lookups of the index, 4-way
 *       set-associative, keyed on the token's folded key packed into two {@code long}s (up to 16
 *       Latin-1 chars; longer or wider keys, rare in news, skip it): 8,192 entries, 256 KB, which
 *       stays in the core's L2 cache. One pass over a token's chars folds and packs it; a hit compares
 *       two longs and costs about what a probe of a small, cache-resident table does, so the common
 *       words of news, repeated within an article and from article to article (93% of tokens at a
 *       million phrases), never reach the large table. A token's repeats within an article wait for
 *       its first lookup. The misses are looked up as a batch, after passes that only touch their
 *       slots and records, so that their cache misses overlap instead of waiting for one another.
 *   <li>Filters. A token missing from the memo first tests a filter over the keys' hashes (two bits
 *       in one word, ~8 bits per key, ~5% false hits; 1 MB at a million keys, in cache where the
 *       tables are not): the words of a text that are in no phrase, most of them, are rejected
 *       without touching the large table. The same filter over edge keys fronts the edge table.
 *   <li>Edges below the root. One open-addressing table of (node, key) pairs, key and target in
 *       adjacent {@code long}s, the target carrying the same flags and first payload. The second trie
 *       step of every token is looked up in {@link #keyIds}, in one pass (again after touching the
 *       slots), not while matching; deeper steps, rare, are probed in {@link #match}.
 * </ul>
 */
public final class PhraseIndex {
  /** Code of a token whose key is in no phrase. */
  public static final int ABSENT = KeyInterner.ABSENT;
  /** Ints per token in a code array from {@link #keyIds}. */
  public static final int STRIDE = 4;

  /** Code / edge-target flag: the node ends a phrase (has payloads). */
  private static final int HAS_PAYLOAD = 1 << 30;
  /** Code / edge-target flag: the node has children. */
  private static final int HAS_CHILDREN = 1 << 29;
  /** Code / edge-target flag: the node has exactly one payload (the first, stored next to it). */
  private static final int SINGLE = 1 << 28;
  /** Key id or node id within a code or edge target. */
  private static final int ID_MASK = SINGLE - 1;
  private static final long EMPTY_EDGE = -1L;
  /** Transient codes within {@link #keyIds}: looked up later / same as an earlier token. */
  private static final int PENDING = -2;
  private static final int REPEAT = -3;
  /** Chars before the folded key in a record: length, code (2), first payload (2), children (2). */
  private static final int RECORD_HEADER = 7;
  /**
   * Key tables with at most this many slots (512 KB, plus their records) stay in the core's cache:
   * their lookups go straight to the table. Larger ones are fronted by the per-thread memo.
   */
  private static final int CACHE_RESIDENT_SLOTS = 1 << 16;
  /** Size of the filters in front of the key and edge tables (two bits set per entry: ~5% false hits). */
  private static final int FILTER_BITS_PER_ENTRY = 8;
  /** Format of {@link #write}: change it with the layout. */
  private static final int SERIAL_VERSION = 0x50490002;

  /** Receives candidate matches, longest first at each start token. */
  @FunctionalInterface
  public interface Sink {
    /**
     * Offers phrase payload {@code payload} for tokens {@code [startToken, endToken)}.
     *
     * @return whether the match is taken; when it is, matching resumes after {@code endToken}
     */
    boolean accept(int startToken, int endToken, int payload);
  }

  /** Per-thread scratch: the article's chars and the buffers of the batched lookups. */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /**
   * Open addressing over folded token keys: {@code (hash << 32) | (record offset + 1)}, 0 when empty; a
   * probe that misses reads one array. The record holds {@link #RECORD_HEADER} chars and the key.
   */
  private final long[] keySlots;
  private final int slotMask;
  private final char[] records;
  /**
   * Cache-resident filter in front of the key table (see {@link #mayContain}): a token whose key is
   * in no phrase (most tokens of most texts) is rejected without touching the large table.
   */
  private final long[] keyFilter;
  /** Keys {@code [0, firstKeys)} start some phrase; the root's child on key {@code k} is node {@code k}. */
  private final int firstKeys;
  /**
   * Edges below the root: {@code edges[2s] = (node << 32) | key} or EMPTY_EDGE; {@code edges[2s + 1] =
   * (first payload << 32) | target | flags}.
   */
  private final long[] edges;
  /**
   * Per thread, for large indexes only: the last lookups of this index (4-way sets of packed keys, see
   * {@link #lookUpMemoized}). Never stale: the index is immutable; entries pending during a call are
   * all filled in by its end (the memo is dropped if the call throws).
   */
  private final ThreadLocal<KeyMemo> memo;
  /** The same filter in front of {@link #edges}, over {@link #edgeSlot} of each edge key. */
  private final long[] edgeFilter;
  /** Payloads of node {@code n}: {@code payloadList[payloadStart[n], payloadStart[n + 1])}. */
  private final int[] payloadStart;
  private final int[] payloadList;
  private final int maxDepth;

  private PhraseIndex(KeyInterner keys, PhraseTrie trie) {
    int[] trieValues = trie.payloadValues();
    int[] trieNext = trie.payloadNext();
    this.maxDepth = trie.maxDepth();
    int keyCount = keys.size();
    int oldNodes = trie.nodeCount();
    int root = trie.root();
    int[] edgeNode = trie.edgeNodes();
    int[] edgeKey = trie.edgeKeyIds();
    int[] edgeTarget = trie.edgeTargets();
    int edgeCount = edgeNode.length;

    // Keys that start a phrase first (in id order), then the others.
    int[] newKey = new int[keyCount];
    Arrays.fill(newKey, -1);
    int first = 0;
    for (int k = 0; k < keyCount; k++) {
      if (trie.child(root, k) >= 0) {
        newKey[k] = first++;
      }
    }
    this.firstKeys = first;
    int next = first;
    for (int k = 0; k < keyCount; k++) {
      if (newKey[k] < 0) {
        newKey[k] = next++;
      }
    }
    // Nodes: the root's child on key k becomes node newKey[k]; deeper nodes follow, in creation order.
    int[] newNode = new int[oldNodes];
    Arrays.fill(newNode, -1);
    boolean[] hasChildren = new boolean[oldNodes];
    for (int e = 0; e < edgeCount; e++) {
      hasChildren[edgeNode[e]] = true;
      if (edgeNode[e] == root) {
        newNode[edgeTarget[e]] = newKey[edgeKey[e]];
      }
    }
    int nodes = first;
    for (int n = 0; n < oldNodes; n++) {
      if (n != root && newNode[n] < 0) {
        newNode[n] = nodes++;
      }
    }
    if (Math.max(nodes, keyCount) > ID_MASK) {
      throw new IllegalStateException("phrase index too large: " + nodes + " nodes, " + keyCount + " keys");
    }
    int[] oldOfNewNode = new int[nodes];
    for (int n = 0; n < oldNodes; n++) {
      if (n != root) {
        oldOfNewNode[newNode[n]] = n;
      }
    }
    // Payloads per node, in the trie's order; flags per node.
    this.payloadStart = new int[nodes + 1];
    this.payloadList = new int[trie.size()];
    int[] nodeFlags = new int[nodes];
    int[] firstPayload = new int[nodes];
    int count = 0;
    for (int nn = 0; nn < nodes; nn++) {
      int n = oldOfNewNode[nn];
      payloadStart[nn] = count;
      for (int p = trie.firstPayload(n); p >= 0; p = trieNext[p]) {
        payloadList[count++] = trieValues[p];
      }
      int own = count - payloadStart[nn];
      nodeFlags[nn] = (own > 0 ? HAS_PAYLOAD : 0) | (own == 1 ? SINGLE : 0) | (hasChildren[n] ? HAS_CHILDREN : 0);
      firstPayload[nn] = own > 0 ? payloadList[payloadStart[nn]] : 0;
    }
    payloadStart[nodes] = count;
    // Children of the root's children, as one bit per child key in 32 (see childBit).
    int[] children = new int[first];
    for (int e = 0; e < edgeCount; e++) {
      int from = edgeNode[e] == root ? -1 : newNode[edgeNode[e]];
      if (from >= 0 && from < first) {
        children[from] |= 1 << childBit(newKey[edgeKey[e]]);
      }
    }

    // Edges below the root.
    this.edges = new long[2 * tableSize(edgeCount - first)];
    this.edgeFilter = new long[filterWords(edgeCount - first)];
    Arrays.fill(edges, EMPTY_EDGE);
    int edgeMask = edges.length / 2 - 1;
    for (int e = 0; e < edgeCount; e++) {
      if (edgeNode[e] != root) {
        long k = edgeKey(newNode[edgeNode[e]], newKey[edgeKey[e]]);
        int s = edgeSlot(k) & edgeMask;
        while (edges[2 * s] != EMPTY_EDGE) {
          s = (s + 1) & edgeMask;
        }
        int target = newNode[edgeTarget[e]];
        edges[2 * s] = k;
        edges[2 * s + 1] = ((long) firstPayload[target] << 32) | (target | nodeFlags[target]);
        addToFilter(edgeFilter, edgeSlot(k));
      }
    }

    // Key table, records in new key order.
    int[] oldOfNewKey = new int[keyCount];
    long chars = 0;
    for (int k = 0; k < keyCount; k++) {
      oldOfNewKey[newKey[k]] = k;
      if (keys.keyLength(k) > Character.MAX_VALUE) {
        throw new IllegalStateException("phrase token too long: " + keys.keyLength(k) + " chars");
      }
      chars += RECORD_HEADER + keys.keyLength(k);
    }
    if (chars > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("phrase index too large: " + chars + " key chars");
    }
    this.records = new char[(int) chars];
    this.keySlots = new long[tableSize(keyCount)];
    this.keyFilter = new long[filterWords(keyCount)];
    this.slotMask = keySlots.length - 1;
    this.memo = slotMask < CACHE_RESIDENT_SLOTS ? null : ThreadLocal.withInitial(KeyMemo::new);
    int offset = 0;
    for (int nk = 0; nk < keyCount; nk++) {
      int k = oldOfNewKey[nk];
      int len = keys.keyLength(k);
      int code = nk < first ? nk | nodeFlags[nk] : nk;
      int payload = nk < first ? firstPayload[nk] : 0;
      records[offset] = (char) len;
      records[offset + 1] = (char) (code >>> 16);
      records[offset + 2] = (char) code;
      records[offset + 3] = (char) (payload >>> 16);
      records[offset + 4] = (char) payload;
      int sig = nk < first ? children[nk] : 0;
      records[offset + 5] = (char) (sig >>> 16);
      records[offset + 6] = (char) sig;
      keys.copyKey(k, records, offset + RECORD_HEADER);
      int h = KeyInterner.hash(records, offset + RECORD_HEADER, len);
      int s = KeyInterner.mix(h) & slotMask;
      while (keySlots[s] != 0) {
        s = (s + 1) & slotMask;
      }
      keySlots[s] = ((long) h << 32) | (offset + 1);
      addToFilter(keyFilter, h);
      offset += RECORD_HEADER + len;
    }
  }

  /** From arrays read back by {@link #read} (the memo and masks are derived). */
  private PhraseIndex(long[] keySlots, char[] records, long[] keyFilter, int firstKeys, long[] edges,
      long[] edgeFilter, int[] payloadStart, int[] payloadList, int maxDepth) {
    this.keySlots = keySlots;
    this.slotMask = keySlots.length - 1;
    this.records = records;
    this.keyFilter = keyFilter;
    this.firstKeys = firstKeys;
    this.edges = edges;
    this.edgeFilter = edgeFilter;
    this.payloadStart = payloadStart;
    this.payloadList = payloadList;
    this.maxDepth = maxDepth;
    this.memo = slotMask < CACHE_RESIDENT_SLOTS ? null : ThreadLocal.withInitial(KeyMemo::new);
  }

  public static Builder builder(Tokenizer tokenizer) {
    return new Builder(tokenizer);
  }

  /**
   * Writes the built index as its arrays, little-endian, for {@link #read}: an index compiled at build
   * time loads with a few bulk copies instead of tokenizing, interning and hashing every phrase. The
   * bytes depend only on the phrases and payloads added, in their order (and on the tokenizer).
   */
  public void write(ByteBuffer out) {
    out.putInt(SERIAL_VERSION).putInt(firstKeys).putInt(maxDepth);
    // The key table and its filter are rebuilt from the records (the same inserts in the same order
    // give the same table): a third of the bytes, for a few milliseconds of loading.
    out.putInt(keySlots.length).putInt(keyFilter.length);
    putChars(out, records);
    putLongs(out, edges);
    putLongs(out, edgeFilter);
    putInts(out, payloadStart);
    putInts(out, payloadList);
  }

  /** Bytes {@link #write} needs. */
  public int serializedSize() {
    return 20 + 5 * 4 + 8 * (edges.length + edgeFilter.length)
        + 2 * records.length + 4 * (payloadStart.length + payloadList.length);
  }

  /**
   * Reads an index written by {@link #write}, or returns null when it was written in another format.
   *
   * @throws java.nio.BufferUnderflowException if the bytes are truncated
   */
  public static PhraseIndex read(ByteBuffer in) {
    if (in.getInt() != SERIAL_VERSION) {
      return null;
    }
    int firstKeys = in.getInt();
    int maxDepth = in.getInt();
    long[] keySlots = new long[in.getInt()];
    long[] keyFilter = new long[in.getInt()];
    char[] records = getChars(in);
    long[] edges = getLongs(in);
    long[] edgeFilter = getLongs(in);
    int[] payloadStart = getInts(in);
    int[] payloadList = getInts(in);
    if (Integer.bitCount(keySlots.length) != 1 || Integer.bitCount(edges.length) != 1
        || Integer.bitCount(keyFilter.length) != 1 || Integer.bitCount(edgeFilter.length) != 1
        || payloadStart.length == 0 || payloadStart[payloadStart.length - 1] != payloadList.length) {
      throw new IllegalArgumentException("malformed phrase index");
    }
    fillKeyTable(records, keySlots, keyFilter);
    return new PhraseIndex(keySlots, records, keyFilter, firstKeys, edges, edgeFilter, payloadStart,
        payloadList, maxDepth);
  }

  /** Inserts every record, in order, into the empty key table and its filter (as the builder does). */
  private static void fillKeyTable(char[] records, long[] keySlots, long[] keyFilter) {
    int mask = keySlots.length - 1;
    int count = 0;
    for (int offset = 0; offset < records.length; ) {
      if (++count > keySlots.length / 2) {
        throw new IllegalArgumentException("malformed phrase index: key table too small");
      }
      int len = records[offset];
      int h = KeyInterner.hash(records, offset + RECORD_HEADER, len);
      int s = KeyInterner.mix(h) & mask;
      while (keySlots[s] != 0) {
        s = (s + 1) & mask;
      }
      keySlots[s] = ((long) h << 32) | (offset + 1);
      addToFilter(keyFilter, h);
      offset += RECORD_HEADER + len;
    }
  }

  /** Whether {@code other} has the same tables, element by element (for tests). */
  boolean sameLayout(PhraseIndex other) {
    return Arrays.equals(keySlots, other.keySlots) && Arrays.equals(records, other.records)
        && Arrays.equals(keyFilter, other.keyFilter) && firstKeys == other.firstKeys
        && Arrays.equals(edges, other.edges) && Arrays.equals(edgeFilter, other.edgeFilter)
        && Arrays.equals(payloadStart, other.payloadStart) && Arrays.equals(payloadList, other.payloadList)
        && maxDepth == other.maxDepth;
  }

  private static void putLongs(ByteBuffer b, long[] a) {
    b.putInt(a.length);
    b.asLongBuffer().put(a);
    b.position(b.position() + 8 * a.length);
  }

  private static void putInts(ByteBuffer b, int[] a) {
    b.putInt(a.length);
    b.asIntBuffer().put(a);
    b.position(b.position() + 4 * a.length);
  }

  private static void putChars(ByteBuffer b, char[] a) {
    b.putInt(a.length);
    b.asCharBuffer().put(a);
    b.position(b.position() + 2 * a.length);
  }

  private static long[] getLongs(ByteBuffer in) {
    long[] a = new long[in.getInt()];
    in.asLongBuffer().get(a);
    in.position(in.position() + 8 * a.length);
    return a;
  }

  private static int[] getInts(ByteBuffer in) {
    int[] a = new int[in.getInt()];
    in.asIntBuffer().get(a);
    in.position(in.position() + 4 * a.length);
    return a;
  }

  private static char[] getChars(ByteBuffer in) {
    char[] a = new char[in.getInt()];
    in.asCharBuffer().get(a);
    in.position(in.position() + 2 * a.length);
    return a;
  }

  /** Number of (phrase, payload) pairs. */
  public int size() {
    return payloadList.length;
  }

  /**
   * Looks up every token into {@code codes}, {@link #STRIDE} ints per token, returning the array, grown
   * if it was too small. Codes are only meaningful to {@link #match}.
   */
  public int[] keyIds(String text, TokenBuffer tokens, int[] codes) {
    return keyIds(text, tokens, null, codes);
  }

  /**
   * Like {@link #keyIds(String, TokenBuffer, int[])}, but a token marked in {@code skip} (indexed by
   * token, as long as the buffer; null for none) gets no code, so no phrase matches across it.
   *
   * <p>Per token {@code i}: {@code codes[4i]}, the key's code ({@link #ABSENT} or key id and flags of
   * the trie node it reaches from the root); {@code codes[4i + 1]}, that node's first payload (when it
   * has one); {@code codes[4i + 2]} and {@code [4i + 3]}, the same for the node reached on the next
   * token (-1 when there is none). These second steps are looked up in one pass over the article,
   * not while matching, so that their cache misses overlap.
   */
  public int[] keyIds(String text, TokenBuffer tokens, boolean[] skip, int[] codes) {
    return keyIds(text, tokens, skip, null, codes);
  }

  /**
   * Like {@link #keyIds(String, TokenBuffer, boolean[], int[])}, for a caller that takes no match
   * starting at a token not marked in {@code mayStart} (indexed by token; null: every token may start
   * one): only the tokens a match from a marked token may reach get codes, the others are
   * {@link #ABSENT} without a lookup. The matches {@link #match} offers from the marked tokens are the
   * same; from the others, none are offered (the caller would have rejected them all).
   */
  public int[] keyIds(String text, TokenBuffer tokens, boolean[] skip, boolean[] mayStart, int[] codes) {
    int n = tokens.size();
    int[] ids = codes.length >= n * STRIDE ? codes : new int[Math.max(n * STRIDE, codes.length * 2)];
    Scratch sc = SCRATCH.get();
    char[] chars = tokens.textChars(text); // the tokenizer's copy, when it made one
    if (chars == null) {
      chars = sc.chars(text);
    }
    if (slotMask < CACHE_RESIDENT_SLOTS) {
      lookUpEach(chars, tokens, n, skip, mayStart, ids);
    } else {
      try {
        lookUpMemoized(chars, tokens, n, skip, mayStart, ids, sc);
      } catch (RuntimeException | Error e) {
        memo.remove(); // it may hold entries still pending
        throw e;
      }
    }
    secondSteps(n, ids, sc);
    return ids;
  }

  /** Codes of every token, straight from the key table (small tables, which stay in cache). */
  private void lookUpEach(char[] chars, TokenBuffer tokens, int n, boolean[] skip, boolean[] mayStart, int[] ids) {
    // Tokens a match from a token that may start one can still reach (see lookUpMemoized).
    boolean all = mayStart == null;
    int reach = 0;
    for (int i = 0; i < n; i++) {
      int b = i * STRIDE;
      if (skip != null && skip[i]) {
        ids[b] = ABSENT;
        reach = 0;
        continue;
      }
      int chain = Math.max(reach - 1, 0);
      boolean mayStartHere = all || mayStart[i];
      if (!mayStartHere && reach <= 0) {
        ids[b] = ABSENT;
        continue;
      }
      int start = tokens.start(i);
      int end = tokens.end(i);
      int h = foldedHash(chars, start, end);
      find(chars, start, end, h, ids, b);
      int code = ids[b];
      reach = code == ABSENT ? 0 : mayStartHere && (code & HAS_CHILDREN) != 0 ? maxDepth - 1 : chain;
    }
  }

  /**
   * Codes of every token of a large index: most from the thread's memo (in cache), the others from the
   * key table, in batched passes so that their cache misses overlap.
   */
  private void lookUpMemoized(char[] chars, TokenBuffer tokens, int n, boolean[] skip, boolean[] mayStart,
      int[] ids, Scratch sc) {
    KeyMemo memo = this.memo.get();
    int[] pending = sc.pending(n);
    long[] packed = sc.packed(2 * n);
    int pendingCount = 0;
    boolean repeats = false;
    // With mayStart: how many more tokens a match from the last token that may start one can reach.
    // Every token of such a match is a key, so a token that is none (or is skipped) ends the reach;
    // a token whose code is not known yet (pending) keeps it. Tokens out of reach are not looked up.
    boolean all = mayStart == null;
    int reach = 0;
    for (int i = 0; i < n; i++) {
      int b = i * STRIDE;
      if (skip != null && skip[i]) {
        ids[b] = ABSENT;
        reach = 0;
        continue;
      }
      // The reach of the earlier starts past this token, if it is a key.
      int chain = Math.max(reach - 1, 0);
      boolean start = all || mayStart[i];
      if (!all) {
        if (!start && reach <= 0) {
          ids[b] = ABSENT;
          continue;
        }
        reach = start ? maxDepth - 1 : chain; // until the code says otherwise
      }
      // One pass over the chars folds and packs the key: the memo compares two longs, not chars.
      long p0 = 0;
      long p1 = 0;
      int len = 0;
      boolean wide = false;
      for (int c = tokens.start(i), end = tokens.end(i); c < end; c++) {
        char f = KeyFolding.fold(chars[c]);
        if (f != KeyFolding.SKIP) {
          wide |= PackedChars.wide(f);
          p1 = PackedChars.carry(p0, p1);
          p0 = PackedChars.pack(p0, f);
          len++;
        }
      }
      ids[b] = PENDING;
      if (!PackedChars.packable(len, wide)) {
        // Rare in news: looked up in the table every time, without the memo.
        packed[2 * pendingCount] = 0;
        pending[pendingCount++] = i;
        continue;
      }
      int e = memo.find(p0, p1);
      if (e < 0) {
        memo.enterPending(p0, p1, i);
        packed[2 * pendingCount] = p0;
        packed[2 * pendingCount + 1] = p1;
        pending[pendingCount++] = i;
        continue;
      }
      if (memo.pending(e)) {
        // Looked up earlier in this call.
        ids[b] = REPEAT;
        ids[b + 1] = memo.token(e);
        repeats = true;
      } else {
        int code = memo.code(e);
        ids[b] = code;
        ids[b + 1] = memo.payload(e);
        ids[b + 2] = memo.children(e);
        if (code == ABSENT) {
          reach = 0;
        } else if (start && (code & HAS_CHILDREN) == 0) {
          reach = chain; // no phrase goes on from a match that starts here
        }
      }
      memo.promote(e);
    }
    int missCount = pendingCount;
    int[] missed = sc.missed(missCount);
    System.arraycopy(pending, 0, missed, 0, missCount);
    // Most of the memo's misses are in no phrase: the filter (in cache) rejects them, so that only
    // the others touch the large table.
    int kept = 0;
    for (int p = 0; p < pendingCount; p++) {
      int i = pending[p];
      int b = i * STRIDE;
      int h = foldedHash(chars, tokens.start(i), tokens.end(i));
      if (mayContain(keyFilter, h)) {
        ids[b + 1] = h;
        pending[kept++] = i;
      } else {
        ids[b] = ABSENT;
      }
    }
    pendingCount = kept;
    int touched = 0;
    for (int p = 0; p < pendingCount; p++) {
      touched += (int) keySlots[KeyInterner.mix(ids[pending[p] * STRIDE + 1]) & slotMask];
    }
    for (int p = 0; p < pendingCount; p++) {
      int h = ids[pending[p] * STRIDE + 1];
      long e = keySlots[KeyInterner.mix(h) & slotMask];
      if ((int) (e >>> 32) == h) {
        touched += records[(int) e - 1];
      }
    }
    sc.touched += touched;
    for (int p = 0; p < pendingCount; p++) {
      int i = pending[p];
      find(chars, tokens.start(i), tokens.end(i), ids[i * STRIDE + 1], ids, i * STRIDE);
    }
    // Every pending entry of this call is filled in (or was evicted): none outlives the call.
    for (int p = 0; p < missCount; p++) {
      long p0 = packed[2 * p];
      if (p0 != 0) {
        int b = missed[p] * STRIDE;
        int code = ids[b];
        boolean found = code != ABSENT;
        memo.fill(p0, packed[2 * p + 1], missed[p], code, found ? ids[b + 1] : 0, found ? ids[b + 2] : 0);
      }
    }
    if (repeats) {
      for (int i = 0; i < n; i++) {
        int b = i * STRIDE;
        if (ids[b] == REPEAT) {
          int t = ids[b + 1] * STRIDE;
          ids[b] = ids[t];
          ids[b + 1] = ids[t + 1];
          ids[b + 2] = ids[t + 2];
        }
      }
    }
  }

  /** The node reached on the next token, for every token whose own node has children. */
  private void secondSteps(int n, int[] ids, Scratch sc) {
    // Second steps, in one pass (independent probes), after touching their slots when the table is
    // too large for the cache.
    int edgeMask = edges.length / 2 - 1;
    boolean large = edgeMask >= CACHE_RESIDENT_SLOTS;
    int touched = 0;
    for (int i = 0; i < n; i++) {
      int b = i * STRIDE;
      int code = ids[b];
      int nextCode;
      int children = ids[b + 2];
      ids[b + 2] = -1;
      if (code >= 0 && (code & HAS_CHILDREN) != 0 && i + 1 < n && (nextCode = ids[b + STRIDE]) >= 0) {
        // The token's own children (one bit per child key) reject most next tokens without a load.
        if ((children & (1 << childBit(nextCode & ID_MASK))) == 0) {
          continue;
        }
        int h = edgeSlot(edgeKey(code & ID_MASK, nextCode & ID_MASK));
        if (!mayContain(edgeFilter, h)) {
          continue;
        }
        int s = h & edgeMask;
        ids[b + 2] = s;
        if (large) {
          touched += (int) edges[2 * s];
        }
      }
    }
    sc.touched += touched;
    for (int i = 0; i < n; i++) {
      int b = i * STRIDE;
      int s = ids[b + 2];
      if (s < 0) {
        continue;
      }
      long k = edgeKey(ids[b] & ID_MASK, ids[b + STRIDE] & ID_MASK);
      long e;
      while ((e = edges[2 * s]) != k && e != EMPTY_EDGE) {
        s = (s + 1) & edgeMask;
      }
      if (e == EMPTY_EDGE) {
        ids[b + 2] = -1;
      } else {
        long v = edges[2 * s + 1];
        ids[b + 2] = (int) v;
        ids[b + 3] = (int) (v >>> 32);
      }
    }
  }

  /**
   * Looks up the key folded from {@code chars[start, end)}, whose hash is {@code h}: writes its code and
   * first payload to {@code ids[b]} and {@code ids[b + 1]}, or ABSENT to {@code ids[b]}.
   */
  private void find(char[] chars, int start, int end, int h, int[] ids, int b) {
    for (int s = KeyInterner.mix(h) & slotMask; ; s = (s + 1) & slotMask) {
      long e = keySlots[s];
      if (e == 0) {
        ids[b] = ABSENT;
        return;
      }
      if ((int) (e >>> 32) == h) {
        int r = (int) e - 1;
        if (sameKey(records, r + RECORD_HEADER, records[r], chars, start, end)) {
          ids[b] = (records[r + 1] << 16) | records[r + 2];
          ids[b + 1] = (records[r + 3] << 16) | records[r + 4];
          ids[b + 2] = (records[r + 5] << 16) | records[r + 6];
          return;
        }
      }
    }
  }

  /**
   * Whether {@code chars[start, end)} folds to the {@code len} chars of {@code key} from {@code k}
   * (chars that fold to {@link KeyFolding#SKIP} left out).
   */
  private static boolean sameKey(char[] key, int k, int len, char[] chars, int start, int end) {
    int p = k;
    int last = k + len;
    for (int i = start; i < end; i++) {
      char f = KeyFolding.fold(chars[i]);
      if (f == KeyFolding.SKIP) {
        continue;
      }
      if (p == last || key[p++] != f) {
        return false;
      }
    }
    return p == last;
  }

  /**
   * Offers every phrase match within tokens {@code [from, to)} to {@code sink}, leftmost first and, at
   * each start, longest first; accepted matches do not overlap.
   *
   * @param codes token codes from {@link #keyIds}
   */
  public void match(int[] codes, int from, int to, Sink sink) {
    // Per candidate, shortest first: the node's code (id and flags), its first payload, end token.
    int[] found = SCRATCH.get().found(3 * maxDepth + 3);
    int edgeMask = edges.length / 2 - 1;
    int i = from;
    while (i < to) {
      int nf = 0;
      int b = i * STRIDE;
      int code = codes[b];
      if (code >= 0 && (code & ID_MASK) < firstKeys) {
        if ((code & HAS_PAYLOAD) != 0) {
          found[nf++] = code;
          found[nf++] = codes[b + 1];
          found[nf++] = i + 1;
        }
        int node = codes[b + 2];
        if ((code & HAS_CHILDREN) != 0 && i + 1 < to && node >= 0) {
          int payload = codes[b + 3];
          int j = i + 2;
          while (true) {
            if ((node & HAS_PAYLOAD) != 0) {
              found[nf++] = node;
              found[nf++] = payload;
              found[nf++] = j;
            }
            int keyCode;
            if ((node & HAS_CHILDREN) == 0 || j >= to || (keyCode = codes[j * STRIDE]) < 0) {
              break;
            }
            long k = edgeKey(node & ID_MASK, keyCode & ID_MASK);
            int h = edgeSlot(k);
            if (!mayContain(edgeFilter, h)) {
              break;
            }
            int s = h & edgeMask;
            long e;
            while ((e = edges[2 * s]) != k && e != EMPTY_EDGE) {
              s = (s + 1) & edgeMask;
            }
            if (e == EMPTY_EDGE) {
              break;
            }
            long v = edges[2 * s + 1];
            node = (int) v;
            payload = (int) (v >>> 32);
            j++;
          }
        }
      }
      int next = i + 1;
      outer:
      for (int c = nf - 3; c >= 0; c -= 3) {
        int nodeCode = found[c];
        int end = found[c + 2];
        // The first payload travels with the code: the list is read only when it is rejected.
        if (sink.accept(i, end, found[c + 1])) {
          next = end;
          break;
        }
        if ((nodeCode & SINGLE) != 0) {
          continue;
        }
        int node = nodeCode & ID_MASK;
        for (int p = payloadStart[node] + 1, last = payloadStart[node + 1]; p < last; p++) {
          if (sink.accept(i, end, payloadList[p])) {
            next = end;
            break outer;
          }
        }
      }
      i = next;
    }
  }

  /** The bit of key id {@code key} in a node's children signature. */
  private static int childBit(int key) {
    return (key * 0x9E3779B9) >>> 27;
  }

  private static long edgeKey(int node, int key) {
    return ((long) node << 32) | key;
  }

  private static int edgeSlot(long k) {
    return (int) ((k * 0x9E3779B97F4A7C15L) >>> 32);
  }

  /** The hash of a token's key: {@link KeyInterner#hash} of its folded chars, format chars left out. */
  private static int foldedHash(char[] chars, int start, int end) {
    int h = 0;
    for (int c = start; c < end; c++) {
      char f = KeyFolding.fold(chars[c]);
      if (f != KeyFolding.SKIP) {
        h = 31 * h + f;
      }
    }
    return h;
  }


  /**
   * Filter words for {@code n} entries: a power of two, about {@link #FILTER_BITS_PER_ENTRY} bits per
   * entry (at a million entries, 1 MB: it stays in the core's L2 cache where the tables cannot).
   */
  private static int filterWords(int n) {
    int words = 8;
    while (words * 64L < (long) FILTER_BITS_PER_ENTRY * n) {
      words <<= 1;
    }
    return words;
  }

  /** Sets the two bits of {@code hash} (one word, two bits: one cache access per test). */
  private static void addToFilter(long[] filter, int hash) {
    long m = hash * 0x9E3779B97F4A7C15L;
    filter[(int) (m >>> 40) & (filter.length - 1)] |= (1L << (m >>> 34)) | (1L << (m >>> 28));
  }

  /** False when no entry has {@code hash}; true when one may (false positives about 5%). */
  private static boolean mayContain(long[] filter, int hash) {
    long m = hash * 0x9E3779B97F4A7C15L;
    long bits = (1L << (m >>> 34)) | (1L << (m >>> 28));
    return (filter[(int) (m >>> 40) & (filter.length - 1)] & bits) == bits;
  }

  /** A power of two at least twice {@code n} (load factor at most one half). */
  private static int tableSize(int n) {
    int size = 16;
    while (size < 2L * n) {
      size <<= 1;
    }
    return size;
  }

  /** Per-thread buffers for {@link #keyIds}: reused across articles, grown as needed. */
  private static final class Scratch {
    private char[] chars = new char[8192];
    /** Packed keys of the tokens that missed the memo, two longs each (0: not packed). */
    private long[] packed = new long[2048];

    char[] chars(String text) {
      int n = text.length();
      if (chars.length < n) {
        chars = new char[Math.max(n, chars.length * 2)];
      }
      text.getChars(0, n, chars, 0);
      return chars;
    }

    private int[] pending = new int[1024];
    private int[] found = new int[16];
    /** Sum of the touched slots, kept so that the touching loads are not optimized away. */
    int touched;

    /** Candidate buffer for {@link #match}. */
    int[] found(int size) {
      if (found.length < size) {
        found = new int[size];
      }
      return found;
    }

    private int[] missed = new int[1024];

    int[] missed(int tokens) {
      if (missed.length < tokens) {
        missed = new int[Math.max(tokens, missed.length * 2)];
      }
      return missed;
    }

    int[] pending(int tokens) {
      if (pending.length < tokens) {
        pending = new int[Math.max(tokens, pending.length * 2)];
      }
      return pending;
    }

    long[] packed(int size) {
      if (packed.length < size) {
        packed = new long[Math.max(size, packed.length * 2)];
      }
      return packed;
    }
  }

  /** Collects phrases, then builds the index. Not thread-safe. */
  public static final class Builder {
    private final Tokenizer tokenizer;
    private final TokenBuffer scratch = new TokenBuffer(32);
    private final KeyInterner keys = new KeyInterner();
    private final PhraseTrie trie = new PhraseTrie();

    private Builder(Tokenizer tokenizer) {
      this.tokenizer = tokenizer;
    }

    /** Adds {@code phrase} with {@code payload}; a blank phrase is ignored. */
    public Builder add(String phrase, int payload) {
      tokenizer.tokenize(phrase, scratch);
      int[] ids = new int[scratch.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = keys.intern(phrase, scratch.start(i), scratch.end(i));
      }
      trie.add(ids, payload);
      return this;
    }

    public PhraseIndex build() {
      return new PhraseIndex(keys, trie);
    }
  }
}
