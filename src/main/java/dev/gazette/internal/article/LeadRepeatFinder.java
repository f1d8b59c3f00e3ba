package dev.gazette.internal.article;

import dev.gazette.Span;
import dev.gazette.internal.pipeline.Workspace;
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

  /**
   * Each ASCII char's key char: itself lower-cased if a letter or digit, else 0 (not part of the key).
   * Chars from 128 on take {@link Character}'s slower path.
   */
  private static final char[] ASCII_KEY = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_KEY[c] = Character.isLetterOrDigit(c) ? (char) Character.toLowerCase(c) : 0;
    }
  }

  /**
   * For each ASCII key char, the chars whose key char it is (itself, its capital, and the two chars past
   * ASCII that lower-case to an ASCII letter: dotted capital I and the Kelvin sign), or null for a char
   * that is no key char. Past the BMP no letter lower-cases to ASCII (LeadRepeatFinderTest checks).
   */
  private static final char[][] SOURCES = new char[128][];

  static {
    StringBuilder[] b = new StringBuilder[128];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (!Character.isSurrogate((char) c) && Character.isLetterOrDigit(c)) {
        int k = Character.toLowerCase(c);
        if (k < 128) {
          (b[k] == null ? b[k] = new StringBuilder() : b[k]).append((char) c);
        }
      }
    }
    for (int k = 0; k < 128; k++) {
      SOURCES[k] = b[k] == null ? null : b[k].toString().toCharArray();
    }
  }

  /** The first repeat of {@code lead} in {@code text[from, to)}, if any; {@code chars} are its chars. */
  static Optional<Span> find(String text, char[] chars, Span lead, int from, int to) {
    // The key and the failure table live in the thread's buffers, reused from article to article: no
    // two new arrays per article.
    // A huge lead (a text of one paragraph) gets buffers of its own, not kept by the thread.
    Scratch sc = lead.length() <= Workspace.RETAINED_CHARS ? SCRATCH.get() : new Scratch();
    int m = key(chars, lead.start(), lead.end(), sc);
    if (m < 0) {
      return Optional.empty();
    }
    int[] pattern = sc.key;
    int first = pattern[0];
    // While no match is under way, the scan jumps (String.indexOf, vectorized) to the next char whose key
    // char is the pattern's first: the only chars that can start one. Where each source char occurs
    // next is kept until passed, so each is searched for once per occurrence.
    char[] sources = first < 128 ? SOURCES[first] : null;
    int[] next = sources == null ? null : new int[sources.length];
    if (next != null) {
      java.util.Arrays.fill(next, -1);
    }
    int[] fail = null; // made at the first partial match of two chars or more
    int failed = 1; // fail[0, failed) is filled (fail[0] is always 0)
    int matched = 0;
    for (int i = from; i < to; ) {
      if (matched == 0 && next != null) {
        int p = Integer.MAX_VALUE;
        for (int k = 0; k < next.length; k++) {
          if (next[k] < i && next[k] != Integer.MAX_VALUE) {
            int at = text.indexOf(sources[k], i);
            next[k] = at < 0 ? Integer.MAX_VALUE : at;
          }
          p = Math.min(p, next[k]);
        }
        if (p >= to) {
          return Optional.empty();
        }
        i = p;
      }
      char ch = chars[i];
      int c;
      int width = 1;
      if (ch < 128) {
        c = ASCII_KEY[ch];
        if (c == 0 || matched == 0 && c != first) {
          i++; // not a key char, or no match under way and not the pattern's first char
          continue;
        }
      } else {
        int cp = Character.codePointAt(chars, i);
        width = Character.charCount(cp);
        if (!Character.isLetterOrDigit(cp)) {
          i += width;
          continue;
        }
        c = Character.toLowerCase(cp);
      }
      if (matched > 0 && pattern[matched] != c) {
        // The failure table is filled only as far as a partial match has reached: most partial
        // matches are a few chars long, and the lead may be hundreds.
        if (matched > 1) {
          if (fail == null) {
            fail = sc.fail(m);
          }
          failed = extendFailureTable(pattern, fail, failed, matched);
        }
        do {
          matched = matched == 1 ? 0 : fail[matched - 1];
        } while (matched > 0 && pattern[matched] != c);
      }
      if (pattern[matched] == c) {
        matched++;
      }
      if (matched == m) {
        return Optional.of(widen(chars, lead, startOfLast(chars, i, m), i + width, from, to));
      }
      i += width;
    }
    return Optional.empty();
  }

  /**
   * The offset of the first of the last {@code m} key chars up to the one at {@code last}: the start of
   * a match ending there (code points are read backwards as {@link #find} read them forwards).
   */
  private static int startOfLast(char[] text, int last, int m) {
    int i = last;
    int count = 1;
    while (count < m) {
      int cp = Character.codePointBefore(text, i);
      i -= Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        count++;
      }
    }
    return i;
  }

  /** Per-thread buffers of {@link #find}: the lead's key and its failure table. */
  private static final class Scratch {
    int[] key = new int[256];
    private int[] fail = new int[256];

    /**
     * A failure table for a key of {@code m} chars: entry 0 is 0, the others are written (by
     * {@link #extendFailureTable}) before they are read.
     */
    int[] fail(int m) {
      if (fail.length < m) {
        fail = new int[Math.max(m, fail.length * 2)];
      }
      fail[0] = 0;
      return fail;
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /**
   * Writes the comparison key of {@code text[start, end)} to {@code sc.key} and returns its length, or
   * returns -1 when it is too short to search for (fewer than {@link #MIN_KEY} key chars or
   * {@link #MIN_WORDS} words).
   */
  private static int key(char[] text, int start, int end, Scratch sc) {
    int[] key = sc.key;
    if (key.length < end - start) {
      key = sc.key = new int[Math.max(end - start, key.length * 2)]; // at most one key char per char
    }
    int n = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = start; i < end; ) {
      int cp = text[i];
      boolean letter;
      if (cp < 128) {
        int k = ASCII_KEY[cp];
        letter = k != 0;
        if (letter) {
          key[n++] = k;
        }
        i++;
      } else {
        cp = Character.codePointAt(text, i);
        letter = Character.isLetterOrDigit(cp);
        if (letter) {
          key[n++] = Character.toLowerCase(cp);
        }
        i += Character.charCount(cp);
      }
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return n < MIN_KEY || words < MIN_WORDS ? -1 : n;
  }

  /**
   * Fills the KMP failure table {@code fail} of {@code p} from {@code filled} (entries below it are
   * done) up to {@code upTo} (exclusive); returns how far it is filled. Each entry depends only on the
   * pattern up to it and on the entries before it, so the table may be filled piecewise.
   */
  private static int extendFailureTable(int[] p, int[] fail, int filled, int upTo) {
    for (int i = filled; i < upTo; i++) {
      int k = fail[i - 1];
      while (k > 0 && p[i] != p[k]) {
        k = fail[k - 1];
      }
      if (p[i] == p[k]) {
        k++;
      }
      fail[i] = k;
    }
    return Math.max(filled, upTo);
  }

  /** Widens the match by at most as many opening and closing marks as the lead itself has. */
  private static Span widen(char[] text, Span lead, int start, int end, int from, int to) {
    int before = 0;
    while (lead.start() + before < lead.end() && isOpening(text[lead.start() + before])) {
      before++;
    }
    int after = 0;
    while (lead.end() - after > lead.start() && isTrailing(text[lead.end() - 1 - after])) {
      after++;
    }
    for (; before > 0 && start > from && isOpening(text[start - 1]); before--) {
      start--;
    }
    for (; after > 0 && end < to && isTrailing(text[end]); after--) {
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
