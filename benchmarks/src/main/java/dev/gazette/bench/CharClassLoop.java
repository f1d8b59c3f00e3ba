package dev.gazette.bench;

/**
 * The physical limit: one pass over the chars that records token start/end offsets into preallocated
 * int arrays and does nothing else. A token is a run of letters/digits or a single other non-space char.
 * No abbreviations, no numbers with separators, no glue repair, no kinds.
 */
final class CharClassLoop {
  private static final byte SPACE = 0;
  private static final byte WORD = 1;
  private static final byte OTHER = 2;
  /** The class of every UTF-16 unit, so the loop has no branch on the char range (64 KB). */
  private static final byte[] CLASS = new byte[65536];

  static {
    for (int c = 0; c < CLASS.length; c++) {
      CLASS[c] = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
          || Character.isSurrogate((char) c) ? WORD
          : Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE : OTHER;
    }
  }

  final int[] starts;
  final int[] ends;

  CharClassLoop(int capacity) {
    starts = new int[capacity];
    ends = new int[capacity];
  }

  private static int kind(char c) {
    return CLASS[c];
  }

  /** Returns the number of tokens; offsets are in {@link #starts} and {@link #ends}. */
  int scan(String s) {
    final int[] st = starts;
    final int[] en = ends;
    final int len = s.length();
    int n = 0;
    int i = 0;
    while (i < len) {
      int k = kind(s.charAt(i));
      if (k == SPACE) {
        i++;
        continue;
      }
      int start = i++;
      if (k == WORD) {
        while (i < len && kind(s.charAt(i)) == WORD) {
          i++;
        }
      }
      st[n] = start;
      en[n] = i;
      n++;
    }
    return n;
  }
}
