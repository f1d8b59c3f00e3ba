package dev.gazette.internal.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * All rules of a rule set compiled into one program for the {@link PikeVm}: a Thompson NFA over tokens
 * as parallel instruction arrays. Each rule's code starts at {@link #entry} and ends in a MATCH; TOKEN
 * instructions test one token with a shared {@link TokenTest}. Immutable and thread-safe.
 */
public final class Program {
  static final byte TOKEN = 0;
  static final byte SPLIT = 1;
  static final byte JMP = 2;
  static final byte SAVE = 3;
  static final byte ASSERT_START = 4;
  static final byte ASSERT_END = 5;
  static final byte MATCH = 6;

  final byte[] op;
  /** TOKEN: test index; SPLIT/JMP: first target; SAVE: slot; MATCH: rule index. */
  final int[] x;
  /** SPLIT: second (lower priority) target. */
  final int[] y;
  final TokenTest[] tests;
  /** For TOKEN instructions: the element as written, for explanations. */
  final Node.Tok[] elements;
  final ImmutableList<RuleDef> rules;
  final int[] entry;
  /** Capture slots of the widest rule: 2 per capture plus 2 for the whole match. */
  final int slots;
  final Vocabulary vocabulary;
  final ImmutableMap<String, Integer> typeIds;
  final Prefilter prefilter;
  final int maxWindow;
  /** Per rule: its window (sentences it may span). */
  final int[] window;
  /** The rules whose window is more than one sentence, in rule order. */
  final int[] wideRules;
  /** Per rule: the test its first token must pass (when every match starts with one), else -1. */
  final int[] firstTest;
  /** Per rule: its first test fails wherever no mention covers the token (see {@link #firstTest}). */
  final boolean[] startNeedsMention;
  /** Per rule: every match starts at a sentence start (the pattern begins with {@code ^}). */
  final boolean[] anchoredStart;
  /** The epsilon closures, precomputed for the VM. */
  final Closures closures;
  /** Where each rule can start, for the VM's seeding. */
  final StartIndex starts;
  /** Tests some token must pass for a rule to run on a sentence, beside the prefilter's requirements. */
  final Guards guards;
  /** Which rules each instruction belongs to (rules share the code of common beginnings). */
  final Sharing sharing;
  /** Per rule: its start closure as a step ({@link Closures#where}), or -1 when it is walked. */
  final int[] entryStep;

  Program(
      byte[] op,
      int[] x,
      int[] y,
      TokenTest[] tests,
      Node.Tok[] elements,
      ImmutableList<RuleDef> rules,
      int[] entry,
      int slots,
      Vocabulary vocabulary,
      ImmutableMap<String, Integer> typeIds,
      Prefilter prefilter,
      Sharing sharing) {
    this.op = op;
    this.x = x;
    this.y = y;
    this.tests = tests;
    this.elements = elements;
    this.rules = rules;
    this.entry = entry;
    this.slots = slots;
    this.vocabulary = vocabulary;
    this.typeIds = typeIds;
    this.prefilter = prefilter;
    this.sharing = sharing;
    int w = 1;
    this.window = new int[rules.size()];
    int wide = 0;
    for (int r = 0; r < rules.size(); r++) {
      window[r] = rules.get(r).window();
      w = Math.max(w, window[r]);
      wide += window[r] > 1 ? 1 : 0;
    }
    this.maxWindow = w;
    this.wideRules = new int[wide];
    for (int r = 0, k = 0; r < rules.size(); r++) {
      if (window[r] > 1) {
        wideRules[k++] = r;
      }
    }
    this.firstTest = new int[rules.size()];
    this.anchoredStart = new boolean[rules.size()];
    this.startNeedsMention = new boolean[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      int pc = entry[r];
      while (op[pc] == SAVE) {
        pc++;
      }
      firstTest[r] = op[pc] == TOKEN ? x[pc] : -1;
      startNeedsMention[r] = firstTest[r] >= 0 && tests[firstTest[r]].requiresMention();
      anchoredStart[r] = op[pc] == ASSERT_START;
    }
    this.closures = Closures.build(op, x, y, sharing.owner, entry, slots);
    this.starts = StartIndex.build(this);
    this.guards = Guards.of(this);
    this.entryStep = new int[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      entryStep[r] = closures.where(closures.index[entry[r]]);
    }
  }

  /** Number of instructions. */
  public int size() {
    return op.length;
  }

  public ImmutableList<RuleDef> rules() {
    return rules;
  }

  /** The rules whose code contains {@code pc}. */
  int[] rulesOf(int pc) {
    return sharing.rulesOf(pc);
  }

  /** The TOKEN element at {@code pc} as rule {@code r} wrote it. */
  Node.Tok element(int pc, int r) {
    return sharing.element(pc, r, elements[pc]);
  }
}
