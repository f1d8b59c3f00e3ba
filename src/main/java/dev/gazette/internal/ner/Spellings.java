package dev.gazette.internal.ner;

import java.util.Arrays;

/**
 * Numbers the distinct spellings (exact chars) of ranges of one text, so that what depends only on a
 * word's chars (is it a dictionary word, a given name) is asked once per spelling, not once per
 * occurrence: names and sentence openers repeat within an article. For one article.
 */
final class Spellings {
  private final String text;
  /** Open addressing: (hash << 32) | (id + 1), 0 when empty. */
  private long[] slots = new long[64];
  /** Per id: its first range. */
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int size;

  Spellings(String text) {
    this.text = text;
  }

  /** The id of the spelling {@code text[start, end)}, numbered from 0 in order of first use. */
  int id(int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    int mask = slots.length - 1;
    for (int slot = (h * 0x9E3779B9 ^ h >>> 16) & mask; ; slot = (slot + 1) & mask) {
      long e = slots[slot];
      if (e == 0) {
        if (size == starts.length) {
          starts = Arrays.copyOf(starts, size * 2);
          ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        int id = size++;
        slots[slot] = ((long) h << 32) | (id + 1);
        if (size * 2 > slots.length) {
          rehash();
        }
        return id;
      }
      if ((int) (e >>> 32) == h) {
        int id = (int) e - 1;
        if (ends[id] - starts[id] == end - start && text.regionMatches(starts[id], text, start, end - start)) {
          return id;
        }
      }
    }
  }

  /** How many distinct spellings were numbered. */
  int size() {
    return size;
  }

  private void rehash() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long e : old) {
      if (e != 0) {
        int h = (int) (e >>> 32);
        int slot = (h * 0x9E3779B9 ^ h >>> 16) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = e;
      }
    }
  }
}
