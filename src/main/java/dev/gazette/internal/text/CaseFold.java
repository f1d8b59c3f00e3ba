package dev.gazette.internal.text;

/**
 * {@link String#regionMatches(boolean, int, String, int, int) String.regionMatches(true, ...)} for the
 * tests of a token against a short literal that stages ask of nearly every token ("the", "of", "(").
 * ASCII pairs fold in place; only a pair with another char takes the library's comparison, char by char,
 * so that the answers are the library's ("K", the Kelvin sign, is "k"; the dotless i is "i").
 */
public final class CaseFold {
  private CaseFold() {}

  /**
   * Whether {@code text[start, start + word.length())} equals {@code word} ignoring case, as {@code
   * text.regionMatches(true, start, word, 0, word.length())} says for a {@code word} without surrogates.
   * The range must lie inside {@code text}.
   */
  public static boolean regionEquals(String text, int start, String word) {
    for (int k = 0, n = word.length(); k < n; k++) {
      char c = text.charAt(start + k);
      char w = word.charAt(k);
      if (c == w) {
        continue;
      }
      if ((c | w) < 128) {
        int lower = c | 0x20;
        if (lower != (w | 0x20) || lower < 'a' || lower > 'z') {
          return false;
        }
      } else if (!text.regionMatches(true, start + k, word, k, 1)) {
        return false;
      }
    }
    return true;
  }
}
