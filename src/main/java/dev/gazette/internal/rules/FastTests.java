package dev.gazette.internal.rules;

import java.util.Arrays;

/**
 * The token tests of a {@link Program} that read only the token's lower-cased word and the mention
 * over it, in a flat form the {@link PikeVm} evaluates inline, without a virtual call and without its
 * memo: most tests the VM runs are of that kind ("lower=said|told", "!lower=@place_preps & !ent",
 * "&lt;GPE&gt;"), and a few array reads answer them faster than a call through a tree of test objects.
 *
 * <p>A test is taken when it is a word part (any combination of word, word-list and any-token tests
 * under and, or, not), a mention part (an entity test, its negation, the first token of a mention of
 * some types, a token inside a mention), or a conjunction of word parts and one mention part. The word
 * part is tabulated over the vocabulary (one bit per word id over the range where the answers vary,
 * and the answer for a word outside the vocabulary);
 * the mention part kept as a mode and a set of type ids. These tests are pure functions of what they
 * read (no regular expression, no counter), so their order of evaluation does not matter. Immutable.
 */
final class FastTests {
  /** Not in flat form: the VM calls the test object. */
  static final byte GENERIC = 0;
  /** Only the word part. */
  static final byte WORD = 1;
  /** The word part and: no mention of the types (of any type if {@link #any}) covers the token. */
  static final byte NOT_ENT = 2;
  /** The word part and: a mention of the types (any type if {@link #any}) covers the token. */
  static final byte ENT = 3;
  /** The word part and: a mention of the types (any type if {@link #any}) begins at the token. */
  static final byte BEGIN_OF = 4;
  /** The word part and: the token is inside a mention, not its first token. */
  static final byte INSIDE = 5;

  /** Per test: its mode. */
  final byte[] mode;
  /**
   * Per test: the answers of its word part for the word ids from {@link #wordFrom} on, one bit per id
   * (null: every word passes). Ids past the end of the bits, and before {@link #wordFrom}, have the
   * answer {@link #otherPasses}: the sets are kept to the range where the answers vary, a few words
   * long for most tests, so that they stay in the core's cache.
   */
  final long[][] words;
  final int[] wordFrom;
  final boolean[] otherPasses;
  /** Per test: whether a token whose word is in no vocabulary passes the word part. */
  final boolean[] unknownPasses;
  /** Per test: its mention part takes any type. */
  final boolean[] any;
  /** Per test: the type ids of its mention part. */
  final long[][] types;

  private FastTests(int n) {
    mode = new byte[n];
    words = new long[n][];
    wordFrom = new int[n];
    otherPasses = new boolean[n];
    unknownPasses = new boolean[n];
    any = new boolean[n];
    types = new long[n][];
  }

  /** Whether token {@code t} passes test {@code test}, which is not {@link #GENERIC}. */
  boolean test(int test, MatchInput in, int t) {
    long[] w = words[test];
    if (w != null) {
      int id = in.wordId[t];
      if (id < 0) {
        if (!unknownPasses[test]) {
          return false;
        }
      } else {
        int k = id - wordFrom[test];
        if (k >= 0 && (k >> 6) < w.length ? (w[k >> 6] & (1L << k)) == 0 : !otherPasses[test]) {
          return false;
        }
      }
    }
    int m = in.mention[t];
    switch (mode[test]) {
      case WORD:
        return true;
      case NOT_ENT:
        return m < 0 || !any[test] && !TokenTest.has(types[test], in.mentionType[t]);
      case ENT:
        return m >= 0 && (any[test] || TokenTest.has(types[test], in.mentionType[t]));
      case BEGIN_OF:
        return m >= 0 && (any[test] || TokenTest.has(types[test], in.mentionType[t])) && (t == 0 || in.mention[t - 1] != m);
      default: // INSIDE
        return m >= 0 && t > 0 && in.mention[t - 1] == m;
    }
  }

