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
  /**
   * Open addressing: per slot, the word's full hash (high half) and the offset of its chars in
   * {@link #pool} (low half), 0 for an empty slot, so that a probe that misses reads this array only
   * and a hit reads the pool once (no String is touched while looking up).
   */
  private long[] slots = new long[64];
  private int[] ids = new int[64];
  /** The words' chars, each preceded by its length (one char); offset 0 is unused. */
  private char[] pool = new char[256];
  private int poolSize = 1;
  private boolean frozen;
  /** The length of the longest word. */
  private int maxLength;

  /** The id of {@code lowerWord}, adding it if new. Only before {@link #freeze()}. */
  public int intern(String word) {
    if (frozen) {
      throw new IllegalStateException("vocabulary is frozen");
    }
    String lowerWord = withoutSkipped(word);
    int h = hash(lowerWord, 0, lowerWord.length(), false);
    int slot = slot(lowerWord, 0, lowerWord.length(), h, false, 0);
    if (slots[slot] != 0) {
      return ids[slot];
    }
    if (lowerWord.length() > Character.MAX_VALUE) {
      throw new IllegalArgumentException("word too long: " + lowerWord.length() + " chars");
    }
    if ((words.size() + 1) * 2 > slots.length) {
      rehash();
      slot = slot(lowerWord, 0, lowerWord.length(), h, false, 0);
    }
    while (poolSize + 1 + lowerWord.length() > pool.length) {
      pool = java.util.Arrays.copyOf(pool, pool.length * 2);
    }
    int off = poolSize;
    pool[off] = (char) lowerWord.length();
    lowerWord.getChars(0, lowerWord.length(), pool, off + 1);
    poolSize += 1 + lowerWord.length();
    slots[slot] = ((long) h << 32) | off;
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
    int h = 0;
    int skipped = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '\u00AD' && isSkipped(c)) {
        skipped++;
        continue;
      }
      h = 31 * h + lower(c);
    }
    int slot = slot(text, start, end, finish(h), true, skipped);
    return slots[slot] == 0 ? -1 : ids[slot];
  }

  /** {@link #lookup(String, int, int)} of {@code text[start, end)} given as a char array. */
  public int lookup(char[] text, int start, int end) {
    int h = 0;
    int skipped = 0;
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (c >= '\u00AD' && isSkipped(c)) {
        skipped++;
        continue;
      }
      h = 31 * h + lower(c);
    }
    int len = end - start - skipped;
    if (len > maxLength) {
      return -1; // lower-casing keeps the length: no word is that long
    }
    h = finish(h);
    int mask = slots.length - 1;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      long e = slots[slot];
      if (e == 0) {
        return -1;
      }
      if ((int) (e >>> 32) == h) {
        int off = (int) e;
        if (pool[off] == len && (skipped == 0 ? equalsLower(off, text, start) : equalsLowerSkipping(off, text, start))) {
          return ids[slot];
        }
      }
    }
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

  /** The hash of {@code s[start, end)}: lower-cased with its skipped chars left out when {@code lower}. */
  private static int hash(String s, int start, int end, boolean lower) {
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (lower && c >= '\u00AD' && isSkipped(c)) {
        continue;
      }
      h = 31 * h + (lower ? lower(c) : c);
    }
    return finish(h);
  }

  /** Murmur3's finalizer: similar words ("vbaa", "vbab") must not land in one probe cluster. */
  private static int finish(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /**
   * The slot of {@code s[start, end)} with hash {@code h} (lower-cased, {@code skipped} chars left out,
   * when {@code lower}): the word's, or the empty slot where it would go.
   */
  private int slot(String s, int start, int end, int h, boolean lower, int skipped) {
    int mask = slots.length - 1;
    int len = end - start - skipped;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      long e = slots[slot];
      if (e == 0) {
        return slot;
      }
      if ((int) (e >>> 32) == h) {
        int off = (int) e;
        if (pool[off] == len && (skipped == 0 ? equalsLower(off, s, start, lower) : equalsLowerSkipping(off, s, start))) {
          return slot;
        }
      }
    }
  }

  /** Whether the word at pool offset {@code off} is {@code s} from {@code start} on, lower-cased, skipped chars left out. */
  private boolean equalsLowerSkipping(int off, String s, int start) {
    int len = pool[off];
    int j = start;
    for (int i = 1; i <= len; i++, j++) {
      while (isSkipped(s.charAt(j))) {
        j++;
      }
      if (pool[off + i] != lower(s.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  private boolean equalsLowerSkipping(int off, char[] s, int start) {
    int len = pool[off];
    int j = start;
    for (int i = 1; i <= len; i++, j++) {
      while (isSkipped(s[j])) {
        j++;
      }
      if (pool[off + i] != lower(s[j])) {
        return false;
      }
    }
    return true;
  }

  private boolean equalsLower(int off, String s, int start, boolean lower) {
    int len = pool[off];
    for (int i = 0; i < len; i++) {
      char c = s.charAt(start + i);
      if (pool[off + 1 + i] != (lower ? lower(c) : c)) {
        return false;
      }
    }
    return true;
  }

  private boolean equalsLower(int off, char[] s, int start) {
    int len = pool[off];
    for (int i = 0; i < len; i++) {
      if (pool[off + 1 + i] != lower(s[start + i])) {
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
    long[] oldSlots = slots;
    int[] oldIds = ids;
    slots = new long[oldSlots.length * 2];
    ids = new int[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int i = 0; i < oldSlots.length; i++) {
      long e = oldSlots[i];
      if (e != 0) {
        int slot = (int) (e >>> 32) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = e;
        ids[slot] = oldIds[i];
      }
    }
  }
}
