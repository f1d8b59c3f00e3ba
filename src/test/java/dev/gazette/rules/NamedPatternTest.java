package dev.gazette.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.EntityType;
import dev.gazette.Gazette;
import dev.gazette.Mention;
import dev.gazette.RelationType;
import dev.gazette.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Named patterns ({@code pattern NAME = ...}, used as {@code %NAME}): they read as their body written
 * out, in files and in the Java builder, and every misuse is a positioned error or a warning.
 */
class NamedPatternTest {
  private static final String SHARED =
      """
      list speech_verbs = said, told, added
      pattern ACTOR = <PERSON|ORG|GPE>
      pattern GAP = [!ent & !text="." & !text=","]
      pattern CLAUSE_GAP = [%GAP & !lower=that|which]
      pattern BY_AGENT = [lower=by] [lower=the]? (?<s> %ACTOR)
      """;

  /** Each rule, written with named patterns and written out, on sentences where it matches or not. */
  static Stream<Arguments> equivalentRules() {
    return Stream.of(
        Arguments.of(
            "(?<o> %ACTOR) [lower=was] [lower=criticized] %CLAUSE_GAP{0,4} %BY_AGENT => relation ACCUSE subject=s object=o",
            "(?<o> <PERSON|ORG|GPE>) [lower=was] [lower=criticized] [!ent & !text=\".\" & !text=\",\" & !lower=that|which]{0,4}"
                + " [lower=by] [lower=the]? (?<s> <PERSON|ORG|GPE>) => relation ACCUSE subject=s object=o"),
        Arguments.of(
            "(?<s> %ACTOR) [%GAP & lowercase]* @speech_verbs (?<what> [!%GAP]+) => relation STATEMENT subject=s content=$what",
            "(?<s> <PERSON|ORG|GPE>) [!ent & !text=\".\" & !text=\",\" & lowercase]* @speech_verbs"
                + " (?<what> [!(!ent & !text=\".\" & !text=\",\")]+) => relation STATEMENT subject=s content=$what"),
        Arguments.of(
            "(?<s> %ACTOR) (%GAP | [text=\",\"])+ [lower=met] [lower=with]? (?<o> %ACTOR)? => relation CONSULT subject=s object=o",
            "(?<s> <PERSON|ORG|GPE>) ([!ent & !text=\".\" & !text=\",\"] | [text=\",\"])+ [lower=met] [lower=with]?"
                + " (?<o> <PERSON|ORG|GPE>)? => relation CONSULT subject=s object=o"),
        Arguments.of(
            "[lower=visit|trip] [lower=to|of|%GAP] (?<o> %ACTOR) => relation CONSULT subject=o",
            "[lower=visit|trip] [lower=to|of|(!ent & !text=\".\" & !text=\",\")] (?<o> <PERSON|ORG|GPE>) => relation CONSULT subject=o"));
  }

  private static final List<String> SENTENCES =
      List.of(
          "The plan was criticized on Monday by the Kremlin and Ryanair.",
          "Manila was criticized on Monday by the Kremlin.",
          "Manila was criticized by Ryanair.",
          "The plan was criticized, which angered Manila, by Kremlin officials.",
          "Dmitry Peskov flatly said the talks were over.",
          "Dmitry Peskov said, with a smile, that Ryanair met Manila.",
          "Kremlin sources, in a statement, met with Ryanair on Friday.",
          "Ryanair met Manila.",
          "During a visit to Manila the Kremlin asked for more.",
          "A trip of Dmitry Peskov ended early.");

  /** A stand-in for entity recognition: every occurrence of these names is a mention. */
  private static List<Mention> mentions(String sentence) {
    List<Mention> out = new ArrayList<>();
    for (String spec : List.of("PERSON:Dmitry Peskov", "ORG:Kremlin", "ORG:Ryanair", "GPE:Manila")) {
      String[] p = spec.split(":", 2);
      for (int at = sentence.indexOf(p[1]); at >= 0; at = sentence.indexOf(p[1], at + 1)) {
        out.add(Mention.builder(Span.of(at, at + p[1].length()), p[1], EntityType.of(p[0])).build());
      }
    }
    out.sort(null);
    return out;
  }

