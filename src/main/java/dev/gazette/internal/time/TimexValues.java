package dev.gazette.internal.time;

import dev.gazette.internal.time.TimeLexicon.Unit;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Pure functions from an anchor date and the parts of an expression to TIMEX3 values. No state, no
 * text: the parser decides what the words mean, this class does the calendar arithmetic and the
 * formatting. A null anchor means "no reference date": relative values then keep their unknown parts as
 * X ({@code XXXX-12-30}, {@code XXXX-WXX-5}) instead of guessing.
 */
final class TimexValues {
  private TimexValues() {}

  /** Direction in which a bare name (a weekday, a month) is resolved from the anchor. */
  enum Direction {
    /** The latest occurrence on or before the anchor ("said on Monday"). */
    PAST,
    /** The first occurrence on or after the anchor ("will meet on Wednesday"). */
    FUTURE,
    /** The latest occurrence strictly before the anchor ("last Monday"). */
    PAST_STRICT,
    /** The first occurrence strictly after the anchor ("next Monday"). */
    FUTURE_STRICT,
    /** The occurrence closest to the anchor, ties going to the past. */
    NEAREST,
    /** The occurrence in the anchor's own week, month or year ("this Friday", "this March"). */
    SAME
  }

  static String day(LocalDate d) {
    if (d == null) {
      return "XXXX-XX-XX";
    }
    int y = d.getYear();
    if (y >= 0 && y <= 9999) {
      // the common case written in one array (month and day are always two digits)
      byte[] b = new byte[10];
      digits4(b, y);
      b[4] = '-';
      digits2(b, 5, d.getMonthValue());
      b[7] = '-';
      digits2(b, 8, d.getDayOfMonth());
      return new String(b, StandardCharsets.ISO_8859_1);
    }
    return pad4(y) + '-' + pad2(d.getMonthValue()) + '-' + pad2(d.getDayOfMonth());
  }

  static String month(int year, int month) {
    if (year >= 0 && year <= 9999 && month >= 0 && month <= 99) {
      byte[] b = new byte[7];
      digits4(b, year);
      b[4] = '-';
      digits2(b, 5, month);
      return new String(b, StandardCharsets.ISO_8859_1);
    }
    return pad4(year) + '-' + pad2(month);
  }

  /** Writes {@code n} (0-9999) as four digits at the start of {@code b}. */
  private static void digits4(byte[] b, int n) {
    b[0] = (byte) ('0' + n / 1000);
    b[1] = (byte) ('0' + n / 100 % 10);
    b[2] = (byte) ('0' + n / 10 % 10);
    b[3] = (byte) ('0' + n % 10);
  }

  /** Writes {@code n} (0-99) as two digits at {@code at}. */
  private static void digits2(byte[] b, int at, int n) {
    b[at] = (byte) ('0' + n / 10);
    b[at + 1] = (byte) ('0' + n % 10);
  }

  static String year(int year) {
    return pad4(year);
  }

