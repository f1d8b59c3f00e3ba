package dev.gazette.internal.rules;

import java.util.Arrays;

/**
 * Runs a {@link Program} over a range of tokens the way RE2's Pike VM runs a regular expression over
 * chars: all threads advance in lock step, one token at a time, and at most one thread per instruction
 * survives each step (the one that started leftmost, then the one the pattern prefers). Work per token is
 * therefore bounded by the program size, whatever the patterns: no backtracking, O(tokens x program).
 *
 * <p>Unlike a regex search, matching does not stop at the first match: every time a rule's MATCH is
 * reached, the match (start, end, captures) is reported, so that the caller can keep the longest match
 * per rule and start. One instance per thread; reused across calls.
 */
public final class PikeVm {
  /** Receives matches. {@code caps} is only valid during the call. */
  public interface Sink {
    /** Capture slots are {@code caps[offset, offset + slots)}: start and end token of the match, then of each capture (-1 if unset). */
    void match(int rule, int start, int end, int[] caps, int offset);
  }

  /** Receives failures, for explanations: a thread of a rule that started at {@code start} died at {@code pos}. */
  interface Tracer {
    void fail(int pc, int start, int pos);
  }

  private final Program prog;
  private final int slots;
  private final Threads clist;
  private final Threads nlist0;
  private int[] stackA = new int[64];
  private int[] stackB = new int[64];
  private int sp;
  private final int[] work;
  private final int[] testStamp;
  private final boolean[] testValue;
  private int tick;
  private MatchInput in;
  Tracer tracer;

  public PikeVm(Program prog) {
    this.prog = prog;
    this.slots = prog.slots;
    this.clist = new Threads(prog.size(), slots);
    this.nlist0 = new Threads(prog.size(), slots);
    this.work = new int[slots];
    this.testStamp = new int[prog.tests.length];
    this.testValue = new boolean[prog.tests.length];
  }

  /**
   * Runs the rules {@code rules[0, ruleCount)} (indices, in priority order) over tokens {@code [from, to)},
   * starting threads at every position in {@code [from, seedTo)}.
   */
  public void run(MatchInput input, int from, int to, int seedTo, int[] rules, int ruleCount, Sink sink) {
    this.in = input;
    Threads cur = clist;
    Threads next = nlist0;
    cur.clear();
    for (int pos = from; pos <= to; pos++) {
      if (pos < seedTo) {
        for (int i = 0; i < ruleCount; i++) {
          Arrays.fill(work, -1);
          add(cur, prog.entry[rules[i]], pos);
        }
      }
      if (cur.count == 0) {
        if (pos >= seedTo) {
          break;
        }
        continue;
      }
      if (++tick == Integer.MAX_VALUE) {
        Arrays.fill(testStamp, 0);
        tick = 1;
      }
      next.clear();
      for (int i = 0; i < cur.count; i++) {
        int pc = cur.pcs[i];
        int base = i * slots;
        if (prog.op[pc] == Program.MATCH) {
          int start = cur.caps[base];
          if (pos > start) {
            sink.match(prog.x[pc], start, pos, cur.caps, base);
          }
          continue;
        }
        // TOKEN
        if (pos < to && test(prog.x[pc], pos)) {
          System.arraycopy(cur.caps, base, work, 0, slots);
          add(next, pc + 1, pos + 1);
        } else if (tracer != null) {
          tracer.fail(pc, cur.caps[base], pos);
        }
      }
      Threads t = cur;
      cur = next;
      next = t;
    }
    this.in = null;
  }

  private boolean test(int test, int pos) {
    if (testStamp[test] == tick) {
      return testValue[test];
    }
    boolean v = prog.tests[test].test(in, pos);
    testStamp[test] = tick;
    testValue[test] = v;
    return v;
  }

  /** Adds the thread at {@code pc0} and everything reachable from it without consuming a token. */
  private void add(Threads q, int pc0, int pos) {
    sp = 0;
    push(pc0, 0);
    while (sp > 0) {
      sp--;
      int a = stackA[sp];
      if (a < 0) {
        work[-1 - a] = stackB[sp]; // restore a capture slot
        continue;
      }
      int pc = a;
      if (q.mark[pc] == q.gen) {
        continue;
      }
      q.mark[pc] = q.gen;
      switch (prog.op[pc]) {
        case Program.JMP -> push(prog.x[pc], 0);
        case Program.SPLIT -> {
          push(prog.y[pc], 0);
          push(prog.x[pc], 0);
        }
        case Program.SAVE -> {
          int slot = prog.x[pc];
          push(-1 - slot, work[slot]);
          work[slot] = pos;
          push(pc + 1, 0);
        }
        case Program.ASSERT_START -> {
          if ((in.bounds[pos] & MatchInput.START) != 0) {
            push(pc + 1, 0);
          } else if (tracer != null) {
            tracer.fail(pc, work[0], pos);
          }
        }
        case Program.ASSERT_END -> {
          if ((in.bounds[pos] & MatchInput.END) != 0) {
            push(pc + 1, 0);
          } else if (tracer != null) {
            tracer.fail(pc, work[0], pos);
          }
        }
        default -> q.append(pc, work);
      }
    }
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

  /** A thread list: instructions in priority order with their capture slots; membership by generation mark. */
  private static final class Threads {
    final int[] mark;
    int gen = 1;
    int[] pcs = new int[64];
    int[] caps;
    int count;
    final int slots;

    Threads(int progSize, int slots) {
      this.mark = new int[progSize];
      this.slots = slots;
      this.caps = new int[64 * slots];
    }

    void clear() {
      count = 0;
      if (++gen == Integer.MAX_VALUE) {
        Arrays.fill(mark, 0);
        gen = 1;
      }
    }

    void append(int pc, int[] work) {
      if (count == pcs.length) {
        pcs = Arrays.copyOf(pcs, count * 2);
        caps = Arrays.copyOf(caps, count * 2 * slots);
      }
      pcs[count] = pc;
      System.arraycopy(work, 0, caps, count * slots, slots);
      count++;
    }
  }
}
