package dev.gazette.internal.rules;

import dev.gazette.Mention;
import java.util.Set;
import java.util.regex.Pattern;

/** A compiled token predicate. Immutable; evaluated against a {@link MatchInput}. */
abstract class TokenTest {
  abstract boolean test(MatchInput in, int t);

  /** Whether the test fails on every token no mention covers (so the VM need not try it there). */
  boolean requiresMention() {
    return false;
  }

  /**
   * What a token that passes this test must carry, for {@link StartIndex}: null if nothing can be said
   * (any token may pass), else keys of which the token has at least one. Never drops a key a passing
   * token could need, so that a rule is only left unstarted where its first test would fail.
   */
  StartIndex.Keys keys(Vocabulary vocabulary) {
    return null;
  }

  /** Whether evaluating the test may evaluate a regular expression (whose give-ups are counted). */
  boolean hasRegex() {
    return false;
  }

  /** A test only a token inside an entity mention can pass. */
  abstract static class OnMention extends TokenTest {
    @Override
    final boolean requiresMention() {
      return true;
    }

    @Override
    StartIndex.Keys keys(Vocabulary vocabulary) {
      return StartIndex.Keys.anyEntity();
    }
  }

  static final class Any extends TokenTest {
    @Override
    boolean test(MatchInput in, int t) {
      return true;
    }
  }

  static final class LowerWord extends TokenTest {
    private final int id;

    LowerWord(int id) {
      this.id = id;
    }

    @Override
    boolean test(MatchInput in, int t) {
      return in.wordId[t] == id;
    }

    @Override
    StartIndex.Keys keys(Vocabulary vocabulary) {
      return StartIndex.Keys.words(id < 0 ? new int[0] : new int[] {id});
    }
  }

  static final class ExactWord extends TokenTest {
    private final String word;
    /**
     * The vocabulary id of the word lower-cased, or -1 when unknown: a token that is the word has that
     * id (as {@link ExactInList} relies on), so most tokens are rejected by one array read.
     */
    private final int lowerId;

    ExactWord(String word) {
      this(word, -1);
    }

    ExactWord(String word, int lowerId) {
      this.word = word;
      this.lowerId = lowerId;
    }

    @Override
    boolean test(MatchInput in, int t) {
      if (lowerId >= 0 && in.wordId[t] != lowerId) {
        return false;
      }
      return textIs(in.text, in.tokens.start(t), in.tokens.end(t), word);
    }

    @Override
    StartIndex.Keys keys(Vocabulary vocabulary) {
      // A token that is the word (format chars left out) lower-cases to the word's lower-case form.
      int id = vocabulary.lookup(Vocabulary.lower(word));
      return id < 0 ? null : StartIndex.Keys.words(new int[] {id});
    }
  }

  /**
   * Whether {@code text[s, e)} is exactly {@code word}, invisible format chars in the text left out
   * ({@link Vocabulary#isSkipped}): "\u200D," is ",", "Chan\u00ADcellor" is "Chancellor".
   */
  static boolean textIs(String text, int s, int e, String word) {
    int len = word.length();
    if (e - s == len) {
      return text.regionMatches(s, word, 0, len);
    }
    if (e - s < len) {
      return false;
    }
    int j = s;
    for (int i = 0; i < len; i++, j++) {
      while (j < e && Vocabulary.isSkipped(text.charAt(j))) {
        j++;
      }
      if (j == e || text.charAt(j) != word.charAt(i)) {
        return false;
      }
    }
    while (j < e && Vocabulary.isSkipped(text.charAt(j))) {
      j++;
    }
    return j == e;
  }

  /** Lower-cased token is in a list: the list's entries are a sorted array of vocabulary ids. */
  static final class LowerInList extends TokenTest {
    /** One bit per vocabulary id in the list: one array read per test instead of a binary search. */
    private final long[] bits;

    LowerInList(int[] sortedIds) {
      this.bits = bitsOf(sortedIds);
    }

    @Override
    boolean test(MatchInput in, int t) {
      return has(bits, in.wordId[t]);
    }

    @Override
    StartIndex.Keys keys(Vocabulary vocabulary) {
      return StartIndex.Keys.wordBits(bits);
    }
  }

  /** A bit set of non-negative ids, sized to the largest. */
  static long[] bitsOf(int[] ids) {
    int max = -1;
    for (int id : ids) {
      max = Math.max(max, id);
    }
    long[] bits = new long[(max >> 6) + 1];
    for (int id : ids) {
      bits[id >> 6] |= 1L << id;
    }
    return bits;
  }

  /** Whether {@code id} is in the bit set ({@code false} for -1 and ids past its end). */
  static boolean has(long[] bits, int id) {
    int w = id >> 6;
    return id >= 0 && w < bits.length && (bits[w] & (1L << id)) != 0;
  }

