package dev.gazette.internal.ner;

import java.util.Arrays;

/**
 * Interns folded token keys to dense int ids while a {@link PhraseIndex} is being built. Lookups hash
 * and compare a char range of the original text, folding on the fly. Chars that fold to
 * {@link KeyFolding#SKIP} (zero-width and bidi format chars) are left out of keys. The built index does
 * not keep it: it copies the keys into its own compact table (see {@link PhraseIndex}). Not
 * thread-safe.
 */
public final class KeyInterner {
  /** Returned by {@link #find} for a key that was never interned. */
  public static final int ABSENT = -1;

  private char[] pool = new char[1 << 12];
  private int poolSize;
  private int[] keyStart = new int[256];
  private int[] keyLength = new int[256];
  private int size;
  /**
   * Open addressing: each slot packs the key's hash (high half) and {@code id + 1} (low half, 0 for an
   * empty slot), so a probe that misses reads one array and touches neither lengths nor the pool.
   */
  private long[] slots = new long[1 << 10];

  /** The id of {@code text[start, end)}'s folded key, interning it if new. */
  public int intern(CharSequence text, int start, int end) {
    int found = find(text, start, end);
    if (found != ABSENT) {
      return found;
    }
    if ((size + 1) * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    while (poolSize + (end - start) > pool.length) {
      pool = Arrays.copyOf(pool, pool.length * 2);
    }
    int len = 0;
    for (int i = start; i < end; i++) {
      char f = KeyFolding.fold(text.charAt(i));
      if (f != KeyFolding.SKIP) {
        pool[poolSize + len++] = f;
      }
    }
    if (size == keyStart.length) {
      keyStart = Arrays.copyOf(keyStart, size * 2);
      keyLength = Arrays.copyOf(keyLength, size * 2);
    }
    keyStart[size] = poolSize;
    keyLength[size] = len;
    poolSize += len;
    insert(size, hash(pool, keyStart[size], len));
    return size++;
  }

  /** The id of {@code text[start, end)}'s folded key, or {@link #ABSENT}. */
  public int find(CharSequence text, int start, int end) {
    int h = 0;
    int len = 0;
    for (int i = start; i < end; i++) {
      char f = KeyFolding.fold(text.charAt(i));
      if (f != KeyFolding.SKIP) {
        h = 31 * h + f;
        len++;
      }
    }
    int mask = slots.length - 1;
    for (int s = mix(h) & mask; ; s = (s + 1) & mask) {
      long slot = slots[s];
      if (slot == 0) {
        return ABSENT;
      }
      int id = (int) slot - 1;
      if ((int) (slot >>> 32) == h && keyLength[id] == len && sameKey(id, text, start, end)) {
        return id;
      }
    }
  }

  /** Number of distinct keys. */
  public int size() {
    return size;
  }

  /** The folded key of {@code id}. */
  public String key(int id) {
    return new String(pool, keyStart[id], keyLength[id]);
  }

  /** Length of key {@code id}, in (folded) chars. */
  int keyLength(int id) {
    return keyLength[id];
  }

  /** Copies the folded chars of key {@code id} into {@code dst} at {@code offset}. */
  void copyKey(int id, char[] dst, int offset) {
    System.arraycopy(pool, keyStart[id], dst, offset, keyLength[id]);
  }

  private boolean sameKey(int id, CharSequence text, int start, int end) {
    int p = keyStart[id];
    for (int i = start; i < end; i++) {
      char f = KeyFolding.fold(text.charAt(i));
      if (f != KeyFolding.SKIP && pool[p++] != f) {
        return false;
      }
    }
    return true;
  }

  private void insert(int id, int h) {
    int mask = slots.length - 1;
    int s = mix(h) & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = ((long) h << 32) | (id + 1);
  }

  private void rehash(int capacity) {
    slots = new long[capacity];
    for (int id = 0; id < size; id++) {
      insert(id, hash(pool, keyStart[id], keyLength[id]));
    }
  }

  /** The hash of a key's chars (shared with {@link PhraseIndex}'s compiled key table). */
  static int hash(char[] chars, int start, int len) {
    int h = 0;
    for (int i = start; i < start + len; i++) {
      h = 31 * h + chars[i];
    }
    return h;
  }

  static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }
}
