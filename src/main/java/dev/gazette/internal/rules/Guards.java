package dev.gazette.internal.rules;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Per rule, a token test that some token of a sentence must pass for the rule to match there, when the
 * rule has one that the {@link Prefilter}'s word and type requirements cannot express: a regular
 * expression ("a word glued to a speech verb", {@code re=/[a-z]{2,}(said|added)/}). A rule that must
 * start at the sentence start and carry a thread through it to such a token costs the VM a thread and
 * its forks at every token of every sentence; one scan of the sentence with the test (whose answers
 * are remembered per word, and which turns most words away by their ending) tells instead that no
 * token can pass it. Exact: a test is a guard only if every path of the rule's code to its MATCH goes
 * through it.
 */
final class Guards {
  /** Per rule: the TOKEN instruction of its guard, or -1. */
  final int[] pc;
  /** Whether any rule has a guard. */
  final boolean any;

  private Guards(int[] pc) {
    this.pc = pc;
    boolean a = false;
    for (int g : pc) {
      a |= g >= 0;
    }
    this.any = a;
  }

  /** The guards of the one-sentence rules of {@code p} (wider windows are filtered otherwise). */
  static Guards of(Program p) {
    int[] guard = new int[p.rules.size()];
    Arrays.fill(guard, -1);
    Walk walk = new Walk(p);
    for (int r = 0; r < guard.length; r++) {
      if (p.window[r] != 1) {
        continue;
      }
      for (int pc : walk.reachable(r, -1)) {
        if (p.op[pc] == Program.TOKEN && p.tests[p.x[pc]].hasRegex() && !walk.matchReachable(r, pc)) {
          guard[r] = pc;
          break;
        }
      }
    }
    return new Guards(guard);
  }

  /** Walks of one rule's code; marks by generation, so that a walk costs the size of the rule, not of the program. */
  private static final class Walk {
    private final Program p;
    private final int[] mark;
    private int gen;
    private final ArrayDeque<Integer> stack = new ArrayDeque<>();

    Walk(Program p) {
      this.p = p;
      this.mark = new int[p.size()];
    }

    /** Whether rule {@code r} can reach its MATCH without passing instruction {@code avoid}. */
    boolean matchReachable(int r, int avoid) {
      for (int pc : reachable(r, avoid)) {
        if (p.op[pc] == Program.MATCH && p.x[pc] == r) {
          return true;
        }
      }
      return false;
    }

    /**
     * The instructions of rule {@code r} reachable from its entry without passing {@code avoid}, in visit
     * order. Code it shares with other rules forks into theirs: only its own paths are walked, as the
     * {@link Analyzer} walks them.
     */
    int[] reachable(int r, int avoid) {
      gen++;
      int[] out = new int[16];
      int n = 0;
      stack.push(p.entry[r]);
      while (!stack.isEmpty()) {
        int pc = stack.pop();
        if (pc == avoid || mark[pc] == gen || !p.sharing.belongsTo(pc, r)) {
          continue;
        }
        mark[pc] = gen;
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = pc;
        switch (p.op[pc]) {
          case Program.MATCH -> {}
          case Program.JMP -> stack.push(p.x[pc]);
          case Program.SPLIT -> {
            stack.push(p.y[pc]);
            stack.push(p.x[pc]);
          }
          default -> stack.push(pc + 1); // TOKEN, SAVE and the assertions go on to the next instruction
        }
      }
      return Arrays.copyOf(out, n);
    }
  }
}
