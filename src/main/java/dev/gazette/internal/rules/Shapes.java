package dev.gazette.internal.rules;

/**
 * Token shapes: each char maps to a class symbol (upper case letter {@code X}, lower case letter
 * {@code x}, digit {@code d}, any other char stands for itself) and runs of one symbol collapse to one,
 * so "Putin" and "Xx" have the shape {@code Xx}, "NATO" and "XX" have {@code X}, "2024" has {@code d},
 * "COVID-19" has {@code X-d}.
 */
public final class Shapes {
  private Shapes() {}

  /** The collapsed form of a shape as written in a rule: runs of one symbol become one. */
  public static String collapse(String shape) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < shape.length(); i++) {
      char c = shape.charAt(i);
      if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
        b.append(c);
      }
    }
    return b.toString();
  }

  static char symbol(char c) {
    if (c < 128) {
      // ASCII without the Character tables: the same answers
      return c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd' : c;
    }
    if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
      return 'X';
    }
    if (Character.isLowerCase(c) || (Character.isLetter(c) && !Character.isUpperCase(c))) {
      return 'x';
    }
    if (Character.isDigit(c)) {
      return 'd';
    }
    return c;
  }

  /** Whether {@code text[start, end)} has the collapsed shape {@code shape}, without allocating. */
  public static boolean matches(String text, int start, int end, String shape) {
    int j = 0;
    char prev = 0;
    for (int i = start; i < end; i++) {
      char s = symbol(text.charAt(i));
      if (i > start && s == prev) {
        continue;
      }
      if (j >= shape.length() || shape.charAt(j) != s) {
        return false;
      }
      j++;
      prev = s;
    }
    return j == shape.length();
  }

  /** The collapsed shape of a string (for explanations and tests). */
  public static String of(CharSequence s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = symbol(s.charAt(i));
      if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
