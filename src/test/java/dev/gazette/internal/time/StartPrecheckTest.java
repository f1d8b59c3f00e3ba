package dev.gazette.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Mention;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grammar's cheap test of where an expression may begin ({@code DateGrammar.canStart}) skips a
 * number, a number word, a modifier, "a", "every" or a unit before a word that no family reads there.
 * These invented sentences hold the words a family does read after them, which the test must let
 * through, and near-misses where nothing begins.
 */
class StartPrecheckTest {
  static Stream<Arguments> found() {
    return Stream.of(
        // sentence, the expression that must be found
        Arguments.of("The strike ran for five consecutive years.", "five consecutive years"),
        Arguments.of("The board meets three times a year.", "three times a year"),
        Arguments.of("Auditors call 12 times a month.", "12 times a month"),
        Arguments.of("Inspectors visit every other week.", "every other week"),
        Arguments.of("It is a billion-dollar-a-year trade.", "a-year"),
        Arguments.of("The rebuild took more than a decade.", "more than a decade"),
        Arguments.of("Talks could last up to 72 hours.", "up to 72 hours"),
        Arguments.of("The mine has been idle for some years.", "some years"),
        Arguments.of("The plant shut 2.5 years ago.", "2.5 years ago"),
        Arguments.of("Debt doubled over the past 2.5 years.", "the past 2.5 years"),
        Arguments.of("Growth stalled in the year two thousand.", "two thousand"),
        Arguments.of("The dam stood for about 15 years.", "15 years"),
        Arguments.of("Repairs may take more than 40 days.", "more than 40 days"),
        Arguments.of("The lease runs around 2.5 years.", "around 2.5 years"),
        Arguments.of("Sales fell from year-ago levels.", "year-ago"),
        Arguments.of("Output rose in the third quarter of the year.", "the third quarter"),
        Arguments.of("Shops reported third-quarter losses.", "third-quarter"),
        Arguments.of("Trains ran late in the first part of the day.", "the first part of the day"),
        Arguments.of("The chapel dates from the twelfth century.", "the twelfth century"),
        Arguments.of("Exports grew in the 12 months that followed.", "12 months"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("found")
  void followersAreLetThrough(String sentence, String text) {
    List<Mention> found = DateTestSupport.run(sentence, DateStageTest.ANCHOR);
    assertThat(found).extracting(Mention::text).contains(text);
  }

  static Stream<Arguments> none() {
    return Stream.of(
        Arguments.of("The hotline runs 24/7 for callers."),
        Arguments.of("Turnout rose 2.5 points in the poll."),
        Arguments.of("The striker scored 12 goals."),
        Arguments.of("That the talks failed surprised few."),
        Arguments.of("About the plan, officials said little."),
        Arguments.of("Every delegate signed the text."),
        Arguments.of("The year brought change."),
        Arguments.of("The mill shipped about 500 tonnes of steel."),
        Arguments.of("Shares of the insurer closed up 15 pct."),
        Arguments.of("Around 1,500 fans waited outside."),
        Arguments.of("Bids came in at more than 2.75 dollars."),
        Arguments.of("It was the first time the club won away."),
        Arguments.of("Third place went to a rookie."),
        Arguments.of("Week by week, attendance grew."),
        Arguments.of("She kept the 40 medals in a box."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("none")
  void nearMissesBeginNothing(String sentence) {
    assertThat(DateTestSupport.run(sentence, DateStageTest.ANCHOR)).isEmpty();
  }
}
