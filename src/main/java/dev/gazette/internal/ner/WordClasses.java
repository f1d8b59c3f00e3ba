package dev.gazette.internal.ner;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Several closed word lists in one table: a word maps to a bit mask of the lists that hold it, so that
 * one probe per token answers every list (the name recognizer asks the same token about many lists).
 * Words match as in {@link dev.gazette.internal.text.WordSet}, with the same folding (ASCII and
 * {@link Character#toLowerCase} lower case, the typographic apostrophe as the ASCII one, invisible
 * format chars left out), so that {@code (classes.of(text, s, e) & bit) != 0} answers exactly what the
 * list's {@code WordSet.contains(text, s, e)} answers.
 */
final class WordClasses {
  private final long[] slots;
  private final int[] bits;
  private final char[] pool;
  private final int mask;

  /** A table of {@code words}: a word (matched ignoring case) and the bits of the lists that hold it. */
  WordClasses(Map<String, Integer> words) {
    int n = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
    slots = new long[n];
    bits = new int[n];
    mask = n - 1;
    char[] p = new char[16];
    int size = 1;
    for (Map.Entry<String, Integer> w : words.entrySet()) {
      String lower = w.getKey().toLowerCase(Locale.ROOT);
      int full = hash(lower, 0, lower.length());
      int h = full & mask;
      boolean present = false;
      while (slots[h] != 0) {
        int off = (int) slots[h];
        if (p[off] == lower.length() && new String(p, off + 1, p[off]).equals(lower)) {
          present = true;
          break;
        }
        h = (h + 1) & mask;
      }
      if (present) {
        bits[h] |= w.getValue();
        continue;
      }
      while (size + 1 + lower.length() > p.length) {
        p = Arrays.copyOf(p, p.length * 2);
      }
      p[size] = (char) lower.length();
      lower.getChars(0, lower.length(), p, size + 1);
      slots[h] = ((long) full << 32) | size;
      bits[h] = w.getValue();
      size += 1 + lower.length();
    }
    pool = Arrays.copyOf(p, size);
  }

  /** The bits of the lists that hold {@code text[start, end)}, ignoring case; 0 if none. */
  int of(CharSequence text, int start, int end) {
    int full = hash(text, start, end);
    for (int h = full & mask; ; h = (h + 1) & mask) {
      long slot = slots[h];
      if (slot == 0) {
        return 0;
      }
      if ((int) (slot >>> 32) == full && equalsIgnoreCase((int) slot, text, start, end)) {
        return bits[h];
      }
    }
  }

  private boolean equalsIgnoreCase(int off, CharSequence text, int start, int end) {
    int len = pool[off++];
    if (len == end - start) {
      for (int i = start; i < end; i++) {
        if (fold(text.charAt(i)) != pool[off++]) {
          return false;
        }
      }
      return true;
    }
    int last = off + len;
    for (int i = start; i < end; i++) {
      char f = fold(text.charAt(i));
      if (f != SKIP && (off == last || f != pool[off++])) {
        return false;
      }
    }
    return off == last;
  }

  private static int hash(CharSequence s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      char f = fold(s.charAt(i));
      if (f != SKIP) {
        h = 31 * h + f;
      }
    }
    return h ^ (h >>> 16);
  }

  private static final char SKIP = '\uFFFF';

  private static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (c == '\u2019') {
      return '\'';
    }
    return Character.getType(c) == Character.FORMAT ? SKIP : Character.toLowerCase(c);
  }
}
