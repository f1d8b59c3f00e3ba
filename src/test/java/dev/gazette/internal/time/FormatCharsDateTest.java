package dev.gazette.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Mention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date words with an invisible format char inside (a soft hyphen from a hyphenating web page, a
 * zero-width joiner or non-joiner, a word joiner, a bidi mark) read as the words without it; the mention
 * keeps the original text and offsets. (A zero-width space separates tokens: it is no part of a word.)
 */
class FormatCharsDateTest {
  /** A Thursday. */
  static final LocalDate ANCHOR = LocalDate.of(2022, 12, 29);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // sentence (\\u escapes), expression, value
        "The ministers met on Mon\\u00ADday in Vienna.|Mon\\u00ADday|2022-12-26",
        "Talks resume next Fri\\u200Dday, officials said.|next Fri\\u200Dday|2022-12-30",
        "The treaty was signed on 12 Sep\\u200Ctember 2019.|12 Sep\\u200Ctember 2019|2019-09-12",
        "Exports fell last Decem\\u2060ber.|last Decem\\u2060ber|2021-12",
        "Imports doubled last ye\\u200Ear.|last ye\\u200Ear|2021",
        "The port reopened two weeks ago.|two weeks ago|2022-W50",
        "The port reopened two\\u00AD weeks ago.|two\\u00AD weeks ago|2022-W50",
      })
  void formatCharsInsideDateWordsAreLeftOut(String sentence, String expression, String value) {
    String text = unescape(sentence);
    List<Mention> found = DateTestSupport.run(text, ANCHOR);
    assertThat(found).as(text).anySatisfy(m -> {
      assertThat(m.text()).isEqualTo(unescape(expression));
      assertThat(m.start()).isEqualTo(text.indexOf(unescape(expression)));
      assertThat(m.value()).contains(value);
    });
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\u", i)) {
        b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }
}
