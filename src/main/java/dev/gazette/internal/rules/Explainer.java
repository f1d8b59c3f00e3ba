package dev.gazette.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The slow, thorough path behind explanations: for one sentence, runs every rule (prefilter off) with a
 * tracer that records, per rule, how far its best thread got and which element stopped it; then reports
 * the matches (and which survived overlap resolution) and the near misses.
 */
public final class Explainer {
  /** A match of a rule in the sentence. Tokens are document token indices. */
  public record Found(String rule, int start, int end, Map<String, int[]> captures, boolean kept, String lostTo) {}

  /**
   * A rule that did not match: its best attempt started at token {@code start}, consumed tokens up to
   * {@code failedAt} and then failed on {@code element} (as written) at token {@code failedAt} (equal to
   * the sentence end if the sentence ran out). {@code skippedBy} tells why the prefilter would skip it.
   */
  public record Miss(String rule, int start, int failedAt, String element, SourcePos elementPos, String skippedBy) {}

  public record Report(int firstToken, int endToken, List<Found> found, List<Miss> misses) {}

  private Explainer() {}

  /** Explains sentence {@code sentence} of the document prepared in {@code in} (or the whole document if it has no sentences). */
  public static Report explain(RuleEngine engine, MatchInput in, int sentence, int maxMisses) {
    Program p = engine.program();
    int first = in.sentences.size() == 0 ? 0 : in.sentences.firstToken(sentence);
    int end = in.sentences.size() == 0 ? in.size : in.sentences.endToken(sentence);
    int[] bestProgress = new int[p.rules.size()];
    int[] bestStart = new int[p.rules.size()];
    int[] bestPc = new int[p.rules.size()];
    int[] bestPos = new int[p.rules.size()];
    java.util.Arrays.fill(bestProgress, -1);
    RuleEngine.Scratch scratch = engineScratch(engine);
    scratch.vm.tracer =
        (pc, start, pos) -> {
          int progress = pos - start;
          // Code a rule shares with others fails for each of them.
          for (int r : p.rulesOf(pc)) {
            // On a tie, the element further along the pattern (higher pc) is the more telling failure:
            // "<PERSON> then @verbs" failed at @verbs, not at the end of the optional <PERSON> tail.
            if (progress > bestProgress[r] || (progress == bestProgress[r] && start == bestStart[r] && pc > bestPc[r])) {
              bestProgress[r] = progress;
              bestStart[r] = start;
              bestPc[r] = pc;
              bestPos[r] = pos;
            }
          }
        };
    List<RuleMatch> candidates;
    try {
      candidates = engine.candidates(in, 0, sentence, sentence + 1, false);
    } finally {
      scratch.vm.tracer = null;
    }
    List<RuleMatch> kept = engine.resolve(candidates);
    Map<RuleMatch, RuleMatch> lostTo = new HashMap<>();
    Map<String, TreeMap<Integer, RuleMatch>> taken = new HashMap<>();
    List<RuleMatch> sorted = new ArrayList<>(candidates);
    sorted.sort(engine.preference());
    for (RuleMatch m : sorted) {
      TreeMap<Integer, RuleMatch> spans = taken.computeIfAbsent(p.rules.get(m.rule()).group(), g -> new TreeMap<>());
      RuleMatch winner = null;
      for (RuleMatch o : spans.values()) {
        if (o.start() < m.end() && m.start() < o.end()) {
          winner = o;
          break;
        }
      }
      if (winner == null) {
        spans.put(m.start(), m);
      } else {
        lostTo.put(m, winner);
      }
    }
    List<Found> found = new ArrayList<>();
    boolean[] matched = new boolean[p.rules.size()];
    for (RuleMatch m : candidates) {
      RuleDef r = p.rules.get(m.rule());
      matched[m.rule()] = true;
      Map<String, int[]> caps = new LinkedHashMap<>();
      for (int k = 0; k < r.captures().size(); k++) {
        if (m.captureStart(k) >= 0 && m.captureEnd(k) >= m.captureStart(k)) {
          caps.put(r.captures().get(k), new int[] {m.captureStart(k), m.captureEnd(k)});
        }
      }
      RuleMatch w = lostTo.get(m);
      found.add(new Found(r.id(), m.start(), m.end(), caps, kept.contains(m), w == null ? null : p.rules.get(w.rule()).id()));
    }
    List<Miss> misses = new ArrayList<>();
    for (int r = 0; r < p.rules.size(); r++) {
      if (matched[r] || bestProgress[r] < 1) {
        continue;
      }
      int pc = bestPc[r];
      String element;
      SourcePos pos = null;
      if (p.op[pc] == Program.TOKEN) {
        Node.Tok written = p.element(pc, r);
        element = written.text();
        pos = written.pos();
      } else {
        element = p.op[pc] == Program.ASSERT_START ? "^" : "$";
      }
      String skipped = null;
      String reason = engine.skipReason(in, first, end, r);
      if (reason != null) {
        skipped = "the sentence has none of the words the rule requires (" + reason + ")";
      }
      misses.add(new Miss(p.rules.get(r).id(), bestStart[r], bestPos[r], element, pos, skipped));
    }
    misses.sort(Comparator.comparingInt((Miss m) -> -(m.failedAt() - m.start())).thenComparing(Miss::rule));
    if (misses.size() > maxMisses) {
      misses = new ArrayList<>(misses.subList(0, maxMisses));
    }
    found.sort(Comparator.comparingInt(Found::start).thenComparing(Found::rule));
    return new Report(first, end, found, misses);
  }

  private static RuleEngine.Scratch engineScratch(RuleEngine engine) {
    return engine.scratch();
  }
}
