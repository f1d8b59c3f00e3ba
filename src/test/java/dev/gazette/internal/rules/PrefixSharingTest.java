package dev.gazette.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.EntityType;
import dev.gazette.Mention;
import dev.gazette.Span;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.rules.Explanation;
import dev.gazette.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Rules that begin alike share the code of their beginning ({@link PrefixTrie}): the rule set must match
 * exactly what its rules match one by one, run only the rules asked for, and still explain and check each
 * rule on its own.
 */
class PrefixSharingTest {
  private static final String LISTS = "list speech = said, added, warned, told\nlist quotes = «, »\n";

  /** Rules that share beginnings of every kind: captures, loops, optional elements, whole patterns. */
  private static final String RULES =
      LISTS
          + """
          rule c.speaker_verb: ^ [text=@quotes]? (?<what> [!text=","]+) [text=","] (?<who> <PERSON>) (?<verb> [lower=@speech]) => set who k=v
          rule c.verb_speaker: ^ [text=@quotes]? (?<what> [!text=","]+) [text=","] (?<verb> [lower=@speech]) (?<who> <PERSON>) => set who k=v
          rule c.told: ^ [text=@quotes]? (?<what> [!text=","]+) [text=","] (?<who> <PERSON>) (?<verb> [lower=told]) (?<whom> <PERSON|ORG>) => set who k=v
          rule c.any_comma: ^ [text=@quotes]? (?<what> [!text=","]+) [text=","] => set what k=v
          rule c.same group other: ^ [text=@quotes]? (?<what> [!text=","]+) [text=","] (?<who> <PERSON>) (?<verb> [lower=@speech]) => set who k=v
          rule p.said: (?<who> <PERSON>) (?<verb> [lower=said]) => set who k=v
          rule p.warned_org: (?<who> <PERSON>) [lower=warned] (?<whom> <ORG>)? => set who k=v
          rule p.told: (?<verb> <PERSON>) [lower=told] => set verb k=v
          rule pair window 2: (?<a> <PERSON>) []* $ ^ (?<b> []) []* [lower=said] => set a k=v
          rule pair.again window 2: (?<a> <PERSON>) []* $ ^ (?<b> []) [lower=warned] => set a k=v
          """;

  private static final String[][] DOCS = {
    {"Gas prices will rise, Olaf Scholz said on Monday.", "PERSON:Olaf Scholz"},
    {"« The partnership is strategic », added Dmitry Peskov.", "PERSON:Dmitry Peskov"},
    {"Prices rise, Anna Kowal told Gazprom that. Anna Kowal said it. Then Pavel warned.", "PERSON:Anna Kowal", "ORG:Gazprom", "PERSON:Pavel"},
    {"No comma here at all. Ivo Marek warned the Senate.", "PERSON:Ivo Marek", "ORG:Senate"},
  };

  @Test
  void aRuleSetMatchesWhatItsRulesMatchOneByOne() {
    RuleSet all = RuleSet.parse(RULES);
    assertThat(sharedInstructions(Access.engine(all).program())).isPositive();
    for (String[] doc : DOCS) {
      Workspace ws = TestDocs.workspace(doc[0], java.util.Arrays.copyOfRange(doc, 1, doc.length));
      TreeSet<String> alone = new TreeSet<>();
      for (String line : RULES.lines().filter(l -> l.startsWith("rule ")).toList()) {
        alone.addAll(candidates(RuleSet.parse(LISTS + line), ws));
      }
      assertThat(new TreeSet<>(candidates(all, ws))).as(doc[0]).isEqualTo(alone).isNotEmpty();
    }
  }

  @Test
  void onlyTheRulesAskedForRunThroughSharedCode() {
    RuleSet rules = RuleSet.parse(
        """
        rule a: (?<who> <PERSON>) [lower=warned] [lower=again] => set who k=v
        rule b: (?<who> <PERSON>) [lower=warned] [lower=again]? => set who k=v
        """);
    RuleEngine engine = Access.engine(rules);
    assertThat(sharedInstructions(engine.program())).isPositive();
    Workspace ws = TestDocs.workspace("Ivo Marek warned again.", "PERSON:Ivo Marek");
    MatchInput in = engine.prepare(ws.text(), ws.tokens(), ws.sentences(), ws.mentions());
    List<String> found = new ArrayList<>();
    PikeVm vm = new PikeVm(engine.program());
    for (int[] asked : new int[][] {{0}, {1}, {0, 1}}) {
      found.clear();
      vm.run(in, 0, in.size, in.size, asked, asked.length, (r, start, end, caps, offset) -> found.add(r + " " + start + "-" + end));
      assertThat(found).as("rules %s", java.util.Arrays.toString(asked))
          .containsExactlyInAnyOrderElementsOf(
              asked.length == 2 ? List.of("1 0-3", "0 0-4", "1 0-4") : asked[0] == 0 ? List.of("0 0-4") : List.of("1 0-3", "1 0-4"));
    }
  }

  @Test
  void eachRuleExplainsItsOwnFailuresInSharedCode() {
    RuleSet rules = RuleSet.parse(
        """
        list speech = said, added
        rule first: (?<who> <PERSON>) [lower=@speech] [lower=that] => set who k=v
        rule second: (?<who> <PERSON>)    [lower=@speech]    [lower=so] => set who k=v
        """);
    String sentence = "Dmitry Peskov spoke to reporters";
    Mention peskov = Mention.builder(Span.of(0, 13), "Dmitry Peskov", EntityType.PERSON).build();
    Explanation why = rules.explain(sentence, List.of(peskov));
    assertThat(why.nearMisses()).extracting(Explanation.NearMiss::rule, Explanation.NearMiss::failedElement, m -> m.where().orElseThrow())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("first", "[lower=@speech]", "<string>:2:31"),
            org.assertj.core.groups.Tuple.tuple("second", "[lower=@speech]", "<string>:3:35"));
  }

  @Test
  void aRuleThatCanNeverMatchIsReportedAlthoughItSharesCodeWithOneThatCan() {
    RuleSet rules = RuleSet.parse(
        """
        rule live: (?<who> <PERSON>) [lower=said] [] => set who k=v
        rule dead: (?<who> <PERSON>) [lower=said] $ [] => set who k=v
        """);
    assertThat(sharedInstructions(Access.engine(rules).program())).isPositive();
    assertThat(rules.warnings()).extracting(w -> w.kind() + " " + w.rule()).containsExactly("NEVER_MATCHES dead");
  }

  /** Candidate matches before overlap resolution, as {@code "rule start-end capture=start-end..."}. */
  private static List<String> candidates(RuleSet rules, Workspace ws) {
    RuleEngine engine = Access.engine(rules);
    MatchInput in = engine.prepare(ws.text(), ws.tokens(), ws.sentences(), ws.mentions());
    List<String> out = new ArrayList<>();
    for (RuleMatch m : engine.candidates(in, 0, 0, Integer.MAX_VALUE, true)) {
      RuleDef r = engine.program().rules().get(m.rule());
      StringBuilder b = new StringBuilder(r.id()).append(' ').append(m.start()).append('-').append(m.end());
      for (int k = 0; k < r.captures().size(); k++) {
        if (m.captureStart(k) >= 0) {
          b.append(' ').append(r.captures().get(k)).append('=').append(m.captureStart(k)).append('-').append(m.captureEnd(k));
        }
      }
      out.add(b.toString());
    }
    return out;
  }

  private static int sharedInstructions(Program p) {
    int n = 0;
    for (int pc = 0; pc < p.size(); pc++) {
      n += p.rulesOf(pc).length > 1 ? 1 : 0;
    }
    return n;
  }
}
