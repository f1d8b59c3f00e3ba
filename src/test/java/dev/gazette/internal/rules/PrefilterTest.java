package dev.gazette.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The prefilter skips rules whose required words are absent, and never changes what matches. */
class PrefilterTest {

  private static int activeRules(RuleEngine engine, Workspace ws, int sentence) {
    MatchInput in = engine.prepare(ws.text(), ws.tokens(), ws.sentences(), ws.mentions());
    return engine.active(in, ws.sentences().firstToken(sentence), ws.sentences().endToken(sentence), 1).length;
  }

  @Test
  void hundredThousandRulesWithAbsentTriggersAreAllSkipped() {
    RuleSet rules = RuleBench.syntheticRules(100_000, 1);
    RuleEngine engine = Access.engine(rules);
    Workspace quiet = TestDocs.workspace("Officials in Tokyo met on Friday to discuss the budget.", "PERSON:Officials");
    assertThat(activeRules(engine, quiet, 0)).isZero();
    // "said" is an alternative trigger of every thousandth rule: exactly those run, but for the ones
    // that also need a GPE or ORG mention, which this sentence lacks
    Workspace talky = TestDocs.workspace("The minister said nothing.", "PERSON:The");
    int saidRulesWithoutGpeOrOrg = 0;
    for (int r = 0; r < 100_000; r += 1000) {
      if (!engine.program().rules().get(r).pattern().key().contains("GPE")) {
        saidRulesWithoutGpeOrOrg++;
      }
    }
    assertThat(saidRulesWithoutGpeOrOrg).isBetween(1, 99);
    assertThat(activeRules(engine, talky, 0)).isEqualTo(saidRulesWithoutGpeOrOrg);
    int statement = 1; // the first rule of the "<PERSON> trigger []{1,12}" kind: it needs only its trigger and a PERSON
    while (statement % 1000 == 0 || !engine.program().rules().get(statement).pattern().key().startsWith("((?<who>")) {
      statement++;
    }
    Workspace one = TestDocs.workspace("Peskov " + RuleBench.trigger(statement) + " the details.", "PERSON:Peskov");
    assertThat(activeRules(engine, one, 0)).isEqualTo(1);
    MatchInput in = engine.prepare(one.text(), one.tokens(), one.sentences(), one.mentions());
    assertThat(describe(engine.match(in, 0))).hasSize(1).isEqualTo(describe(engine.resolve(engine.candidates(in, 0, 0, Integer.MAX_VALUE, false))));
  }

  @Test
  void fixedNumberOfLiveRulesWhateverTheSize() {
    Workspace talky = TestDocs.workspace("Peskov said nothing.", "PERSON:Peskov");
    for (int count : new int[] {10, 1000, 20_000}) {
      RuleEngine engine = Access.engine(RuleBench.syntheticRules(count, 10, 42));
      assertThat(activeRules(engine, talky, 0)).as("%d rules", count).isEqualTo(10);
      MatchInput in = engine.prepare(talky.text(), talky.tokens(), talky.sentences(), talky.mentions());
      // each live rule matches "Peskov said nothing"; they compete, so one survives overlap resolution
      assertThat(engine.candidates(in, 0, 0, Integer.MAX_VALUE, true)).as("%d rules", count).hasSize(10);
    }
  }

  @Test
  void everyRequiredElementMustOccur() {
    RuleSet rules = RuleSet.parse(
        """
        list verbs = said, told
        rule according: [text=","] "according" "to" (?<who><PERSON>) => relation STATEMENT subject=who
        rule glued: ^ (?<what>[]{2,}) [glue=case] (?<who><PERSON>) @verbs => relation STATEMENT subject=who content=$what
        rule either: (?<x><PERSON>) ([lower=met] | [lower=called]) [lower=and|with] => set x k=v
        """);
    RuleEngine engine = Access.engine(rules);
    // a comma but no "according"; no glued token; neither "met" nor "called"
    Workspace none = TestDocs.workspace("Peskov, the spokesman, said and told nothing.", "PERSON:Peskov");
    assertThat(activeRules(engine, none, 0)).isZero();
    Workspace all = TestDocs.workspace("So, according to Peskov the talks went wellPeskov said and Peskov met with them.", "PERSON:Peskov");
    assertThat(activeRules(engine, all, 0)).isEqualTo(3);
    MatchInput in = engine.prepare(all.text(), all.tokens(), all.sentences(), all.mentions());
    assertThat(engine.skipReason(in, 0, in.size, 0)).isNull();
    in = engine.prepare(none.text(), none.tokens(), none.sentences(), none.mentions());
    assertThat(engine.skipReason(in, 0, in.size, 0)).isEqualTo("one of 'according'");
    assertThat(engine.skipReason(in, 0, in.size, 1)).startsWith("one of a token flagged");
    assertThat(engine.skipReason(in, 0, in.size, 2)).isEqualTo("one of 'called', 'met'");
  }