  /** The ISO week of {@code d}: {@code 2022-W52}. */
  static String week(LocalDate d) {
    return d == null
        ? "XXXX-WXX"
        : pad4(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + pad2(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String quarter(int year, int q) {
    return pad4(year) + "-Q" + q;
  }

  static String half(int year, int h) {
    return pad4(year) + "-H" + h;
  }

  static String season(int year, String code) {
    return (year == Integer.MIN_VALUE ? "XXXX" : pad4(year)) + '-' + code;
  }

  /** A decade as TIMEX3 writes it: 1990 -> {@code 199}. */
  static String decade(int firstYear) {
    return String.valueOf(firstYear / 10);
  }

  /** A century from its ordinal: the 20th century -> {@code 19}. */
  static String century(int ordinal) {
    return pad2(ordinal - 1);
  }

  /** A date of unknown year: {@code XXXX-12-30}. */
  static String dayNoYear(int month, int day) {
    if (month >= 0 && month <= 12 && day >= 0 && day <= 31) {
      return DAYS_NO_YEAR[month * 32 + day];
    }
    return "XXXX-" + pad2(month) + '-' + pad2(day);
  }

  /** {@link #dayNoYear} of months 0-12 and days 0-31, made once. */
  private static final String[] DAYS_NO_YEAR = new String[13 * 32];
  /** {@link #monthNoYear} of months 0-12. */
  private static final String[] MONTHS_NO_YEAR = new String[13];

  /** A month of unknown year: {@code XXXX-03}. */
  static String monthNoYear(int month) {
    if (month >= 0 && month <= 12) {
      return MONTHS_NO_YEAR[month];
    }
    return "XXXX-" + pad2(month);
  }

  /** A weekday of unknown week: {@code XXXX-WXX-5}. */
  static String weekdayNoDate(int dow) {
    return "XXXX-WXX-" + dow;
  }

  /**
   * A duration: {@code n} units, or an unspecified number when {@code n < 0} ({@code PXY}). Decades and
   * centuries with a number become years ({@code P20Y}), as TimeBank writes them.
   */
  static String duration(double n, Unit unit) {
    boolean x = n < 0;
    String t = unit.timePart ? "T" : "";
    String num;
    String code = unit.code;
    switch (unit) {
      case FORTNIGHT -> {
        n = n * 2;
        code = "W";
      }
      case WEEKEND -> {
        n = n * 2;
        code = "D";
      }
      case HALF_YEAR -> {
        n = n * 6;
        code = "M";
      }
      case DECADE -> {
        if (!x) {
          n = n * 10;
          code = "Y";
        }
      }
      case CENTURY -> {
        if (!x) {
          n = n * 100;
          code = "Y";
        }
      }
      default -> {}
    }
    if (x) {
      String v = UNSPECIFIED_DURATIONS[unit.ordinal()];
      if (v == null) {
        v = "P" + t + "X" + code;
        UNSPECIFIED_DURATIONS[unit.ordinal()] = v;
      }
      return v;
    } else if (n == Math.rint(n)) {
      if (n >= 0 && n < SMALL_DURATIONS) {
        // the few small counts news writes, made once per unit (the code depends only on the unit here)
        int k = unit.ordinal() * SMALL_DURATIONS + (int) n;
        String v = DURATIONS[k];
        if (v == null) {
          v = "P" + t + (long) n + code;
          DURATIONS[k] = v;
        }
        return v;
      }
      num = String.valueOf((long) n);
    } else {
      // half units: 2.5 years -> P2Y6M; 1.5 hours -> PT1H30M
      return fractional(n, unit);
    }
    return "P" + t + num + code;
  }

  private static String fractional(double n, Unit unit) {
    long whole = (long) Math.floor(n);
    double rest = n - whole;
    switch (unit) {
      case YEAR:
        return "P" + (whole > 0 ? whole + "Y" : "") + Math.round(rest * 12) + "M";
      case HOUR:
        return "PT" + (whole > 0 ? whole + "H" : "") + Math.round(rest * 60) + "M";
      case DAY:
        return "P" + (whole > 0 ? whole + "D" : "") + "T" + Math.round(rest * 24) + "H";
      case MINUTE:
        return "PT" + (whole > 0 ? whole + "M" : "") + Math.round(rest * 60) + "S";
      case MONTH:
        return "P" + (whole > 0 ? whole + "M" : "") + Math.round(rest * 30) + "D";
      default:
        return "P" + n + unit.code;
    }
  }

  /** A set's period: {@code P1W} for weekly, {@code P2W} for every two weeks. */
  static String period(int n, Unit unit) {
    return duration(n, unit);
  }

  /**
   * The anchor shifted by {@code n} units, written at that unit's granularity: "two years ago" ->
   * {@code 2020}, "last month" -> {@code 2022-11}, "three days ago" -> {@code 2022-12-26}.
   */
  static String shift(LocalDate anchor, Unit unit, long n) {
    if (anchor == null) {
      return unknown(unit);
    }
    switch (unit) {
      case SECOND:
      case MINUTE:
      case HOUR:
        return day(anchor);
      case DAY:
        return day(anchor.plusDays(n));
      case WEEK:
        return week(anchor.plusWeeks(n));
      case WEEKEND:
        return week(anchor.plusWeeks(n)) + "-WE";
      case FORTNIGHT:
        return week(anchor.plusWeeks(2 * n));
      case MONTH: {
        LocalDate d = anchor.plusMonths(n);
        return month(d.getYear(), d.getMonthValue());
      }
      case QUARTER: {
        int q = (anchor.getMonthValue() - 1) / 3 + (int) n;
        int y = anchor.getYear() + Math.floorDiv(q, 4);
        return quarter(y, Math.floorMod(q, 4) + 1);
      }
      case HALF_YEAR: {
        int h = (anchor.getMonthValue() - 1) / 6 + (int) n;
        int y = anchor.getYear() + Math.floorDiv(h, 2);
        return half(y, Math.floorMod(h, 2) + 1);
      }
      case YEAR:
        return year(anchor.getYear() + (int) n);
      case DECADE:
        return decade(anchor.getYear() + 10 * (int) n);
      case CENTURY:
        return pad2(Math.floorDiv(anchor.getYear(), 100) + (int) n);
      default:
        throw new AssertionError(unit);
    }
  }

  /** The value of a unit-granular date whose anchor is unknown. */
  static String unknown(Unit unit) {
    switch (unit) {
      case SECOND:
      case MINUTE:
      case HOUR:
      case DAY:
        return "XXXX-XX-XX";
      case WEEK:
      case FORTNIGHT:
        return "XXXX-WXX";
      case WEEKEND:
        return "XXXX-WXX-WE";
      case MONTH:
        return "XXXX-XX";
      case QUARTER:
        return "XXXX-QX";
      case HALF_YEAR:
        return "XXXX-HX";
      case YEAR:
        return "XXXX";
      case DECADE:
        return "XXX";
      default:
        return "XX";
    }
  }

  /** The weekday {@code dow} (1 = Monday) seen from {@code anchor} in direction {@code dir}. */
  static LocalDate weekday(LocalDate anchor, int dow, Direction dir) {
    DayOfWeek d = DayOfWeek.of(dow);
    switch (dir) {
      case PAST:
        return anchor.with(TemporalAdjusters.previousOrSame(d));
      case FUTURE:
        return anchor.with(TemporalAdjusters.nextOrSame(d));
      case PAST_STRICT:
        return anchor.with(TemporalAdjusters.previous(d));
      case FUTURE_STRICT:
        return anchor.with(TemporalAdjusters.next(d));
      case SAME:
        return anchor.with(DayOfWeek.MONDAY).plusDays(dow - 1L);
      case NEAREST:
      default: {
        LocalDate back = anchor.with(TemporalAdjusters.previousOrSame(d));
        LocalDate fwd = anchor.with(TemporalAdjusters.nextOrSame(d));
        return anchor.toEpochDay() - back.toEpochDay() <= fwd.toEpochDay() - anchor.toEpochDay() ? back : fwd;
      }
    }
  }

  /** The year of month {@code m} seen from {@code anchor} in direction {@code dir}. */
  static int yearOfMonth(LocalDate anchor, int m, Direction dir) {
    int y = anchor.getYear();
    int am = anchor.getMonthValue();
    switch (dir) {
      case PAST:
        return m <= am ? y : y - 1;
      case FUTURE:
        return m >= am ? y : y + 1;
      case PAST_STRICT:
        return m < am ? y : y - 1;
      case FUTURE_STRICT:
        return m > am ? y : y + 1;
      case SAME:
        return y;
      case NEAREST:
      default: {
        int diff = m - am;
        if (diff > 6) {
          return y - 1;
        }
        if (diff < -6) {
          return y + 1;
        }
        return y;
      }
    }
  }

  /**
   * The year of day {@code day} of month {@code m} closest to the anchor; when {@code dow} (1-7) is
   * known, the closest year in which that date falls on that weekday, if one lies within a year.
   */
  static int yearOfDay(LocalDate anchor, int m, int day, int dow) {
    int best = anchor.getYear();
    long bestDist = Long.MAX_VALUE;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      LocalDate d = safeDate(y, m, day);
      if (d == null) {
        continue;
      }
      long dist = Math.abs(d.toEpochDay() - anchor.toEpochDay());
      if (dow > 0 && d.getDayOfWeek().getValue() != dow) {
        dist += 10_000;
      }
      if (dist < bestDist) {
        bestDist = dist;
        best = y;
      }
    }
    return best;
  }

  /** The season code's year from the anchor in direction {@code dir}; winter counts from December. */
  static int yearOfSeason(LocalDate anchor, int season, Direction dir) {
    int current = seasonOf(anchor);
    int y = anchor.getYear();
    int cy = anchor.getMonthValue() <= 2 ? y - 1 : y;
    int diff = season - current;
    switch (dir) {
      case PAST:
        return diff <= 0 ? cy : cy - 1;
      case FUTURE:
        return diff >= 0 ? cy : cy + 1;
      case PAST_STRICT:
        return diff < 0 ? cy : cy - 1;
      case FUTURE_STRICT:
        return diff > 0 ? cy : cy + 1;
      default:
        return cy;
    }
  }

  /** 0 spring, 1 summer, 2 fall, 3 winter. */
  static int seasonOf(LocalDate d) {
    int m = d.getMonthValue();
    if (m >= 3 && m <= 5) {
      return 0;
    }
    if (m >= 6 && m <= 8) {
      return 1;
    }
    if (m >= 9 && m <= 11) {
      return 2;
    }
    return 3;
  }

  /** The date, or null when it does not exist (February 30). */
  static LocalDate safeDate(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || d > 31) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  static String pad2(int n) {
    return n >= 0 && n < 100 ? PAD2[n] : String.valueOf(n);
  }

  static String pad4(int n) {
    if (n < 0) {
      return String.valueOf(n);
    }
    if (n <= 9999) {
      byte[] b = new byte[4];
      digits4(b, n);
      return new String(b, StandardCharsets.ISO_8859_1);
    }
    return String.valueOf(n);
  }

  /** {@link #pad2} of 0-99. */
  private static final String[] PAD2 = new String[100];

  static {
    for (int i = 0; i < 100; i++) {
      PAD2[i] = i < 10 ? "0" + i : String.valueOf(i);
    }
    for (int m = 0; m <= 12; m++) {
      MONTHS_NO_YEAR[m] = "XXXX-" + PAD2[m];
      for (int d = 0; d <= 31; d++) {
        DAYS_NO_YEAR[m * 32 + d] = "XXXX-" + PAD2[m] + '-' + PAD2[d];
      }
    }
  }

  /** Counts below this have their duration value cached per unit ({@link #DURATIONS}). */
  private static final int SMALL_DURATIONS = 128;
  /**
   * {@link #duration} of whole counts below {@link #SMALL_DURATIONS}, per unit, filled as they are
   * first asked for (a race only makes the same string twice: strings are safely shared).
   */
  private static final String[] DURATIONS = new String[Unit.values().length * SMALL_DURATIONS];
  /** {@link #duration} of an unspecified count, per unit. */
  private static final String[] UNSPECIFIED_DURATIONS = new String[Unit.values().length];
}
