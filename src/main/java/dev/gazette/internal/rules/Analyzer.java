package dev.gazette.internal.rules;

import dev.gazette.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Load-time checks that find rules that can never fire: rules that can never match (a test no token
 * passes, an empty list, a token required after the sentence end), rules shadowed by another rule of
 * the same group that matches the same tokens and wins on priority (or comes first on a tie), and entity
 * types that no rule creates and that are not standard (usually a typo), and named patterns no rule uses.
 */
public final class Analyzer {
  /**
   * One finding about a rule or a named pattern: {@code subject} is the rule id, or {@code %NAME} for a
   * pattern, and {@code pos} where it is defined.
   */
  public record Finding(String kind, String subject, SourcePos pos, String message) {
    Finding(String kind, RuleDef rule, String message) {
      this(kind, rule.id(), rule.pos(), message);
    }
  }

  /** Largest bucket of same-length rules compared pairwise for shadowing. */
  private static final int MAX_PAIRWISE = 300;

  private final Program program;
  private final RuleBook book;
  private final List<Finding> findings = new ArrayList<>();

  private Analyzer(Program program, RuleBook book) {
    this.program = program;
    this.book = book;
  }

  public static List<Finding> analyze(Program program, RuleBook book) {
    Analyzer a = new Analyzer(program, book);
    a.neverMatching();
    a.shadowed();
    a.unknownTypes();
    a.unusedPatterns();
    return a.findings;
  }

  // ------------------------------------------------------------ never matches

  private void neverMatching() {
    for (int r = 0; r < program.rules.size(); r++) {
      RuleDef rule = program.rules.get(r);
      String dead = deadElement(rule.pattern());
      if (!canMatch(r)) {
        String why =
            dead != null
                ? "its element " + dead + " can never be true of a token"
                : "every way through its pattern matches no token or needs a token after the sentence end";
        findings.add(new Finding("NEVER_MATCHES", rule, "rule '" + rule.id() + "' can never match: " + why));
      }
    }
  }

  /**
   * Searches the rule's code for a path to MATCH that consumes at least one token, tracking whether a
   * token was consumed and whether the position is pinned to the end of a one-sentence window.
   */
  private boolean canMatch(int r) {
    RuleDef rule = program.rules.get(r);
    boolean oneSentence = rule.window() == 1;
    int from = program.entry[r];
    // state bits: 1 = consumed a token, 2 = at the window end
    Set<Integer> seen = new HashSet<>();
    ArrayList<int[]> stack = new ArrayList<>();
    stack.add(new int[] {from, 0});
    while (!stack.isEmpty()) {
      int[] top = stack.remove(stack.size() - 1);
      int pc = top[0];
      int state = top[1];
      // Code shared with other rules forks into theirs: only this rule's own paths count.
      if (!program.sharing.belongsTo(pc, r) || !seen.add(pc * 4 + state)) {
        continue;
      }
      switch (program.op[pc]) {
        case Program.MATCH -> {
          if ((state & 1) != 0) {
            return true;
          }
        }
        case Program.JMP -> stack.add(new int[] {program.x[pc], state});
        case Program.SPLIT -> {
          stack.add(new int[] {program.x[pc], state});
          stack.add(new int[] {program.y[pc], state});
        }
        case Program.SAVE -> stack.add(new int[] {pc + 1, state});
        case Program.ASSERT_END -> stack.add(new int[] {pc + 1, oneSentence ? state | 2 : state});
        case Program.ASSERT_START -> {
          // In a one-sentence window, a sentence starts only at its first token or at the window end.
          int next = oneSentence && (state & 1) != 0 ? state | 2 : state;
          stack.add(new int[] {pc + 1, next});
        }
        default -> {
          boolean blocked = oneSentence && (state & 2) != 0;
          if (!blocked && satisfiable(program.elements[pc].pred())) {
            stack.add(new int[] {pc + 1, 1}); // consumed a token, no longer pinned to the end
          }
        }
      }
    }
    return false;
  }

  private String deadElement(Node n) {
    if (n instanceof Node.Tok t) {
      return satisfiable(t.pred()) ? null : t.text();
    } else if (n instanceof Node.Seq s) {
      for (Node i : s.items()) {
        String d = deadElement(i);
        if (d != null) {
          return d;
        }
      }
    } else if (n instanceof Node.Alt a) {
      for (Node i : a.options()) {
        String d = deadElement(i);
        if (d != null) {
          return d;
        }
      }
    } else if (n instanceof Node.Repeat r) {
      return deadElement(r.node());
    } else if (n instanceof Node.Capture c) {
      return deadElement(c.node());
    }
    return null;
  }

