package dev.gazette.internal.ner;

import java.text.Normalizer;

/**
 * Folds chars to lookup keys: lower case, diacritics removed (ł and ı too), typographic quotes and
 * apostrophes unified. One char in, one char out, so keys can be compared against the original text
 * char by char without building strings; the one exception is {@link #SKIP}, returned for invisible
 * format chars (zero-width joiners and spaces, soft hyphen, bidi marks and isolates, word joiner, BOM),
 * which a key leaves out so that "Mac\u200Dron" and "Macron" have the same key.
 */
public final class KeyFolding {
  /**
   * Returned by {@link #fold(char)} for a char that keys leave out: every format char (Unicode
   * category Cf) of the BMP. U+FFFF is a noncharacter, never a folded letter.
   */
  public static final char SKIP = '\uFFFF';

  private static final int TABLE_SIZE = 0x3000;
  private static final char[] FOLD = buildTable();

  private KeyFolding() {}

  /** The folded form of {@code c}, or {@link #SKIP} when keys leave it out. */
  public static char fold(char c) {
    if (c < TABLE_SIZE) {
      return FOLD[c];
    }
    return Character.getType(c) == Character.FORMAT || c == SKIP ? SKIP : Character.toLowerCase(c);
  }

  /** Whether keys leave {@code c} out. */
  public static boolean isSkipped(char c) {
    return fold(c) == SKIP;
  }

  /**
   * The folded form of a whole string, format chars left out (for building tables, not for hot
   * paths).
   */
  public static String fold(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char f = fold(s.charAt(i));
      if (f != SKIP) {
        b.append(f);
      }
    }
    return b.toString();
  }

  private static char[] buildTable() {
    char[] t = new char[TABLE_SIZE];
    for (int c = 0; c < TABLE_SIZE; c++) {
      char lower = Character.toLowerCase((char) c);
      String nfd = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
      char base = nfd.isEmpty() || Character.isSurrogate(lower) ? lower : nfd.charAt(0);
      t[c] = Character.getType(base) == Character.NON_SPACING_MARK ? lower : base;
    }
    t['\u0131'] = 'i'; // dotless i, as in Kılıçdaroğlu
    t['\u0130'] = 'i';
    t['\u0142'] = 'l'; // ł
    t['\u0141'] = 'l';
    t['\u00f8'] = 'o';
    t['\u00d8'] = 'o';
    t['\u0111'] = 'd';
    t['\u0110'] = 'd';
    for (char q : new char[] {'\u2018', '\u2019', '\u201a', '\u201b', '\u02bc', '\u0060', '\u00b4'}) {
      t[q] = '\'';
    }
    for (char q : new char[] {'\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb'}) {
      t[q] = '"';
    }
    for (char d : new char[] {'\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212'}) {
      t[d] = '-';
    }
    for (int c = 0; c < TABLE_SIZE; c++) {
      if (Character.getType(c) == Character.FORMAT) {
        t[c] = SKIP; // U+00AD, U+200B-U+200F, U+202A-U+202E, U+2060-U+206F...
      }
    }
    return t;
  }
}
