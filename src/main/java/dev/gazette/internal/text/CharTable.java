package dev.gazette.internal.text;

import java.util.Collection;

/**
 * An immutable set of short strings that answers membership for a char range of some text without
 * creating a String: open addressing over one concatenated char array. Lookups can fold ASCII and
 * Unicode case on the fly, or read the range backwards (for suffix lists).
 */
final class CharTable {
  private final char[] chars;
  private final int[] keyStart;
  private final int[] keyLen;
  private final int[] slots; // key index + 1, 0 = empty
  private final int[] slotHash;
  private final int mask;
  /** Bit L set when some key has length L (L < 64). */
  private final long lengths;

  CharTable(Collection<String> keys) {
    int total = 0;
    for (String k : keys) {
      total += k.length();
    }
    chars = new char[total];
    keyStart = new int[keys.size()];
    keyLen = new int[keys.size()];
    int cap = Integer.highestOneBit(Math.max(4, keys.size() * 2 + 1)) << 1;
    slots = new int[cap];
    slotHash = new int[cap];
    mask = cap - 1;
    long lens = 0;
    int pos = 0;
    int idx = 0;
    for (String k : keys) {
      k.getChars(0, k.length(), chars, pos);
      keyStart[idx] = pos;
      keyLen[idx] = k.length();
      pos += k.length();
      if (k.length() < 64) {
        lens |= 1L << k.length();
      }
      char[] kc = k.toCharArray();
      int h = hash(kc, 0, kc.length);
      if (!contains(h, kc, 0, kc.length, false)) {
        int s = mix(h) & mask;
        while (slots[s] != 0) {
          s = (s + 1) & mask;
        }
        slots[s] = idx + 1;
        slotHash[s] = h;
      }
      idx++;
    }
    lengths = lens;
  }

  /** Whether some key has exactly {@code len} chars. */
  boolean hasLength(int len) {
    return len < 64 && (lengths & (1L << len)) != 0;
  }

  static int hash(char[] t, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + t[i];
    }
    return h;
  }

  static int hashLower(char[] t, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + lower(t[i]);
    }
    return h;
  }

  static char lower(char c) {
    if (c < 128) {
      return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  boolean contains(char[] t, int start, int end) {
    return contains(hash(t, start, end), t, start, end, false);
  }

  /** Membership of the range folded to lower case (keys must be lower case). */
  boolean containsLower(char[] t, int start, int end) {
    return contains(hashLower(t, start, end), t, start, end, true);
  }

  private boolean contains(int h, char[] t, int start, int end, boolean fold) {
    int len = end - start;
    int s = mix(h) & mask;
    while (true) {
      int k = slots[s];
      if (k == 0) {
        return false;
      }
      if (slotHash[s] == h && keyLen[k - 1] == len) {
        int ks = keyStart[k - 1];
        int j = 0;
        while (j < len) {
          char c = t[start + j];
          if ((fold ? lower(c) : c) != chars[ks + j]) {
            break;
          }
          j++;
        }
        if (j == len) {
          return true;
        }
      }
      s = (s + 1) & mask;
    }
  }
}
