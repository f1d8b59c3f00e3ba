package dev.gazette.internal.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AliasKeysTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Kremlin|kremlin",
      "KREMLIN|kremlin",
      "Élysée|elysee",
      "Elysee|elysee",
      "Kılıçdaroğlu|kilicdaroglu",
      "İmamoğlu|imamoglu",
      "Łódź|lodz",
      "Gdańsk|gdansk",
      "Øresund|oresund",
      "Straße|strasse",
      "Quai d’Orsay|quai d'orsay",
      "Quai d`Orsay|quai d'orsay",
      "Tsai Ing–wen|tsai ing-wen",
      "'  Xi    Jinping  '|xi jinping",
      "U.S.|u.s.",
      "Côte d'Ivoire|cote d'ivoire",
      "Nguyễn|nguyen",
      "Þingvellir|thingvellir",
  })
  void folds(String in, String key) {
    assertThat(AliasKeys.fold(in)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({"' '", "'\u0301'", "'\u00a0\u200b'"})
  void blankFoldsToEmpty(String in) {
    assertThat(AliasKeys.fold(in)).isEmpty();
  }
}
