package dev.gazette.internal.rules;

import java.util.Arrays;

/**
 * Where each rule can begin: per rule, the keys (lower-cased word ids, entity type ids, "some entity",
 * token kinds) of which a token must carry one for some thread of the rule to survive its first step
 * there, derived at compile time from the token tests the rule's first tokens must pass (the stopping
 * points of the closure of its entry, under every sentence-boundary variant). The VM starts a rule at a
 * token only where {@link #canStart} says so, instead of walking the rule's entry closure and testing
 * each first token at every position of the sentence.
 *
 * <p>Exact: a rule is left unstarted only where every thread its start would add dies at once (its
 * token test fails; a MATCH reached without a token reports nothing, the match being empty). Rules whose
 * first tests say nothing (a negation, a shape, a regular expression, any token) start everywhere, as
 * before. Immutable.
 */
final class StartIndex {
  /** Per rule: it may start at any token. */
  final boolean[] anywhere;
  /** Per rule: word ids (bit set) of which a starting token may have one, or null. */
  final long[][] words;
  /** Per rule: entity type ids (bit set) of which a starting token's mention may have one, or null. */
  final long[][] types;
  /** Per rule: a starting token may be in any mention. */
  final boolean[] anyEntity;
  /** Per rule: token kinds (bit per ordinal) a starting token may have. */
  final int[] kinds;
  /**
   * Per rule, a look one token further ({@link #canStart(int, MatchInput, int, int)}), or null: per
   * first token the rule's start can add a thread for, the keys that token must carry (null: any) and
   * the keys of which the token after it must carry one for a thread to survive there (null: any).
   */
  final Keys[][] firstKeys;
  final Keys[][] secondKeys;

  private StartIndex(int rules) {
    anywhere = new boolean[rules];
    words = new long[rules][];
    types = new long[rules][];
    anyEntity = new boolean[rules];
    kinds = new int[rules];
    firstKeys = new Keys[rules][];
    secondKeys = new Keys[rules][];
  }

  /** Whether rule {@code r} may start at token {@code t}. */
  boolean canStart(int r, MatchInput in, int t) {
    if (anywhere[r]) {
      return true;
    }
    if (TokenTest.has(words[r], in.wordId[t]) || (kinds[r] & (1 << in.tokens.kindOrdinal(t))) != 0) {
      return true;
    }
    return in.mention[t] >= 0 && (anyEntity[r] || TokenTest.has(types[r], in.mentionType[t]));
  }

  /**
   * {@link #canStart(int, MatchInput, int)}, and for a rule with a look one token further, whether
   * some first token the rule can take at {@code t} is followed, before {@code to}, by a token that
   * can take a thread on: where none is, every thread the start adds dies at the next token without a
   * match.
   */
  boolean canStart(int r, MatchInput in, int t, int to) {
    if (!canStart(r, in, t)) {
      return false;
    }
    Keys[] first = firstKeys[r];
    if (first == null) {
      return true;
    }
    Keys[] second = secondKeys[r];
    for (int i = 0; i < first.length; i++) {
      if ((first[i] == null || first[i].carriedBy(in, t)) && (second[i] == null || t + 1 < to && second[i].carriedBy(in, t + 1))) {
        return true;
      }
    }
    return false;
  }

  static StartIndex build(Program p) {
    int n = p.rules.size();
    StartIndex index = new StartIndex(n);
    Keys[] testKeys = new Keys[p.tests.length];
    boolean[] known = new boolean[p.tests.length];
    Closures c = p.closures;
    for (int r = 0; r < n; r++) {
      int k = c.index[p.entry[r]];
      if (k < 0) {
        index.anywhere[r] = true; // walked at run time: not looked into
        continue;
      }
      Keys all = Keys.none();
      for (int v = 0; v < 4 && all != null; v++) {
        int at = c.start[k + v];
        int leaves = c.data[at++];
        for (int i = 0; i < leaves && all != null; i++) {
          int pc = c.data[at];
          at += Closures.LEAF + c.data[at + Closures.LEAF - 1];
          if (p.op[pc] != Program.TOKEN) {
            continue; // MATCH: an empty match, never reported
          }
          int test = p.x[pc];
          if (!known[test]) {
            testKeys[test] = p.tests[test].keys(p.vocabulary);
            known[test] = true;
          }
          all = testKeys[test] == null ? null : all.union(testKeys[test]);
        }
      }
      if (all == null) {
        index.anywhere[r] = true;
      } else {
        index.words[r] = all.words;
        index.types[r] = all.types;
        index.anyEntity[r] = all.anyEntity;
        index.kinds[r] = all.kinds;
      }
      lookAhead(p, r, k, testKeys, known, index);
    }
    return index;
  }

