package dev.gazette.internal.rules;

import java.util.Arrays;

/**
 * The epsilon closures of a {@link Program}, computed once at compile time so that the {@link PikeVm}
 * adds a thread's successors with a loop over a short list instead of a depth-first walk with a stack.
 *
 * <p>For each instruction a thread can be added at (a rule's entry, and the instruction after each TOKEN),
 * and for each combination of the two zero-width facts the walk can test at a position (a sentence
 * starts here, a sentence ends here), the list holds the instructions the walk would stop at (TOKEN and
 * MATCH), in the order the walk reaches them first, each with the capture slots that SAVE instructions on
 * its path set to the position. The walk is the VM's own: same push order, one visit per instruction.
 *
 * <p>Running a list is exactly the walk: the walk marks instructions in a thread list shared by all the
 * adds of one step, and prunes at an instruction already marked; but everything reachable from a marked
 * instruction was reached when it was marked, so pruning only skips stopping points already in the list,
 * and skipping those in the precomputed list (by the mark of the stopping point) gives the same
 * additions, in the same order, with the same captures.
 *
 * <p>Lists are kept short ({@link #MAX_LEAVES}): a longer closure (a large counted repeat of optional
 * elements) is left to the walk, so the work per add stays bounded by the program size as before.
 */
final class Closures {
  /** Longest list kept; longer closures are walked at run time. */
  static final int MAX_LEAVES = 32;
  /** Largest walk tried at compile time. */
  private static final int MAX_VISITS = 512;
  /** Total size budget of the lists, in ints (64 MB); closures beyond it are walked at run time. */
  private static final int MAX_DATA = 16 << 20;

  /** Per instruction: the first of its 4 entries in {@link #start}, or -1 if it is walked. */
  final int[] index;
  /**
   * Per closure and variant (index + (START ? 1 : 0) + (END ? 2 : 0)): offset in {@link #data} of
   * {@code count, then per stopping point: pc, its test (-1 for a MATCH), its owner, its step (see
   * {@link #step}), number of slots set, the slots}. The test, owner and step are copies: the VM reads
   * every stopping point of a closure, and reading them here, in sequence, spares it lookups scattered
   * over arrays too large for the core's cache.
   */
  final int[] start;

  final int[] data;
  /** Ints of a stopping point before its slots: pc, test, owner, step, number of slots. */
  static final int LEAF = 5;

  /** In a step: the closure's variants differ, and the rest is its {@link #index}, not a data offset. */
  static final int BY_VARIANT = 1 << 30;

  /**
   * Per instruction, what the VM does with a thread waiting there once its test passed, in one int:
   * for a MATCH, {@code -2 - rule}; for a TOKEN, where the closure of the next instruction is ({@link
   * #at}), or -1 when that closure is walked.
   */
  final int[] step;

  private Closures(int[] index, int[] start, int[] data, int[] step) {
    this.index = index;
    this.start = start;
    this.data = data;
    this.step = step;
  }

  /**
   * Closure {@code c} ({@link #index}) as a step: the offset of its list when it is the same whatever
   * the position's sentence bounds (most are), else {@code BY_VARIANT | c}; -1 for a walked closure.
   */
  int where(int c) {
    if (c < 0) {
      return -1;
    }
    boolean same = start[c] == start[c + 1] && start[c] == start[c + 2] && start[c] == start[c + 3];
    return same ? start[c] : BY_VARIANT | c;
  }

  /** The offset in {@link #data} of the list of step {@code where} (not -1) at a position with these bounds. */
  int at(int where, int bounds) {
    return where < BY_VARIANT ? where : start[(where & ~BY_VARIANT) + bounds];
  }

