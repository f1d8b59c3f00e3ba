package dev.gazette.internal.article;

import dev.gazette.Span;
import java.util.Optional;

/**
 * Finds where the body repeats the lead, word for word.
 *
 * <p>Both sides are compared on a key made of their letters and digits only, lower-cased: white space,
 * punctuation and quotation marks do not count. So a repeat is found even when scraping glued it to its
 * neighbours ("...this week.Russia has been seeking..." or "...East China SeaRussia has been..."), lost
 * its final period, or swapped straight quotes for curly ones. The search is Knuth-Morris-Pratt over
 * that key, streamed over the body: linear time, memory proportional to the lead only.
 *
 * <p>The span runs from the first letter or digit of the repeat to its last, widened over directly
 * adjacent opening quotes before it and sentence-final punctuation and closing quotes after it (never
 * over white space, and no more of them than the lead itself has), so that sentence boundaries fall on
 * its edges. Leads shorter than {@link #MIN_KEY}
 * key chars or {@link #MIN_WORDS} words are not searched: short lines repeat by chance.
 */
final class LeadRepeatFinder {
  private LeadRepeatFinder() {}

  static final int MIN_KEY = 25;
  static final int MIN_WORDS = 4;

  /** The first repeat of {@code lead} in {@code text[from, to)}, if any. */
  static Optional<Span> find(String text, Span lead, int from, int to) {
    int[] pattern = key(text, lead.start(), lead.end());
    if (pattern == null) {
      return Optional.empty();
    }
    int m = pattern.length;
    int[] fail = failureTable(pattern);
    int[] starts = new int[m]; // ring: original offset of each of the last m key chars
    int next = 0; // the ring's write position, which once the ring is full holds the oldest offset
    int matched = 0;
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        int c = Character.toLowerCase(cp);
        while (matched > 0 && pattern[matched] != c) {
          matched = fail[matched - 1];
        }
        if (pattern[matched] == c) {
          matched++;
        }
        starts[next] = i;
        next = next + 1 == m ? 0 : next + 1;
        if (matched == m) {
          int start = starts[next];
          return Optional.of(widen(text, lead, start, i + width, from, to));
        }
      }
      i += width;
    }
    return Optional.empty();
  }

  /** The comparison key of {@code text[start, end)}, or null when it is too short to search for. */
  private static int[] key(String text, int start, int end) {
    int n = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      boolean letter = Character.isLetterOrDigit(cp);
      if (letter) {
        n++;
        if (!inWord) {
          words++;
        }
      }
      inWord = letter;
      i += Character.charCount(cp);
    }
    if (n < MIN_KEY || words < MIN_WORDS) {
      return null;
    }
    int[] key = new int[n];
    int k = 0;
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        key[k++] = Character.toLowerCase(cp);
      }
      i += Character.charCount(cp);
    }
    return key;
  }

  private static int[] failureTable(int[] p) {
    int[] fail = new int[p.length];
    int k = 0;
    for (int i = 1; i < p.length; i++) {
      while (k > 0 && p[i] != p[k]) {
        k = fail[k - 1];
      }
      if (p[i] == p[k]) {
        k++;
      }
      fail[i] = k;
    }
    return fail;
  }

  /** Widens the match by at most as many opening and closing marks as the lead itself has. */
  private static Span widen(String text, Span lead, int start, int end, int from, int to) {
    int before = 0;
    while (lead.start() + before < lead.end() && isOpening(text.charAt(lead.start() + before))) {
      before++;
    }
    int after = 0;
    while (lead.end() - after > lead.start() && isTrailing(text.charAt(lead.end() - 1 - after))) {
      after++;
    }
    for (; before > 0 && start > from && isOpening(text.charAt(start - 1)); before--) {
      start--;
    }
    for (; after > 0 && end < to && isTrailing(text.charAt(end)); after--) {
      end++;
    }
    return Span.of(start, end);
  }

  private static boolean isOpening(char c) {
    return c == '"' || c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '(' || c == '[';
  }

  private static boolean isTrailing(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '"' || c == '\u201D' || c == '\u2019'
        || c == '\u00BB' || c == ')' || c == ']';
  }
}
