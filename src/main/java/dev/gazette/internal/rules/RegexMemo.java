package dev.gazette.internal.rules;

/**
 * Remembers, per thread, what regular-expression token tests answered for recent token texts. A test's
 * answer depends on nothing but the token's chars, and news repeats its words (Zipf): most tests of a
 * document are answered here without running java.util.regex, whose alternations backtrack through
 * every split of the token. Direct-mapped and fixed in size, so memory stays bounded whatever the input;
 * an entry only allocates (the token's text) when it is filled.
 */
final class RegexMemo {
  /** What a test answered. Give-ups are remembered too, so that they are counted as often as run. */
  static final byte NO = 0;
  static final byte YES = 1;
  static final byte GAVE_UP = 2;
  /** Not in the memo. */
  static final byte UNKNOWN = -1;

  /** Longer tokens are rare and would make the memo's key comparison as costly as a short regex. */
  static final int MAX_LENGTH = 48;

  private static final int SIZE = 1 << 12;

  private final Object[] owners = new Object[SIZE];
  private final String[] texts = new String[SIZE];
  private final byte[] answers = new byte[SIZE];
  private int slot;

  /**
   * The answer remembered for {@code owner} on {@code text[start, end)}, or {@link #UNKNOWN}. Leaves
   * the slot to fill with {@link #put} after a miss.
   */
  byte get(Object owner, int ownerHash, String text, int start, int end) {
    int h = ownerHash;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    h ^= h >>> 16;
    slot = h & (SIZE - 1);
    String known = texts[slot];
    if (owners[slot] == owner && known.length() == end - start && text.regionMatches(start, known, 0, end - start)) {
      return answers[slot];
    }
    return UNKNOWN;
  }

  /** Remembers the answer to the last {@link #get} that missed. */
  void put(Object owner, String text, int start, int end, byte answer) {
    owners[slot] = owner;
    texts[slot] = text.substring(start, end);
    answers[slot] = answer;
  }
}
