package dev.gazette.internal.ner;

import dev.gazette.internal.text.WordSet;

/**
 * Whether an acronym abbreviates a long form: its letters are, in order, the initials of the long
 * form's words, where function words ("of", "the", "and", "de") may give their initial or not
 * ("Financial Conduct Authority" and FCA, "Organization of the Petroleum Exporting Countries" and OPEC,
 * "Banco de Espana" and BdE). Case is ignored; periods in the acronym ("F.C.A.") are skipped.
 */
public final class Acronyms {
  private Acronyms() {}

  private static final WordSet OPTIONAL_WORDS =
      WordSet.of("of", "the", "and", "for", "on", "in", "de", "des", "du", "la", "le", "et", "del", "di", "&", "'s", "a", "an", "to");

  /** Whether {@code text[start, end)} abbreviates {@code longForm}. */
  public static boolean matches(CharSequence text, int start, int end, String longForm) {
    StringBuilder letters = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        letters.append(Character.toLowerCase(c));
      }
    }
    if (letters.length() < 2) {
      return false;
    }
    // Words of the long form: [wordStart, wordEnd) pairs, split on spaces and hyphens.
    int[] bounds = new int[2 * (longForm.length() + 1)];
    int words = 0;
    int i = 0;
    while (i < longForm.length()) {
      while (i < longForm.length() && isSeparator(longForm.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < longForm.length() && !isSeparator(longForm.charAt(i))) {
        i++;
      }
      if (i > s) {
        bounds[2 * words] = s;
        bounds[2 * words + 1] = i;
        words++;
      }
    }
    if (words < 2 || words > 12) {
      return false;
    }
    return match(letters, 0, longForm, bounds, words, 0);
  }

  private static boolean match(CharSequence letters, int l, String longForm, int[] bounds, int words, int w) {
    if (w == words) {
      return l == letters.length();
    }
    int s = bounds[2 * w];
    int e = bounds[2 * w + 1];
    boolean optional = OPTIONAL_WORDS.contains(longForm, s, e);
    if (optional && match(letters, l, longForm, bounds, words, w + 1)) {
      return true;
    }
    return l < letters.length()
        && Character.toLowerCase(longForm.charAt(s)) == letters.charAt(l)
        && match(letters, l + 1, longForm, bounds, words, w + 1);
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '\u00a0' || c == '\n' || c == '\t';
  }
}