  @ParameterizedTest
  @MethodSource("equivalentRules")
  void aRuleWithNamedPatternsMatchesExactlyAsItsExpansion(String withPatterns, String writtenOut) {
    RuleSet a = RuleSet.parse(SHARED + "rule r:\n  " + withPatterns + "\n");
    RuleSet b = RuleSet.parse("list speech_verbs = said, told, added\nrule r:\n  " + writtenOut + "\n");
    int matched = 0;
    for (String sentence : SENTENCES) {
      List<String> ma = matches(a.explain(sentence, mentions(sentence)));
      List<String> mb = matches(b.explain(sentence, mentions(sentence)));
      assertThat(ma).as(sentence).isEqualTo(mb);
      matched += ma.size();
    }
    assertThat(matched).as("the rule matches some sentence").isPositive();
  }

  private static List<String> matches(Explanation e) {
    return e.matches().stream().map(m -> m.rule() + " " + m.span() + " " + m.captures()).toList();
  }

  @Test
  void capturesOfAPatternAreCapturesOfTheRuleAndWork() {
    RuleSet rules = RuleSet.parse(
        SHARED + "rule accuse.passive: (?<o> %ACTOR) [lower=was] [lower=criticized] %CLAUSE_GAP{0,4} %BY_AGENT\n"
            + "  => relation ACCUSE subject=s object=o\n");
    Gazette g = Gazette.builder().builtInRecognizers(false)
        .addExtractor(RuleSetTest.names("ORG:Ryanair", "GPE:Manila")).addRules(rules).build();
    assertThat(RuleSetTest.describe(g.extract("Manila was criticized on Monday by the Ryanair board.")))
        .containsExactly("accuse.passive: ACCUSE Ryanair -> Manila {}");
    assertThat(rules.warnings()).isEmpty();
  }

