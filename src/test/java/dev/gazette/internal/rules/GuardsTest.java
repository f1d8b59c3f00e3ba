package dev.gazette.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Guards ({@link Guards}): a regular-expression test every match of a rule must pass keeps the rule off
 * sentences where no token passes it, and changes no match.
 */
class GuardsTest {
  private static final String RULES =
      """
      rule glued: ^ (?<what>[]{2,}) [lowercase & re=/[a-z]{2,}(said|added)/] (?<who><PERSON>) => relation STATEMENT subject=who content=$what
      rule optional: ^ []+ [re=/[a-z]+ed/]? (?<who><PERSON>) [lower=said] => relation STATEMENT subject=who
      rule either: (?<who><PERSON>) ([re=/[a-z]+ly/] | [lower=said]) => relation STATEMENT subject=who
      rule plain: (?<who><PERSON>) [lower=said] => relation STATEMENT subject=who
      rule wide window 2: (?<who><PERSON>) []* [re=/[a-z]+ed/] => relation STATEMENT subject=who
      """;

  @Test
  void onlyATestOnEveryPathToTheMatchGuards() {
    Program p = Access.engine(RuleSet.parse(RULES)).program();
    assertThat(p.guards.pc[index(p, "glued")]).isNotNegative();
    assertThat(p.guards.pc[index(p, "optional")]).isNegative(); // the regex may be skipped
    assertThat(p.guards.pc[index(p, "either")]).isNegative(); // another branch reaches the match
    assertThat(p.guards.pc[index(p, "plain")]).isNegative(); // no regex: the prefilter's words do
    assertThat(p.guards.pc[index(p, "wide")]).isNegative(); // windows of two sentences are filtered otherwise
  }

  @Test
  void aRuleWhoseGuardNoTokenPassesIsSkippedAndSaysWhy() {
    RuleEngine engine = Access.engine(RuleSet.parse(RULES));
    int glued = index(engine.program(), "glued");
    Workspace ws = TestDocs.workspace("Talks will go on , Putin told reporters .", "PERSON:Putin");
    MatchInput in = engine.prepare(ws.text(), ws.tokens(), ws.sentences(), ws.mentions());
    assertThat(engine.wouldRun(in, 0, in.size, glued)).isFalse();
    assertThat(engine.skipReason(in, 0, in.size, glued)).contains("a token that passes").contains("re=/");

    ws = TestDocs.workspace("Talks will go on closersaid Putin on Friday .", "PERSON:Putin");
    in = engine.prepare(ws.text(), ws.tokens(), ws.sentences(), ws.mentions());
    assertThat(engine.wouldRun(in, 0, in.size, glued)).isTrue();
    assertThat(describe(engine.match(in, 0))).anyMatch(m -> m.startsWith(glued + ":"));
  }

  @Test
  void guardsChangeNoMatch() {
    RuleEngine engine = Access.engine(RuleSet.parse(RULES));
    String[] vocab = {"said", "closersaid", "partneradded", "added", "quickly", "talked", "the", "talks", ".", ",", "Putin", "Xi"};
    Random random = new Random(23);
    int matches = 0;
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      int n = 3 + random.nextInt(30);
      for (int i = 0; i < n; i++) {
        text.append(vocab[random.nextInt(vocab.length)]).append(' ');
      }
      String t = text.toString().trim();
      List<String> mentions = new ArrayList<>();
      for (String person : new String[] {"Putin", "Xi"}) {
        if (t.contains(person)) {
          mentions.add("PERSON:" + person);
        }
      }
      Workspace ws = TestDocs.workspace(t, mentions.toArray(new String[0]));
      MatchInput in = engine.prepare(ws.text(), ws.tokens(), ws.sentences(), ws.mentions());
      List<String> filtered = describe(engine.candidates(in, 0, 0, Integer.MAX_VALUE, true));
      List<String> all = describe(engine.candidates(in, 0, 0, Integer.MAX_VALUE, false));
      assertThat(filtered).as(t).isEqualTo(all);
      matches += filtered.size();
    }
    assertThat(matches).isGreaterThan(200);
  }

  private static List<String> describe(List<RuleMatch> matches) {
    List<String> out = new ArrayList<>();
    for (RuleMatch m : matches) {
      out.add(m.rule() + ":" + m.start() + "-" + m.end() + java.util.Arrays.toString(m.caps()));
    }
    return out;
  }

  private static int index(Program p, String id) {
    for (int r = 0; r < p.rules.size(); r++) {
      if (p.rules.get(r).id().equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException(id);
  }
}
