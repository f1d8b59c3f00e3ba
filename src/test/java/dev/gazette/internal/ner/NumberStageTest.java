package dev.gazette.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money, percentages, quantities, cardinals and ordinals with their normalized values. */
class NumberStageTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The bank lent $1.5 billion to the utility.                   | $1.5 billion/MONEY=USD 1500000000",
        "The takeover is worth 2.4 billion euros in cash.             | 2.4 billion euros/MONEY=EUR 2400000000",
        "The start-up raised €300m from investors.                     | €300m/MONEY=EUR 300000000",
        "Exports brought in 5 million Canadian dollars.                | 5 million Canadian dollars/MONEY=CAD 5000000",
        "The fine was a billion dollars.                               | a billion dollars/MONEY=USD 1000000000",
        "Prices fell to USD 80 a barrel.                               | USD 80/MONEY=USD 80",
        "It paid 1,250 rupees per share.                               | 1,250 rupees/MONEY=INR 1250",
        "Inflation rose 3.5% in May.                                   | 3.5%/PERCENT=3.5%",
        "Turnout was 12 percent lower.                                 | 12 percent/PERCENT=12%",
        "Rates went up by two percentage points.                       | two percentage points/PERCENT=2%",
        "The farm has a capacity of 2.8 gigawatts.                     | 2.8 gigawatts/QUANTITY=2.8 GW",
        "The link carries 55 billion cubic metres a year.              | 55 billion cubic metres/QUANTITY=55000000000 m3",
        "Output reached 900,000 barrels per day in March.              | 900,000 barrels per day/QUANTITY=900000 bbl/d",
        "The convoy drove 300 kilometres overnight.                    | 300 kilometres/QUANTITY=300 km",
        "The list adds 71 people and 33 entities.                      | 71/CARDINAL=71; 33/CARDINAL=33",
        "Three ministers and twenty-seven advisers attended.           | Three/CARDINAL=3; twenty-seven/CARDINAL=27",
        "The union speaks for one hundred and fifty dockers.           | one hundred and fifty/CARDINAL=150",
        "This is the eleventh package, the 3rd this year.              | eleventh/ORDINAL=11; 3rd/ORDINAL=3",
        "For the first time the twenty-first round ended early.        | first/ORDINAL=1; twenty-first/ORDINAL=21",
        "Some 300 workers and more than 40 engineers left.             | Some 300/CARDINAL=300; more than 40/CARDINAL=40",
      })
  void findsNumbersWithValues(String sentence, String expected) {
    assertThat(NerTesting.mentions(sentence, true)).containsAll(NerTesting.cell(expected));
  }

  /** Numbers that belong to dates, names or pronouns are not read again. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The plant opened in 2015 and closed in March 2020.            | 2015/CARDINAL; 2020/CARDINAL",
        "Construction of the Amber Coast 2 gas pipeline begins.        | 2/CARDINAL",
        "No one knows which one will win.                              | one/CARDINAL",
        "The Twenty-Seven met in Brussels.                              | Twenty-Seven/CARDINAL",
        "The talks lasted two days.                                    | two/CARDINAL",
      })
  void leavesOtherNumbersAlone(String sentence, String forbidden) {
    List<String> found = NerTesting.mentions(sentence, false);
    assertThat(found).doesNotContainAnyElementsOf(NerTesting.cell(forbidden));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1,500     | 1500",
        "1.500.000 | 1500000",
        "3.5       | 3.5",
        "2,5       | 2.5",
        "1.234,56  | 1234.56",
        "10        | 10",
      })
  void parsesDigitGroups(String digits, String plain) {
    assertThat(NumberStage.plain(NumberStage.parseDigits(digits))).isEqualTo(plain);
  }

  /**
   * The fast path of parseDigits (digits, thousands commas, one period) reads every string as the general
   * one does, value and scale: every string of up to 7 chars over digits, comma and period.
   */
  @Test
  void fastPathAgreesWithGeneralPath() {
    char[] alphabet = {'0', '1', '5', '9', ',', '.'};
    for (int len = 1; len <= 7; len++) {
      int[] idx = new int[len];
      while (true) {
        char[] c = new char[len];
        for (int k = 0; k < len; k++) {
          c[k] = alphabet[idx[k]];
        }
        String s = new String(c);
        assertThat(NumberStage.parseDigits(s)).as(s).isEqualTo(NumberStage.parseGrouped(s));
        int k = 0;
        while (k < len && ++idx[k] == alphabet.length) {
          idx[k++] = 0;
        }
        if (k == len) {
          break;
        }
      }
    }
    for (String s : List.of("1,234,567,890,123,456", "1,234,567,890,123,456,789", "12,345,678.901234", "0,000")) {
      assertThat(NumberStage.parseDigits(s)).as(s).isEqualTo(NumberStage.parseGrouped(s));
    }
  }

  @Test
  void asciiDigitsKeepsTheDigitsInOrder() {
    assertThat(NumberStage.asciiDigits("the 21st day", 4, 8)).isEqualTo("21");
    assertThat(NumberStage.asciiDigits("3rd", 0, 3)).isEqualTo("3");
    assertThat(NumberStage.asciiDigits("1st2", 0, 4)).isEqualTo("12");
    assertThat(NumberStage.asciiDigits("x1", 0, 2)).isEqualTo("1");
  }

  /** The end-letter prefilter of number words lets them through, and near-misses start nothing. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The panel met three times.                  | three/CARDINAL=3",
        "She came in twenty-first place.             | twenty-first/ORDINAL=21",
        "It took a thousand steps.                   | a thousand/CARDINAL=1000",
        "Only one bid arrived.                       | one/CARDINAL=1",
      })
  void endLetterPrefilterKeepsNumberWords(String sentence, String expected) {
    assertThat(NerTesting.mentions(sentence, true)).containsAll(NerTesting.cell(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"The tree there threw a tone.", "Then they tried the ten-ish route."})
  void wordsLikeNumberWordsAreNoNumbers(String sentence) {
    assertThat(NerTesting.mentions(sentence, false)).noneMatch(m -> m.contains("/CARDINAL") || m.contains("/ORDINAL"));
  }
}
