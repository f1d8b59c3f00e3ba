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

  private StartIndex(int rules) {
    anywhere = new boolean[rules];
    words = new long[rules][];
    types = new long[rules][];
    anyEntity = new boolean[rules];
    kinds = new int[rules];
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
    }
    return index;
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
