package dev.gazette.internal.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderDatesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2022-12-29                     | 2022-12-29",
        "  2022-12-29                   | 2022-12-29",
        "2022-12-29T08:15:00+01:00      | 2022-12-29",
        "2022-12-29T23:30:00-05:00      | 2022-12-29",
        "2022-12-29T07:15Z              | 2022-12-29",
        "2022-12-29T07:15:00.250Z       | 2022-12-29",
        "2022-12-29 08:15               | 2022-12-29",
        "2022-1-5                       | 2022-01-05",
        "29 December 2022               | 2022-12-29",
        "29 december 2022               | 2022-12-29",
        "29th Dec. 2022                 | 2022-12-29",
        "1st of March 2023              | 2023-03-01",
        "December 29, 2022              | 2022-12-29",
        "Dec 29 2022                    | 2022-12-29",
        "Sept. 3, 2023                  | 2023-09-03",
        "Thursday, December 29, 2022    | 2022-12-29",
        "Thu, 29 Dec 2022 08:15:00 +0100| 2022-12-29",
        "December 29, 2022 at 8:15 CET  | 2022-12-29",
        "29 December 2022 - 08:15       | 2022-12-29",
        "2022/12/29                     | 2022-12-29",
        "2022.12.29                     | 2022-12-29",
        "29/12/2022                     | 2022-12-29",
        "12/29/2022                     | 2022-12-29",
        "29-12-2022                     | 2022-12-29",
        "29.12.2022                     | 2022-12-29",
        "03.04.2022                     | 2022-04-03",
        "04/04/2022                     | 2022-04-04",
      })
  void readsAcceptedForms(String value, String expected) {
    assertThat(HeaderDates.parse(value)).contains(LocalDate.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "03/04/2022", // March 4 or 3 April: ambiguous
        "2022-02-30", // no such day
        "2022-13-01",
        "29/12/22", // two-digit year
        "yesterday",
        "29 Decembre 2022",
        "December 2022",
        "2022-12-29 and more words",
        "0999-01-01",
        "",
        "   ",
      })
  void refusesOthers(String value) {
    assertThat(HeaderDates.parse(value)).isEqualTo(Optional.empty());
  }
}
