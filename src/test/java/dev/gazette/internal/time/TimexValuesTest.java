package dev.gazette.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gazette.Mention;
import dev.gazette.internal.time.TimeLexicon.Unit;
import dev.gazette.internal.time.TimexValues.Direction;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure calendar functions and the lexicon lookup. */
class TimexValuesTest {
  private static final LocalDate THU = LocalDate.of(2022, 12, 29);

  @Test
  void weekdays() {
    assertThat(TimexValues.weekday(THU, 1, Direction.PAST)).isEqualTo(LocalDate.parse("2022-12-26"));
    assertThat(TimexValues.weekday(THU, 3, Direction.FUTURE)).isEqualTo(LocalDate.parse("2023-01-04"));
    assertThat(TimexValues.weekday(THU, 4, Direction.PAST)).isEqualTo(LocalDate.parse("2022-12-29"));
    assertThat(TimexValues.weekday(THU, 4, Direction.PAST_STRICT)).isEqualTo(LocalDate.parse("2022-12-22"));
    assertThat(TimexValues.weekday(THU, 4, Direction.FUTURE_STRICT)).isEqualTo(LocalDate.parse("2023-01-05"));
    assertThat(TimexValues.weekday(THU, 5, Direction.NEAREST)).isEqualTo(LocalDate.parse("2022-12-30"));
    assertThat(TimexValues.weekday(THU, 5, Direction.SAME)).isEqualTo(LocalDate.parse("2022-12-30"));
  }

  @Test
  void months() {
    assertThat(TimexValues.yearOfMonth(THU, 3, Direction.PAST)).isEqualTo(2022);
    assertThat(TimexValues.yearOfMonth(THU, 3, Direction.FUTURE)).isEqualTo(2023);
    assertThat(TimexValues.yearOfMonth(THU, 12, Direction.PAST_STRICT)).isEqualTo(2021);
    assertThat(TimexValues.yearOfMonth(THU, 2, Direction.NEAREST)).isEqualTo(2023);
    assertThat(TimexValues.yearOfDay(THU, 12, 30, 5)).isEqualTo(2022);
    assertThat(TimexValues.yearOfDay(LocalDate.of(2023, 1, 3), 12, 30, -1)).isEqualTo(2022);
  }

  @Test
  void shiftsKeepTheUnitsGranularity() {
    assertThat(TimexValues.shift(THU, Unit.WEEK, -1)).isEqualTo("2022-W51");
    assertThat(TimexValues.shift(THU, Unit.WEEK, 1)).isEqualTo("2023-W01");
    assertThat(TimexValues.shift(THU, Unit.MONTH, 1)).isEqualTo("2023-01");
    assertThat(TimexValues.shift(THU, Unit.QUARTER, -1)).isEqualTo("2022-Q3");
    assertThat(TimexValues.shift(THU, Unit.QUARTER, -5)).isEqualTo("2021-Q3");
    assertThat(TimexValues.shift(THU, Unit.YEAR, -2)).isEqualTo("2020");
    assertThat(TimexValues.shift(THU, Unit.DAY, -3)).isEqualTo("2022-12-26");
    assertThat(TimexValues.shift(THU, Unit.WEEKEND, 0)).isEqualTo("2022-W52-WE");
    assertThat(TimexValues.shift(null, Unit.WEEK, -1)).isEqualTo("XXXX-WXX");
    assertThat(TimexValues.shift(null, Unit.YEAR, -1)).isEqualTo("XXXX");
  }

  @Test
  void durations() {
    assertThat(TimexValues.duration(2, Unit.DAY)).isEqualTo("P2D");
    assertThat(TimexValues.duration(4, Unit.HOUR)).isEqualTo("PT4H");
    assertThat(TimexValues.duration(30, Unit.MINUTE)).isEqualTo("PT30M");
    assertThat(TimexValues.duration(6, Unit.MONTH)).isEqualTo("P6M");
    assertThat(TimexValues.duration(-1, Unit.MONTH)).isEqualTo("PXM");
    assertThat(TimexValues.duration(2, Unit.DECADE)).isEqualTo("P20Y");
    assertThat(TimexValues.duration(1, Unit.FORTNIGHT)).isEqualTo("P2W");
    assertThat(TimexValues.duration(2.5, Unit.YEAR)).isEqualTo("P2Y6M");
    assertThat(TimexValues.duration(1.5, Unit.HOUR)).isEqualTo("PT1H30M");
  }

  @Test
  void formats() {
    assertThat(TimexValues.decade(1990)).isEqualTo("199");
    assertThat(TimexValues.century(21)).isEqualTo("20");
    assertThat(TimexValues.dayNoYear(12, 30)).isEqualTo("XXXX-12-30");
    assertThat(TimexValues.weekdayNoDate(5)).isEqualTo("XXXX-WXX-5");
    assertThat(TimexValues.week(LocalDate.of(2021, 1, 1))).isEqualTo("2020-W53");
  }

  @Test
  void lexiconFoldsCaseWithoutAllocating() {
    String s = "on FRIDAY, Sept. 30";
    int slot = TimeLexicon.lookup(s, 3, 9);
    assertThat(TimeLexicon.value(slot, TimeLexicon.Cls.WEEKDAY, -1)).isEqualTo(5);
    assertThat(TimeLexicon.value(TimeLexicon.lookup(s, 11, 15), TimeLexicon.Cls.MONTH, -1)).isEqualTo(9);
    assertThat(TimeLexicon.lookup(s, 0, 2)).isGreaterThanOrEqualTo(0); // "on" is a preposition entry
    assertThat(TimeLexicon.lookup("Poutine", 0, 7)).isEqualTo(-1);
    // "second" is both an ordinal and a unit
    int second = TimeLexicon.lookup("second", 0, 6);
    assertThat(TimeLexicon.is(second, TimeLexicon.Cls.ORDINAL)).isTrue();
    assertThat(TimeLexicon.is(second, TimeLexicon.Cls.UNIT)).isTrue();
  }

  @Test
  void longNumericTextDoesNotHang() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      b.append(i % 31 + 1).append(' ').append(i % 2 == 0 ? "the past two " : "Dec. ").append(i % 9).append(", ");
    }
    String text = b.toString();
    List<Mention> found = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> DateTestSupport.run(text, THU));
    assertThat(found).isNotEmpty();
  }
}