  @Test
  void rulesWithoutRequiredWordsAlwaysRun() {
    RuleSet rules = RuleSet.parse(
        """
        rule shape_only: (?<x>[shape=Xx]+) => set x k=v
        rule optional_word: (?<x>[lower=maybe]? [kind=NUMBER]) => set x k=v
        rule entity: (?<x><PERSON>) => set x k=v
        rule word: (?<x>[lower=tariffs]) => set x k=v
        """);
    RuleEngine engine = Access.engine(rules);
    Workspace ws = TestDocs.workspace("No capitals here at all", "PERSON:No");
    // shape_only (no requirement) and entity (a PERSON mention is present); optional_word needs a NUMBER
    assertThat(activeRules(engine, ws, 0)).isEqualTo(2);
  }

  @Test
  void sameMatchesWithAndWithoutPrefilter() {
    Random random = new Random(3);
    String[] vocab = {"said", "told", "the", "talks", "Moscow", "Beijing", "in", "and", "with", "met", "2024", ".", ","};
    String rules =
        """
        list verbs = said, told
        rule a: (?<who><PERSON|GPE>) @verbs (?<what>[]+) => relation STATEMENT subject=who content=$what
        rule b: (?<x><GPE>) [lower=and|with] (?<y><GPE>) [lower=met]? => relation CONSULT subject=x object=y
        rule c: (?<x>[lower=talks] [lower=in]? <GPE>?) => set x k=v
        rule d: (?<x>[kind=NUMBER]) [shape=Xx]* => set x k=v
        rule e: (?<x>[]) [lower=the] [lower=talks] $ => set x k=v
        rule f window 2: (?<x><GPE>) []* [text=.] [lower=the] => set x k=v
        rule g window 2: (?<x><GPE>) []* [lower=met] []* [lower=talks] [kind=NUMBER] => set x k=v
        rule h window 3: [lower=said] []* (?<x><PERSON|GPE>) []* [lower=with] [] [kind=NUMBER] => set x k=v
        """;
    RuleEngine engine = Access.engine(RuleSet.parse(rules));
    for (int round = 0; round < 400; round++) {
      StringBuilder text = new StringBuilder();
      int n = 5 + random.nextInt(30);
      for (int i = 0; i < n; i++) {
        text.append(vocab[random.nextInt(vocab.length)]).append(' ');
      }
      String t = text.toString().trim();
      List<String> mentions = new ArrayList<>();
      if (t.contains("Moscow")) {
        mentions.add("GPE:Moscow");
      }
      if (t.contains("Beijing")) {
        mentions.add("GPE:Beijing");
      }
      Workspace ws = TestDocs.workspace(t, mentions.toArray(new String[0]));
      MatchInput in = engine.prepare(ws.text(), ws.tokens(), ws.sentences(), ws.mentions());
      List<String> with = describe(engine.candidates(in, 0, 0, Integer.MAX_VALUE, true));
      List<String> without = describe(engine.candidates(in, 0, 0, Integer.MAX_VALUE, false));
      assertThat(with).as(t).isEqualTo(without);
    }
  }

  private static List<String> describe(List<RuleMatch> matches) {
    List<String> out = new ArrayList<>();
    for (RuleMatch m : matches) {
      out.add(m.rule() + ":" + m.start() + "-" + m.end() + java.util.Arrays.toString(m.caps()));
    }
    return out;
  }
}