  /** A conservative check: false only when no token can pass the test. */
  boolean satisfiable(Pred p) {
    if (p instanceof Pred.InList l) {
      return !book.lists().get(l.list()).words().isEmpty();
    } else if (p instanceof Pred.Shape s) {
      return true;
    } else if (p instanceof Pred.Or o) {
      return o.ps().stream().anyMatch(this::satisfiable);
    } else if (p instanceof Pred.And a) {
      if (!a.ps().stream().allMatch(this::satisfiable)) {
        return false;
      }
      return consistent(a.ps());
    }
    return true;
  }

  /** Looks for contradictions between the simple tests of a conjunction. */
  private static boolean consistent(List<Pred> ps) {
    Set<String> types = null;
    Set<Integer> kinds = null;
    String lower = null;
    String exact = null;
    for (Pred p : ps) {
      if (p instanceof Pred.Ent e && !e.types().isEmpty()) {
        if (types == null) {
          types = new HashSet<>(e.types());
        } else {
          types.retainAll(e.types());
        }
      } else if (p instanceof Pred.Kind k) {
        if (kinds == null) {
          kinds = new HashSet<>(k.kinds());
        } else {
          kinds.retainAll(k.kinds());
        }
      } else if (p instanceof Pred.Word w) {
        if (w.lower()) {
          if (lower != null && !lower.equals(w.value())) {
            return false;
          }
          lower = w.value();
        } else {
          if (exact != null && !exact.equals(w.value())) {
            return false;
          }
          exact = w.value();
        }
      } else if (p instanceof Pred.Not n && ps.contains(n.p())) {
        return false;
      }
    }
    if (lower != null && exact != null && !Vocabulary.lower(exact).equals(lower)) {
      return false;
    }
    return (types == null || !types.isEmpty()) && (kinds == null || !kinds.isEmpty());
  }

  // ------------------------------------------------------------ shadowing

  private void shadowed() {
    Map<String, List<Integer>> byKey = new HashMap<>();
    Map<String, List<Integer>> byShape = new HashMap<>();
    for (int r = 0; r < program.rules.size(); r++) {
      RuleDef rule = program.rules.get(r);
      byKey.computeIfAbsent(rule.group() + "\u0000" + rule.window() + "\u0000" + rule.pattern().key(), k -> new ArrayList<>()).add(r);
      List<Node> fixed = items(rule.pattern());
      if (fixed != null) {
        byShape.computeIfAbsent(rule.group() + "\u0000" + rule.window() + "\u0000" + fixed.size(), k -> new ArrayList<>()).add(r);
      }
    }
    Set<Integer> reported = new HashSet<>();
    for (List<Integer> same : byKey.values()) {
      if (same.size() > 1) {
        int winner = best(same);
        for (int r : same) {
          if (r != winner && reported.add(r)) {
            report(r, winner, "has the same pattern as");
          }
        }
      }
    }
    for (List<Integer> bucket : byShape.values()) {
      if (bucket.size() < 2 || bucket.size() > MAX_PAIRWISE) {
        continue;
      }
      for (int b : bucket) {
        if (reported.contains(b)) {
          continue;
        }
        List<Node> bs = items(program.rules.get(b).pattern());
        for (int a : bucket) {
          if (a == b || !beats(a, b)) {
            continue;
          }
          List<Node> as = items(program.rules.get(a).pattern());
          boolean covers = true;
          for (int k = 0; k < as.size() && covers; k++) {
            Node x = as.get(k);
            Node y = bs.get(k);
            covers = x.key().equals(y.key()) || (x instanceof Node.Tok xt && y instanceof Node.Tok yt && implies(yt.pred(), xt.pred()));
          }
          if (covers) {
            reported.add(b);
            report(b, a, "only matches what is also matched by");
            break;
          }
        }
      }
    }
  }

  private int best(List<Integer> rules) {
    int w = rules.get(0);
    for (int r : rules) {
      if (beats(r, w)) {
        w = r;
      }
    }
    return w;
  }

  /** Whether rule a wins over rule b on the same span. */
  private boolean beats(int a, int b) {
    int pa = program.rules.get(a).priority();
    int pb = program.rules.get(b).priority();
    return pa > pb || (pa == pb && a < b);
  }

  private void report(int loser, int winner, String how) {
    RuleDef l = program.rules.get(loser);
    RuleDef w = program.rules.get(winner);
    findings.add(
        new Finding(
            "SHADOWED",
            l,
            "rule '" + l.id() + "' " + how + " rule '" + w.id() + "' (" + w.pos() + "), which wins on "
                + (w.priority() > l.priority() ? "priority" : "order")
                + " in group '" + l.group() + "': it never produces anything"));
  }

