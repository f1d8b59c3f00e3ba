package dev.gazette.internal.text;

/**
 * Invisible format chars (Unicode category Cf: soft hyphen, zero-width joiners, word joiner, bidi marks
 * and isolates) inside words: the tokenizer keeps them in the word, and every lookup of a word (rule
 * words, date words, knowledge-base keys) leaves them out, so that "Chan\u00ADcellor" is "chancellor".
 */
public final class InvisibleChars {
  private InvisibleChars() {}

  /** Whether {@code c} is an invisible format char that lookups leave out. */
  public static boolean isInvisible(char c) {
    return c >= '\u00AD' && Character.getType(c) == Character.FORMAT;
  }

  /** The number of chars of {@code s[start, end)} that are not {@link #isInvisible}. */
  public static int visibleLength(CharSequence s, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      if (!isInvisible(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
