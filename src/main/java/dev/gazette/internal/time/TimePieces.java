package dev.gazette.internal.time;

import dev.gazette.TokenKind;
import dev.gazette.internal.text.InvisibleChars;
import dev.gazette.internal.text.TokenBuffer;
import java.util.Arrays;

/**
 * The pieces date expressions are read from: the tokens of a sentence, cut further where date syntax
 * needs it ("two-day" into "two", "-", "day"; "Sept." into "Sept", "."; "30th" kept whole; "10:30" kept
 * whole; "Friday's" into "Friday", "'s"), so that matching does not depend on how the tokenizer treats
 * hyphens and periods. Struct of arrays, reused by one thread from sentence to sentence; nothing is
 * allocated per piece.
 */
final class TimePieces {
  /** Letters, possibly with inner apostrophes or abbreviation periods ("a.m."). */
  static final byte WORD = 0;
  /** Digits only. */
  static final byte NUM = 1;
  /** Digits followed by letters: "30th", "1990s", "6pm". */
  static final byte NUM_SUFFIX = 2;
  /** Digits with inner separators: "10:30", "12/30/2022", "1,000", "3.5". */
  static final byte NUM_SEP = 3;
  /** Any other single char. */
  static final byte PUNCT = 4;
  /** An apostrophe and two digits, optionally with "s": "'90s", "'99". */
  static final byte NUM_APOS = 5;

  private CharSequence text;
  /**
   * The chars of {@link #text}, copied once per text: the cutting and the word tests read every char of
   * the article, and an array read costs less than {@code String.charAt}'s checks. Reused; may be longer
   * than the text.
   */
  private char[] chars;
  /** This object's own copy of the text's chars when no token buffer holds one: {@link #chars} then. */
  private char[] own = new char[4096];
  private int size;
  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private byte[] kinds = new byte[256];
  /** Lexicon slot of WORD pieces, else -1. */
  private int[] slots = new int[256];
  /** Lexicon class mask of WORD pieces ({@link TimeLexicon#classes}), else 0. */
  private long[] masks = new long[256];
  /** Whether white space precedes the piece. */
  private boolean[] spaced = new boolean[256];
  /** Leading integer of numeric pieces (capped), else -1. */
  private int[] numbers = new int[256];
  /** Whether a blank line precedes the piece. */
  private boolean[] paragraphs = new boolean[256];
  /** Length in chars without invisible format chars ({@link #isFormat}; only word pieces hold them). */
  private int[] visible = new int[256];

  /** Cuts tokens {@code [first, end)} of {@code tokens} into pieces, replacing the previous content. */
  void fill(CharSequence text, TokenBuffer tokens, int first, int end) {
    char[] copied = text instanceof String str ? tokens.textChars(str) : null;
    if (copied != null) {
      // the tokenizer's copy of the text (read only): no second copy
      this.text = text;
      chars = copied;
    } else {
      load(text);
    }
    size = 0;
    int prevEnd = -1;
    for (int t = first; t < end; t++) {
      int kind = tokens.kindOrdinal(t);
      int s = tokens.start(t);
      int e = tokens.end(t);
      if (kind == TokenKind.URL.ordinal() || kind == TokenKind.EMAIL.ordinal()
          || kind == TokenKind.HASHTAG.ordinal() || kind == TokenKind.HANDLE.ordinal()) {
        add(s, e, PUNCT, prevEnd);
        prevEnd = e;
        continue;
      }
      cut(s, e, prevEnd);
      prevEnd = e;
    }
  }

  /** Cuts one whole text range into pieces (for callers without a token layer). */
  void fillText(CharSequence text, int start, int end) {
    load(text);
    size = 0;
    int i = start;
    int prevEnd = -1;
    while (i < end) {
      while (i < end && Character.isWhitespace(chars[i])) {
        i++;
      }
      int s = i;
      while (i < end && !Character.isWhitespace(chars[i])) {
        i++;
      }
      if (i > s) {
        cut(s, i, prevEnd);
        prevEnd = i;
      }
    }
  }

