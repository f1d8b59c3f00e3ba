package dev.gazette.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.EntityType;
import dev.gazette.Mention;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expressions in invented news sentences, normalized against a Thursday article date. */
class DateStageTest {
  /** A Thursday. */
  static final LocalDate ANCHOR = LocalDate.of(2022, 12, 29);

  static Stream<Arguments> expressions() {
    return Stream.of(
        // sentence, expression, value, TIMEX3 type, mod
        row("The two presidents will talk on Friday, December 30 by video link.", "Friday, December 30", "2022-12-30", "DATE", ""),
        row("Officials met on Dec. 30, 2021 in Minsk.", "Dec. 30, 2021", "2021-12-30", "DATE", ""),
        row("The treaty was signed on 12 March 2019.", "12 March 2019", "2019-03-12", "DATE", ""),
        row("The vote is set for the 5th of January.", "the 5th of January", "2023-01-05", "DATE", ""),
        row("Shipments resumed on 2022-12-20 after the strike.", "2022-12-20", "2022-12-20", "DATE", ""),
        row("Output fell in March 2022.", "March 2022", "2022-03", "DATE", ""),
        row("The pipeline should carry gas from 2024.", "2024", "2024", "DATE", ""),
        row("Growth slowed in the 1990s.", "the 1990s", "199", "DATE", ""),
        row("Ties date back to the 20th century.", "the 20th century", "19", "DATE", ""),
        row("Navies held joint drills this week in the Yellow Sea.", "this week", "2022-W52", "DATE", ""),
        row("Last week, the minister opened a gas field.", "Last week", "2022-W51", "DATE", ""),
        row("Prices will be reviewed next month.", "next month", "2023-01", "DATE", ""),
        row("Imports doubled last year.", "last year", "2021", "DATE", ""),
        row("Trade grew this year.", "this year", "2022", "DATE", ""),
        row("Last September the port reopened.", "Last September", "2022-09", "DATE", ""),
        row("The delegation arrived last Friday.", "last Friday", "2022-12-23", "DATE", ""),
        row("Talks resume next Monday.", "next Monday", "2023-01-02", "DATE", ""),
        row("Ministers arrived today.", "today", "2022-12-29", "DATE", ""),
        row("The envoy left yesterday.", "yesterday", "2022-12-28", "DATE", ""),
        row("The envoy returns tomorrow.", "tomorrow", "2022-12-30", "DATE", ""),
        row("The premier speaks tonight.", "tonight", "2022-12-29TNI", "TIME", ""),
        row("Troops crossed the border yesterday morning.", "yesterday morning", "2022-12-28TMO", "TIME", ""),
        row("The talks ended on Tuesday night.", "Tuesday night", "2022-12-27TNI", "TIME", ""),
        row("The blast happened at 10:35 a.m. local time.", "10:35 a.m. local time", "2022-12-29T10:35", "TIME", ""),
        row("Polls close at 8 p.m. GMT.", "8 p.m. GMT", "2022-12-29T20:00", "TIME", ""),
        row("The summit lasted for four hours.", "four hours", "PT4H", "DURATION", ""),
        row("A two-day visit begins soon.", "two-day", "P2D", "DURATION", ""),
        row("The strike lasted 14 days.", "14 days", "P14D", "DURATION", ""),
        row("Rates fell over the past two months.", "the past two months", "P2M", "DURATION", ""),
        row("The truce held for about two weeks.", "two weeks", "P2W", "DURATION", "APPROX"),
        row("The blockade lasted more than three years.", "more than three years", "P3Y", "DURATION", "MORE_THAN"),
        row("Crews worked for at least 72 hours.", "at least 72 hours", "PT72H", "DURATION", "EQUAL_OR_MORE"),
        row("Moscow has sought closer ties in recent months.", "recent months", "PXM", "DURATION", ""),
        row("The firm has traded for several years.", "several years", "PXY", "DURATION", ""),
        row("The plant closed two years ago.", "two years ago", "2020", "DATE", ""),
        row("The factory shut three days ago.", "three days ago", "2022-12-26", "DATE", ""),
        row("It will reopen in two weeks.", "two weeks", "2023-W02", "DATE", ""),
        row("Prices had jumped a year earlier.", "a year earlier", "2021", "DATE", ""),
        // reference time across the text: the quarter reported, the last year named
        row("The mill earned $5 million in the third quarter. A year earlier, it earned $4 million.", "A year earlier", "2021-Q3", "DATE", ""),
        row("Sales reached $9 million in the third quarter, up from $7 million in the 2021 period.", "the 2021 period", "2021-Q3", "DATE", ""),
        row("The rebels fled to the hills in June 2009. The following year they came back.", "The following year", "2010", "DATE", ""),
        row("The talks must conclude by February, the envoy said.", "February", "2023-02", "DATE", ""),
        row("Sales rose in early 2023.", "early 2023", "2023", "DATE", "START"),
        row("Sales slumped in late November.", "late November", "2022-11", "DATE", "END"),
        row("Rates were cut earlier this month.", "earlier this month", "2022-12", "DATE", "START"),
        row("Payment is due at the end of the month.", "the end of the month", "2022-12", "DATE", "END"),
        row("Prices peaked in the mid-1990s.", "the mid-1990s", "199", "DATE", "MID"),
        row("Output fell in the third quarter.", "the third quarter", "2022-Q3", "DATE", ""),
        row("Results for Q3 2023 are expected.", "Q3 2023", "2023-Q3", "DATE", ""),
        row("Profit in fiscal 2021 doubled.", "fiscal 2021", "2021", "DATE", ""),
        row("The council meets every Monday.", "every Monday", "XXXX-WXX-1", "SET", ""),
        row("The agency publishes weekly figures.", "weekly", "P1W", "SET", ""),
        row("Inspectors visit twice a month.", "twice a month", "P1M", "SET", ""),
        row("The market is now calm.", "now", "PRESENT_REF", "DATE", ""),
        row("Exports are currently rising.", "currently", "PRESENT_REF", "DATE", ""),
        row("The ministry recently changed course.", "recently", "PAST_REF", "DATE", ""),
        row("Such clashes were rare in the past.", "the past", "PAST_REF", "DATE", ""),
        row("More talks may follow in the future.", "the future", "FUTURE_REF", "DATE", ""),
        row("The leaders spoke the day before.", "the day before", "2022-12-28", "DATE", ""),
        row("Markets fell sharply this summer.", "this summer", "2022-SU", "DATE", ""),
        row("The talks will take place first part of the day Moscow time.", "first part of the day", "2022-12-29TMO", "TIME", ""),
        row("Crews worked for twenty-four hours.", "twenty-four hours", "PT24H", "DURATION", ""),
        row("Trade has grown for a dozen years.", "a dozen years", "P12Y", "DURATION", ""),
        row("Growth stalled in the year two thousand.", "two thousand", "2000", "DATE", ""));
  }

