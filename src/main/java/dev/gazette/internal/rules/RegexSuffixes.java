package dev.gazette.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The literal endings a token must have to match a regular expression, when the expression says so
 * plainly: it ends with letters ({@code .*ed}, {@code [a-z]+ly}) or with a group of alternative words
 * ({@code [a-z]{2,}(said|declared|added)}), has no alternation at its top level and no flags. A token is
 * matched in full, so one that ends otherwise cannot match: the test answers no without running the
 * expression, or looking up its memo, for most tokens.
 */
final class RegexSuffixes {
  /**
   * The endings' chars, one after another and grouped by their last char, so that a test reads small
   * arrays only (no String) and only the endings its token's last char allows: ending {@code k} is
   * {@code chars[offsets[k], offsets[k + 1])}, and the endings whose last char is {@code c} are those
   * from {@code byLast[c - 'a']} to {@code byLast[c - 'a' + 1]}.
   */
  private final char[] chars;
  private final int[] offsets;
  private final int[] byLast = new int[27];

  private RegexSuffixes(List<String> endings) {
    List<String> sorted = new ArrayList<>(endings);
    sorted.sort(Comparator.comparingInt(e -> e.charAt(e.length() - 1)));
    offsets = new int[sorted.size() + 1];
    StringBuilder all = new StringBuilder();
    for (int k = 0; k < sorted.size(); k++) {
      String e = sorted.get(k);
      all.append(e);
      offsets[k + 1] = all.length();
      byLast[e.charAt(e.length() - 1) - 'a' + 1] = k + 1;
    }
    for (int c = 1; c < byLast.length; c++) {
      byLast[c] = Math.max(byLast[c], byLast[c - 1]); // a char no ending ends with: an empty range
    }
    this.chars = all.toString().toCharArray();
  }

  /** The endings of {@code p}, or null when they cannot be read off its source. */
  static RegexSuffixes of(Pattern p) {
    String s = p.pattern();
    // Inline flags ("(?i)") and quoting (\Q...\E) change what the letters mean.
    if (p.flags() != 0 || s.replace("(?:", "").contains("(?") || s.contains("\\Q") || topLevelBar(s)) {
      return null;
    }
    List<String> endings = new ArrayList<>();
    int end = s.length();
    if (end > 0 && s.charAt(end - 1) == ')') {
      int open = s.lastIndexOf('(');
      String body = s.substring(open + 1, end - 1);
      if (open < 0 || escaped(s, open) || escaped(s, end - 1)) {
        return null;
      }
      if (body.startsWith("?:")) {
        body = body.substring(2);
      }
      for (String alt : body.split("\\|", -1)) {
        if (!alt.matches("[a-z]+")) {
          return null;
        }
        endings.add(alt);
      }
    } else {
      int from = end;
      while (from > 0 && isLetter(s.charAt(from - 1)) && !escaped(s, from - 1)) {
        from--;
      }
      // A letter that a quantifier applies to is optional or repeated: it is no ending of its own.
      if (from == end) {
        return null;
      }
      endings.add(s.substring(from, end));
    }
    return new RegexSuffixes(endings);
  }

  /** Whether {@code text[s, e)} ends with one of the endings. */
  boolean mayMatch(CharSequence text, int s, int e) {
    char last = e > s ? text.charAt(e - 1) : 0;
    if (last < 'a' || last > 'z') {
      return false;
    }
    for (int k = byLast[last - 'a'], end = byLast[last - 'a' + 1]; k < end; k++) {
      int from = offsets[k];
      int n = offsets[k + 1] - from;
      if (e - s >= n && regionEquals(text, e - n, from, n - 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} from {@code at} on holds the first {@code n} chars of the ending at {@code from}. */
  private boolean regionEquals(CharSequence text, int at, int from, int n) {
    for (int i = 0; i < n; i++) {
      if (text.charAt(at + i) != chars[from + i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** Whether the char at {@code i} is escaped (an odd number of backslashes before it). */
  private static boolean escaped(String s, int i) {
    int n = 0;
    while (i - n - 1 >= 0 && s.charAt(i - n - 1) == '\\') {
      n++;
    }
    return n % 2 == 1;
  }

  /** Whether {@code |} occurs outside groups and classes. */
  private static boolean topLevelBar(String s) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }
}
