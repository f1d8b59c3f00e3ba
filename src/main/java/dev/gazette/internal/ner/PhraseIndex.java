package dev.gazette.internal.ner;

import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.Tokenizer;

/**
 * Finds known phrases (names, aliases) in tokenized text: phrases are tokenized with the same tokenizer
 * as articles, their folded token keys interned, and stored in a {@link PhraseTrie}. Matching is
 * leftmost-longest over tokens; the caller decides, per candidate, whether to accept it (case rules,
 * context), and a rejected candidate lets shorter ones at the same start be tried.
 *
 * <p>Built once through {@link Builder}, then immutable and thread-safe.
 */
public final class PhraseIndex {
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

  private final KeyInterner keys;
  private final PhraseTrie trie;

  private PhraseIndex(KeyInterner keys, PhraseTrie trie) {
    this.keys = keys;
    this.trie = trie;
  }

  public static Builder builder(Tokenizer tokenizer) {
    return new Builder(tokenizer);
  }

  /** Number of (phrase, payload) pairs. */
  public int size() {
    return trie.size();
  }

  /**
   * Looks up the key id of every token into {@code keyIds} (indexed by token), returning the array,
   * grown if it was too small.
   */
  public int[] keyIds(String text, TokenBuffer tokens, int[] keyIds) {
    int[] ids = keyIds.length >= tokens.size() ? keyIds : new int[Math.max(tokens.size(), keyIds.length * 2)];
    for (int i = 0, n = tokens.size(); i < n; i++) {
      ids[i] = keys.find(text, tokens.start(i), tokens.end(i));
    }
    return ids;
  }

  /**
   * Like {@link #keyIds(String, TokenBuffer, int[])}, but a token marked in {@code skip} (indexed by
   * token, as long as the buffer) gets {@link KeyInterner#ABSENT} without a lookup, so no phrase
   * matches across it.
   */
  public int[] keyIds(String text, TokenBuffer tokens, boolean[] skip, int[] keyIds) {
    int[] ids = keyIds.length >= tokens.size() ? keyIds : new int[Math.max(tokens.size(), keyIds.length * 2)];
    for (int i = 0, n = tokens.size(); i < n; i++) {
      ids[i] = skip[i] ? KeyInterner.ABSENT : keys.find(text, tokens.start(i), tokens.end(i));
    }
    return ids;
  }

  /**
   * Offers every phrase match within tokens {@code [from, to)} to {@code sink}, leftmost first and, at
   * each start, longest first; accepted matches do not overlap.
   *
   * @param keyIds token key ids from {@link #keyIds}
   */
  public void match(int[] keyIds, int from, int to, Sink sink) {
    int depth = trie.maxDepth();
    int[] endNodes = new int[2 * depth + 2];
    int i = from;
    while (i < to) {
      int found = 0;
      int node = trie.root();
      for (int j = i; j < to && j - i < depth; j++) {
        int key = keyIds[j];
        if (key == KeyInterner.ABSENT || (node = trie.child(node, key)) < 0) {
          break;
        }
        if (trie.firstPayload(node) >= 0) {
          endNodes[found++] = node;
          endNodes[found] = j + 1;
          found++;
        }
      }
      int next = i + 1;
      outer:
      for (int k = found - 2; k >= 0; k -= 2) {
        int end = endNodes[k + 1];
        for (int p = trie.firstPayload(endNodes[k]); p >= 0; p = trie.nextPayload(p)) {
          if (sink.accept(i, end, trie.payloadValue(p))) {
            next = end;
            break outer;
          }
        }
      }
      i = next;
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
