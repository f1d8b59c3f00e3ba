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
  private final byte[] op;
  private final int slots;
  private final Threads clist;
  private final Threads nlist0;
  private int[] stackA = new int[64];
  private int[] stackB = new int[64];
  private int sp;
  private final int[] work;
  /** Memo of token tests: per test, the (run, position) it was last evaluated at and the result. */
  private final long[] testStamp;
  private final boolean[] testValue;
  private long runStamp;
  private int to;
  private MatchInput in;
  private final Closures closures;
  private final StartIndex starts;
  /** Per instruction: its owner (a rule, or a beginning rules share: {@link Sharing}). */
  private final int[] owner;
  /** Per owner: the last run it takes part in; threads of other owners are not added. */
  private final int[] ownerRun;
  private int run;
  /** The rules of the current run by where they can start ({@link #sortStarts}). */
  private final int[] anchored;
  private final int[] inMention;
  private final int[] anywhere;
  private int anchoredCount;
  private int inMentionCount;
  private int anywhereCount;
  /** Capture slots of a thread that has just started: all unset. */
  private final int[] noCaps;
  Tracer tracer;

  public PikeVm(Program prog) {
    this.prog = prog;
    this.op = prog.op;
    this.slots = prog.slots;
    this.clist = new Threads(prog.size(), slots);
    this.nlist0 = new Threads(prog.size(), slots);
    this.work = new int[slots];
    this.testStamp = new long[prog.tests.length];
    this.testValue = new boolean[prog.tests.length];
    this.closures = prog.closures;
    this.starts = prog.starts;
    this.noCaps = new int[slots];
    Arrays.fill(noCaps, -1);
    this.owner = prog.sharing.owner;
    this.ownerRun = new int[prog.sharing.owners()];
    this.anchored = new int[prog.rules.size()];
    this.inMention = new int[prog.rules.size()];
    this.anywhere = new int[prog.rules.size()];
  }

  /**
   * Runs the rules {@code rules[0, ruleCount)} (indices, in priority order) over tokens {@code [from, to)},
   * starting threads at every position in {@code [from, seedTo)}.
   */
  public void run(MatchInput input, int from, int to, int seedTo, int[] rules, int ruleCount, Sink sink) {
    this.in = input;
    this.to = to;
    runStamp += 1L << 32;
    takePart(rules, ruleCount);
    Threads cur = clist;
    Threads next = nlist0;
    cur.clear();
    boolean fast = tracer == null;
    if (fast) {
      sortStarts(rules, ruleCount);
    }
    for (int pos = from; pos <= to; pos++) {
      if (pos < seedTo) {
        if (!fast) {
          for (int i = 0; i < ruleCount; i++) {
            traceStart(cur, rules[i], pos);
          }
        } else {
          if ((in.bounds[pos] & MatchInput.START) != 0) {
            start(cur, anchored, anchoredCount, pos);
          }
          if (in.mention[pos] >= 0) {
            start(cur, inMention, inMentionCount, pos);
          }
          start(cur, anywhere, anywhereCount, pos);
        }
      }
      if (cur.count == 0) {
        cur.clear(); // forget marks left by closures that added no thread (failed anchors)
        if (pos >= seedTo) {
          break;
        }
        continue;
      }
      next.clear();
      if (tracer == null) {
        step(cur, next, pos, sink);
      } else {
        traceStep(cur, next, pos, sink);
      }
      Threads t = cur;
      cur = next;
      next = t;
    }
    this.in = null;
  }

  /**
   * Sorts the rules of a run by where they can start: a rule that begins with ^ adds no thread
   * elsewhere than at a sentence start (its walk would stop at the assertion), and a rule whose first
   * token must be in a mention ("<PERSON>") none where there is none (most tokens are in none), so
   * the VM does not even look at them there.
   */
  private void sortStarts(int[] rules, int ruleCount) {
    anchoredCount = 0;
    inMentionCount = 0;
    anywhereCount = 0;
    for (int i = 0; i < ruleCount; i++) {
      int r = rules[i];
      if (prog.anchoredStart[r]) {
        anchored[anchoredCount++] = r;
      } else if (prog.startNeedsMention[r]) {
        inMention[inMentionCount++] = r;
      } else {
        anywhere[anywhereCount++] = r;
      }
    }
  }

  /** Starts the rules {@code rules[0, count)} at {@code pos}, without a tracer. */
  private void start(Threads cur, int[] rules, int count, int pos) {
    for (int i = 0; i < count; i++) {
      int r = rules[i];
      // Not where none of its first tokens can pass (StartIndex): its start would add no thread. A
      // rule that must start with a token test is only started where that test passes.
      if (!starts.canStart(r, in, pos) || (prog.firstTest[r] >= 0 && !test(prog.firstTest[r], pos))) {
        continue;
      }
      int c = prog.entryStep[r];
      if (c >= 0) {
        addClosure(cur, c, pos, noCaps, 0);
      } else {
        Arrays.fill(work, -1);
        add(cur, prog.entry[r], pos);
      }
    }
  }

  /** Starts rule {@code r} at {@code pos} by walking, so that the tracer sees where it fails. */
  private void traceStart(Threads cur, int r, int pos) {
    int first = prog.firstTest[r];
    if (first >= 0 && !test(first, pos)) {
      tracer.fail(prog.entry[r], pos, pos);
      return;
    }
    Arrays.fill(work, -1);
    add(cur, prog.entry[r], pos);
  }

  /**
   * Advances the threads of {@code cur} over the token at {@code pos} into {@code next}, without a
   * tracer: a TOKEN thread was only added where its test passes, so each goes straight on.
   */
  private void step(Threads cur, Threads next, int pos, PikeVm.Sink sink) {
    for (int i = 0; i < cur.count; i++) {
      int base = i * slots;
      int s = cur.steps[i];
      if (s >= 0) {
        addClosure(next, s, pos + 1, cur.caps, base);
      } else if (s == -1) {
        System.arraycopy(cur.caps, base, work, 0, slots);
        add(next, cur.pcs[i] + 1, pos + 1);
      } else if (pos > cur.caps[base]) {
        sink.match(-2 - s, cur.caps[base], pos, cur.caps, base);
      }
    }
  }

  /** {@link #step} with the tracer told of every failed test: threads were added untested ({@link #add}). */
  private void traceStep(Threads cur, Threads next, int pos, PikeVm.Sink sink) {
    for (int i = 0; i < cur.count; i++) {
      int pc = cur.pcs[i];
      int base = i * slots;
      if (prog.op[pc] == Program.MATCH) {
        if (pos > cur.caps[base]) {
          sink.match(prog.x[pc], cur.caps[base], pos, cur.caps, base);
        }
      } else if (pos < to && test(prog.x[pc], pos)) {
        System.arraycopy(cur.caps, base, work, 0, slots);
        add(next, pc + 1, pos + 1);
      } else {
        tracer.fail(pc, cur.caps[base], pos);
      }
    }
  }

  /**
   * Marks the rules of this run and the beginnings they share with others as taking part: code shared
   * with rules the caller left out forks into theirs, whose threads are not added.
   */
  private void takePart(int[] rules, int ruleCount) {
    if (++run == Integer.MAX_VALUE) {
      Arrays.fill(ownerRun, 0);
      run = 1;
    }
    int[][] sharedBy = prog.sharing.sharedBy;
    for (int i = 0; i < ruleCount; i++) {
      int r = rules[i];
      ownerRun[r] = run;
      for (int s : sharedBy[r]) {
        ownerRun[s] = run;
      }
    }
  }

  /**
   * Adds the precomputed closure {@code where} ({@link Closures#where}) at {@code pos}: the threads
   * {@link #add} would add, with the captures {@code caps[base, base + slots)} and the slots its SAVEs
   * set to {@code pos}.
   */
  private void addClosure(Threads q, int where, int pos, int[] caps, int base) {
    int[] data = closures.data;
    int at = closures.at(where, in.bounds[pos] & (MatchInput.START | MatchInput.END));
    int leaves = data[at++];
    byte[] mark = q.mark;
    byte gen = q.gen;
    for (int k = 0; k < leaves; k++) {
      int pc = data[at];
      int test = data[at + 1];
      int leafOwner = data[at + 2];
      int step = data[at + 3];
      int saves = data[at + 4];
      at += Closures.LEAF;
      // Owner first: a leaf of a rule outside the run is skipped without touching its mark, one
      // random read of a program-sized array fewer (a fifth of the leaves visited on news).
      if (ownerRun[leafOwner] != run || mark[pc] == gen) {
        at += saves;
        continue;
      }
      mark[pc] = gen;
      // A thread whose token test fails at pos would die at the next step without a trace (this path
      // runs without a tracer): it is not added. Its mark stays, as any later thread for pc would
      // fail the same test at the same position.
      if (test >= 0 && (pos >= to || !test(test, pos))) {
        at += saves;
        continue;
      }
      int dst = q.reserve(pc, step);
      System.arraycopy(caps, base, q.caps, dst, slots);
      for (int j = 0; j < saves; j++) {
        q.caps[dst + data[at++]] = pos;
      }
    }
  }

  private boolean test(int test, int pos) {
    long stamp = runStamp | pos;
    if (testStamp[test] == stamp) {
      return testValue[test];
    }
    boolean v = prog.tests[test].test(in, pos);
    testStamp[test] = stamp;
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
        default -> {
          if (ownerRun[owner[pc]] != run) {
            continue;
          }
          // As in addClosure: without a tracer, a thread whose token test fails is not added.
          if (tracer == null && op[pc] == Program.TOKEN && (pos >= to || !test(prog.x[pc], pos))) {
            continue;
          }
          q.append(pc, closures.step[pc], work);
        }
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
    /**
     * Per instruction, the generation that added it. A byte: the VM marks instructions all over a
     * large program at every step, and a quarter of the memory keeps more of the marks in cache; the
     * marks are cleared when the generation wraps, once every 126 steps.
     */
    final byte[] mark;
    byte gen = 1;
    int[] pcs = new int[64];
    /** Per thread: its instruction's step ({@link Closures#step}), read with the closure that added it. */
    int[] steps = new int[64];
    int[] caps;
    int count;
    final int slots;

    Threads(int progSize, int slots) {
      this.mark = new byte[progSize];
      this.slots = slots;
      this.caps = new int[64 * slots];
    }

    void clear() {
      count = 0;
      if (++gen == Byte.MAX_VALUE) {
        Arrays.fill(mark, (byte) 0);
        gen = 1;
      }
    }

    /** Appends a thread at {@code pc} and returns the offset of its capture slots, to be filled. */
    int reserve(int pc, int step) {
      if (count == pcs.length) {
        grow();
      }
      pcs[count] = pc;
      steps[count] = step;
      return slots * count++;
    }

    void append(int pc, int step, int[] work) {
      int dst = reserve(pc, step); // before reading caps, which it may grow
      System.arraycopy(work, 0, caps, dst, slots);
    }

    private void grow() {
      pcs = Arrays.copyOf(pcs, count * 2);
      steps = Arrays.copyOf(steps, count * 2);
      caps = Arrays.copyOf(caps, count * 2 * slots);
    }
  }
}