  static Closures build(byte[] op, int[] x, int[] y, int[] owner, int[] entry, int slots) {
    int n = op.length;
    boolean[] wanted = new boolean[n];
    for (int e : entry) {
      wanted[e] = true;
    }
    for (int pc = 0; pc < n; pc++) {
      if (op[pc] == Program.TOKEN && pc + 1 < n) {
        wanted[pc + 1] = true;
      }
    }
    int[] index = new int[n];
    Arrays.fill(index, -1);
    Walker w = new Walker(op, x, y, owner, slots);
    int[] start = new int[64];
    int closures = 0;
    for (int pc = 0; pc < n; pc++) {
      if (!wanted[pc] || w.size > MAX_DATA) {
        continue;
      }
      int at = w.size;
      int[] offsets = new int[4];
      boolean ok = true;
      boolean sawAssert = false;
      for (int v = 0; v < 4 && ok; v++) {
        if (v > 0 && !sawAssert) {
          offsets[v] = offsets[0];
          continue;
        }
        offsets[v] = w.size;
        int r = w.walk(pc, v);
        if (r < 0) {
          ok = false;
        } else if (r == 1) {
          sawAssert = true;
        }
      }
      if (!ok) {
        w.size = at; // drop what this closure wrote
        continue;
      }
      if (closures * 4 + 4 > start.length) {
        start = Arrays.copyOf(start, start.length * 2);
      }
      index[pc] = closures * 4;
      System.arraycopy(offsets, 0, start, closures * 4, 4);
      closures++;
    }
    Closures c = new Closures(index, Arrays.copyOf(start, closures * 4), Arrays.copyOf(w.data, w.size), new int[n]);
    for (int pc = 0; pc < n; pc++) {
      c.step[pc] = op[pc] == Program.MATCH ? -2 - x[pc] : op[pc] == Program.TOKEN ? c.where(index[pc + 1]) : -1;
    }
    // Lists are written before all steps are known: their copies of the steps are filled in now.
    for (int at : c.start) {
      int leaves = c.data[at++];
      for (int k = 0; k < leaves; k++) {
        c.data[at + 3] = c.step[c.data[at]];
        at += LEAF + c.data[at + LEAF - 1];
      }
    }
    return c;
  }

  /** The VM's closure walk over instructions, recording stopping points instead of adding threads. */
  private static final class Walker {
    private final byte[] op;
    private final int[] x;
    private final int[] y;
    private final int[] owner;
    private final int[] mark;
    private int gen;
    private final boolean[] set;
    private int[] stackA = new int[64];
    private int[] stackB = new int[64];
    private int sp;
    int[] data = new int[1024];
    int size;

    Walker(byte[] op, int[] x, int[] y, int[] owner, int slots) {
      this.op = op;
      this.x = x;
      this.y = y;
      this.owner = owner;
      this.mark = new int[op.length];
      this.set = new boolean[slots];
    }

    /**
     * Appends the closure of {@code pc0} under assertion variant {@code v} to {@link #data}. Returns -1
     * if it is too large to keep, 1 if it tested an assertion, else 0.
     */
    int walk(int pc0, int v) {
      gen++;
      Arrays.fill(set, false);
      int countAt = size;
      emit(0);
      int leaves = 0;
      int visits = 0;
      boolean sawAssert = false;
      sp = 0;
      push(pc0, 0);
      while (sp > 0) {
        sp--;
        int a = stackA[sp];
        if (a < 0) {
          set[-1 - a] = stackB[sp] != 0; // restore a capture slot
          continue;
        }
        int pc = a;
        if (mark[pc] == gen) {
          continue;
        }
        mark[pc] = gen;
        if (++visits > MAX_VISITS) {
          return -1;
        }
        switch (op[pc]) {
          case Program.JMP -> push(x[pc], 0);
          case Program.SPLIT -> {
            push(y[pc], 0);
            push(x[pc], 0);
          }
          case Program.SAVE -> {
            int slot = x[pc];
            push(-1 - slot, set[slot] ? 1 : 0);
            set[slot] = true;
            push(pc + 1, 0);
          }
          case Program.ASSERT_START -> {
            sawAssert = true;
            if ((v & MatchInput.START) != 0) {
              push(pc + 1, 0);
            }
          }
          case Program.ASSERT_END -> {
            sawAssert = true;
            if ((v & MatchInput.END) != 0) {
              push(pc + 1, 0);
            }
          }
          default -> {
            if (++leaves > MAX_LEAVES) {
              return -1;
            }
            emit(pc);
            emit(op[pc] == Program.TOKEN ? x[pc] : -1);
            emit(owner[pc]);
            emit(0); // the step, filled in when all closures are known
            int countSlots = size;
            emit(0);
            for (int s = 0; s < set.length; s++) {
              if (set[s]) {
                emit(s);
                data[countSlots]++;
              }
            }
          }
        }
      }
      data[countAt] = leaves;
      return sawAssert ? 1 : 0;
    }

    private void emit(int value) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = value;
    }

    private void push(int a, int b) {
      if (sp == stackA.length) {
        stackA = Arrays.copyOf(stackA, sp * 2);
        stackB = Arrays.copyOf(stackB, sp * 2);
      }
      stackA[sp] = a;
      stackB[sp] = b;
      sp++;
    }
  }
}
