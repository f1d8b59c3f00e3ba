package dev.gazette.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The endings read off a regular expression never turn away a token that it matches. */
class RegexSuffixesTest {
  private static final List<String> WORDS =
      List.of("accused", "accuse", "seedeclared", "declared", "undeclared", "seed", "quickly", "ly", "fly", "Said",
          "SAID", "said", "x", "", "déclaré", "told", "retold", "bed", "newed", "a|bed", "ed");

  @Test
  void readsEndingsOfLettersAndOfAFinalGroupOfWords() {
    assertThat(endingsAccept(".*ed")).containsExactlyInAnyOrder("accused", "declared", "seedeclared", "undeclared", "seed", "bed", "newed", "a|bed", "ed");
    assertThat(endingsAccept("[a-z]{2,}(said|declared|told)"))
        .containsExactlyInAnyOrder("seedeclared", "declared", "undeclared", "said", "told", "retold");
    assertThat(endingsAccept("[a-z]+(?:ly)")).containsExactlyInAnyOrder("quickly", "ly", "fly");
    assertThat(endingsAccept("\\ned")).contains("bed"); // \n is an escape, "ed" the ending
  }

  @Test
  void givesUpWhereTheSourceDoesNotSayPlainly() {
    for (String p : List.of("a|bed", "(?i)said", "(?i)(said|told)", "ab+", "[a-z]+", "ed?", "\\Qed\\E", "said(?<x>a)", "x{2}", "(a(b|c))", "SAID")) {
      assertThat(RegexSuffixes.of(Pattern.compile(p))).as(p).isNull();
    }
    assertThat(RegexSuffixes.of(Pattern.compile("said", Pattern.CASE_INSENSITIVE))).isNull();
  }

  @Test
  void neverTurnsAwayATokenTheExpressionMatches() {
    for (String p : List.of(".*ed", "[a-z]{2,}(said|declared|told)", "[a-z]+(?:ly)", "\\ned", "(un|re)(said|told)", "[^x]ed", "(ab)*ed")) {
      Pattern pattern = Pattern.compile(p);
      RegexSuffixes endings = RegexSuffixes.of(pattern);
      assertThat(endings).as(p).isNotNull();
      for (String w : WORDS) {
        if (pattern.matcher(w).matches()) {
          assertThat(endings.mayMatch(w, 0, w.length())).as(p + " on " + w).isTrue();
        }
      }
    }
  }

  private static List<String> endingsAccept(String regex) {
    RegexSuffixes endings = RegexSuffixes.of(Pattern.compile(regex));
    assertThat(endings).as(regex).isNotNull();
    return WORDS.stream().filter(w -> endings.mayMatch(w, 0, w.length())).toList();
  }
}
