package dev.gazette.internal.text;

/**
 * Bit flags the tokenizer writes per token in {@link TokenBuffer#flags(int)}. Shape bits describe the
 * token's own chars; boundary bits describe the gap before it.
 */
public final class TokenFlags {
  private TokenFlags() {}

  /** White space separates this token from the previous one. */
  public static final int SPACE_BEFORE = 1;
  /** A line break lies between this token and the previous one. */
  public static final int NEWLINE_BEFORE = 1 << 1;
  /** A blank line (paragraph break) lies between this token and the previous one. */
  public static final int PARAGRAPH_BEFORE = 1 << 2;
  /**
   * Glue repair: this token was split off the previous one at a lower-to-upper case join
   * ("alsoOil", "ChinaRussian"). Marks a lost sentence end or quotation mark.
   */
  public static final int GLUE_CASE = 1 << 3;
  /**
   * Glue repair: this token was split off the previous one at a lower-lower join where a closing quote was
   * lost ("partnershipadded", "Londonsaid").
   */
  public static final int GLUE_WORD = 1 << 4;
  /** Either kind of glue repair. */
  public static final int GLUED = GLUE_CASE | GLUE_WORD;
  /** First char is an upper-case or title-case letter. */
  public static final int CAPITALIZED = 1 << 5;
  /** Has letters and all of them are upper case. */
  public static final int ALL_UPPER = 1 << 6;
  /** Has letters and all of them are lower case. */
  public static final int ALL_LOWER = 1 << 7;
  /** Contains at least one digit. */
  public static final int HAS_DIGIT = 1 << 8;
  /** Contains a char outside ASCII. */
  public static final int NON_ASCII = 1 << 9;
  /** Contains an inner hyphen ("two-day", "Jong-un"). */
  public static final int HYPHENATED = 1 << 10;
  /** Is a possessive or contraction clitic ("'s", "n't", "'ll"). */
  public static final int CLITIC = 1 << 11;

  /** Whether all {@code bits} are set in {@code flags}. */
  public static boolean has(int flags, int bits) {
    return (flags & bits) == bits;
  }
}
