package dev.gazette.internal.ner;

/**
 * One thread's memo of a large {@link PhraseIndex}'s key lookups: 4-way set-associative, keyed on a
 * token's folded key packed into two {@code long}s ({@link dev.gazette.internal.text.PackedChars}), so
 * that a hit costs one pass over the token's chars and two {@code long} compares, in a table small
 * enough to stay in the core's L2 cache (2,048 sets of 4 entries of 32 bytes: 8,192 entries, 256 KB).
 *
 * <p>Replacement: a new key enters the set's last way (so one-off words, the long tail of news, only
 * ever evict one another) and each hit moves an entry one way up (so the common words keep the first
 * ways). A new key is first entered as <em>pending</em> with the token that looks it up, so that its
 * repeats in the same call wait for that lookup; the caller {@link #fill}s it before the call ends.
 * Not thread-safe: one per thread and index.
 */
final class KeyMemo {
  /** Sets (a power of two). Twice as many (512 KB) measured the same at a million phrases. */
  static final int SETS = 1 << 11;
  /** Longs per entry: the packed key (2), then code and first payload, then children signature. */
  private static final int ENTRY = 4;
  private static final int SET = 4 * ENTRY;
  private static final int SHIFT = 64 - Integer.numberOfTrailingZeros(SETS);
  /** Code of a pending entry (no index code is this negative); its payload is the token. */
  private static final int PENDING = Integer.MIN_VALUE;

  /** Entries, set after set; an empty entry's key is 0, which no packed key is. */
  private final long[] entries = new long[SETS * SET];

  /** The entry of key {@code (p0, p1)}, or -1 when it is not in the memo. */
  int find(long p0, long p1) {
    int set = set(p0, p1);
    for (int e = set; e < set + SET; e += ENTRY) {
      if (entries[e] == p0 && entries[e + 1] == p1) {
        return e;
      }
    }
    return -1;
  }

  /** Whether entry {@code e} waits for the lookup of the token {@link #code} would give. */
  boolean pending(int e) {
    return (int) (entries[e + 2] >>> 32) == PENDING;
  }

  /** The token whose lookup pending entry {@code e} waits for. */
  int token(int e) {
    return (int) entries[e + 2];
  }

  /** The index code of entry {@code e}. */
  int code(int e) {
    return (int) (entries[e + 2] >>> 32);
  }

  int payload(int e) {
    return (int) entries[e + 2];
  }

  int children(int e) {
    return (int) (entries[e + 3] >>> 32);
  }

  /** After a hit on entry {@code e}: moves it one way up its set (swapping). */
  void promote(int e) {
    if ((e & (SET - 1)) == 0) {
      return;
    }
    int u = e - ENTRY;
    for (int k = 0; k < ENTRY; k++) {
      long t = entries[u + k];
      entries[u + k] = entries[e + k];
      entries[e + k] = t;
    }
  }

  /** Enters key {@code (p0, p1)}, not in the memo, as pending on {@code token}'s lookup. */
  void enterPending(long p0, long p1, int token) {
    int e = set(p0, p1) + SET - ENTRY;
    entries[e] = p0;
    entries[e + 1] = p1;
    entries[e + 2] = ((long) PENDING << 32) | (token & 0xFFFFFFFFL);
    entries[e + 3] = 0;
  }

  /**
   * Gives the entry of key {@code (p0, p1)} pending on {@code token} its lookup's result, unless it was
   * evicted meanwhile.
   */
  void fill(long p0, long p1, int token, int code, int payload, int children) {
    long mark = ((long) PENDING << 32) | (token & 0xFFFFFFFFL);
    int set = set(p0, p1);
    for (int e = set; e < set + SET; e += ENTRY) {
      if (entries[e + 2] == mark && entries[e] == p0 && entries[e + 1] == p1) {
        entries[e + 2] = ((long) code << 32) | (payload & 0xFFFFFFFFL);
        entries[e + 3] = (long) children << 32;
        return;
      }
    }
  }

  private static int set(long p0, long p1) {
    return (int) ((p0 * 0x9E3779B97F4A7C15L + p1 * 0xC2B2AE3D27D4EB4FL) >>> SHIFT) * SET;
  }
}