  static FastTests of(TokenTest[] tests, Vocabulary vocabulary) {
    int n = tests.length;
    FastTests f = new FastTests(n);
    int size = vocabulary.size();
    // Every word of the vocabulary once, and a word outside it last: the input a word part is tabulated on.
    MatchInput all = new MatchInput();
    all.wordId = new int[size + 1];
    for (int i = 0; i < size; i++) {
      all.wordId[i] = i;
    }
    all.wordId[size] = -1;
    for (int i = 0; i < n; i++) {
      TokenTest t = tests[i];
      if (isWordPart(t)) {
        f.mode[i] = WORD;
        tabulate(f, i, t, t, all, size);
        continue;
      }
      TokenTest mentionPart = null;
      TokenTest[] wordParts;
      if (t instanceof TokenTest.And a) {
        wordParts = new TokenTest[a.ps.length];
        int w = 0;
        for (TokenTest p : a.ps) {
          if (isWordPart(p)) {
            wordParts[w++] = p;
          } else if (mentionPart == null && modeOf(p) != GENERIC) {
            mentionPart = p;
          } else {
            mentionPart = null;
            wordParts = null;
            break;
          }
        }
        if (wordParts == null || mentionPart == null) {
          continue;
        }
        wordParts = Arrays.copyOf(wordParts, w);
      } else if (modeOf(t) != GENERIC) {
        mentionPart = t;
        wordParts = new TokenTest[0];
      } else {
        continue;
      }
      f.mode[i] = modeOf(mentionPart);
      f.any[i] = anyOf(mentionPart);
      f.types[i] = typesOf(mentionPart);
      if (wordParts.length > 0) {
        tabulate(f, i, new TokenTest.And(wordParts), t, all, size);
      }
    }
    return f;
  }

  /** Tabulates word part {@code part} of test {@code i} (of {@code whole}, for its message) over the vocabulary. */
  private static void tabulate(FastTests f, int i, TokenTest part, TokenTest whole, MatchInput all, int size) {
    boolean[] pass = new boolean[size];
    int passing = 0;
    for (int id = 0; id < size; id++) {
      pass[id] = part.test(all, id);
      passing += pass[id] ? 1 : 0;
    }
    boolean unknown = part.test(all, size);
    if (passing == size && unknown) {
      return; // every word passes: no word part
    }
    // The answer of most words outside the range kept, and the range of the others.
    boolean other = passing * 2 > size;
    int from = 0;
    while (from < size && pass[from] == other) {
      from++;
    }
    int to = size;
    while (to > from && pass[to - 1] == other) {
      to--;
    }
    long[] bits = new long[(to - from + 63) >> 6];
    for (int k = 0; k < bits.length << 6; k++) {
      // the last long filled to its end: with the answers past the range, the same as outside it
      if (from + k < size ? pass[from + k] : other) {
        bits[k >> 6] |= 1L << k;
      }
    }
    f.words[i] = bits;
    f.wordFrom[i] = from;
    f.otherPasses[i] = other;
    f.unknownPasses[i] = unknown;
  }

  /** Whether {@code t} reads only the token's word id. */
  static boolean isWordPart(TokenTest t) {
    if (t instanceof TokenTest.LowerWord || t instanceof TokenTest.LowerInList || t instanceof TokenTest.Any) {
      return true;
    }
    if (t instanceof TokenTest.Not n) {
      return isWordPart(n.inner());
    }
    if (t instanceof TokenTest.And || t instanceof TokenTest.Or) {
      for (TokenTest p : ((TokenTest.Compound) t).ps) {
        if (!isWordPart(p)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** The mode of a mention part, or {@link #GENERIC} if it is none. */
  private static byte modeOf(TokenTest t) {
    if (t instanceof TokenTest.Ent) {
      return ENT;
    }
    if (t instanceof TokenTest.Not n && n.inner() instanceof TokenTest.Ent) {
      return NOT_ENT;
    }
    if (t instanceof TokenTest.EntBeginOf) {
      return BEGIN_OF;
    }
    if (t instanceof TokenTest.EntInside) {
      return INSIDE;
    }
    return GENERIC;
  }

  private static boolean anyOf(TokenTest t) {
    if (t instanceof TokenTest.Not n) {
      t = n.inner();
    }
    if (t instanceof TokenTest.Ent e) {
      return e.any();
    }
    return t instanceof TokenTest.EntBeginOf b && b.any();
  }

  private static long[] typesOf(TokenTest t) {
    if (t instanceof TokenTest.Not n) {
      t = n.inner();
    }
    if (t instanceof TokenTest.Ent e) {
      return e.typeBits();
    }
    return t instanceof TokenTest.EntBeginOf b ? b.typeBits() : new long[0];
  }
}
