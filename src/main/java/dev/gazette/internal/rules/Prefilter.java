package dev.gazette.internal.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Skips rules that cannot match a window of text. For each rule it derives requirements from the
 * pattern: sets of keys (a lower-cased word, an entity type, a token kind, "some entity", a token flag)
 * of which at least one must occur in any text the rule matches, one set per element every match must
 * contain. It indexes rules by the keys of the most selective set (words over types and kinds), so rules
 * whose words a window does not contain cost nothing; the rules reached that way must then also meet a
 * few more of their requirements ({@link #secondary}: "according" as well as ",", a glued token as well
 * as a speech verb), checked against the keys the window was seen to carry.
 */
final class Prefilter {
  private static final int WORD = 0;
  private static final int TYPE = 1;
  private static final int KIND = 2;
  private static final int ANY_ENTITY = 3;
  /** Some of the flag bits {@code id} (never indexed: only a secondary requirement). */
  private static final int FLAG = 4;
  /** Secondary requirements kept per rule, the most selective first. */
  private static final int MAX_SECONDARY = 6;
  /**
   * Larger sets are not kept as secondary requirements. Checking one costs the same whatever its size
   * (the scan marks it met), and a list of speech verbs, a hundred forms, is what keeps a speaker rule
   * off the many sentences that name someone but quote no one.
   */
  private static final int MAX_SECONDARY_KEYS = 1024;
  /** A word key is far more selective than a type or kind key, or one of the {@link #COMMON} words. */
  private static final int BROAD_COST = 64;
  /**
   * Words found in most sentences of news: as a requirement they select about as little as an entity
   * type, and a rule indexed by one of them ("," most of all) would be reached in nearly every sentence.
   */
  private static final Set<String> COMMON =
      Set.of(
          ",", ".", "\"", "'s", "the", "a", "an", "of", "and", "to", "in", "on", "for", "with", "by", "at",
          "from", "as", "that", "is", "was", "are", "were", "be", "been", "has", "have", "had", "it", "its",
          "he", "his", "she", "her", "they", "their", "said", "will", "would", "not", "but", "who", "which",
          "this", "after", "also", "more", "than", "or");

  final int[][] byWord;
  final int[][] byType;
  final int[][] byKind;
  final int[] byAnyEntity;
  /** Rules with no requirement: run on every window. */
  final int[] always;
  /** Per rule: its indexed requirement as text, for explanations ("one of: said, told"). */
  final String[] describe;
  /**
   * Per rule: the keys of its indexed requirement (one must occur; empty: none can), or null for a rule
   * in {@link #always}. The same requirement {@link #byWord} and the other indexes hold, per rule.
   */
  final long[][] primary;
  /**
   * Per rule: further requirements (each an array of keys, one of which must occur), or null. Keys:
   * {@link #kindOf} and {@link #idOf}.
   */
  final long[][][] secondary;
  /** Per rule: its secondary requirements as text, parallel to {@link #secondary}. */
  final String[][] describeSecondary;

  private Prefilter(
      int[][] byWord,
      int[][] byType,
      int[][] byKind,
      int[] byAnyEntity,
      int[] always,
      String[] describe,
      long[][] primary,
      long[][][] secondary,
      String[][] describeSecondary,
      boolean[] wide) {
    this.byWord = byWord;
    this.byType = byType;
    this.byKind = byKind;
    this.byAnyEntity = byAnyEntity;
    this.always = always;
    this.describe = describe;
    this.primary = primary;
    this.secondary = secondary;
    this.describeSecondary = describeSecondary;
    boolean any = false;
    for (long[][] r : secondary) {
      any |= r != null;
    }
    this.hasSecondary = any;
    // Number the distinct requirements, and index them by key, so that a window's scan can mark each
    // requirement met as it sees a key (see reqsByWord): checking a rule is then one read per requirement
    // instead of a loop over its keys (word lists hold dozens).
    Map<List<Long>, Integer> ids = new java.util.HashMap<>();
    List<long[]> keysOf = new ArrayList<>();
    this.primaryReq = new int[primary.length];
    this.secondaryReq = new int[primary.length][];
    for (int r = 0; r < primary.length; r++) {
      primaryReq[r] = primary[r] == null ? -1 : reqId(ids, keysOf, primary[r]);
      if (secondary[r] != null) {
        secondaryReq[r] = new int[secondary[r].length];
        for (int c = 0; c < secondary[r].length; c++) {
          secondaryReq[r][c] = reqId(ids, keysOf, secondary[r][c]);
        }
      }
    }
    this.requirements = keysOf.size();
    // Only the requirements that are read after the scan need marking: the secondary ones, and the
    // primary ones of rules of wider windows (RuleEngine.wideCandidates); a rule's primary requirement
    // is otherwise met exactly when the scan reaches it through byWord and the other indexes.
    boolean[] read = new boolean[keysOf.size()];
    for (int r = 0; r < primary.length; r++) {
      if (secondaryReq[r] != null) {
        for (int q : secondaryReq[r]) {
          read[q] = true;
        }
      }
      if (primaryReq[r] >= 0 && wide[r]) {
        read[primaryReq[r]] = true;
      }
    }
    List<List<Integer>> rw = lists(byWord.length);
    List<List<Integer>> rt = lists(byType.length);
    List<List<Integer>> rk = lists(byKind.length);
    List<Integer> ra = new ArrayList<>();
    List<Integer> rf = new ArrayList<>();
    for (int q = 0; q < keysOf.size(); q++) {
      if (!read[q]) {
        continue;
      }
      boolean flag = false;
      for (long key : keysOf.get(q)) {
        int id = idOf(key);
        switch ((int) (key >>> 32)) {
          case WORD -> rw.get(id).add(q);
          case TYPE -> rt.get(id).add(q);
          case KIND -> rk.get(id).add(q);
          case FLAG -> flag = true;
          default -> ra.add(q);
        }
      }
      if (flag) {
        rf.add(q);
      }
    }
    this.reqsByWord = arrays(rw);
    this.reqsByType = arrays(rt);
    this.reqsByKind = arrays(rk);
    this.reqsByAnyEntity = toArray(ra);
    this.flagReqs = toArray(rf);
    this.flagMask = new int[flagReqs.length];
    for (int i = 0; i < flagReqs.length; i++) {
      for (long key : keysOf.get(flagReqs[i])) {
        if ((key >>> 32) == FLAG) {
          flagMask[i] |= idOf(key);
        }
      }
    }
  }

  private static int reqId(Map<List<Long>, Integer> ids, List<long[]> keysOf, long[] keys) {
    List<Long> k = java.util.Arrays.stream(keys).boxed().toList();
    Integer id = ids.get(k);
    if (id == null) {
      id = keysOf.size();
      ids.put(k, id);
      keysOf.add(keys);
    }
    return id;
  }

  /** The number of distinct requirements (primary and secondary, over all rules). */
  final int requirements;
  /** Per rule: the id of {@link #primary}, or -1. */
  final int[] primaryReq;
  /** Per rule: the ids of {@link #secondary}, parallel to it, or null. */
  final int[][] secondaryReq;
  /** Per word id: the requirements it meets. Likewise per type id, per token kind, and for "some entity". */
  final int[][] reqsByWord;
  final int[][] reqsByType;
  final int[][] reqsByKind;
  final int[] reqsByAnyEntity;
  /** The requirements with flag keys, and per one the flag bits that meet it (any of them). */
  final int[] flagReqs;
  final int[] flagMask;

  /** Whether any rule has secondary requirements. */
  final boolean hasSecondary;

  static boolean isWord(long key) {
    return (key >>> 32) == WORD;
  }

  static boolean isType(long key) {
    return (key >>> 32) == TYPE;
  }

  static boolean isKind(long key) {
    return (key >>> 32) == KIND;
  }

  static boolean isFlag(long key) {
    return (key >>> 32) == FLAG;
  }

  static int idOf(long key) {
    return (int) key;
  }

  static Prefilter build(List<RuleDef> rules, Vocabulary vocab, Map<String, Integer> typeIds, Map<String, int[]> listIds) {
    Builder b = new Builder(vocab, typeIds, listIds);
    List<List<Integer>> byWord = lists(vocab.size());
    List<List<Integer>> byType = lists(typeIds.size());
    List<List<Integer>> byKind = lists(32);
    List<Integer> anyEntity = new ArrayList<>();
    List<Integer> always = new ArrayList<>();
    String[] describe = new String[rules.size()];
    long[][] primary = new long[rules.size()][];
    long[][][] secondary = new long[rules.size()][][];
    String[][] describeSecondary = new String[rules.size()][];
    for (int r = 0; r < rules.size(); r++) {
      List<Set<Long>> all = b.requireAll(rules.get(r).pattern());
      Set<Long> req = b.best(all);
      List<Set<Long>> more = b.secondary(all, req);
      if (!more.isEmpty()) {
        secondary[r] = new long[more.size()][];
        describeSecondary[r] = new String[more.size()];
        for (int c = 0; c < more.size(); c++) {
          secondary[r][c] = more.get(c).stream().mapToLong(Long::longValue).sorted().toArray();
          describeSecondary[r][c] = describe(more.get(c), vocab, typeIds);
        }
      }
      if (req == null) {
        always.add(r);
        describe[r] = null;
        continue;
      }
      primary[r] = req.stream().mapToLong(Long::longValue).sorted().toArray();
      for (long key : req) {
        int kind = (int) (key >>> 32);
        int id = (int) key;
        switch (kind) {
          case WORD -> byWord.get(id).add(r);
          case TYPE -> byType.get(id).add(r);
          case KIND -> byKind.get(id).add(r);
          default -> anyEntity.add(r);
        }
      }
      describe[r] = describe(req, vocab, typeIds);
    }
    boolean[] wide = new boolean[rules.size()];
    for (int r = 0; r < wide.length; r++) {
      wide[r] = rules.get(r).window() > 1;
    }
    return new Prefilter(
        arrays(byWord), arrays(byType), arrays(byKind), toArray(anyEntity), toArray(always), describe, primary, secondary,
        describeSecondary, wide);
  }

  /** A requirement as text: "one of 'said', 'told'". */
  private static String describe(Set<Long> req, Vocabulary vocab, Map<String, Integer> typeIds) {
    List<String> names = new ArrayList<>();
    for (long key : req) {
      int kind = (int) (key >>> 32);
      int id = (int) key;
      switch (kind) {
        case WORD -> names.add("'" + vocab.word(id) + "'");
        case TYPE -> names.add("an entity " + typeName(typeIds, id));
        case KIND -> names.add("a " + dev.gazette.TokenKind.values()[id] + " token");
        case FLAG -> names.add("a token flagged " + flagName(id));
        default -> names.add("an entity");
      }
    }
    names.sort(null);
    return names.isEmpty() ? "nothing that can occur (an empty list)" : "one of " + String.join(", ", names.subList(0, Math.min(8, names.size()))) + (names.size() > 8 ? ", ..." : "");
  }

  private static String flagName(int bits) {
    List<String> out = new ArrayList<>();
    for (int bit = 0; bit < 32; bit++) {
      if ((bits & (1 << bit)) != 0) {
        out.add("0x" + Integer.toHexString(1 << bit));
      }
    }
    return String.join("|", out);
  }

  private static String typeName(Map<String, Integer> typeIds, int id) {
    for (Map.Entry<String, Integer> e : typeIds.entrySet()) {
      if (e.getValue() == id) {
        return e.getKey();
      }
    }
    return "?";
  }

  private static List<List<Integer>> lists(int n) {
    List<List<Integer>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>(1));
    }
    return out;
  }

  private static int[][] arrays(List<List<Integer>> lists) {
    int[][] out = new int[lists.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = toArray(lists.get(i));
    }
    return out;
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Derives requirements; null means "none": the element can match without any key. */
  private static final class Builder {
    private final Vocabulary vocab;
    private final Map<String, Integer> typeIds;
    private final Map<String, int[]> listIds;

    Builder(Vocabulary vocab, Map<String, Integer> typeIds, Map<String, int[]> listIds) {
      this.vocab = vocab;
      this.typeIds = typeIds;
      this.listIds = listIds;
    }

    /**
     * Every requirement of a pattern: each set holds keys of which one must occur in any match. An
     * empty list means none; an empty set, a requirement nothing can meet (an empty word list).
     */
    List<Set<Long>> requireAll(Node n) {
      if (n instanceof Node.Tok t) {
        return requireAll(t.pred());
      } else if (n instanceof Node.Seq s) {
        List<Set<Long>> out = new ArrayList<>();
        for (Node item : s.items()) {
          out.addAll(requireAll(item));
        }
        return out;
      } else if (n instanceof Node.Alt a) {
        return single(union(a.options().stream().map(o -> best(requireAll(o))).toList()));
      } else if (n instanceof Node.Repeat r) {
        return r.min() == 0 ? List.of() : requireAll(r.node());
      } else if (n instanceof Node.Capture c) {
        return requireAll(c.node());
      }
      return List.of(); // anchors
    }

    List<Set<Long>> requireAll(Pred p) {
      if (p instanceof Pred.Word w) {
        int id = vocab.lookup(Vocabulary.lower(w.value()));
        return id < 0 ? List.of() : List.of(Set.of(key(WORD, id)));
      } else if (p instanceof Pred.InList l) {
        Set<Long> out = new HashSet<>();
        for (int id : listIds.get(l.list())) {
          out.add(key(WORD, id));
        }
        return List.of(out);
      } else if (p instanceof Pred.Ent e) {
        if (e.types().isEmpty()) {
          return List.of(Set.of(key(ANY_ENTITY, 0)));
        }
        Set<Long> out = new HashSet<>();
        for (String t : e.types()) {
          out.add(key(TYPE, typeIds.get(t)));
        }
        return List.of(out);
      } else if (p instanceof Pred.EntAttr || p instanceof Pred.EntBegin || p instanceof Pred.EntInside) {
        return List.of(Set.of(key(ANY_ENTITY, 0)));
      } else if (p instanceof Pred.Kind k) {
        Set<Long> out = new HashSet<>();
        for (int o : k.kinds()) {
          out.add(key(KIND, o));
        }
        return List.of(out);
      } else if (p instanceof Pred.Flag f) {
        return f.bits() == 0 ? List.of() : List.of(Set.of(key(FLAG, f.bits())));
      } else if (p instanceof Pred.And a) {
        List<Set<Long>> out = new ArrayList<>();
        for (Pred q : a.ps()) {
          out.addAll(requireAll(q));
        }
        return out;
      } else if (p instanceof Pred.Or o) {
        return single(union(o.ps().stream().map(q -> best(requireAll(q))).toList()));
      }
      return List.of(); // any, regex, shape, negation
    }

    private static List<Set<Long>> single(Set<Long> s) {
      return s == null ? List.of() : List.of(s);
    }

    /**
     * The requirement to index a rule by: the cheapest set without flag keys (the first of equal cost),
     * or null if there is none.
     */
    Set<Long> best(List<Set<Long>> all) {
      Set<Long> best = null;
      for (Set<Long> s : all) {
        if (indexable(s) && (best == null || cost(s) < cost(best))) {
          best = s;
        }
      }
      return best;
    }

    /** The other requirements worth checking once a rule is reached: small sets, the cheapest first. */
    List<Set<Long>> secondary(List<Set<Long>> all, Set<Long> primary) {
      List<Set<Long>> out = new ArrayList<>();
      for (Set<Long> s : all) {
        if (s != primary && !s.isEmpty() && s.size() <= MAX_SECONDARY_KEYS && !out.contains(s) && !s.equals(primary)) {
          out.add(s);
        }
      }
      out.sort(java.util.Comparator.comparingLong(this::checkCost));
      return out.size() > MAX_SECONDARY ? List.copyOf(out.subList(0, MAX_SECONDARY)) : out;
    }

    private static boolean indexable(Set<Long> s) {
      for (long k : s) {
        if ((k >>> 32) == FLAG) {
          return false;
        }
      }
      return true;
    }

    /** Flags are cheap to check (one mask per window) and glue flags are rare: check them first. */
    private long checkCost(Set<Long> s) {
      return indexable(s) ? cost(s) : 0;
    }

    private static Set<Long> union(List<Set<Long>> parts) {
      Set<Long> out = new HashSet<>();
      for (Set<Long> s : parts) {
        if (s == null) {
          return null;
        }
        out.addAll(s);
      }
      return out;
    }

    private long cost(Set<Long> s) {
      long c = 0;
      for (long k : s) {
        c += (k >>> 32) == WORD && !COMMON.contains(vocab.word((int) k)) ? 1 : BROAD_COST;
      }
      return c;
    }

    private static long key(int kind, int id) {
      return ((long) kind << 32) | (id & 0xffffffffL);
    }
  }
}