  /** Makes {@code text} the one the pieces are cut from, copying its chars. */
  private void load(CharSequence text) {
    this.text = text;
    int n = text.length();
    if (own.length < n) {
      own = new char[Math.max(n, own.length * 2)];
    }
    chars = own;
    if (text instanceof String str) {
      str.getChars(0, n, chars, 0);
    } else {
      for (int i = 0; i < n; i++) {
        chars[i] = text.charAt(i);
      }
    }
  }

  private void cut(int s, int e, int prevEnd) {
    int i = s;
    while (i < e) {
      char c = chars[i];
      int j;
      byte kind;
      if (isLetter(c)) {
        j = wordEnd(i, e);
        kind = WORD;
      } else if (isDigit(c)) {
        j = i + 1;
        while (j < e && isDigit(chars[j])) {
          j++;
        }
        kind = NUM;
        // inner separators between digits: 10:30, 1,000, 12/30/2022, 3.5
        while (j + 1 < e && isNumSep(chars[j]) && isDigit(chars[j + 1])) {
          j += 2;
          while (j < e && isDigit(chars[j])) {
            j++;
          }
          kind = NUM_SEP;
        }
        if (kind == NUM && j < e && isLetter(chars[j])) {
          int k = j;
          while (k < e && isLetter(chars[k])) {
            k++;
          }
          if (k - j <= 2) {
            j = k;
            kind = NUM_SUFFIX;
          }
        }
      } else if ((c == '\'' || c == '\u2019') && i + 2 < e && isDigit(chars[i + 1])
          && isDigit(chars[i + 2]) && (i + 3 == e || !isDigit(chars[i + 3]))) {
        j = i + 3;
        if (j < e && (chars[j] == 's' || chars[j] == 'S')) {
          j++;
        }
        kind = NUM_APOS;
      } else if ((c == '\'' || c == '\u2019') && i + 1 < e && isLetter(chars[i + 1])
          && (i > s || isClitic(i + 1, e) && wordEnd(i + 1, e) == e)) {
        // clitic split off a word: 's, 'll, 'd
        j = wordEnd(i + 1, e);
        kind = WORD;
      } else {
        j = i + 1;
        kind = PUNCT;
      }
      add(i, j, kind, i == s ? prevEnd : i);
      i = j;
    }
  }

  /**
   * Whether the word last scanned by {@link #wordEnd} holds an invisible format char: only then does
   * {@link #add} pay for leaving them out of its length and lexicon lookup.
   */
  private boolean wordHasFormat;

  /** End of a word: letters, inner apostrophes (not clitics), single-letter abbreviation periods. */
  private int wordEnd(int i, int e) {
    wordHasFormat = false;
    int j = i;
    while (j < e) {
      char c = chars[j];
      if (isLetter(c)) {
        j++;
      } else if (isFormat(c) && j + 1 < e
          && isLetter(chars[j + 1])) {
        // an invisible format char inside a word (soft hyphen, joiners) does not end it: "Min\u00ADistry"
        // is one word, not "Min" (a minute) and "istry"
        wordHasFormat = true;
        j++;
      } else if ((c == '\'' || c == '\u2019') && j + 1 < e && isLetter(chars[j + 1])) {
        // "o'clock" stays whole; "Friday's", "we'll" split before the clitic
        if (isClitic(j + 1, e)) {
          return j;
        }
        j++;
      } else if (c == '.' && j + 1 < e && isLetter(chars[j + 1])
          && (j + 2 == e || chars[j + 2] == '.')) {
        // a.m., p.m., U.S.: single letters separated by periods; keep the closing period
        j += 2;
        if (j < e && chars[j] == '.') {
          j++;
        }
        return j;
      } else {
        break;
      }
    }
    return j;
  }

