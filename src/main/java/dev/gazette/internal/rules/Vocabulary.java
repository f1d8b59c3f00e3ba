package dev.gazette.internal.rules;

import dev.gazette.internal.text.InvisibleChars;
import java.util.ArrayList;
import java.util.List;

/**
 * The lower-cased words that rules mention (literals and list entries), interned to dense ids in an
 * open-addressing table that can be probed with a region of the text, lower-casing char by char, so
 * that looking up a token allocates nothing. Immutable once built.
 */
public final class Vocabulary {
  private final List<String> words = new ArrayList<>();
  private String[] keys = new String[64];
  private int[] ids = new int[64];
  private boolean frozen;
  /** The length of the longest word. */
  private int maxLength;

  /** The id of {@code lowerWord}, adding it if new. Only before {@link #freeze()}. */
  public int intern(String word) {
    if (frozen) {
      throw new IllegalStateException("vocabulary is frozen");
    }
    String lowerWord = withoutSkipped(word);
    int slot = slot(lowerWord, 0, lowerWord.length(), false);
    if (keys[slot] != null) {
      return ids[slot];
    }
    if ((words.size() + 1) * 2 > keys.length) {
      rehash();
      slot = slot(lowerWord, 0, lowerWord.length(), false);
    }
    keys[slot] = lowerWord;
    ids[slot] = words.size();
    maxLength = Math.max(maxLength, lowerWord.length());
    words.add(lowerWord);
    return words.size() - 1;
  }

  /** Lower-cases char by char, the way lookups do (so one char in, one char out). */
  public static String lower(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      b.append(Character.toLowerCase(s.charAt(i)));
    }
    return b.toString();
  }

  public void freeze() {
    frozen = true;
  }

  public int size() {
    return words.size();
  }

  public String word(int id) {
    return words.get(id);
  }

  /**
   * The id of {@code text[start, end)} lower-cased, or -1. Invisible format chars in the range (soft
   * hyphen, zero-width joiners and spaces, word joiner, bidi marks: {@link #isSkipped}) are left out, as
   * tokens and knowledge-base keys leave them out: "Chan\u00ADcellor" is the word "chancellor".
   */
  public int lookup(String text, int start, int end) {
    if (end - start > maxLength && visibleLength(text, start, end) > maxLength) {
      return -1; // lower-casing keeps the length: no word is that long
    }
    int slot = slot(text, start, end, true);
    return keys[slot] == null ? -1 : ids[slot];
  }

  /**
   * Whether words leave {@code c} out: an invisible format char (Unicode category Cf, such as U+00AD,
   * U+200B-U+200D, U+2060, U+200E/U+200F and the bidi embeddings and isolates), as
   * {@code KeyFolding.isSkipped} says for knowledge-base keys.
   */
  static boolean isSkipped(char c) {
    return InvisibleChars.isInvisible(c);
  }

  /** The number of chars of {@code text[start, end)} that are not {@link #isSkipped}. */
  static int visibleLength(String text, int start, int end) {
    return InvisibleChars.visibleLength(text, start, end);
  }

  /** {@code s} without its {@link #isSkipped} chars (the same string when it has none). */
  static String withoutSkipped(String s) {
    if (visibleLength(s, 0, s.length()) == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!isSkipped(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  /** The id of an already lower-cased word, or -1. */
  public int lookup(String lowerWord) {
    return lookup(lowerWord, 0, lowerWord.length());
  }

  private int slot(String s, int start, int end, boolean lower) {
    int h = 0;
    int skipped = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (lower && c >= '\u00AD' && isSkipped(c)) {
        skipped++;
        continue;
      }
      h = 31 * h + (lower ? lower(c) : c);
    }
    // Murmur3's finalizer: similar words ("vbaa", "vbab") must not land in one probe cluster.
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    int mask = keys.length - 1;
    int slot = h & mask;
    int len = end - start - skipped;
    while (true) {
      String k = keys[slot];
      if (k == null) {
        return slot;
      }
      if (k.length() == len && (skipped == 0 ? equalsLower(k, s, start, lower) : equalsLowerSkipping(k, s, start))) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Whether {@code key} is {@code s} from {@code start} on, lower-cased, with its skipped chars left out. */
  private static boolean equalsLowerSkipping(String key, String s, int start) {
    int j = start;
    for (int i = 0; i < key.length(); i++, j++) {
      while (isSkipped(s.charAt(j))) {
        j++;
      }
      if (key.charAt(i) != lower(s.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  private static boolean equalsLower(String key, String s, int start, boolean lower) {
    for (int i = 0; i < key.length(); i++) {
      char c = s.charAt(start + i);
      if (key.charAt(i) != (lower ? lower(c) : c)) {
        return false;
      }
    }
    return true;
  }

  /** {@link Character#toLowerCase(char)}, with ASCII answered without a table lookup. */
  private static char lower(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  private void rehash() {
    String[] oldKeys = keys;
    int[] oldIds = ids;
    keys = new String[oldKeys.length * 2];
    ids = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = slot(oldKeys[i], 0, oldKeys[i].length(), false);
        keys[slot] = oldKeys[i];
        ids[slot] = oldIds[i];
      }
    }
  }
}