  /**
   * Token text is exactly an entry of a list. Entries are grouped by the vocabulary id of their lower-cased
   * form (every list entry is in the vocabulary), so a token is compared, without allocating, only with the
   * entries it equals ignoring case.
   */
  static final class ExactInList extends TokenTest {
    /** Sorted vocabulary ids, and per id the entries that lower-case to it. */
    private final int[] ids;
    private final String[][] forms;
    /** The ids as a bit set: most tokens are rejected with one array read. */
    private final long[] idBits;

    ExactInList(Set<String> words, Vocabulary vocabulary) {
      java.util.TreeMap<Integer, java.util.List<String>> byId = new java.util.TreeMap<>();
      for (String w : words) {
        int id = vocabulary.lookup(Vocabulary.lower(w));
        if (id >= 0) {
          byId.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(w);
        }
      }
      ids = new int[byId.size()];
      forms = new String[byId.size()][];
      int i = 0;
      for (java.util.Map.Entry<Integer, java.util.List<String>> e : byId.entrySet()) {
        ids[i] = e.getKey();
        forms[i++] = e.getValue().toArray(new String[0]);
      }
      idBits = bitsOf(ids);
    }

    @Override
    boolean test(MatchInput in, int t) {
      int id = in.wordId[t];
      if (!has(idBits, id)) {
        return false;
      }
      int k = java.util.Arrays.binarySearch(ids, id);
      if (k < 0) {
        return false;
      }
      int s = in.tokens.start(t);
      int e = in.tokens.end(t);
      for (String w : forms[k]) {
        if (textIs(in.text, s, e, w)) {
          return true;
        }
      }
      return false;
    }

    @Override
    StartIndex.Keys keys(Vocabulary vocabulary) {
      return StartIndex.Keys.wordBits(idBits);
    }
  }

  /**
   * A regular expression on the whole token. java.util.regex backtracks, so each evaluation runs on a
   * char sequence with a budget proportional to the token's length: a pathological expression fails
   * (no match, reported as a {@code rule-regex-budget} warning) instead of hanging, and the cost per
   * token stays linear in its length.
   */
  static final class Regex extends TokenTest {
    private final Pattern pattern;
    /** The test's number among the rule set's regular-expression tests: its key in {@link RegexMemo}. */
    private final int id;
    /** The endings a matching token must have, or null. */
    private final RegexSuffixes endings;

    Regex(Pattern pattern, int id) {
      this.pattern = pattern;
      this.id = id;
      this.endings = RegexSuffixes.of(pattern);
    }

    @Override
    boolean test(MatchInput in, int t) {
      int s = in.tokens.start(t);
      int e = in.tokens.end(t);
      if (endings != null && !endings.mayMatch(in.text, s, e)) {
        return false;
      }
      RegexMemo memo = in.regexMemo;
      byte answer = memo.get(id, in.text, s, e);
      if (answer == RegexMemo.UNKNOWN) {
        answer = run(in.text, s, e);
        memo.put(id, answer);
      }
      return answered(in, s, answer);
    }

    private byte run(String text, int s, int e) {
      BudgetedChars chars = new BudgetedChars(text, s, e, BudgetedChars.forToken(e - s));
      try {
        return pattern.matcher(chars).matches() ? RegexMemo.YES : RegexMemo.NO;
      } catch (BudgetedChars.Exhausted x) {
        return RegexMemo.GAVE_UP;
      }
    }

    /** The test's result; a give-up counts as a failed test and is reported. */
    private static boolean answered(MatchInput in, int s, byte answer) {
      if (answer == RegexMemo.GAVE_UP) {
        if (in.regexGaveUp++ == 0) {
          in.firstRegexGaveUpAt = s;
        }
        return false;
      }
      return answer == RegexMemo.YES;
    }

    @Override
    boolean hasRegex() {
      return true;
    }
  }

  static final class Shape extends TokenTest {
    private final String shape;

    Shape(String shape) {
      this.shape = shape;
    }

    @Override
    boolean test(MatchInput in, int t) {
      return Shapes.matches(in.text, in.tokens.start(t), in.tokens.end(t), shape);
    }
  }

  static final class Kind extends TokenTest {
    private final int mask;

    Kind(int mask) {
      this.mask = mask;
    }

    @Override
    boolean test(MatchInput in, int t) {
      return (mask & (1 << in.tokens.kindOrdinal(t))) != 0;
    }

    @Override
    StartIndex.Keys keys(Vocabulary vocabulary) {
      return StartIndex.Keys.kinds(mask);
    }
  }

  /** A mention covers the token; of one of the types (type ids, bit per id) unless {@code any}. */
  static final class Ent extends OnMention {
    private final java.util.BitSet types;
    private final boolean any;

    Ent(java.util.BitSet types, boolean any) {
      this.types = types;
      this.any = any;
    }