  private boolean isClitic(int i, int e) {
    int n = 0;
    while (i + n < e && isLetter(chars[i + n])) {
      n++;
    }
    if (n == 1) {
      char c = Character.toLowerCase(chars[i]);
      return c == 's' || c == 'd' || c == 'm';
    }
    if (n == 2) {
      char a = Character.toLowerCase(chars[i]);
      char b = Character.toLowerCase(chars[i + 1]);
      return (a == 'l' && b == 'l') || (a == 'r' && b == 'e') || (a == 'v' && b == 'e');
    }
    return false;
  }

  /** {@link Character#isLetter(char)}, with ASCII answered without a table lookup. */
  private static boolean isLetter(char c) {
    if (c < 128) {
      return (char) ((c | 0x20) - 'a') < 26;
    }
    return Character.isLetter(c);
  }

  /**
   * An invisible format char (Unicode category Cf: soft hyphen, zero-width joiners, word joiner, bidi
   * marks): kept inside a word piece, left out when the word is compared or looked up.
   */
  static boolean isFormat(char c) {
    return InvisibleChars.isInvisible(c);
  }

  /** The number of chars of {@code s[start, end)} that are no {@link #isFormat} chars. */
  static int visibleLength(CharSequence s, int start, int end) {
    return InvisibleChars.visibleLength(s, start, end);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNumSep(char c) {
    return c == ':' || c == ',' || c == '/' || c == '.';
  }

  private void add(int s, int e, byte kind, int prevEnd) {
    if (size == starts.length) {
      int n = size * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      kinds = Arrays.copyOf(kinds, n);
      slots = Arrays.copyOf(slots, n);
      masks = Arrays.copyOf(masks, n);
      spaced = Arrays.copyOf(spaced, n);
      numbers = Arrays.copyOf(numbers, n);
      paragraphs = Arrays.copyOf(paragraphs, n);
      visible = Arrays.copyOf(visible, n);
    }
    starts[size] = s;
    ends[size] = e;
    kinds[size] = kind;
    spaced[size] = prevEnd >= 0 && prevEnd < s;
    // A blank line needs two line breaks: a gap of one char (nearly every piece) holds none.
    paragraphs[size] = spaced[size] && s - prevEnd >= 2 && blankLine(prevEnd, s);
    boolean format = kind == WORD && wordHasFormat;
    visible[size] = format ? visibleLength(text, s, e) : e - s;
    slots[size] = kind == WORD ? TimeLexicon.lookup(chars, s, e, format) : -1;
    masks[size] = TimeLexicon.classes(slots[size]);
    numbers[size] = kind == PUNCT || kind == WORD ? -1 : leadingInt(kind == NUM_APOS ? s + 1 : s, e);
    size++;
  }

  private boolean blankLine(int from, int to) {
    int newlines = 0;
    for (int i = from; i < to; i++) {
      if (chars[i] == '\n' && ++newlines == 2) {
        return true;
      }
    }
    return false;
  }

  private int leadingInt(int s, int e) {
    int v = 0;
    for (int i = s; i < e && isDigit(chars[i]) && v < 100_000_000; i++) {
      v = v * 10 + (chars[i] - '0');
    }
    return v;
  }

  CharSequence text() {
    return text;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  byte kind(int i) {
    return kinds[i];
  }

  int slot(int i) {
    return i < size ? slots[i] : -1;
  }

  /** Whether a blank line precedes piece i. */
  boolean paragraphBefore(int i) {
    return paragraphs[i];
  }

  /** Whether white space precedes piece i. */
  boolean spaced(int i) {
    return spaced[i];
  }

  int number(int i) {
    return numbers[i];
  }

  /** Number of digits at the start of piece i. */
  int digits(int i) {
    int s = kinds[i] == NUM_APOS ? starts[i] + 1 : starts[i];
    int n = 0;
    while (s + n < ends[i] && isDigit(chars[s + n])) {
      n++;
    }
    return n;
  }

  int length(int i) {
    return ends[i] - starts[i];
  }

  /** Whether piece i is the single char {@code c}. */
  boolean isChar(int i, char c) {
    return i < size && ends[i] - starts[i] == 1 && chars[starts[i]] == c;
  }

  /** Whether piece i is a hyphen or dash. */
  boolean isDash(int i) {
    if (i >= size || ends[i] - starts[i] != 1) {
      return false;
    }
    char c = chars[starts[i]];
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2014';
  }

  /** Whether piece i is in the lexicon with class {@code cls}. */
  boolean is(int i, TimeLexicon.Cls cls) {
    return i < size && i >= 0 && (masks[i] & TimeLexicon.bit(cls)) != 0;
  }

  /** The lexicon class mask of piece i (0 when it is no lexicon word). */
  long classes(int i) {
    return masks[i];
  }

  /** The lexicon value of piece i for {@code cls}, or -1. */
  int value(int i, TimeLexicon.Cls cls) {
    return i < size && i >= 0 && (masks[i] & TimeLexicon.bit(cls)) != 0
        ? TimeLexicon.value(slots[i], cls, -1) : -1;
  }

  /** Char k of piece i. */
  char charAt(int i, int k) {
    return chars[starts[i] + k];
  }

  /** Whether the text of piece i is exactly {@code s} (case-sensitive). */
  boolean textIs(int i, String s) {
    int st = starts[i];
    if (ends[i] - st != s.length()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (chars[st + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the text of piece i ends with {@code s} (case-sensitive). */
  boolean endsWith(int i, String s) {
    int from = ends[i] - s.length();
    if (from < starts[i]) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (chars[from + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the suffix letters of a numeric piece, lower-cased, are {@code lower} (ASCII): what
   * {@code suffix(i).equals(lower)} says, without allocating.
   */
  boolean suffixIs(int i, String lower) {
    int s = starts[i] + digits(i);
    if (ends[i] - s != lower.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      if (Character.toLowerCase(chars[s + k]) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether piece i case-insensitively equals the lower-case form {@code w}, invisible format chars
   * left out ("Mon\u00ADday" is "monday").
   */
  boolean isWord(int i, String w) {
    if (i < 0 || i >= size || visible[i] != w.length()) {
      return false;
    }
    int s = starts[i];
    boolean plain = ends[i] - s == w.length();
    for (int k = 0; k < w.length(); k++, s++) {
      char c = chars[s];
      if (!plain) {
        while (isFormat(c)) {
          c = chars[++s];
        }
      }
      // ASCII lower-cased without the Character tables (the same answer)
      char lower = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
      if (lower != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether piece i reads as the word with id {@code id} ({@link TimeLexicon#id}, a word of letters):
   * what {@link #isWord(int, String)} says of that word, as one int compare. Only word pieces have a
   * slot, and no other piece reads as a word of letters.
   */
  boolean isWord(int i, int id) {
    return i >= 0 && i < size && slots[i] == id;
  }

  /** The length of piece i in chars, invisible format chars left out: the length of the word it reads as. */
  int wordLength(int i) {
    return visible[i];
  }

  /** Whether piece i starts with an upper-case letter. */
  boolean capitalized(int i) {
    return i < size && Character.isUpperCase(chars[starts[i]]);
  }

  /** Whether piece i is a lower-case word ending in "ed" (a likely past-tense verb). */
  boolean looksPast(int i) {
    int s = starts[i];
    int e = ends[i];
    if (kinds[i] != WORD || e - s < 5 || !Character.isLowerCase(chars[s])) {
      return false;
    }
    return chars[e - 2] == 'e' && chars[e - 1] == 'd' && chars[e - 3] != 'e';
  }

  /** The text of pieces [from, to), for values and attributes (allocates; call per match only). */
  String text(int from, int to) {
    return text.subSequence(starts[from], ends[to - 1]).toString();
  }

  /** The suffix letters of a NUM_SUFFIX piece, lower-cased. */
  String suffix(int i) {
    int s = starts[i] + digits(i);
    return text.subSequence(s, ends[i]).toString().toLowerCase(java.util.Locale.ROOT);
  }
}
