package dev.gazette.internal.ner;

import java.text.Normalizer;

/**
 * Folds chars to lookup keys: lower case, diacritics removed (ł and ı too), typographic quotes and
 * apostrophes unified. One char in, one char out, so keys can be compared against the original text
 * char by char without building strings.
 */
public final class KeyFolding {
  private static final int TABLE_SIZE = 0x3000;
  private static final char[] FOLD = buildTable();

  private KeyFolding() {}

  /** The folded form of {@code c}. */
  public static char fold(char c) {
    return c < TABLE_SIZE ? FOLD[c] : Character.toLowerCase(c);
  }

  /** The folded form of a whole string (for building tables, not for hot paths). */
  public static String fold(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      b.append(fold(s.charAt(i)));
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
    return t;
  }
}
