package dev.gazette.internal.text;

import java.util.Locale;

/**
 * An immutable set of words looked up case-insensitively in a region of a text, without allocating: an
 * open-addressing hash table over lower-case forms. Built once from a constant list and shared.
 */
public final class WordSet {
  private final String[] slots;
  /** The hash of each slot's word, compared before the word itself (no dereference on a miss). */
  private final int[] hashes;
  private final int mask;

  private WordSet(String... words) {
    int n = Integer.highestOneBit(Math.max(4, words.length * 3)) << 1;
    slots = new String[n];
    hashes = new int[n];
    mask = n - 1;
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      int full = hash(lower, 0, lower.length());
      int h = full & mask;
      while (slots[h] != null && !slots[h].equals(lower)) {
        h = (h + 1) & mask;
      }
      slots[h] = lower;
      hashes[h] = full;
    }
  }

  /** A set of {@code words}, matched ignoring case. */
  public static WordSet of(String... words) {
    return new WordSet(words);
  }

  /** Whether {@code text[start, end)} is one of the words, ignoring case. */
  public boolean contains(CharSequence text, int start, int end) {
    int full = hash(text, start, end);
    int h = full & mask;
    for (String s = slots[h]; s != null; s = slots[h = (h + 1) & mask]) {
      if (hashes[h] == full && s.length() == end - start && equalsIgnoreCase(s, text, start)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} is one of the words, ignoring case. */
  public boolean contains(CharSequence word) {
    return contains(word, 0, word.length());
  }

  private static boolean equalsIgnoreCase(String lower, CharSequence text, int start) {
    for (int i = 0; i < lower.length(); i++) {
      if (fold(text.charAt(start + i)) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + fold(s.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  private static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    // Typographic apostrophe folds to the ASCII one so "don’t" and "don't" are the same key.
    return c == '\u2019' ? '\'' : Character.toLowerCase(c);
  }
}