  private static Arguments row(String sentence, String text, String value, String type, String mod) {
    return Arguments.of(sentence, text, value, type, mod);
  }

  @ParameterizedTest(name = "{1} -> {2}")
  @MethodSource("expressions")
  void normalizes(String sentence, String text, String value, String type, String mod) {
    List<Mention> found = DateTestSupport.run(sentence, ANCHOR);
    Mention m = only(found, text);
    assertThat(m.value()).contains(value);
    assertThat(m.attributes()).containsEntry("timex_type", type);
    if (mod.isEmpty()) {
      assertThat(m.attributes()).doesNotContainKey("timex_mod");
    } else {
      assertThat(m.attributes()).containsEntry("timex_mod", mod);
    }
    // spans are exact offsets into the original text
    assertThat(sentence.substring(m.start(), m.end())).isEqualTo(text);
  }

  static Stream<Arguments> tense() {
    return Stream.of(
        // sentence, expression, value, reason fragment
        Arguments.of("The ministers will meet on Wednesday.", "Wednesday", "2023-01-04", "future (will meet)"),
        Arguments.of("The ministers met on Monday.", "Monday", "2022-12-26", "past (met)"),
        Arguments.of("The spokesman told the press on Thursday.", "Thursday", "2022-12-29", "past (told)"),
        Arguments.of("The Kremlin said on Tuesday that the talks went well.", "Tuesday", "2022-12-27", "past (said)"),
        Arguments.of("Exports rose in March.", "March", "2022-03", "past (rose)"),
        Arguments.of("Exports will rise in March.", "March", "2023-03", "future (will rise)"),
        Arguments.of("The premier is visiting Beijing on Saturday.", "Saturday", "2022-12-31", "future"),
        Arguments.of("Talks on Friday went badly.", "Friday", "2022-12-23", "past"),
        // a comma sets the date's clause apart from the other side's verb
        Arguments.of("The new president, who will be sworn in on Tuesday, promised reforms.", "Tuesday", "2023-01-03",
            "future (will be)"),
        Arguments.of("The ministers, who met on Monday, will sign the deal.", "Monday", "2022-12-26", "past (met)"));
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @MethodSource("tense")
  void tenseChoosesDirection(String sentence, String text, String value, String reason) {
    Mention m = only(DateTestSupport.run(sentence, ANCHOR), text);
    assertThat(m.value()).contains(value);
    assertThat(m.attributes()).containsEntry("anchor", "2022-12-29");
    assertThat(m.attributes().get("anchor_reason")).contains(reason);
  }

  static Stream<Arguments> unanchored() {
    return Stream.of(
        Arguments.of("They will meet on Friday, December 30.", "Friday, December 30", "XXXX-12-30"),
        Arguments.of("They will meet on Wednesday.", "Wednesday", "XXXX-WXX-3"),
        Arguments.of("Prices rose last week.", "last week", "XXXX-WXX"),
        Arguments.of("Prices rose in March.", "March", "XXXX-03"),
        Arguments.of("The plant closed two years ago.", "two years ago", "XXXX"),
        Arguments.of("The envoy left yesterday.", "yesterday", "XXXX-XX-XX"),
        Arguments.of("The talks lasted four hours.", "four hours", "PT4H"),
        Arguments.of("The accord was signed on Dec. 30, 2021.", "Dec. 30, 2021", "2021-12-30"));
  }

  @ParameterizedTest(name = "{1} -> {2}")
  @MethodSource("unanchored")
  void withoutArticleDateNothingIsGuessed(String sentence, String text, String value) {
    Mention m = only(DateTestSupport.run(sentence, null), text);
    assertThat(m.value()).contains(value);
    assertThat(m.attributes()).doesNotContainKey("anchor");
  }

  @Test
  void timezoneIsRecordedNotApplied() {
    String s = "The interview will take place first part of the day Moscow time (Paris time + 3).";
    Mention m = only(DateTestSupport.run(s, ANCHOR), "first part of the day");
    assertThat(m.value()).contains("2022-12-29TMO");
    assertThat(m.attributes().get("timezone")).isEqualTo("Moscow time (Paris time + 3)");
  }

  @Test
  void entityTypesFollowOntoNotes() {
    List<Mention> found =
        DateTestSupport.run("The siege lasted four hours on Friday, from 9 a.m., and then two days.", ANCHOR);
    assertThat(found).extracting(Mention::text, Mention::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("four hours", EntityType.TIME),
            org.assertj.core.groups.Tuple.tuple("Friday", EntityType.DATE),
            org.assertj.core.groups.Tuple.tuple("9 a.m.", EntityType.TIME),
            org.assertj.core.groups.Tuple.tuple("two days", EntityType.DATE));
  }

  @Test
  void articleInTheSeedStyle() {
    String text =
        " date 2023-05-02 \n\n"
            + "Beijing has been courting Gulf states in recent months, in the face of a cooling economy.\n\n"
            + "The foreign ministers of China and Saudi Arabia will meet on Wednesday, May 3 in Riyadh, the"
            + " ministry announced. The talks will cover energy supplies over the next five years"
            + " partnershipadded an official, specifying that the meeting will start late morning Riyadh time."
            + " Last week, state media said exports rose 8% in April. read alsoOil: Riyadh will cut output from"
            + " June. Ministers met on Tuesday night for two hours.";
    // the date is given explicitly too, so the test does not depend on the header parser
    List<Mention> found = DateTestSupport.run(text, LocalDate.of(2023, 5, 2));
    assertThat(found).extracting(Mention::text, m -> m.value().orElse(""))
        .contains(
            org.assertj.core.groups.Tuple.tuple("recent months", "PXM"),
            org.assertj.core.groups.Tuple.tuple("Wednesday, May 3", "2023-05-03"),
            org.assertj.core.groups.Tuple.tuple("the next five years", "P5Y"),
            org.assertj.core.groups.Tuple.tuple("Last week", "2023-W17"),
            org.assertj.core.groups.Tuple.tuple("April", "2023-04"),
            org.assertj.core.groups.Tuple.tuple("June", "2023-06"),
            org.assertj.core.groups.Tuple.tuple("Tuesday night", "2023-05-02TNI"),
            org.assertj.core.groups.Tuple.tuple("two hours", "PT2H"));
    for (Mention m : found) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      assertThat(m.type()).isIn(EntityType.DATE, EntityType.TIME);
    }
  }

  private static Mention only(List<Mention> found, String text) {
    List<Mention> hits = found.stream().filter(m -> m.text().equals(text)).toList();
    assertThat(hits).as("mentions %s should contain '%s' once", found, text).hasSize(1);
    return hits.get(0);
  }
}
