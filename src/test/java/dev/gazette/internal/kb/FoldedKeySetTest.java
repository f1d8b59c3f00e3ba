package dev.gazette.internal.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FoldedKeySetTest {
  private static final List<String> KEYS =
      List.of("chief executive", "deputy mayor", "d'arcy", "u.s.", "zoe", "strasse", "vice-chair", "");
  private static final FoldedKeySet SET = FoldedKeySet.of(KEYS);

  /** Every region answers as folding it and asking the keys would, the ASCII fast path included. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Chief Executive", "CHIEF EXECUTIVE", "chief  executive", "chief\texecutive", "chief\nexecutive",
      "Deputy Mayor", "deputy mayors", "D'Arcy", "D`Arcy", "D’Arcy", "U.S.", "US", "Zoë", "ZOE", "Straße",
      "Strasse", "Vice-Chair", "Vice–Chair", "vice chair", "Chief", "executive", "x"})
  void answersAsFoldingDoes(String region) {
    String text = "<" + region + ">";
    boolean expected = KEYS.contains(AliasKeys.fold(region));
    assertThat(SET.contains(text, 1, 1 + region.length())).as(region).isEqualTo(expected);
  }

  @Test
  void aPlainAsciiRegionMatchesIgnoringCaseOnly() {
    String text = "The Deputy Mayor met the deputy mayor's aide.";
    int at = text.indexOf("Deputy Mayor");
    assertThat(SET.contains(text, at, at + "Deputy Mayor".length())).isTrue();
    // near miss: one word more, or one char less
    assertThat(SET.contains(text, at, at + "Deputy Mayor met".length())).isFalse();
    assertThat(SET.contains(text, at, at + "Deputy Mayo".length())).isFalse();
  }

  @Test
  void anEmptyRegionIsTheEmptyKey() {
    assertThat(SET.contains("abc", 1, 1)).isEqualTo(KEYS.contains(AliasKeys.fold("")));
    assertThat(FoldedKeySet.of(List.of("abc")).contains("abc", 1, 1)).isFalse();
  }

  @Test
  void aTableAnswersRegionsAsItsSubSequences() {
    NameTable given = KnowledgeBase.defaults().givenNames();
    String text = "Marie and JEAN-PIERRE met Zoë, Jose and José near Xqzv.";
    for (int s = 0; s < text.length(); s++) {
      for (int e = s + 1; e <= Math.min(text.length(), s + 12); e++) {
        assertThat(given.contains(text, s, e)).as(text.substring(s, e))
            .isEqualTo(given.contains(text.subSequence(s, e)));
      }
    }
  }
}
