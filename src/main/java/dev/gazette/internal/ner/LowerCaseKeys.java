package dev.gazette.internal.ner;

import java.util.Arrays;
import java.util.Locale;

/**
 * Numbers the distinct lower-case forms of ranges of one text: two ranges get the same id exactly when
 * {@code text.substring(start, end).toLowerCase(Locale.ROOT)} are equal strings, but without building
 * those strings for ranges of Latin-1 chars (nearly all), whose lower case is char by char. Other ranges
 * (where lower case may change the length, as for "İ") build their string once. For one article.
 */
final class LowerCaseKeys {
  private String text;
  /** Open addressing: (hash << 32) | (id + 1), 0 when empty. */
  private long[] slots = new long[64];
  /** Per id: its first range, or for a string key, start -1 and the string in {@link #strings}. */
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private String[] strings = new String[16];
  private int size;

  LowerCaseKeys(String text) {
    this.text = text;
  }

  /**
   * Forgets every key and numbers those of {@code text} from 0 again: one instance serves a thread's
   * articles one after another, its tables kept at the size the largest needed.
   */
  LowerCaseKeys reset(String text) {
    this.text = text;
    if (size > 0) {
      Arrays.fill(slots, 0);
      Arrays.fill(strings, 0, size, null);
      size = 0;
    }
    return this;
  }

  /** The id of the lower-case form of {@code text[start, end)}, numbered from 0 in order of first use. */
  int id(int start, int end) {
    String s = null;
    int h = 0;
    if (isLatin1(start, end)) {
      for (int i = start; i < end; i++) {
        h = 31 * h + Character.toLowerCase(text.charAt(i));
      }
    } else {
      s = text.substring(start, end).toLowerCase(Locale.ROOT);
      for (int i = 0; i < s.length(); i++) {
        h = 31 * h + s.charAt(i);
      }
    }
    int mask = slots.length - 1;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      long e = slots[slot];
      if (e == 0) {
        int id = add(start, end, s);
        slots[slot] = ((long) h << 32) | (id + 1);
        if (size * 2 > slots.length) {
          rehash();
        }
        return id;
      }
      if ((int) (e >>> 32) == h) {
        int id = (int) e - 1;
        if (s == null ? sameAsRange(id, start, end) : sameAsString(id, s)) {
          return id;
        }
      }
    }
  }

  private boolean isLatin1(int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) > 0xFF) {
        return false;
      }
    }
    return true;
  }

  /** Whether key {@code id} is the lower case of the Latin-1 range {@code text[start, end)}. */
  private boolean sameAsRange(int id, int start, int end) {
    int n = end - start;
    if (starts[id] >= 0) {
      int s = starts[id];
      if (ends[id] - s != n) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (Character.toLowerCase(text.charAt(s + i)) != Character.toLowerCase(text.charAt(start + i))) {
          return false;
        }
      }
      return true;
    }
    String k = strings[id];
    if (k.length() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (k.charAt(i) != Character.toLowerCase(text.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether key {@code id} is {@code lower}. */
  private boolean sameAsString(int id, String lower) {
    if (starts[id] < 0) {
      return strings[id].equals(lower);
    }
    int s = starts[id];
    if (ends[id] - s != lower.length()) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      if (Character.toLowerCase(text.charAt(s + i)) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private int add(int start, int end, String s) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      strings = Arrays.copyOf(strings, size * 2);
    }
    starts[size] = s == null ? start : -1;
    ends[size] = end;
    strings[size] = s;
    return size++;
  }

  private void rehash() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long e : old) {
      if (e != 0) {
        int slot = mix((int) (e >>> 32)) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = e;
      }
    }
  }

  private static int mix(int h) {
    return (h * 0x9E3779B9) ^ (h >>> 16);
  }
}
