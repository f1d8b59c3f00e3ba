package dev.gazette.internal.text;

/**
 * Short strings packed exactly into two {@code long}s, the keys of the per-thread memos (the phrase
 * index's token keys, the rule engine's regular-expression answers): up to 16 chars of one byte each,
 * U+0001 to U+00FF, the last 8 in {@code p0} (the last one lowest) and the 8 before in {@code p1}.
 * Chars are nonzero, so no two strings of up to 16 chars pack alike and no packed key is 0.
 *
 * <pre>{@code
 * long p0 = 0, p1 = 0;
 * for (char c : chars) { p1 = PackedChars.carry(p0, p1); p0 = PackedChars.pack(p0, c); }
 * }</pre>
 */
public final class PackedChars {
  private PackedChars() {}

  /** The longest string that packs. */
  public static final int MAX_CHARS = 16;

  /**
   * Whether a string of {@code len} chars, of which {@code wide} says whether one is U+0000 or beyond
   * U+00FF, can be packed.
   */
  public static boolean packable(int len, boolean wide) {
    return !wide && len > 0 && len <= MAX_CHARS;
  }

  /** Appends char {@code c} to the packed key {@code (p0, p1)}, given as {@code p0}: the new {@code p0}. */
  public static long pack(long p0, char c) {
    return (p0 << 8) | c;
  }

  /** The new {@code p1} when a char is appended to {@code (p0, p1)}; call before {@link #pack}. */
  public static long carry(long p0, long p1) {
    return (p1 << 8) | (p0 >>> 56);
  }

  /** Whether char {@code c} cannot be packed (U+0000, or beyond one byte). */
  public static boolean wide(char c) {
    return (char) (c - 1) >= 0xFF;
  }
}
