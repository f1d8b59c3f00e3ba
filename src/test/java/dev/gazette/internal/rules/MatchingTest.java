package dev.gazette.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** What patterns match: every kind of element and quantifier, captures, overlaps, windows. */
class MatchingTest {

  /** Matches kept after overlap resolution, as {@code "rule: text"}, with captures as {@code name=text}. */
  static List<String> run(String rules, Workspace ws) {
    RuleEngine engine = Access.engine(RuleSet.parse(rules));
    MatchInput in = engine.prepare(ws.text(), ws.tokens(), ws.sentences(), ws.mentions());
    List<String> out = new ArrayList<>();
    for (RuleMatch m : engine.match(in, 0)) {
      RuleDef r = engine.program().rules().get(m.rule());
      StringBuilder b = new StringBuilder(r.id()).append(": ").append(text(ws, m.start(), m.end()));
      for (int k = 0; k < r.captures().size(); k++) {
        if (m.captureStart(k) >= 0) {
          b.append(" | ").append(r.captures().get(k)).append('=').append(text(ws, m.captureStart(k), m.captureEnd(k)));
        }
      }
      out.add(b.toString());
    }
    return out;
  }

  static String text(Workspace ws, int from, int to) {
    if (to <= from) {
      return "";
    }
    return ws.text().substring(ws.tokens().start(from), ws.tokens().end(to - 1));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // literal words: case-insensitive, multi-word
        Arguments.of("rule a: \"according to\" => set x k=v", "According to the ministry, talks resumed.", new String[0],
            List.of()), // no capture x: replaced below
        Arguments.of("rule a: \"according to\" (?<x>[]) => set x k=v", "According to Moscow, talks resumed.", new String[0],
            List.of("a: According to Moscow | x=Moscow")),
        // exact text vs lower
        Arguments.of("rule a: (?<x>[text=Kremlin]) => set x k=v", "The kremlin and the Kremlin.", new String[0],
            List.of("a: Kremlin | x=Kremlin")),
        // lists and alternatives of values
        Arguments.of("list v = said, told\nrule a: (?<x>[lower=@v]) => set x k=v", "He Said it and told them.", new String[0],
            List.of("a: Said | x=Said", "a: told | x=told")),
        Arguments.of("rule a: (?<x>[lower=said|told]) => set x k=v", "She told us.", new String[0],
            List.of("a: told | x=told")),
        // regex, shape, kind
        Arguments.of("rule a: (?<x>[re=/\\d{4}/]) => set x k=v", "In 2024 and 24 and 12345.", new String[0],
            List.of("a: 2024 | x=2024")),
        Arguments.of("rule a: (?<x>[shape=Xx] [shape=XX]) => set x k=v", "the Kremlin NATO summit", new String[0],
            List.of("a: Kremlin NATO | x=Kremlin NATO")),
        Arguments.of("rule a: (?<x>[kind=NUMBER] [lower=percent]) => set x k=v", "up 12 percent today", new String[0],
            List.of("a: 12 percent | x=12 percent")),
        // negation and conjunction
        Arguments.of("rule a: (?<x>[shape=Xx & !lower=the]+) => set x k=v", "The Siberian Force pipeline", new String[0],
            List.of("a: Siberian Force | x=Siberian Force")),
        // entity types, whole mentions, attributes
        Arguments.of("rule a: (?<x><PERSON>) [lower=said] => set x k=v", "Dmitry Peskov said so.", new String[] {"PERSON:Dmitry Peskov"},
            List.of("a: Dmitry Peskov said | x=Dmitry Peskov")),
        Arguments.of("rule a: (?<x>[ent=PERSON|ORG]+) [lower=said] => set x k=v", "the Kremlin said so.", new String[] {"ORG:Kremlin"},
            List.of("a: Kremlin said | x=Kremlin")),
        // two adjacent mentions: <PERSON> takes exactly one
        Arguments.of("rule a: (?<x><PERSON>) (?<y><PERSON>) => set x k=v", "Putin Xi met.", new String[] {"PERSON:Putin", "PERSON:Xi"},
            List.of("a: Putin Xi | x=Putin | y=Xi")),
        // glue flags
        Arguments.of("rule a: [] (?<x>[glue=word]) => set x k=v", "our partnership|added Peskov", new String[0],
            List.of("a: partnershipadded | x=added")),
        Arguments.of("rule a: (?<x>[glue]) => set x k=v", "read alsoOil prices", new String[0],
            List.of("a: Oil | x=Oil")),
        // anchors
        Arguments.of("rule a: ^ (?<x>[]) => set x k=v", "Moscow spoke. Beijing listened.", new String[0],
            List.of("a: Moscow | x=Moscow", "a: Beijing | x=Beijing")),
        Arguments.of("rule a: (?<x>[]) [text=.] $ => set x k=v", "Moscow spoke. Beijing listened.", new String[0],
            List.of("a: spoke. | x=spoke", "a: listened. | x=listened")),
        // quantifiers: {m,n}, ?, greedy longest
        Arguments.of("rule a: (?<x>[lower=very]{2,3}) [lower=big] => set x k=v", "a very very very very big deal", new String[0],
            List.of("a: very very very big | x=very very very")),
        Arguments.of("rule a: (?<x>[lower=the]? [lower=talks]) => set x k=v", "talks and the talks", new String[0],
            List.of("a: talks | x=talks", "a: the talks | x=the talks")),
        // alternation of sequences, non-capturing group
        Arguments.of("rule a: (?<x>(?:\"prime minister\" | [lower=president])) <PERSON> => set x k=v",
            "Prime Minister Li and president Xi", new String[] {"PERSON:Li", "PERSON:Xi"},
            List.of("a: Prime Minister Li | x=Prime Minister", "a: president Xi | x=president")),
        // window across a sentence boundary
        Arguments.of("rule a window 2: (?<x><PERSON>) [lower=arrived] [text=.] [lower=he] [lower=said] => set x k=v",
            "Lavrov arrived. He said little.", new String[] {"PERSON:Lavrov"},
            List.of("a: Lavrov arrived. He said | x=Lavrov")),
        Arguments.of("rule a: (?<x><PERSON>) [lower=arrived] [text=.] [lower=he] => set x k=v",
            "Lavrov arrived. He said little.", new String[] {"PERSON:Lavrov"},
            List.of()));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void matches(String rules, String text, String[] mentions, List<String> expected) {
    if (!rules.contains("(?<")) {
      return; // first row only documents that a capture is needed; see RuleSyntaxErrorTest
    }
    assertThat(run(rules, TestDocs.workspace(text, mentions))).isEqualTo(expected);
  }

