package dev.gazette.internal.rules;

import dev.gazette.internal.text.PackedChars;

/**
 * One thread's memo of what the regular-expression token tests of a rule set answered, by token text.
 * A test's answer depends on nothing but the token's chars, and news repeats its words: most tests are
 * answered here without running java.util.regex, whose alternations backtrack through every split of
 * the token.
 *
 * <p>Keys are exact: a token of up to 16 chars of one byte each packed into two {@code long}s
 * ({@link PackedChars}), with the test's id. Other tokens, rare in news, are always tested. 4-way
 * set-associative in one flat array, so that a hit costs one pass over the token's chars and reads one
 * cache line or two, in a table small enough to stay in the core's cache (1,024 sets of 4 entries of
 * 24 bytes: 96 KB). A new entry takes the set's last way and each hit moves an entry one way up, so
 * that one-off words only evict one another and the common ones stay.
 */
final class RegexMemo {
  /** What a test answered. Give-ups are remembered too, so that each repeat is counted as one. */
  static final byte NO = 0;
  static final byte YES = 1;
  static final byte GAVE_UP = 2;
  /** Not in the memo. */
  static final byte UNKNOWN = -1;

  private static final int SETS = 1 << 10;
  private static final int SHIFT = 64 - Integer.numberOfTrailingZeros(SETS);
  private static final int WAYS = 4;
  /** Longs per entry: the packed key (2), then (test id + 1) << 8 | answer; 0 = empty. */
  private static final int ENTRY = 3;
  private static final int SET = WAYS * ENTRY;

  private final long[] entries = new long[SETS * SET];
  /** The key of the last {@link #get}, for {@link #put}. */
  private long p0;
  private long p1;
  private int set;

  /** Whether the token of the last {@link #get} can be a key. */
  private boolean holdable;

  /**
   * The answer remembered for test {@code test} on {@code text[start, end)}, or {@link #UNKNOWN}; then
   * {@link #put} stores the answer (if the token can be a key).
   */
  byte get(int test, String text, int start, int end) {
    holdable = false;
    if (!PackedChars.packable(end - start, false)) {
      return UNKNOWN;
    }
    long a = 0;
    long b = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (PackedChars.wide(c)) {
        return UNKNOWN;
      }
      b = PackedChars.carry(a, b);
      a = PackedChars.pack(a, c);
    }
    holdable = true;
    p0 = a;
    p1 = b;
    long h = (a * 0x9E3779B97F4A7C15L) ^ (b * 0xC2B2AE3D27D4EB4FL) ^ (test * 0x165667B19E3779F9L);
    set = (int) (h >>> SHIFT) * SET;
    long tag = (long) (test + 1) << 8;
    for (int e = set; e < set + SET; e += ENTRY) {
      long meta = entries[e + 2];
      if (entries[e] == a && entries[e + 1] == b && (meta & ~0xFFL) == tag) {
        if (e > set) {
          swap(e, e - ENTRY);
        }
        return (byte) meta;
      }
    }
    return UNKNOWN;
  }

  /** Remembers the answer to the last {@link #get}, which missed, if its token can be a key. */
  void put(int test, byte answer) {
    if (!holdable) {
      return;
    }
    int e = set + SET - ENTRY;
    entries[e] = p0;
    entries[e + 1] = p1;
    entries[e + 2] = ((long) (test + 1) << 8) | answer;
  }

  private void swap(int e, int f) {
    for (int k = 0; k < ENTRY; k++) {
      long t = entries[e + k];
      entries[e + k] = entries[f + k];
      entries[f + k] = t;
    }
  }
}
