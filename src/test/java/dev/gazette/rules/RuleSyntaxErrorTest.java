package dev.gazette.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of syntax error names line and column, shows a caret, and says what was expected. */
class RuleSyntaxErrorTest {

  static Stream<Arguments> errors() {
    return Stream.of(
        // rule text, line, column, expected (substring), found (substring)
        Arguments.of("rules x", 1, 1, "'rule', 'list', 'include' or 'pattern'", "'rules'"),
        Arguments.of("rule a: [lemma=say] => set x k=v", 1, 10, "known token test", "unknown test 'lemma'"),
        Arguments.of("rule a:\n  (?<x> [lower=said] \n=> set x k=v", 3, 1, "')' to close the group opened at 2:3", "'=>'"),
        Arguments.of("rule a: (?<x>[lower=said) => set x k=v", 1, 25, "']' to close the token test", "')'"),
        Arguments.of("rule a: (?<x>[]{3,1}) => set x k=v", 1, 16, "{m,n} with m <= n", "'{3,1}'"),
        Arguments.of("rule a: (?<x>[]{2) => set x k=v", 1, 18, "'}' to close the repeat count", "')'"),
        Arguments.of("rule a: (?<x>[]{,2}) => set x k=v", 1, 17, "a repeat count", "','"),
        Arguments.of("rule a: (?<x>[]{5000}) => set x k=v", 1, 17, "between 0 and 1000", "'5000'"),
        Arguments.of("rule a: (?<x>[]**) => set x k=v", 1, 17, "quantifiers do not stack", "'*'"),
        Arguments.of("rule a: (?<x>* []) => set x k=v", 1, 14, "a token pattern", "'*'"),
        Arguments.of("rule a: (?<x>^+ []) => set x k=v", 1, 15, "before a quantifier", "'+'"),
        Arguments.of("rule a: (?<x>[lower=@verbs]) => set x k=v", 1, 21, "the name of a defined list", "unknown list '@verbs'"),
        Arguments.of("rule a: (?<x>[lower=said]) => relation STATEMENT subject=whom", 1, 58, "capture of this rule (x)", "'whom'"),
        Arguments.of("rule a: (?<x>[]) => set y k=v", 1, 25, "capture of this rule (x)", "'y'"),
        Arguments.of("rule a: (?<x>[]) => relation STATEMENT content=$x", 1, 40, "subject=<capture>", "'content'"),
        Arguments.of("rule a: (?<x>[]) => create PERSON", 1, 21, "an action", "'create'"),
        Arguments.of("rule a: (?<x>[]) => entity person from x", 1, 28, "an entity type", "'person'"),
        Arguments.of("rule a: (?<x>[])", 1, 17, "'=>' and an action", "end of input"),
        Arguments.of("rule a priority high: [] => set x k=v", 1, 17, "an integer priority", "'high'"),
        Arguments.of("rule a window 9: (?<x>[]) => set x k=v", 1, 15, "a window of 1 to 5", "'9'"),
        Arguments.of("rule a confidence 2: (?<x>[]) => set x k=v", 1, 19, "confidence between 0 and 1", "'2'"),
        Arguments.of("rule a colour red: [] => set x k=v", 1, 8, "rule option", "'colour'"),
        Arguments.of("rule a: (?<x>[re=/(ab/]) => set x k=v", 1, 22, "a valid regular expression", "'(ab'"),
        Arguments.of("rule a: (?<x>[kind=VERB]) => set x k=v", 1, 20, "a token kind", "'VERB'"),
        Arguments.of("rule a: (?<x>[shape=]) => set x k=v", 1, 21, "a shape", "']'"),
        Arguments.of("rule a: (?<x>\"said) => set x k=v\n", 1, 14, "closing '\"'", "end of line"),
        Arguments.of("rule a: (?<x><PERSON) => set x k=v", 1, 21, "'>' to close the entity element", "')'"),
        Arguments.of("rule a: (?<x>[]) (?<x>[]) => set x k=v", 1, 21, "capture name not used before", "'x' again"),
        Arguments.of("list v = said, \"told them\"", 1, 16, "a single token", "'told them'"),
        Arguments.of("list v = said,\n", 2, 1, "a word or a quoted string", "end of input"),
        Arguments.of("list v said", 1, 8, "'=' or 'from'", "'said'"),
        Arguments.of("rule a: (?<x>[]) => set x k=v\nrule a: (?<x>[]) => set x k=v", 2, 6, "a new rule id", "'a'"),
        Arguments.of("include \"no/such/file.rules\"", 1, 9, "a readable rule file", "no file 'no/such/file.rules'"),
        Arguments.of("include nofile", 1, 9, "a quoted file name", "'nofile'"),
        Arguments.of("rule a: (?<x>[glue=both]) => set x k=v", 1, 20, "'case', 'word' or 'any'", "'both'"),
        Arguments.of("rule a: (?<x>[lower]) => set x k=v", 1, 20, "'=' or '!=' and a value", "']'"),
        Arguments.of("rule a: (?<x>[!lower=a|an|any]) => set x k=v", 1, 27, "write \"any\" for the word", "'any'"));
  }

