package dev.gazette.internal.kb;

import java.text.Normalizer;

/**
 * Folds a surface string into the lookup key the knowledge base indexes aliases under.
 *
 * <p>Folding is lossy on purpose, so that the many spellings an article can use land on one key:
 * case ("KREMLIN", "Kremlin"), diacritics ("Élysée", "Elysee"; "Kılıçdaroğlu", "Kilicdaroglu"),
 * letters that do not decompose ("ø", "ł", "ß", "æ"), every kind of apostrophe and quote ("d’Orsay",
 * "d'Orsay"), every kind of dash, and runs of white space. Punctuation otherwise stays, so that
 * "U.S." and "US" remain different keys (both are listed as aliases where they are meant).
 *
 * <p>The result is a key, never text to show: offsets always refer to the original text.
 */
public final class AliasKeys {

  private AliasKeys() {}

  private static final char LATIN_LAST = '\u024f';
  /** Lower-case ASCII base letter of each precomposed Latin letter up to U+024F, or 0. */
  private static final char[] LATIN_BASE = new char[LATIN_LAST + 1];

  static {
    for (char c = '\u00c0'; c <= LATIN_LAST; c++) {
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char base = Character.toLowerCase(d.charAt(0));
      boolean marksOnly = true;
      for (int i = 1; i < d.length(); i++) {
        if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) {
          marksOnly = false;
        }
      }
      if (marksOnly && base >= 'a' && base <= 'z' && (d.length() > 1 || c != base)) {
        LATIN_BASE[c] = base;
      }
    }
    // Letters that do not decompose but read as one ASCII letter.
    for (char c : new char[] {'\u0131', '\u0130'}) {
      LATIN_BASE[c] = 'i';
    }
    for (char c : new char[] {'\u00f8', '\u00d8'}) {
      LATIN_BASE[c] = 'o';
    }
    for (char c : new char[] {'\u0142', '\u0141'}) {
      LATIN_BASE[c] = 'l';
    }
    for (char c : new char[] {'\u0111', '\u0110', '\u00f0', '\u00d0'}) {
      LATIN_BASE[c] = 'd';
    }
    for (char c : new char[] {'\u0127', '\u0126'}) {
      LATIN_BASE[c] = 'h';
    }
  }

  private static boolean isKnownPunctuation(char c) {
    return c == '\u00a0' || (c >= '\u2010' && c <= '\u2015') || (c >= '\u2018' && c <= '\u201f')
        || c == '\u2212' || c == '\u00b4' || c == '\u00ab' || c == '\u00bb' || c == '\u00df'
        || c == '\u00e6' || c == '\u00c6' || c == '\u0153' || c == '\u0152' || c == '\u00fe'
        || c == '\u00de' || c == '\u200b' || c == '\u2032' || c == '\u02bc';
  }

  /** Returns the folded key of {@code s}; empty when {@code s} holds only spaces and marks. */
  public static String fold(CharSequence s) {
    int n = s.length();
    // Fast path: ASCII and precomposed Latin letters need no Normalizer (the common case).
    boolean simple = true;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80 && (c > LATIN_LAST || LATIN_BASE[c] == 0) && !isKnownPunctuation(c)) {
        simple = false;
        break;
      }
    }
    CharSequence src = simple ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
    int m = src.length();
    StringBuilder out = new StringBuilder(m);
    boolean pendingSpace = false;
    for (int i = 0; i < m; i++) {
      char c = src.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0' || Character.isWhitespace(c)
          || c == '\u200b' || c == '\u202f' || c == '\u2009') {
        pendingSpace = out.length() > 0;
        continue;
      }
      String mapped = null;
      char f;
      if (c < 0x80) {
        f = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        if (c == '`') {
          f = '\'';
        }
      } else {
        if (c <= LATIN_LAST && LATIN_BASE[c] != 0) {
          if (pendingSpace) {
            out.append(' ');
            pendingSpace = false;
          }
          out.append(LATIN_BASE[c]);
          continue;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
            || type == Character.FORMAT) {
          continue; // combining diacritics, soft hyphens, zero-width joiners
        }
        switch (c) {
          case '\u2018': case '\u2019': case '\u201a': case '\u201b': case '\u2032': case '\u00b4':
          case '\u02bc': case '\u02bb': case '\u02b9': case '\uff07':
            f = '\'';
            break;
          case '\u201c': case '\u201d': case '\u201e': case '\u201f': case '\u00ab': case '\u00bb':
          case '\u2033': case '\uff02':
            f = '"';
            break;
          case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
          case '\u2212': case '\ufe63': case '\uff0d':
            f = '-';
            break;
          case '\u0131': case '\u0130':
            f = 'i';
            break;
          case '\u00f8': case '\u00d8':
            f = 'o';
            break;
          case '\u0142': case '\u0141':
            f = 'l';
            break;
          case '\u0111': case '\u0110': case '\u00f0': case '\u00d0':
            f = 'd';
            break;
          case '\u0127': case '\u0126':
            f = 'h';
            break;
          case '\u00df':
            mapped = "ss";
            f = 0;
            break;
          case '\u00e6': case '\u00c6':
            mapped = "ae";
            f = 0;
            break;
          case '\u0153': case '\u0152':
            mapped = "oe";
            f = 0;
            break;
          case '\u00fe': case '\u00de':
            mapped = "th";
            f = 0;
            break;
          default:
            f = Character.toLowerCase(c);
        }
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      if (mapped != null) {
        out.append(mapped);
      } else {
        out.append(f);
      }
    }
    return out.toString();
  }
}
