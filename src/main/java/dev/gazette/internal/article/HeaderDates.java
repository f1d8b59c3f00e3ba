package dev.gazette.internal.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date from a header value. Accepted, case-insensitively, with an optional
 * leading weekday ("Thursday," / "Thu,") and anything time-like after the date:
 *
 * <ul>
 *   <li>ISO: {@code 2022-12-29}, {@code 2022-12-29T08:15:00+01:00}, {@code 2022-12-29T07:15Z},
 *       {@code 2022-12-29 08:15}. The date is the local date <em>as written</em>: the zone is not
 *       applied (an article stamped {@code 2022-12-29T23:30-05:00} was published on the 29th where it
 *       was written).
 *   <li>Day first with a month name: {@code 29 December 2022}, {@code 29th Dec. 2022}, RFC 1123
 *       {@code Thu, 29 Dec 2022 08:15:00 +0100}.
 *   <li>Month name first: {@code December 29, 2022}, {@code Dec 29 2022}.
 *   <li>Year first with slashes or dots: {@code 2022/12/29}, {@code 2022.12.29}.
 *   <li>Dotted day first (the European convention): {@code 29.12.2022}.
 *   <li>Slashed or dashed numbers with a four-digit year, only when unambiguous: {@code 29/12/2022}
 *       (29 cannot be a month) and {@code 12/29/2022} (US order) are read; {@code 03/04/2022} could be
 *       either and gives no date; {@code 04/04/2022} is the same either way and is read.
 * </ul>
 *
 * Anything else, two-digit years and impossible dates ({@code 2022-02-30}) give no date; the caller
 * keeps the raw value in the metadata. Never throws.
 */
final class HeaderDates {
  private HeaderDates() {}

  private static final String WEEKDAY =
      "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\\.?,?\\s+)?";
  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  /** What may follow a date: nothing, or a separator and then something starting with a digit (a time). */
  private static final String REST = "(?:(?:[T\\s,|@\\-\u2013\u2014]+(?:at\\s+)?)\\d.*)?";

  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + REST, Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR_FIRST =
      Pattern.compile("(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})" + REST, Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})" + REST, Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:of\\s+)?" + MONTH + ",?\\s*(\\d{4})" + REST,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          WEEKDAY + MONTH + "\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + REST, Pattern.CASE_INSENSITIVE);

  /** Longest value looked at; headers longer than this are not dates (and keep regexes cheap). */
  static final int MAX_LENGTH = 100;

  /** The date {@code value} states, if it is one of the accepted forms and a real calendar date. */
  static Optional<LocalDate> parse(String value) {
    String s = value.strip();
    if (s.isEmpty() || s.length() > MAX_LENGTH || !Character.isLetterOrDigit(s.charAt(0)) || !hasYear(s)) {
      return Optional.empty();
    }
    Matcher m;
    if ((m = ISO.matcher(s)).matches()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    if ((m = YEAR_FIRST.matcher(s)).matches()) {
      return date(m.group(1), m.group(3), m.group(4));
    }
    if ((m = NUMERIC.matcher(s)).matches()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      String year = m.group(4);
      if (m.group(2).equals(".") || a > 12 || a == b) {
        return date(year, m.group(3), m.group(1)); // day first
      }
      if (b > 12) {
        return date(year, m.group(1), m.group(3)); // month first
      }
      return Optional.empty(); // 03/04/2022: March 4 or 3 April?
    }
    if ((m = DAY_MONTH.matcher(s)).matches()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    if ((m = MONTH_DAY.matcher(s)).matches()) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    return Optional.empty();
  }

  /**
   * Whether {@code s} has four ASCII digits in a row: every accepted form has a four-digit year, so a
   * line without one (most first lines of an article) is rejected before any regex runs.
   */
  private static boolean hasYear(String s) {
    int run = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run == 4) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  private static String month(String name) {
    String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
    int i = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(key) / 3 + 1;
    return Integer.toString(i);
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (y < 1000 || y > 2999) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
