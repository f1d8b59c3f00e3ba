package dev.gazette.internal.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * An immutable set of words looked up case-insensitively in a region of a text, without allocating: an
 * open-addressing hash table over lower-case forms. Built once from a constant list and shared.
 *
 * <p>Layout, for few cache misses on large lists (the English word list): each slot is one {@code long}
 * holding the word's full hash (high half) and its offset in one shared char pool (low half), where the
 * word's length precedes its chars. A miss compares hashes in the slot array only; a hit reads the pool
 * once. Slot value 0 is empty (offsets start at 1).
 */
public final class WordSet {
  private final long[] slots;
  private final char[] pool;
  /** Per slot, the word's int ({@link #withValues}); null for a plain set. */
  private final int[] values;
  private final int mask;

  private WordSet(String[] words, int[] wordValues) {
    int n = Integer.highestOneBit(Math.max(4, words.length * 3)) << 1;
    slots = new long[n];
    values = wordValues == null ? null : new int[n];
    mask = n - 1;
    char[] p = new char[16];
    int size = 1;
    for (int k = 0; k < words.length; k++) {
      String lower = words[k].toLowerCase(Locale.ROOT);
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
        if (values != null) {
          values[h] |= wordValues[k];
        }
        continue;
      }
      if (lower.length() > Character.MAX_VALUE) {
        throw new IllegalArgumentException("word too long: " + lower.length() + " chars");
      }
      while (size + 1 + lower.length() > p.length) {
        p = Arrays.copyOf(p, p.length * 2);
      }
      p[size] = (char) lower.length();
      lower.getChars(0, lower.length(), p, size + 1);
      slots[h] = ((long) full << 32) | size;
      if (values != null) {
        values[h] = wordValues[k];
      }
      size += 1 + lower.length();
    }
    pool = Arrays.copyOf(p, size);
  }

  /** A set of {@code words}, matched ignoring case. */
  public static WordSet of(String... words) {
    return new WordSet(words, null);
  }

  /**
   * A set of the map's words, matched ignoring case, each with an int (for instance bits of the lists
   * that hold it, so that one probe answers many lists); words equal ignoring case OR their ints.
   */
  public static WordSet withValues(Map<String, Integer> words) {
    String[] keys = words.keySet().toArray(String[]::new);
    int[] ints = new int[keys.length];
    for (int k = 0; k < keys.length; k++) {
      ints[k] = words.get(keys[k]);
    }
    return new WordSet(keys, ints);
  }

  /** Whether {@code text[start, end)} is one of the words, ignoring case. */
  public boolean contains(CharSequence text, int start, int end) {
    return find(text, start, end) >= 0;
  }

  /**
   * The int of {@code text[start, end)} (ignoring case) in a set made by {@link #withValues}, 0 when it
   * is none of the words.
   */
  public int valueOf(CharSequence text, int start, int end) {
    int h = find(text, start, end);
    return h < 0 ? 0 : values[h];
  }

  /** The slot of {@code text[start, end)}, ignoring case, or -1. */
  private int find(CharSequence text, int start, int end) {
    int full = hash(text, start, end);
    for (int h = full & mask; ; h = (h + 1) & mask) {
      long slot = slots[h];
      if (slot == 0) {
        return -1;
      }
      if ((int) (slot >>> 32) == full && equalsIgnoreCase((int) slot, text, start, end)) {
        return h;
      }
    }
  }

  /** Whether {@code word} is one of the words, ignoring case. */
  public boolean contains(CharSequence word) {
    return contains(word, 0, word.length());
  }

  /** Whether the word at pool offset {@code off} (its length, then its chars) is the folded range. */
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
    // Shorter than the range: equal only if the range holds format chars that keys leave out.
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

  /** Folded to {@link #SKIP}: an invisible format char ("Emma\u00ADnuel"), left out of keys. */
  private static final char SKIP = '\uFFFF';

  private static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    // Typographic apostrophe folds to the ASCII one so "don’t" and "don't" are the same key.
    if (c == '\u2019') {
      return '\'';
    }
    return Character.getType(c) == Character.FORMAT ? SKIP : Character.toLowerCase(c);
  }
}
