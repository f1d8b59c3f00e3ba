package dev.gazette.internal.article;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognizes one header line. The forms, any case, surrounding blanks ignored:
 *
 * <ul>
 *   <li>{@code key: value}, the key one to three words of letters, digits, {@code _} or {@code -}
 *       starting with a letter ({@code Date: ...}, {@code title: ...}, {@code Published at: ...}). The
 *       metadata name is the key lower-cased, inner blanks as {@code _}.
 *   <li>{@code key value} without a colon, only for keys whose value has a recognizable shape: a date
 *       key ({@code date 2022-12-29}; the value must start with a digit or be a date), {@code url} (a web
 *       address) and {@code lang}/{@code language} (a language tag such as {@code en} or
 *       {@code en-GB}). Never for {@code title} or {@code source}: "Source close to the talks said..."
 *       is prose.
 *   <li>A bare date in one of the {@link HeaderDates} forms (stored as {@code date}) and a bare web
 *       address (stored as {@code url}).
 * </ul>
 *
 * A line is "known" when its key is one of {@link #KNOWN_KEYS} or it is a bare date or address. A first
 * block whose lines are all header lines but none of them known ("Exclusive: ...", "Analysis: ...") is
 * prose, not a header.
 */
final class HeaderLines {
  private HeaderLines() {}

  /** A recognized header line. */
  record Line(String key, String value, boolean known) {}

  /** Header lines longer than this are prose (and a 1 MB line costs nothing to reject). */
  static final int MAX_LINE = 1000;

  /** Keys whose values are publication dates, in no particular order. */
  static final ImmutableSet<String> DATE_KEYS =
      ImmutableSet.of("date", "published", "pubdate", "publication_date", "published_at", "date_published",
          "datetime", "dateline", "time");

  static final ImmutableSet<String> KNOWN_KEYS =
      ImmutableSet.<String>builder()
          .addAll(DATE_KEYS)
          .add("updated", "modified", "title", "headline", "subtitle", "source", "url", "link", "lang",
              "language", "author", "authors", "byline", "by", "id", "section", "category", "tags",
              "keywords", "agency", "publisher", "country", "location", "place")
          .build();

  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]*(?:[ \\t]+[A-Za-z][A-Za-z0-9_\\-]*){0,2}");
  private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
  private static final Pattern LANG = Pattern.compile("(?i)[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*");
  private static final Pattern DATEISH = Pattern.compile("\\d[\\dT:+\\-/.,\\sZz]*");

  /** The header line {@code line} (already stripped of surrounding blanks) is, or null. */
  static Line parse(String line) {
    if (line.isEmpty() || line.length() > MAX_LINE) {
      return null;
    }
    int colon = line.indexOf(':');
    if (colon > 0 && colon <= 40) {
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      if (!value.startsWith("//") && KEY.matcher(key).matches()) {
        String name = key.toLowerCase(Locale.ROOT).replaceAll("[ \\t]+", "_");
        return new Line(name, value, KNOWN_KEYS.contains(name));
      }
    }
    int space = indexOfBlank(line);
    if (space > 0) {
      String name = line.substring(0, space).toLowerCase(Locale.ROOT);
      String value = line.substring(space).strip();
      if (DATE_KEYS.contains(name) || name.equals("updated")) {
        if (HeaderDates.parse(value).isPresent() || DATEISH.matcher(value).matches()) {
          return new Line(name, value, true);
        }
      } else if ((name.equals("url") || name.equals("link")) && mayBeUrl(value, 0) && URL.matcher(value).matches()) {
        return new Line(name, value, true);
      } else if ((name.equals("lang") || name.equals("language")) && LANG.matcher(value).matches()) {
        return new Line(name, value, true);
      }
    }
    if (HeaderDates.parse(line).isPresent()) {
      return new Line("date", line, true);
    }
    if (mayBeUrl(line, 0) && URL.matcher(line).matches()) {
      return new Line("url", line, true);
    }
    return null;
  }

  /**
   * Whether {@code s} starts, at {@code i}, as {@link #URL} requires: "http" or "www." in any case (a
   * cheap test that spares most lines a matcher).
   */
  private static boolean mayBeUrl(String s, int i) {
    return s.regionMatches(true, i, "http", 0, 4) || s.regionMatches(true, i, "www.", 0, 4);
  }

  private static int indexOfBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