  @Test
  void patternsFromAnIncludedFileAreVisibleAfterTheInclude(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("common.rules"), "pattern ACTOR = <PERSON|ORG>\n");
    Files.writeString(dir.resolve("a.rules"), "include \"common.rules\"\nrule a: (?<x> %ACTOR) [lower=said] => relation STATEMENT subject=x\n");
    Files.writeString(dir.resolve("b.rules"), "include \"common.rules\"\nrule b: (?<x> %ACTOR) [lower=told] => relation STATEMENT subject=x\n");
    Files.writeString(dir.resolve("main.rules"), "include \"a.rules\"\ninclude \"b.rules\"\n");
    assertThat(RuleSet.load(dir.resolve("main.rules")).ruleIds()).containsExactly("a", "b");
  }

  @Test
  void javaBuilderDefinesPatternsForBuilderRulesAndLaterText() {
    RuleSet rules = RuleSet.builder()
        .pattern("ACTOR", "<PERSON|ORG|GPE>")
        .pattern("GAP", "[!ent & !kind=PUNCT]")
        .rule("consult.met").pattern("(?<s> %ACTOR) [%GAP]{0,3} \"met with\" (?<o> %ACTOR)")
            .relation(RelationType.CONSULT, "s", "o", Map.of())
            .add()
        .addText("more.rules", "rule consult.talks: (?<s> %ACTOR) %GAP{0,3} [lower=talked] => relation CONSULT subject=s\n")
        .build();
    assertThat(rules.ruleIds()).containsExactly("consult.met", "consult.talks");
    assertThat(rules.warnings()).isEmpty();
    String sentence = "Ryanair finally met with Manila.";
    assertThat(rules.explain(sentence, mentions(sentence)).matches()).extracting(Explanation.Match::rule).containsExactly("consult.met");

    assertThatThrownBy(() -> RuleSet.builder().pattern("A", "[]").pattern("A", "[]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pattern A is already defined");
    assertThatThrownBy(() -> RuleSet.builder().pattern("not a name", "[]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleSet.builder().pattern("A", "[lower=x"))
        .isInstanceOfSatisfying(RuleSyntaxException.class, e -> assertThat(e.source()).isEqualTo("pattern A"));
    assertThatThrownBy(() -> RuleSet.builder().rule("r").pattern("%ACTR"))
        .isInstanceOfSatisfying(RuleSyntaxException.class, e -> assertThat(e.found()).isEqualTo("unknown pattern '%ACTR'"));
  }

  @Test
  void unusedPatternsAreWarnings() {
    RuleSet rules = RuleSet.parse(
        """
        pattern USED = [lower=said]
        pattern HELPER = [lower=told]
        pattern UNUSED = %HELPER [lower=them]
        pattern LONELY = [lower=x]
        rule r: (?<x> <PERSON>) %USED => relation STATEMENT subject=x
        """);
    assertThat(rules.warnings()).extracting(RuleWarning::kind, RuleWarning::rule, RuleWarning::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RuleWarning.Kind.UNUSED_PATTERN, "%HELPER", 2),
            org.assertj.core.groups.Tuple.tuple(RuleWarning.Kind.UNUSED_PATTERN, "%UNUSED", 3),
            org.assertj.core.groups.Tuple.tuple(RuleWarning.Kind.UNUSED_PATTERN, "%LONELY", 4));
    assertThat(rules.warnings().get(0).toString())
        .isEqualTo("<string>:2: UNUSED_PATTERN: pattern '%HELPER' is defined but no rule uses it"
            + " (only patterns that no rule uses name it)");
  }

  @Test
  void explainPointsAtTheRuleAndNamesThePatternAnElementCameFrom() {
    RuleSet rules = RuleSet.parse(
        """
        pattern WHO = (?<who> <PERSON>)
        pattern SAID = %WHO [lower=said]
        rule statement.said:
          %SAID (?<what> []+)
          => relation STATEMENT subject=who content=$what
        """);
    String sentence = "Dmitry Peskov spoke to reporters";
    Explanation why = rules.explain(sentence, mentions(sentence));
    Explanation.NearMiss miss = why.nearMisses().get(0);
    assertThat(miss.matchedText()).isEqualTo("Dmitry Peskov");
    assertThat(miss.failedElement()).isEqualTo("[lower=said] from %SAID (<string>:2:21)");
    assertThat(miss.where()).hasValue("<string>:4:3");

    Explanation nested = RuleSet.parse(
        """
        pattern WHO = (?<who> <PERSON>) [lower=himself]
        pattern SAID = %WHO [lower=said]
        rule statement.said:
          %SAID (?<what> []+)
          => relation STATEMENT subject=who content=$what
        """).explain(sentence, mentions(sentence));
    assertThat(nested.nearMisses().get(0).failedElement()).isEqualTo("[lower=himself] from %SAID > %WHO (<string>:1:33)");
  }

  @Test
  void theDefaultRulesUsePatternsWithoutWarnings() {
    assertThat(dev.gazette.internal.rules.DefaultRules.ruleSet().warnings()).filteredOn(w -> w.kind() == RuleWarning.Kind.UNUSED_PATTERN).isEmpty();
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        // rule text, line, column, expected (substring), found (substring)
        Arguments.of("pattern ACTOR = <PERSON|ORG>\nrule a: (?<x> %ACTRO) => set x k=v", 2, 15,
            "a pattern defined before this point (did you mean %ACTOR?)", "unknown pattern '%ACTRO'"),
        Arguments.of("rule a: (?<x> %ACTOR) => set x k=v", 1, 15, "(no pattern is defined)", "unknown pattern '%ACTOR'"),
        Arguments.of("pattern A = [lower=a]\npattern B = [lower=b]\nrule a: (?<x> %ZZZZZZ) => set x k=v", 3, 15,
            "(%A, %B)", "unknown pattern '%ZZZZZZ'"),
        Arguments.of("rule a: (?<x> %ACTOR) => set x k=v\n\npattern ACTOR = <PERSON>", 1, 15,
            "%ACTOR is defined later, at line 3: define a pattern before the rules and patterns that use it", "unknown pattern '%ACTOR'"),
        Arguments.of("pattern A = [lower=a] %A?", 1, 23, "a pattern cannot use itself: %A -> %A", "'%A' inside its own definition"),
        Arguments.of("pattern A = [lower=a]\npattern A = [lower=b]", 2, 9, "a new pattern name (pattern '%A' is defined at <string>:1:9)", "'A'"),
        Arguments.of("pattern WHO = (?<who> <PERSON>)\nrule a: %WHO [lower=and] %WHO => set who k=v", 2, 26,
            "a capture name not used before in this rule", "'who' again, from %WHO"),
        Arguments.of("pattern WHO = (?<who> <PERSON>)\nrule a: (?<who> []) %WHO => set who k=v", 2, 21,
            "capture around the use: (?<x> %WHO)", "'who' again, from %WHO"),
        Arguments.of("pattern WHO = (?<who> <PERSON>)\npattern TWO = %WHO %WHO", 2, 20,
            "a capture name not used before in this pattern", "'who' again, from %WHO"),
        Arguments.of("pattern ACTOR = <PERSON|ORG>\nrule a: (?<x> [%ACTOR & !lower=x]) => set x k=v", 2, 16,
            "a pattern that is one token test", "'%ACTOR'"),
        Arguments.of("pattern A = [lower=a]\n  => set x k=v", 2, 3, "a named pattern has no actions", "'=>'"),
        Arguments.of("pattern A [lower=a]", 1, 11, "'=' and a pattern after the pattern name", "'['"),
        Arguments.of("pattern = [lower=a]", 1, 9, "a pattern name", "'='"),
        Arguments.of("pattern A = [lower=a] )", 1, 23, "another pattern element, or the next statement", "')'"),
        Arguments.of("pattern A = [lower=a] lower", 1, 23, "another pattern element, or the next statement", "'lower'"),
        Arguments.of("pattern A =\nrule a: (?<x> []) => set x k=v", 2, 1, "a token pattern ('[...]', '\"words\"', '<TYPE>', '@list', '%pattern'", "'rule'"),
        Arguments.of("rule a: (?<x> % ) => set x k=v", 1, 16, "a pattern name after '%'", "' '"),
        Arguments.of("pattern A = [lower=@nosuch]\nrule a: (?<x> %A) => set x k=v", 1, 20, "the name of a defined list", "unknown list '@nosuch'"),
        Arguments.of("pattern A = ^\nrule a: (?<x> [] %A+) => set x k=v", 2, 20, "before a quantifier", "'+'"),
        Arguments.of("pattern GAP = [!ent]\nrule a: (?<x> [lower=a|%GAPP]) => set x k=v", 2, 24, "did you mean %GAP?", "unknown pattern '%GAPP'"));
  }

  @ParameterizedTest
  @MethodSource("errors")
  void misusesAreErrorsWithPositionAndCaret(String text, int line, int column, String expected, String found) {
    assertThatThrownBy(() -> RuleSet.parse(text))
        .isInstanceOfSatisfying(
            RuleSyntaxException.class,
            e -> {
              assertThat(e.source()).isEqualTo("<string>");
              assertThat(e.expected()).contains(expected);
              assertThat(e.found()).contains(found);
              assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
              assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
              String[] lines = e.getMessage().split("\n");
              assertThat(lines[0]).startsWith("<string>:" + line + ":" + column + ": expected ");
              assertThat(lines[2]).isEqualTo("  " + " ".repeat(column - 1) + "^");
            });
  }

  @Test
  void anErrorInAPatternOfAnIncludedFileNamesThatFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("common.rules"), "# shared\npattern ACTOR = <PERSON|ORG>\npattern GAP = [!ent & !text=\".\" )\n");
    Files.writeString(dir.resolve("main.rules"), "include \"common.rules\"\nrule a: (?<x> %ACTOR) => set x k=v\n");
    assertThatThrownBy(() -> RuleSet.load(dir.resolve("main.rules")))
        .isInstanceOfSatisfying(
            RuleSyntaxException.class,
            e -> {
              assertThat(e.source()).endsWith("common.rules");
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.expected()).contains("']' to close the token test");
            });
  }

  @Test
  void patternsThatDoubleAtEachLevelStopWithAnErrorNotOutOfMemory() {
    StringBuilder b = new StringBuilder("pattern P0 = [lower=a]\n");
    for (int i = 1; i <= 40; i++) {
      b.append("pattern P").append(i).append(" = %P").append(i - 1).append(" %P").append(i - 1).append('\n');
    }
    b.append("rule a: (?<x> %P40) => set x k=v\n");
    assertThatThrownBy(() -> RuleSet.parse(b.toString()))
        .isInstanceOfSatisfying(
            RuleSyntaxException.class,
            e -> {
              assertThat(e.expected()).contains("token tests once named patterns are expanded");
              assertThat(e.line()).isEqualTo(18); // P17 = 2 x 65,536 elements
            });
  }

  @Test
  void patternsNestDeeplyOnlyWithinTheNestingLimit() {
    StringBuilder b = new StringBuilder("pattern P0 = [lower=a]\n");
    for (int i = 1; i <= 60; i++) {
      b.append("pattern P").append(i).append(" = ((%P").append(i - 1).append("))\n");
    }
    b.append("rule a: (?<x> %P60) => set x k=v\n");
    assertThatThrownBy(() -> RuleSet.parse(b.toString()))
        .isInstanceOfSatisfying(RuleSyntaxException.class, e -> assertThat(e.expected()).contains("nested groups"));
  }
}
