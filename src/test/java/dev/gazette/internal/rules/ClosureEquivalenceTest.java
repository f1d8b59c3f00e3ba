package dev.gazette.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The VM's fast path (precomputed closures, threads added only when their test passes, ^-rules started
 * only at sentence starts) finds exactly the matches and captures of its reference path, the closure walk
 * with a tracer that explanations use: on random sentences, with rules that share instructions between
 * paths, nest repeats and captures, test both anchors, and have closures too long to precompute.
 */
class ClosureEquivalenceTest {
  private static final String RULES =
      """
      list verbs = said, told
      rule a: (?<who><PERSON|GPE>) @verbs (?<what>[]+) => relation STATEMENT subject=who content=$what
      rule b: (?<x><GPE>) [lower=and|with]? (?<y><GPE>)? [lower=met]* => relation CONSULT subject=x object=y
      rule c: ^ (?<x>[]{2,}) [text=","] (?<y>[lower=the]? [lower=talks])? => set x k=v
      rule d: (?<x>([lower=the]? ([lower=talks] | [lower=said])*)+ [lower=in]) $ => set x k=v
      rule e: (?<x>[]?) ((?<y>[lower=the]) | [lower=talks] (?<z>[]))* [text="."] $ => set x k=v
      rule f: ^ ([!text=","]?){40} (?<x><GPE>) []{0,40} @verbs => set x k=v
      rule g window 2: (?<x><GPE>) []* [text="."] ^ [lower=the] => set x k=v
      rule h: (?<x>([]{0,3}){0,3}) [lower=met] => set x k=v
      """;

  @Test
  void fastPathEqualsTheTracedWalk() {
    RuleEngine engine = Access.engine(RuleSet.parse(RULES));
    String[] vocab = {"said", "told", "the", "talks", "Moscow", "Beijing", "in", "and", "with", "met", ".", ",", "Paris"};
    Random random = new Random(11);
    int matches = 0;
    for (int round = 0; round < 400; round++) {
      StringBuilder text = new StringBuilder();
      int n = 3 + random.nextInt(40);
      for (int i = 0; i < n; i++) {
        text.append(vocab[random.nextInt(vocab.length)]).append(' ');
      }
      String t = text.toString().trim();
      List<String> mentions = new ArrayList<>();
      for (String city : new String[] {"Moscow", "Beijing", "Paris"}) {
        if (t.contains(city)) {
          mentions.add("GPE:" + city);
        }
      }
      Workspace ws = TestDocs.workspace(t, mentions.toArray(new String[0]));
      MatchInput in = engine.prepare(ws.text(), ws.tokens(), ws.sentences(), ws.mentions());
      List<String> fast = describe(engine.candidates(in, 0, 0, Integer.MAX_VALUE, false));
      RuleEngine.Scratch s = engine.scratch();
      s.vm.tracer = (pc, start, pos) -> {};
      List<String> traced;
      try {
        traced = describe(engine.candidates(in, 0, 0, Integer.MAX_VALUE, false));
      } finally {
        s.vm.tracer = null;
      }
      assertThat(fast).as(t).isEqualTo(traced);
      matches += fast.size();
    }
    assertThat(matches).isGreaterThan(400);
  }

  @Test
  void longClosuresAreLeftToTheWalk() {
    Program p = Access.engine(RuleSet.parse(RULES)).program();
    int walked = 0;
    for (int pc = 0; pc < p.size(); pc++) {
      if ((p.op[pc] == Program.TOKEN && pc + 1 < p.size() && p.closures.index[pc + 1] < 0)) {
        walked++;
      }
    }
    assertThat(walked).isPositive(); // rule f: ([!text=","]?){40} has closures of up to 41 stopping points
  }

  private static List<String> describe(List<RuleMatch> matches) {
    List<String> out = new ArrayList<>();
    for (RuleMatch m : matches) {
      out.add(m.rule() + ":" + m.start() + "-" + m.end() + java.util.Arrays.toString(m.caps()));
    }
    return out;
  }
}
