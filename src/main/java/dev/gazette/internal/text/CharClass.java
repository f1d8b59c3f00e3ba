package dev.gazette.internal.text;

/**
 * Character classes for the tokenizer: a table for ASCII, {@link Character} methods only beyond it.
 */
final class CharClass {
  private CharClass() {}

  static final byte CONTROL = 0;
  static final byte SPACE = 1;
  /** Line feed, NEL, line separator. */
  static final byte LINE = 2;
  static final byte CR = 3;
  static final byte LOWER = 4;
  static final byte UPPER = 5;
  /** A letter without case (CJK, Arabic) or a title-case letter is reported as UPPER. */
  static final byte LETTER = 6;
  static final byte DIGIT = 7;
  /** Combining mark (Mn, Mc, Me). */
  static final byte MARK = 8;
  /**
   * Invisible joiners: soft hyphen, ZWJ, ZWNJ. Like {@link #FORMAT}, kept inside a word between word
   * chars and skipped elsewhere; ZWJ also joins emoji sequences.
   */
  static final byte JOINER = 9;
  static final byte PERIOD = 10;
  static final byte PUNCT = 11;
  static final byte QUOTE = 12;
  /** ' and ’ and ʼ: apostrophe inside words, quote elsewhere. */
  static final byte APOS = 13;
  /** '-' and the Unicode hyphens: joins compounds, a dash elsewhere. */
  static final byte HYPHEN = 14;
  static final byte DASH = 15;
  static final byte ELLIPSIS = 16;
  static final byte CURRENCY = 17;
  static final byte HASH = 18;
  static final byte AT = 19;
  static final byte SYMBOL = 20;
  /**
   * Invisible format chars (bidi marks and isolates, word joiner, BOM): inside a word between word
   * chars they keep it whole; elsewhere they are skipped like space but are not space.
   */
  static final byte FORMAT = 21;
  static final byte HIGH_SURROGATE = 22;
  static final byte LOW_SURROGATE = 23;
  /** Paragraph separator U+2029. */
  static final byte PARA = 24;

  /** Class of each ASCII char; read directly in hot loops. Never written after class init. */
  static final byte[] ASCII = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      byte k;
      if (c >= 'a' && c <= 'z') {
        k = LOWER;
      } else if (c >= 'A' && c <= 'Z') {
        k = UPPER;
      } else if (c >= '0' && c <= '9') {
        k = DIGIT;
      } else if (c == ' ' || c == '\t' || c == '\f' || c == 0x0B) {
        k = SPACE;
      } else if (c == '\n') {
        k = LINE;
      } else if (c == '\r') {
        k = CR;
      } else if (c < 32 || c == 127) {
        k = CONTROL;
      } else {
        switch (c) {
          case '.':
            k = PERIOD;
            break;
          case ',':
          case ';':
          case ':':
          case '!':
          case '?':
          case '(':
          case ')':
          case '[':
          case ']':
          case '{':
          case '}':
            k = PUNCT;
            break;
          case '"':
          case '`':
            k = QUOTE;
            break;
          case '\'':
            k = APOS;
            break;
          case '-':
            k = HYPHEN;
            break;
          case '$':
            k = CURRENCY;
            break;
          case '#':
            k = HASH;
            break;
          case '@':
            k = AT;
            break;
          default:
            k = SYMBOL; // % & * + / < = > \ ^ _ | ~
        }
      }
      ASCII[c] = k;
    }
  }

  /** The class of {@code c}; for surrogates, of the code unit alone. */
  static byte of(char c) {
    return c < 128 ? ASCII[c] : nonAscii(c);
  }

  static byte nonAscii(char c) {
    switch (c) {
      case '\u00A0':
      case '\u1680':
      case '\u202F':
      case '\u205F':
      case '\u3000':
      case '\u200B':
        return SPACE;
      case '\u0085':
      case '\u2028':
        return LINE;
      case '\u2029':
        return PARA;
      case '\u00AD':
      case '\u200C':
      case '\u200D':
        return JOINER;
      case '\u2019':
      case '\u02BC':
        return APOS;
      case '\u2018':
      case '\u201A':
      case '\u201B':
      case '\u201C':
      case '\u201D':
      case '\u201E':
      case '\u201F':
      case '\u00AB':
      case '\u00BB':
      case '\u2039':
      case '\u203A':
      case '\u275B':
      case '\u275C':
      case '\u275D':
      case '\u275E':
      case '\u301D':
      case '\u301E':
      case '\u301F':
      case '\uFF02':
      case '\uFF07':
      case '\u300C':
      case '\u300D':
      case '\u300E':
      case '\u300F':
      case '\u00B4':
        return QUOTE;
      case '\u2010':
      case '\u2011':
        return HYPHEN;
      case '\u2012':
      case '\u2013':
      case '\u2014':
      case '\u2015':
      case '\u2212':
      case '\u2E3A':
      case '\u2E3B':
      case '\uFE58':
      case '\uFE63':
      case '\uFF0D':
        return DASH;
      case '\u2026':
        return ELLIPSIS;
      default:
        break;
    }
    if (c >= '\u2000' && c <= '\u200A') {
      return SPACE;
    }
    if (Character.isHighSurrogate(c)) {
      return HIGH_SURROGATE;
    }
    if (Character.isLowSurrogate(c)) {
      return LOW_SURROGATE;
    }
    return ofType(Character.getType(c), c);
  }

  /** Class of a supplementary code point (from a surrogate pair). */
  static byte ofCodePoint(int cp) {
    return ofType(Character.getType(cp), cp);
  }

  private static byte ofType(int type, int cp) {
    switch (type) {
      case Character.LOWERCASE_LETTER:
        return LOWER;
      case Character.UPPERCASE_LETTER:
      case Character.TITLECASE_LETTER:
        return UPPER;
      case Character.OTHER_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.LETTER_NUMBER:
        return LETTER;
      case Character.DECIMAL_DIGIT_NUMBER:
        return DIGIT;
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.COMBINING_SPACING_MARK:
        return MARK;
      case Character.SPACE_SEPARATOR:
        return SPACE;
      case Character.LINE_SEPARATOR:
        return LINE;
      case Character.PARAGRAPH_SEPARATOR:
        return PARA;
      case Character.CURRENCY_SYMBOL:
        return CURRENCY;
      case Character.DASH_PUNCTUATION:
        return DASH;
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
        return QUOTE;
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.CONNECTOR_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return PUNCT;
      case Character.MATH_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
      case Character.OTHER_NUMBER:
        return SYMBOL;
      case Character.FORMAT:
        return FORMAT;
      case Character.CONTROL:
        return CONTROL;
      default:
        return cp >= 0xE000 && cp < 0xF900 ? SYMBOL : CONTROL; // private use, unassigned
    }
  }

  /** Classes that make up words. */
  static boolean isWordClass(byte k) {
    return k >= LOWER && k <= JOINER;
  }

  static boolean isLetterClass(byte k) {
    return k >= LOWER && k <= LETTER;
  }
}