  @ParameterizedTest
  @MethodSource("errors")
  void reportsPositionAndExpectation(String text, int line, int column, String expected, String found) {
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
  void deepNestingIsAPositionedErrorNotAStackOverflow() {
    int depth = 10_000;
    String groups = "rule a: " + "(".repeat(depth) + "(?<x>[])" + ")".repeat(depth) + " => set x k=v";
    assertThatThrownBy(() -> RuleSet.parse(groups))
        .isInstanceOfSatisfying(
            RuleSyntaxException.class,
            e -> {
              assertThat(e.expected()).contains("at most 100 nested groups");
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.column()).isEqualTo("rule a: ".length() + 101);
            });
    String tests = "rule a: (?<x>[" + "!(".repeat(depth) + "lower=a" + ")".repeat(depth) + "]) => set x k=v";
    assertThatThrownBy(() -> RuleSet.parse(tests))
        .isInstanceOfSatisfying(
            RuleSyntaxException.class, e -> assertThat(e.expected()).contains("nested groups, negations"));
    String fine = "rule a: " + "(".repeat(99) + "(?<x>[])" + ")".repeat(99) + " => set x k=v";
    assertThat(RuleSet.parse(fine)).isNotNull();
  }

  @Test
  void caretPointsIntoTheOffendingLine() {
    RuleSyntaxException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            RuleSyntaxException.class, () -> RuleSet.parse("# roles\nrule role.a:\n  (?<who> [ent=PERSON ) => set who k=v\n"));
    assertThat(e.getMessage())
        .isEqualTo(
            "<string>:3:23: expected ']' to close the token test, or '&', '|', ',', found ')'\n"
                + "    (?<who> [ent=PERSON ) => set who k=v\n"
                + "                        ^");
  }

  @Test
  void errorsInIncludedFilesNameThatFile(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("main.rules"), "include \"sub/roles.rules\"\n");
    Files.writeString(dir.resolve("sub/roles.rules"), "list t = president\n\nrule r: (?<x>@t [oops]) => set x k=v\n");
    RuleSyntaxException e =
        org.junit.jupiter.api.Assertions.assertThrows(RuleSyntaxException.class, () -> RuleSet.load(dir.resolve("main.rules")));
    assertThat(e.source()).endsWith("sub" + java.io.File.separator + "roles.rules");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(18);
    assertThat(e.found()).isEqualTo("unknown test 'oops'");
  }

  @Test
  void includeCyclesAreErrors(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.rules"), "include \"b.rules\"\n");
    Files.writeString(dir.resolve("b.rules"), "# b\ninclude \"a.rules\"\n");
    RuleSyntaxException e =
        org.junit.jupiter.api.Assertions.assertThrows(RuleSyntaxException.class, () -> RuleSet.load(dir.resolve("a.rules")));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.found()).startsWith("include cycle ").contains("a.rules -> ").contains("b.rules -> ");
  }

  @Test
  void includesAndListFilesResolveRelativeToTheIncludingFile(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("lists"));
    Files.writeString(dir.resolve("main.rules"), "include \"lists/common.rules\"\nrule s: (?<x>[]) @verbs => set x k=v\n");
    Files.writeString(dir.resolve("lists/common.rules"), "list verbs from \"verbs.txt\"\n");
    Files.writeString(dir.resolve("lists/verbs.txt"), "# speech verbs\nsaid\ntold\n\n");
    RuleSet rules = RuleSet.load(dir.resolve("main.rules"));
    assertThat(rules.ruleIds()).containsExactly("s");
  }

  @Test
  void builderPatternsReportTheRule() {
    assertThatThrownBy(() -> RuleSet.builder().rule("r1").pattern("[lower=said"))
        .isInstanceOfSatisfying(RuleSyntaxException.class, e -> {
          assertThat(e.source()).isEqualTo("rule r1");
          assertThat(e.column()).isEqualTo(12);
          assertThat(e.found()).isEqualTo("end of input");
        });
  }
}