  /**
   * The look one token further of rule {@code r} (entry closure {@code k}), when it can say something.
   * Only for a rule whose start adds threads of its own code only (skipping it then changes no other
   * rule's threads) and whose first tests evaluate no regular expression (whose give-ups are counted
   * where they are evaluated); the tests after the first token say something only if none of them is
   * a MATCH (a one-token match is reported at the next step), a walked closure, or a test without keys
   * (which is also one without a regular expression: see {@link TokenTest#keys}).
   */
  private static void lookAhead(Program p, int r, int k, Keys[] testKeys, boolean[] known, StartIndex index) {
    Closures c = p.closures;
    int[] owner = p.sharing.owner;
    java.util.LinkedHashSet<Integer> firsts = new java.util.LinkedHashSet<>();
    for (int v = 0; v < 4; v++) {
      int at = c.start[k + v];
      int leaves = c.data[at++];
      for (int i = 0; i < leaves; i++) {
        int pc = c.data[at];
        at += Closures.LEAF + c.data[at + Closures.LEAF - 1];
        if (owner[pc] != r) {
          return;
        }
        if (p.op[pc] != Program.TOKEN) {
          continue; // MATCH: an empty match, never reported
        }
        if (p.tests[p.x[pc]].hasRegex()) {
          return;
        }
        firsts.add(pc);
      }
    }
    Keys[] first = new Keys[firsts.size()];
    Keys[] second = new Keys[firsts.size()];
    boolean useful = false;
    int i = 0;
    for (int pc : firsts) {
      first[i] = keysOf(p, p.x[pc], testKeys, known);
      second[i] = nextKeys(p, pc + 1, testKeys, known);
      if (first[i] == null && second[i] == null) {
        return; // this first token can start anywhere
      }
      useful |= second[i] != null;
      i++;
    }
    if (useful) {
      index.firstKeys[r] = first;
      index.secondKeys[r] = second;
    }
  }

  /** The keys of which a token must carry one to pass one of the tests of the closure of {@code pc} (every variant); null if none can be said. */
  private static Keys nextKeys(Program p, int pc, Keys[] testKeys, boolean[] known) {
    Closures c = p.closures;
    if (pc >= p.size() || c.index[pc] < 0) {
      return null;
    }
    int k = c.index[pc];
    Keys all = Keys.none();
    for (int v = 0; v < 4; v++) {
      int at = c.start[k + v];
      int leaves = c.data[at++];
      for (int i = 0; i < leaves; i++) {
        int leaf = c.data[at];
        at += Closures.LEAF + c.data[at + Closures.LEAF - 1];
        if (p.op[leaf] != Program.TOKEN) {
          return null; // a MATCH after one token
        }
        Keys keys = keysOf(p, p.x[leaf], testKeys, known);
        if (keys == null) {
          return null;
        }
        all = all.union(keys);
      }
    }
    return all;
  }

  private static Keys keysOf(Program p, int test, Keys[] testKeys, boolean[] known) {
    if (!known[test]) {
      testKeys[test] = p.tests[test].keys(p.vocabulary);
      known[test] = true;
    }
    return testKeys[test];
  }

  /** A set of keys; immutable. */
  static final class Keys {
    private static final long[] NO_BITS = new long[0];
    final long[] words;
    final long[] types;
    final boolean anyEntity;
    final int kinds;

    private Keys(long[] words, long[] types, boolean anyEntity, int kinds) {
      this.words = words;
      this.types = types;
      this.anyEntity = anyEntity;
      this.kinds = kinds;
    }

    static Keys none() {
      return new Keys(NO_BITS, NO_BITS, false, 0);
    }

    static Keys words(int[] ids) {
      return new Keys(ids.length == 0 ? NO_BITS : TokenTest.bitsOf(ids), NO_BITS, false, 0);
    }

    static Keys wordBits(long[] bits) {
      return new Keys(bits, NO_BITS, false, 0);
    }

    static Keys types(long[] bits) {
      return new Keys(NO_BITS, bits, false, 0);
    }

    static Keys anyEntity() {
      return new Keys(NO_BITS, NO_BITS, true, 0);
    }

    static Keys kinds(int mask) {
      return new Keys(NO_BITS, NO_BITS, false, mask);
    }

    /** Whether token {@code t} carries one of the keys. */
    boolean carriedBy(MatchInput in, int t) {
      if (TokenTest.has(words, in.wordId[t]) || (kinds & (1 << in.tokens.kindOrdinal(t))) != 0) {
        return true;
      }
      return in.mention[t] >= 0 && (anyEntity || TokenTest.has(types, in.mentionType[t]));
    }

    Keys union(Keys o) {
      return new Keys(or(words, o.words), or(types, o.types), anyEntity || o.anyEntity, kinds | o.kinds);
    }

    /** How often a token may carry one of the keys, roughly: a word is rare, a kind or any entity common. */
    long cost() {
      long c = 0;
      for (long w : words) {
        c += Long.bitCount(w);
      }
      for (long w : types) {
        c += 64L * Long.bitCount(w);
      }
      return c + (anyEntity ? 1024 : 0) + 4096L * Integer.bitCount(kinds);
    }

    private static long[] or(long[] a, long[] b) {
      if (b.length == 0) {
        return a;
      }
      if (a.length == 0) {
        return b;
      }
      long[] out = Arrays.copyOf(a.length >= b.length ? a : b, Math.max(a.length, b.length));
      long[] other = a.length >= b.length ? b : a;
      for (int i = 0; i < other.length; i++) {
        out[i] |= other[i];
      }
      return out;
    }
  }
}