    @Override
    boolean test(MatchInput in, int t) {
      if (in.mention[t] < 0) {
        return false;
      }
      return any || (in.mentionType[t] >= 0 && types.get(in.mentionType[t]));
    }

    @Override
    StartIndex.Keys keys(Vocabulary vocabulary) {
      return any ? StartIndex.Keys.anyEntity() : StartIndex.Keys.types(types.toLongArray());
    }
  }

  /**
   * {@code <TYPE|...>} as one test: a mention of one of the types (any type if {@code any}) begins at the
   * token. The same as {@code And(Ent, EntBegin)}.
   */
  static final class EntBeginOf extends OnMention {
    private final long[] types;
    private final boolean any;

    EntBeginOf(long[] types, boolean any) {
      this.types = types;
      this.any = any;
    }

    @Override
    boolean test(MatchInput in, int t) {
      int m = in.mention[t];
      if (m < 0 || !any && !has(types, in.mentionType[t])) {
        return false;
      }
      return t == 0 || in.mention[t - 1] != m;
    }

    @Override
    StartIndex.Keys keys(Vocabulary vocabulary) {
      return any ? StartIndex.Keys.anyEntity() : StartIndex.Keys.types(types);
    }
  }

  static final class EntAttr extends OnMention {
    private final String name;
    private final Set<String> values;

    EntAttr(String name, Set<String> values) {
      this.name = name;
      this.values = values;
    }

    @Override
    boolean test(MatchInput in, int t) {
      int m = in.mention[t];
      if (m < 0) {
        return false;
      }
      Mention mention = in.mentions.get(m);
      String v = mention.attributes().get(name);
      return v != null && values.contains(v);
    }
  }

  static final class EntBegin extends OnMention {
    @Override
    boolean test(MatchInput in, int t) {
      int m = in.mention[t];
      return m >= 0 && (t == 0 || in.mention[t - 1] != m);
    }
  }

  static final class EntInside extends OnMention {
    @Override
    boolean test(MatchInput in, int t) {
      int m = in.mention[t];
      return m >= 0 && t > 0 && in.mention[t - 1] == m;
    }
  }

  static final class Flag extends TokenTest {
    private final int bits;

    Flag(int bits) {
      this.bits = bits;
    }

    @Override
    boolean test(MatchInput in, int t) {
      return (in.tokens.flags(t) & bits) != 0;
    }
  }

  static final class Not extends TokenTest {
    private final TokenTest p;

    Not(TokenTest p) {
      this.p = p;
    }

    @Override
    boolean test(MatchInput in, int t) {
      return !p.test(in, t);
    }

    @Override
    boolean hasRegex() {
      return p.hasRegex();
    }
  }

  /** A test made of parts: it evaluates a regular expression where any part does. */
  abstract static class Compound extends TokenTest {
    final TokenTest[] ps;

    Compound(TokenTest[] ps) {
      this.ps = ps;
    }

    @Override
    boolean hasRegex() {
      for (TokenTest p : ps) {
        if (p.hasRegex()) {
          return true;
        }
      }
      return false;
    }
  }

  static final class And extends Compound {
    And(TokenTest[] ps) {
      super(ps);
    }

    @Override
    boolean requiresMention() {
      for (TokenTest p : ps) {
        if (p.requiresMention()) {
          return true;
        }
      }
      return false;
    }

    @Override
    boolean test(MatchInput in, int t) {
      for (TokenTest p : ps) {
        if (!p.test(in, t)) {
          return false;
        }
      }
      return true;
    }

    @Override
    StartIndex.Keys keys(Vocabulary vocabulary) {
      // A token passing every part carries the keys of each: any part's will do, the most selective
      // best. But where a part is a regular expression, skipping the test would skip its evaluation
      // (and the count of its give-ups) at tokens where the parts before it pass: say nothing.
      if (hasRegex()) {
        return null;
      }
      StartIndex.Keys best = null;
      for (TokenTest p : ps) {
        StartIndex.Keys k = p.keys(vocabulary);
        if (k != null && (best == null || k.cost() < best.cost())) {
          best = k;
        }
      }
      return best;
    }
  }

  static final class Or extends Compound {
    Or(TokenTest[] ps) {
      super(ps);
    }

    @Override
    boolean requiresMention() {
      for (TokenTest p : ps) {
        if (!p.requiresMention()) {
          return false;
        }
      }
      return ps.length > 0;
    }

    @Override
    boolean test(MatchInput in, int t) {
      for (TokenTest p : ps) {
        if (p.test(in, t)) {
          return true;
        }
      }
      return false;
    }

    @Override
    StartIndex.Keys keys(Vocabulary vocabulary) {
      StartIndex.Keys all = StartIndex.Keys.none();
      for (TokenTest p : ps) {
        StartIndex.Keys k = p.keys(vocabulary);
        if (k == null) {
          return null;
        }
        all = all.union(k);
      }
      return all;
    }
  }
}