  @Test
  void overlapsKeepLongestThenPriorityThenLeftmost() {
    String rules =
        """
        rule short priority 9: (?<x>[lower=foreign] [lower=minister]) => relation ROLE subject=x
        rule long: (?<x>[lower=foreign] [lower=minister] <PERSON>) => relation ROLE subject=x
        rule low priority 1: (?<x><PERSON>) [lower=arrived] => relation ROLE subject=x
        rule high priority 5: (?<x><PERSON>) [lower=arrived] => relation ROLE subject=x
        rule other_group: (?<x><PERSON>) => entity PERSON from x
        """;
    Workspace ws = TestDocs.workspace("The foreign minister Wang arrived.", "PERSON:Wang");
    assertThat(run(rules, ws)).containsExactly("long: foreign minister Wang | x=foreign minister Wang", "other_group: Wang | x=Wang");
    ws = TestDocs.workspace("Wang arrived.", "PERSON:Wang");
    assertThat(run(rules, ws)).containsExactly("high: Wang arrived | x=Wang", "other_group: Wang | x=Wang");
    // equal length and priority: leftmost wins
    rules = "rule a: [] [] (?<x>[]) => set x k=v";
    assertThat(run(rules, TestDocs.workspace("one two three four five"))).containsExactly("a: one two three | x=three");
  }

  @Test
  void unboundedRepeatsAreLongestAndNestedEmptyLoopsTerminate() {
    String rules = "rule a: ((?<x>[lower=a]*)*)* [lower=b] => set x k=v";
    assertThat(run(rules, TestDocs.workspace("a a a b"))).containsExactly("a: a a a b | x=a a a");
    assertThat(run("rule a: (?<x>[]+) => set x k=v", TestDocs.workspace("x y z. w"))).containsExactly("a: x y z. | x=x y z.", "a: w | x=w");
  }

  @Test
  void entityAttributesAreTestable() {
    Workspace ws = TestDocs.workspace("Moscow and Paris talked.");
    TestDocs.mention(ws, "GPE", "Moscow", 0, "country", "RU");
    TestDocs.mention(ws, "GPE", "Paris", 0, "country", "FR");
    assertThat(run("rule a: (?<x>[ent.country=RU|BY]) => set x k=v", ws)).containsExactly("a: Moscow | x=Moscow");
    assertThat(run("rule a: (?<x>[ent.country!=RU & ent=GPE]) => set x k=v", ws)).containsExactly("a: Paris | x=Paris");
  }
}