  /**
   * The pattern as a sequence of items (captures and nested sequences unwrapped). Two rules whose items
   * are pairwise identical, or single tokens where one test implies the other, match the same spans.
   */
  private static List<Node> items(Node n) {
    List<Node> out = new ArrayList<>();
    flatten(n, out);
    return out;
  }

  private static void flatten(Node n, List<Node> out) {
    if (n instanceof Node.Seq s) {
      for (Node i : s.items()) {
        flatten(i, out);
      }
    } else if (n instanceof Node.Capture c) {
      flatten(c.node(), out);
    } else {
      out.add(n);
    }
  }

  /** Whether every token passing {@code b} passes {@code a} (conservative: false when unsure). */
  private boolean implies(Pred b, Pred a) {
    if (a instanceof Pred.Any || a.key().equals(b.key())) {
      return true;
    }
    if (b instanceof Pred.And and) {
      for (Pred q : and.ps()) {
        if (implies(q, a)) {
          return true;
        }
      }
    }
    if (a instanceof Pred.Or or) {
      for (Pred q : or.ps()) {
        if (implies(b, q)) {
          return true;
        }
      }
    }
    if (b instanceof Pred.Or or) {
      return or.ps().stream().allMatch(q -> implies(q, a));
    }
    if (a instanceof Pred.Word aw && aw.lower() && b instanceof Pred.Word bw) {
      return Vocabulary.lower(bw.value()).equals(aw.value());
    }
    if (a instanceof Pred.InList al && al.lower() && b instanceof Pred.Word bw) {
      String w = Vocabulary.lower(bw.value());
      return book.lists().get(al.list()).words().stream().anyMatch(x -> Vocabulary.lower(x).equals(w));
    }
    if (a instanceof Pred.Ent ae && b instanceof Pred.Ent be) {
      return ae.types().isEmpty() || (!be.types().isEmpty() && ae.types().containsAll(be.types()));
    }
    if (a instanceof Pred.Ent ae && ae.types().isEmpty()) {
      return b instanceof Pred.EntAttr || b instanceof Pred.EntBegin || b instanceof Pred.EntInside;
    }
    if (a instanceof Pred.Kind ak && b instanceof Pred.Kind bk) {
      return ak.kinds().containsAll(bk.kinds());
    }
    return false;
  }

  // ------------------------------------------------------------ named patterns

  /** Named patterns that no rule uses, directly or through other patterns: usually a leftover or a typo. */
  private void unusedPatterns() {
    for (RuleBook.NamedPattern p : book.unusedPatterns()) {
      boolean usedByPatterns = book.patterns().values().stream().anyMatch(q -> q.uses().contains(p.name()));
      findings.add(
          new Finding(
              "UNUSED_PATTERN",
              "%" + p.name(),
              p.pos(),
              "pattern '%" + p.name() + "' is defined but no rule uses it"
                  + (usedByPatterns ? " (only patterns that no rule uses name it)" : "")));
    }
  }

  // ------------------------------------------------------------ types

  private void unknownTypes() {
    Set<String> created = new HashSet<>();
    for (RuleDef r : program.rules) {
      for (RuleDef.Action a : r.actions()) {
        if (a instanceof RuleDef.EntityAction e) {
          created.add(e.type());
        }
      }
    }
    Set<String> reported = new HashSet<>();
    for (RuleDef r : program.rules) {
      for (String type : typesUsed(r.pattern(), new HashSet<>())) {
        if (!EntityType.of(type).isStandard() && !created.contains(type) && reported.add(type)) {
          findings.add(
              new Finding(
                  "UNKNOWN_TYPE",
                  r,
                  "rule '" + r.id() + "' tests for entity type " + type
                      + ", which is not a standard type and no rule of this set creates it (a typo?)"));
        }
      }
    }
  }

  private static Set<String> typesUsed(Node n, Set<String> out) {
    if (n instanceof Node.Tok t) {
      typesUsed(t.pred(), out);
    } else if (n instanceof Node.Seq s) {
      s.items().forEach(i -> typesUsed(i, out));
    } else if (n instanceof Node.Alt a) {
      a.options().forEach(i -> typesUsed(i, out));
    } else if (n instanceof Node.Repeat r) {
      typesUsed(r.node(), out);
    } else if (n instanceof Node.Capture c) {
      typesUsed(c.node(), out);
    }
    return out;
  }

  private static void typesUsed(Pred p, Set<String> out) {
    if (p instanceof Pred.Ent e) {
      out.addAll(e.types());
    } else if (p instanceof Pred.Not n) {
      typesUsed(n.p(), out);
    } else if (p instanceof Pred.And a) {
      a.ps().forEach(q -> typesUsed(q, out));
    } else if (p instanceof Pred.Or o) {
      o.ps().forEach(q -> typesUsed(q, out));
    }
  }
}
