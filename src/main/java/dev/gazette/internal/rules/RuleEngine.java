package dev.gazette.internal.rules;

import dev.gazette.Mention;
import dev.gazette.internal.text.SentenceBuffer;
import dev.gazette.internal.text.TokenBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the matches of a compiled rule set in a document: for each sentence (or window of sentences),
 * the prefilter picks the rules that can match, the Pike VM runs them in one pass, the longest match per
 * rule and start is kept, and overlaps between matches of the same group are resolved (longest, then
 * higher priority, then leftmost, then earlier rule). Immutable and thread-safe: per-thread buffers live
 * in a {@link ThreadLocal}.
 */
public final class RuleEngine {
  private final Program program;
  private final ThreadLocal<Scratch> scratch;

  public RuleEngine(Program program) {
    this.program = program;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(program));
  }

  public Program program() {
    return program;
  }

  /** Per-thread buffers. */
  static final class Scratch {
    final MatchInput input = new MatchInput();
    final PikeVm vm;
    final int[] ruleStamp;
    final int[] active;
    final int[] wordSeen;
    final int[] typeSeen;
    final int[] kindSeen = new int[32];
    /** Per requirement ({@link Prefilter#requirements}): the stamp of the last window that met it. */
    final int[] reqSeen;
    /** Per sentence and rule of a wider window: the requirements the sentence meets (wideCandidates). */
    int[] wideBits = new int[0];
    int anySeen;
    int flagsSeen;
    int stamp;
    final Best best;

    Scratch(Program p) {
      vm = new PikeVm(p);
      ruleStamp = new int[p.rules.size()];
      active = new int[p.rules.size()];
      wordSeen = new int[p.vocabulary.size()];
      typeSeen = new int[p.typeIds.size()];
      reqSeen = new int[p.prefilter.requirements];
      best = new Best(p.slots);
    }
  }

  /**
   * The longest match per rule and start seen so far (the first reported among equally long ones), in
   * flat arrays reused from call to call: an open-addressing table from (rule, start) to an entry, and
   * per entry its end and capture slots. A rule whose pattern ends in a loop reports a longer match at
   * nearly every token; this keeps that from allocating.
   */
  static final class Best implements PikeVm.Sink {
    private final int slots;
    private int[] table = new int[256]; // entry + 1, 0 = empty (valid when tableGen == gen)
    private int[] tableGen = new int[256];
    private int gen;
    private int[] rule = new int[64];
    private int[] start = new int[64];
    private int[] end = new int[64];
    private int[] caps;
    private int size;

    Best(int slots) {
      this.slots = slots;
      this.caps = new int[64 * slots];
    }

    void clear() {
      size = 0;
      if (++gen == Integer.MAX_VALUE) {
        java.util.Arrays.fill(tableGen, 0);
        gen = 1;
      }
    }

    private static int hash(int rule, int start) {
      // (rule, start) times an odd constant: one key per pair, well spread over the table.
      long h = (((long) rule << 32) | (start & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 32);
    }

    @Override
    public void match(int r, int s, int e, int[] c, int offset) {
      int mask = table.length - 1;
      int slot = hash(r, s) & mask;
      while (tableGen[slot] == gen) {
        int k = table[slot] - 1;
        if (rule[k] == r && start[k] == s) {
          if (end[k] < e) {
            end[k] = e;
            System.arraycopy(c, offset, caps, k * slots, slots);
          }
          return;
        }
        slot = (slot + 1) & mask;
      }
      if (size == rule.length) {
        int n = size * 2;
        rule = java.util.Arrays.copyOf(rule, n);
        start = java.util.Arrays.copyOf(start, n);
        end = java.util.Arrays.copyOf(end, n);
        caps = java.util.Arrays.copyOf(caps, n * slots);
      }
      int k = size++;
      rule[k] = r;
      start[k] = s;
      end[k] = e;
      System.arraycopy(c, offset, caps, k * slots, slots);
      tableGen[slot] = gen;
      table[slot] = k + 1;
      if (size * 2 > table.length) {
        rehash(table.length * 2);
      }
    }

    private void rehash(int n) {
      table = new int[n];
      tableGen = new int[n];
      gen = 1;
      int mask = n - 1;
      for (int k = 0; k < size; k++) {
        int slot = hash(rule[k], start[k]) & mask;
        while (tableGen[slot] == gen) {
          slot = (slot + 1) & mask;
        }
        tableGen[slot] = gen;
        table[slot] = k + 1;
      }
    }

    List<RuleMatch> toList() {
      List<RuleMatch> out = new ArrayList<>(size);
      for (int k = 0; k < size; k++) {
        out.add(new RuleMatch(rule[k], start[k], end[k], java.util.Arrays.copyOfRange(caps, k * slots, (k + 1) * slots)));
      }
      return out;
    }
  }

  Scratch scratch() {
    return scratch.get();
  }

  /** Whether the prefilter lets rule {@code rule} run on tokens {@code [from, to)}. */
  boolean wouldRun(MatchInput in, int from, int to, int rule) {
    return Arrays.binarySearch(active(in, from, to, program.rules.get(rule).window()), rule) >= 0;
  }

  /** The rules of window size {@code window} the prefilter lets run on tokens {@code [from, to)}, sorted. */
  int[] active(MatchInput in, int from, int to, int window) {
    Scratch s = scratch.get();
    int[] out = Arrays.copyOf(s.active, activeRules(s, in, from, to, window));
    Arrays.sort(out);
    return out;
  }

  /** The per-thread input buffers, prepared for a document. Valid until the next call on this thread. */
  public MatchInput prepare(String text, TokenBuffer tokens, SentenceBuffer sentences, List<Mention> mentions) {
    MatchInput in = scratch.get().input;
    in.prepare(program, text, tokens, sentences, mentions);
    return in;
  }

  /**
   * All matches in the document prepared in {@code in}, after overlap resolution, in text order.
   *
   * @param skipSentenceFlags sentences with any of these {@link SentenceBuffer} flags are not matched
   */
  public List<RuleMatch> match(MatchInput in, int skipSentenceFlags) {
    List<RuleMatch> all = candidates(in, skipSentenceFlags, 0, Integer.MAX_VALUE, true);
    return resolve(all);
  }

  /** Every rule's longest match per start, before overlap resolution, for sentences [firstSentence, endSentence). */
  List<RuleMatch> candidates(MatchInput in, int skipSentenceFlags, int firstSentence, int endSentence, boolean usePrefilter) {
    Scratch s = scratch.get();
    Best best = s.best;
    best.clear();
    PikeVm.Sink sink = best;
    SentenceBuffer sentences = in.sentences;
    int count = sentences.size();
    if (count == 0 && in.size > 0) {
      runWindow(s, in, 0, in.size, in.size, 1, sink, usePrefilter);
    }
    if (usePrefilter && program.maxWindow > 1 && count > 0) {
      wideCandidates(s, in, skipSentenceFlags, firstSentence, endSentence, sink);
      List<RuleMatch> out = best.toList();
      out.sort(Comparator.comparingInt(RuleMatch::start).thenComparingInt(RuleMatch::rule));
      return out;
    }
    for (int w = 1; w <= program.maxWindow; w++) {
      for (int i = Math.max(0, firstSentence); i < Math.min(count, endSentence); i++) {
        if ((sentences.flags(i) & skipSentenceFlags) != 0) {
          continue;
        }
        int last = Math.min(count - 1, i + w - 1);
        runWindow(s, in, sentences.firstToken(i), sentences.endToken(last), sentences.endToken(i), w, sink, usePrefilter);
      }
    }
    List<RuleMatch> out = best.toList();
    out.sort(Comparator.comparingInt(RuleMatch::start).thenComparingInt(RuleMatch::rule));
    return out;
  }

  /**
   * {@link #candidates} with the prefilter when some rules span several sentences, scanning each
   * sentence once instead of once per window that holds it. A requirement (a set of keys, one of which
   * must occur) is met in a window exactly when it is met in one of its sentences, so for the rules of
   * wider windows the scan of each sentence records which of their requirements it meets (one bit each:
   * the indexed one, then the secondary ones), and a window runs a rule when the OR of its sentences'
   * bits has them all: the rules {@link #activeRules} would pick for that window, without rescanning it.
   */
  private void wideCandidates(
      Scratch s, MatchInput in, int skipSentenceFlags, int firstSentence, int endSentence, PikeVm.Sink sink) {
    SentenceBuffer sentences = in.sentences;
    int count = sentences.size();
    int[] wide = program.wideRules;
    int nw = wide.length;
    int lo = Math.max(0, firstSentence);
    int end = Math.min(count, endSentence);
    // Sentences a window starting before `end` can reach.
    int hi = (int) Math.min(count, (long) end + program.maxWindow - 1);
    if (s.wideBits.length < count * nw) {
      s.wideBits = new int[Math.max(count * nw, s.wideBits.length * 2)];
    }
    int[] bits = s.wideBits;
    Prefilter pf = program.prefilter;
    for (int i = lo; i < hi; i++) {
      int from = sentences.firstToken(i);
      int to = sentences.endToken(i);
      boolean run = i < end && (sentences.flags(i) & skipSentenceFlags) == 0;
      int n = activeRules(s, in, from, to, 1);
      if (run && from < to && n > 0) {
        s.vm.run(in, from, to, to, s.active, n, sink);
      }
      int stamp = s.stamp;
      for (int j = 0; j < nw; j++) {
        int r = wide[j];
        int primary = pf.primaryReq[r];
        int b = primary < 0 || s.reqSeen[primary] == stamp ? 1 : 0;
        int[] more = pf.secondaryReq[r];
        if (more != null) {
          for (int c = 0; c < more.length; c++) {
            if (s.reqSeen[more[c]] == stamp) {
              b |= 2 << c;
            }
          }
        }
        bits[i * nw + j] = b;
      }
    }
    for (int w = 2; w <= program.maxWindow; w++) {
      for (int i = lo; i < end; i++) {
        if ((sentences.flags(i) & skipSentenceFlags) != 0) {
          continue;
        }
        int last = Math.min(count - 1, i + w - 1);
        int from = sentences.firstToken(i);
        int to = sentences.endToken(last);
        if (from >= to) {
          continue;
        }
        int n = 0;
        for (int j = 0; j < nw; j++) {
          int r = wide[j];
          if (program.window[r] != w) {
            continue;
          }
          int b = 0;
          for (int k = i; k <= last; k++) {
            b |= bits[k * nw + j];
          }
          long[][] more = pf.secondary[r];
          int all = (2 << (more == null ? 0 : more.length)) - 1;
          if (b == all) {
            s.active[n++] = r;
          }
        }
        if (n > 0) {
          s.vm.run(in, from, to, sentences.endToken(i), s.active, n, sink);
        }
      }
    }
  }

  private void runWindow(
      Scratch s, MatchInput in, int from, int to, int seedTo, int window, PikeVm.Sink sink, boolean usePrefilter) {
    if (from >= to) {
      return;
    }
    int n = usePrefilter ? activeRules(s, in, from, to, window) : allRules(s, window);
    if (n > 0) {
      s.vm.run(in, from, to, seedTo, s.active, n, sink);
    }
  }

  private int allRules(Scratch s, int window) {
    int n = 0;
    for (int r = 0; r < program.rules.size(); r++) {
      if (program.rules.get(r).window() == window) {
        s.active[n++] = r;
      }
    }
    return n;
  }

  /** Fills {@code s.active} with the rules of this window size the prefilter lets through, in rule order. */
  private int activeRules(Scratch s, MatchInput in, int from, int to, int window) {
    Prefilter pf = program.prefilter;
    int stamp = ++s.stamp;
    int n = 0;
    for (int r : pf.always) {
      if (program.window[r] == window) {
        s.ruleStamp[r] = stamp;
        s.active[n++] = r;
      }
    }
    int flags = 0;
    int[] reqSeen = s.reqSeen;
    for (int t = from; t < to; t++) {
      flags |= in.tokens.flags(t);
      int w = in.wordId[t];
      if (w >= 0 && s.wordSeen[w] != stamp) {
        s.wordSeen[w] = stamp;
        meet(reqSeen, pf.reqsByWord[w], stamp);
        n = mark(s, pf.byWord[w], window, stamp, n);
      }
      int k = in.tokens.kindOrdinal(t);
      if (s.kindSeen[k] != stamp) {
        s.kindSeen[k] = stamp;
        meet(reqSeen, pf.reqsByKind[k], stamp);
        n = mark(s, pf.byKind[k], window, stamp, n);
      }
      if (in.mention[t] >= 0) {
        if (s.anySeen != stamp) {
          s.anySeen = stamp;
          meet(reqSeen, pf.reqsByAnyEntity, stamp);
          n = mark(s, pf.byAnyEntity, window, stamp, n);
        }
        int type = in.mentionType[t];
        if (type >= 0 && s.typeSeen[type] != stamp) {
          s.typeSeen[type] = stamp;
          meet(reqSeen, pf.reqsByType[type], stamp);
          n = mark(s, pf.byType[type], window, stamp, n);
        }
      }
    }
    s.flagsSeen = flags;
    int[] flagReqs = pf.flagReqs;
    for (int i = 0; i < flagReqs.length; i++) {
      if ((flags & pf.flagMask[i]) != 0) {
        reqSeen[flagReqs[i]] = stamp;
      }
    }
    if (pf.hasSecondary) {
      int kept = 0;
      for (int i = 0; i < n; i++) {
        int r = s.active[i];
        if (firstUnmet(s, pf.secondaryReq[r], stamp) < 0) {
          s.active[kept++] = r;
        }
      }
      n = kept;
    }
    if (program.guards.any && window == 1) {
      n = guarded(s, in, from, to, n);
    }
    return n;
  }

  /** Keeps of {@code s.active[0, n)} the rules whose guard ({@link Guards}) some token of the window passes. */
  private int guarded(Scratch s, MatchInput in, int from, int to, int n) {
    int[] guard = program.guards.pc;
    int kept = 0;
    for (int i = 0; i < n; i++) {
      int r = s.active[i];
      if (guard[r] < 0 || anyPasses(in, program.x[guard[r]], from, to)) {
        s.active[kept++] = r;
      }
    }
    return kept;
  }

  /**
   * Whether a token of {@code [from, to)} passes test {@code test}, or a regular expression in it gave up
   * on one: then the rule runs, and the VM reports the give-up where it evaluates the test, as it would
   * have without the guard (the scan's own give-ups are not counted).
   */
  private boolean anyPasses(MatchInput in, int test, int from, int to) {
    int gaveUp = in.regexGaveUp;
    int firstAt = in.firstRegexGaveUpAt;
    try {
      for (int t = from; t < to; t++) {
        if (program.tests[test].test(in, t)) {
          return true;
        }
      }
      return in.regexGaveUp != gaveUp;
    } finally {
      in.regexGaveUp = gaveUp;
      in.firstRegexGaveUpAt = firstAt;
    }
  }

  /** Marks the requirements {@code reqs} met in the window being scanned. */
  private static void meet(int[] reqSeen, int[] reqs, int stamp) {
    for (int q : reqs) {
      reqSeen[q] = stamp;
    }
  }

  /** The index of the first requirement in {@code reqs} the window last scanned does not meet, or -1. */
  private static int firstUnmet(Scratch s, int[] reqs, int stamp) {
    if (reqs == null) {
      return -1;
    }
    for (int c = 0; c < reqs.length; c++) {
      if (s.reqSeen[reqs[c]] != stamp) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Why the prefilter skips rule {@code rule} on tokens {@code [from, to)}: the requirement the window
   * does not meet, as text; null if the rule runs.
   */
  String skipReason(MatchInput in, int from, int to, int rule) {
    if (wouldRun(in, from, to, rule)) {
      return null;
    }
    Scratch s = scratch.get();
    Prefilter pf = program.prefilter;
    // The window was just scanned by wouldRun: its stamps are current.
    if (!isReached(s, rule)) {
      return pf.describe[rule];
    }
    int c = firstUnmet(s, pf.secondaryReq[rule], s.stamp);
    if (c >= 0) {
      return pf.describeSecondary[rule][c];
    }
    int g = program.guards.pc[rule];
    return g >= 0 ? "a token that passes " + program.element(g, rule).text() : pf.describe[rule];
  }

  /** Whether the rule's indexed requirement was met in the window last scanned (its stamp was set). */
  private static boolean isReached(Scratch s, int rule) {
    return s.ruleStamp[rule] == s.stamp;
  }

  private int mark(Scratch s, int[] rules, int window, int stamp, int n) {
    for (int r : rules) {
      if (s.ruleStamp[r] != stamp && program.window[r] == window) {
        s.ruleStamp[r] = stamp;
        s.active[n++] = r;
      }
    }
    return n;
  }

  /**
   * Keeps, within each group, a set of non-overlapping matches: longest first, then higher priority,
   * then leftmost, then the rule defined first. Returns them in text order.
   */
  List<RuleMatch> resolve(List<RuleMatch> candidates) {
    List<RuleMatch> sorted = new ArrayList<>(candidates);
    sorted.sort(preference());
    Map<String, TreeMap<Integer, Integer>> taken = new HashMap<>();
    List<RuleMatch> kept = new ArrayList<>();
    for (RuleMatch m : sorted) {
      TreeMap<Integer, Integer> spans = taken.computeIfAbsent(program.rules.get(m.rule()).group(), g -> new TreeMap<>());
      if (overlapsAny(spans, m.start(), m.end()) == null) {
        spans.put(m.start(), m.end());
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(RuleMatch::start).thenComparingInt(RuleMatch::rule));
    return kept;
  }

  /** The order in which overlapping matches win. */
  Comparator<RuleMatch> preference() {
    return Comparator.comparingInt((RuleMatch m) -> -m.length())
        .thenComparingInt(m -> -program.rules.get(m.rule()).priority())
        .thenComparingInt(RuleMatch::start)
        .thenComparingInt(RuleMatch::rule);
  }

  /** The start of a kept span overlapping {@code [start, end)}, or null. */
  static Integer overlapsAny(TreeMap<Integer, Integer> spans, int start, int end) {
    Map.Entry<Integer, Integer> before = spans.floorEntry(start);
    if (before != null && before.getValue() > start) {
      return before.getKey();
    }
    Map.Entry<Integer, Integer> after = spans.ceilingEntry(start);
    if (after != null && after.getKey() < end) {
      return after.getKey();
    }
    return null;
  }
}
