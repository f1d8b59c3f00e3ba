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
    // Reads the acronym's letters and digits and the long form's words in place (no copies): this is
    // asked for every pair of acronym and multi-word name in an article.
    int letters = 0;
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        letters++;
      }
    }
    if (letters < 2) {
      return false;
    }
    // Words of the long form are split on spaces and hyphens.
    int words = 0;
    for (int i = nextWord(longForm, 0); i < longForm.length(); i = nextWord(longForm, wordEnd(longForm, i))) {
      words++;
    }
    if (words < 2 || words > 12) {
      return false;
    }
    return match(text, nextLetter(text, start, end), end, longForm, nextWord(longForm, 0));
  }

  /**
   * A necessary condition of {@link #matches}, at the cost of a few characters: the acronym's first
   * letter is the initial of the long form's first word, unless that word is one that may be left out
   * ("the"). An article asks {@link #matches} for every pair of acronym and multi-word name, and most
   * pairs fail on the first letter.
   */
  public static boolean mayMatch(CharSequence text, int start, int end, String longForm) {
    int w = nextWord(longForm, 0);
    if (w == longForm.length()) {
      return true; // no words: matches decides
    }
    if (OPTIONAL_WORDS.contains(longForm, w, wordEnd(longForm, w))) {
      return true;
    }
    int l = nextLetter(text, start, end);
    return l < end && Character.toLowerCase(longForm.charAt(w)) == Character.toLowerCase(text.charAt(l));
  }

  /**
   * What {@link #mayMatch} compares for {@code longForm}, computed once for many acronyms: the lower
   * case initial of its first word, or -1 when any acronym may match it (no words, or a first word that
   * may be left out). {@code mayMatch(acronym, longForm)} is {@code initialOf(longForm) == -1 ||
   * initialOf(longForm) == firstLetterOf(acronym)}.
   */
  static int initialOf(String longForm) {
    int w = nextWord(longForm, 0);
    if (w == longForm.length() || OPTIONAL_WORDS.contains(longForm, w, wordEnd(longForm, w))) {
      return -1;
    }
    return Character.toLowerCase(longForm.charAt(w));
  }

  /** The lower-case first letter or digit of {@code text[start, end)}, or -2 when it has none (see {@link #initialOf}). */
  static int firstLetterOf(CharSequence text, int start, int end) {
    int l = nextLetter(text, start, end);
    return l < end ? Character.toLowerCase(text.charAt(l)) : -2;
  }

  /**
   * Whether the letters of {@code text} from {@code l} (the index of the next letter or digit, or
   * {@code end}) are the initials of the words of {@code longForm} from {@code w} (the start of the next
   * word, or its length).
   */
  private static boolean match(CharSequence text, int l, int end, String longForm, int w) {
    if (w == longForm.length()) {
      return l == end;
    }
    int e = wordEnd(longForm, w);
    int next = nextWord(longForm, e);
    boolean optional = OPTIONAL_WORDS.contains(longForm, w, e);
    if (optional && match(text, l, end, longForm, next)) {
      return true;
    }
    return l < end
        && Character.toLowerCase(longForm.charAt(w)) == Character.toLowerCase(text.charAt(l))
        && match(text, nextLetter(text, l + 1, end), end, longForm, next);
  }

  /**
   * Whether {@code text[start, end)} is made of the first letters of the long form's words, in order,
   * at most {@code maxChunk} from each word and at least one from every word but the optional ones:
   * "COWU" (Communications Workers Union), "KOICA" (Korea International Cooperation Agency),
   * "Afreximbank" (African Export-Import Bank). At least two words must give letters.
   */
  public static boolean matchesByPrefixes(CharSequence text, int start, int end, String longForm, int maxChunk) {
    int words = 0;
    for (int i = nextWord(longForm, 0); i < longForm.length(); i = nextWord(longForm, wordEnd(longForm, i))) {
      words++;
    }
    if (words < 2 || words > 12 || end - start < 2) {
      return false;
    }
    return prefixes(text, nextLetter(text, start, end), end, longForm, nextWord(longForm, 0), maxChunk, 0);
  }

  private static boolean prefixes(CharSequence text, int l, int end, String longForm, int w, int maxChunk, int used) {
    if (w == longForm.length()) {
      return l == end && used >= 2;
    }
    int e = wordEnd(longForm, w);
    int next = nextWord(longForm, e);
    if (OPTIONAL_WORDS.contains(longForm, w, e) && prefixes(text, l, end, longForm, next, maxChunk, used)) {
      return true;
    }
    for (int c = 0; c < maxChunk && w + c < e && l < end; c++) {
      if (Character.toLowerCase(longForm.charAt(w + c)) != Character.toLowerCase(text.charAt(l))) {
        return false;
      }
      l = nextLetter(text, l + 1, end);
      if (prefixes(text, l, end, longForm, next, maxChunk, used + 1)) {
        return true;
      }
    }
    return false;
  }

  /** The first index from {@code i} of a letter or digit of {@code text}, else {@code end}. */
  private static int nextLetter(CharSequence text, int i, int end) {
    while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The start of the first word of {@code s} at or after {@code i}, else {@code s.length()}. */
  private static int nextWord(String s, int i) {
    while (i < s.length() && isSeparator(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of the word starting at {@code i}. */
  private static int wordEnd(String s, int i) {
    while (i < s.length() && !isSeparator(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '\u00a0' || c == '\n' || c == '\t';
  }
}
