package dev.gazette.internal.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Skips rules that cannot match a window of text. For each rule it derives a requirement from the
 * pattern: a set of keys (a lower-cased word, an entity type, a token kind, "some entity") of which at
 * least one must occur in any text the rule matches. It picks the most selective requirement (words over
 * types and kinds), and indexes rules by those keys. For a window, only rules reached through the keys
 * its tokens carry are run, so rules whose words a sentence does not contain cost nothing.
 */
final class Prefilter {
  private static final int WORD = 0;
  private static final int TYPE = 1;
  private static final int KIND = 2;
  private static final int ANY_ENTITY = 3;
  /** A word key is far more selective than a type or kind key. */
  private static final int BROAD_COST = 64;

  final int[][] byWord;
  final int[][] byType;
  final int[][] byKind;
  final int[] byAnyEntity;
  /** Rules with no requirement: run on every window. */
  final int[] always;
  /** Per rule: its requirement as text, for explanations ("one of: said, told"). */
  final String[] describe;

  private Prefilter(int[][] byWord, int[][] byType, int[][] byKind, int[] byAnyEntity, int[] always, String[] describe) {
    this.byWord = byWord;
    this.byType = byType;
    this.byKind = byKind;
    this.byAnyEntity = byAnyEntity;
    this.always = always;
    this.describe = describe;
  }

  static Prefilter build(List<RuleDef> rules, Vocabulary vocab, Map<String, Integer> typeIds, Map<String, int[]> listIds) {
    Builder b = new Builder(vocab, typeIds, listIds);
    List<List<Integer>> byWord = lists(vocab.size());
    List<List<Integer>> byType = lists(typeIds.size());
    List<List<Integer>> byKind = lists(32);
    List<Integer> anyEntity = new ArrayList<>();
    List<Integer> always = new ArrayList<>();
    String[] describe = new String[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      Set<Long> req = b.require(rules.get(r).pattern());
      if (req == null) {
        always.add(r);
        describe[r] = null;
        continue;
      }
      List<String> names = new ArrayList<>();
      for (long key : req) {
        int kind = (int) (key >>> 32);
        int id = (int) key;
        switch (kind) {
          case WORD -> {
            byWord.get(id).add(r);
            names.add("'" + vocab.word(id) + "'");
          }
          case TYPE -> {
            byType.get(id).add(r);
            names.add("an entity " + typeName(typeIds, id));
          }
          case KIND -> {
            byKind.get(id).add(r);
            names.add("a " + dev.gazette.TokenKind.values()[id] + " token");
          }
          default -> {
            anyEntity.add(r);
            names.add("an entity");
          }
        }
      }
      names.sort(null);
      describe[r] = names.isEmpty() ? "nothing that can occur (an empty list)" : "one of " + String.join(", ", names.subList(0, Math.min(8, names.size()))) + (names.size() > 8 ? ", ..." : "");
    }
    return new Prefilter(arrays(byWord), arrays(byType), arrays(byKind), toArray(anyEntity), toArray(always), describe);
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

    Set<Long> require(Node n) {
      if (n instanceof Node.Tok t) {
        return require(t.pred());
      } else if (n instanceof Node.Seq s) {
        Set<Long> best = null;
        for (Node item : s.items()) {
          best = better(best, require(item));
        }
        return best;
      } else if (n instanceof Node.Alt a) {
        return union(a.options().stream().map(this::require).toList());
      } else if (n instanceof Node.Repeat r) {
        return r.min() == 0 ? null : require(r.node());
      } else if (n instanceof Node.Capture c) {
        return require(c.node());
      }
      return null; // anchors
    }

    Set<Long> require(Pred p) {
      if (p instanceof Pred.Word w) {
        int id = vocab.lookup(Vocabulary.lower(w.value()));
        return id < 0 ? null : Set.of(key(WORD, id));
      } else if (p instanceof Pred.InList l) {
        Set<Long> out = new HashSet<>();
        for (int id : listIds.get(l.list())) {
          out.add(key(WORD, id));
        }
        return out;
      } else if (p instanceof Pred.Ent e) {
        if (e.types().isEmpty()) {
          return Set.of(key(ANY_ENTITY, 0));
        }
        Set<Long> out = new HashSet<>();
        for (String t : e.types()) {
          out.add(key(TYPE, typeIds.get(t)));
        }
        return out;
      } else if (p instanceof Pred.EntAttr || p instanceof Pred.EntBegin || p instanceof Pred.EntInside) {
        return Set.of(key(ANY_ENTITY, 0));
      } else if (p instanceof Pred.Kind k) {
        Set<Long> out = new HashSet<>();
        for (int o : k.kinds()) {
          out.add(key(KIND, o));
        }
        return out;
      } else if (p instanceof Pred.And a) {
        Set<Long> best = null;
        for (Pred q : a.ps()) {
          best = better(best, require(q));
        }
        return best;
      } else if (p instanceof Pred.Or o) {
        return union(o.ps().stream().map(this::require).toList());
      }
      return null; // any, regex, shape, flags, negation
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

    private static Set<Long> better(Set<Long> a, Set<Long> b) {
      if (a == null) {
        return b;
      }
      if (b == null) {
        return a;
      }
      return cost(b) < cost(a) ? b : a;
    }

    private static long cost(Set<Long> s) {
      long c = 0;
      for (long k : s) {
        c += (k >>> 32) == WORD ? 1 : BROAD_COST;
      }
      return c;
    }

    private static long key(int kind, int id) {
      return ((long) kind << 32) | (id & 0xffffffffL);
    }
  }
}
