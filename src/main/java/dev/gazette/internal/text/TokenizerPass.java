package dev.gazette.internal.text;

import static dev.gazette.internal.text.CharClass.APOS;
import static dev.gazette.internal.text.CharClass.ASCII;
import static dev.gazette.internal.text.CharClass.AT;
import static dev.gazette.internal.text.CharClass.CR;
import static dev.gazette.internal.text.CharClass.CURRENCY;
import static dev.gazette.internal.text.CharClass.DASH;
import static dev.gazette.internal.text.CharClass.DIGIT;
import static dev.gazette.internal.text.CharClass.ELLIPSIS;
import static dev.gazette.internal.text.CharClass.FORMAT;
import static dev.gazette.internal.text.CharClass.HASH;
import static dev.gazette.internal.text.CharClass.HIGH_SURROGATE;
import static dev.gazette.internal.text.CharClass.HYPHEN;
import static dev.gazette.internal.text.CharClass.JOINER;
import static dev.gazette.internal.text.CharClass.LETTER;
import static dev.gazette.internal.text.CharClass.LINE;
import static dev.gazette.internal.text.CharClass.LOWER;
import static dev.gazette.internal.text.CharClass.LOW_SURROGATE;
import static dev.gazette.internal.text.CharClass.MARK;
import static dev.gazette.internal.text.CharClass.PARA;
import static dev.gazette.internal.text.CharClass.PERIOD;
import static dev.gazette.internal.text.CharClass.PUNCT;
import static dev.gazette.internal.text.CharClass.QUOTE;
import static dev.gazette.internal.text.CharClass.SPACE;
import static dev.gazette.internal.text.CharClass.SYMBOL;
import static dev.gazette.internal.text.CharClass.UPPER;

import dev.gazette.TokenKind;

/**
 * The working state of the {@link Tokenizer} over one text: the text's chars, the output buffer and
 * the pending gap flags. Each {@link TokenBuffer} keeps one for reuse, so the tokenizer itself stays
 * stateless and a call allocates nothing in steady state.
 */
final class TokenizerPass {
  // Shape bits accumulated while scanning a token.
  private static final int S_LOWER = 1;
  private static final int S_UPPER = 2;
  private static final int S_DIGIT = 4;
  private static final int S_NONASCII = 8;

  /** The text's chars, copied once into the buffer's reusable array (longer than n: a NUL sentinel). */
  private char[] t;
  private int n;
  private TokenBuffer out;
  /**
   * Boundary flags for the next token. A line break while NEWLINE_BEFORE is already set makes a
   * paragraph break, so no separate count of line breaks is needed.
   */
  private int gap;

  // ---------------------------------------------------------------- tables of the hot loop

  /** Main-loop dispatch for every UTF-16 unit; anything but the commonest ASCII goes to {@link #other}. */
  private static final byte[] DISPATCH = new byte[65536];

  private static final byte D_OTHER = 0;
  private static final byte D_SPACE = 1;
  private static final byte D_LETTER = 2;
  private static final byte D_PUNCT = 3;
  private static final byte D_QUOTE = 4;
  private static final byte D_PERIOD = 5;
  private static final byte D_LINE = 6;
  private static final byte D_DIGIT = 7;
  private static final byte D_SYMBOL = 8;
  private static final byte D_HYPHEN = 9;

  /** Shape bits (S_LOWER, S_UPPER, S_DIGIT) of ASCII letters and digits; 0 for every other char. */
  private static final byte[] WORD_BITS = new byte[65536];

  /**
   * Token flags of a plain ASCII word by {@code firstCharBits << 3 | restBits}; -1 for the shapes
   * left to {@link #word} (camel case, digits): their glue and flag rules need the full scan.
   */
  private static final int[] WORD_FLAGS = new int[32];

  /**
   * Chars after a plain ASCII word that {@link #word} treats specially (the word goes on, or a
   * clitic, abbreviation, e-mail, URL or currency may follow): non-ASCII, ' - &amp; . @ _ + : $.
   */
  private static final boolean[] SPECIAL_AFTER_WORD = new boolean[65536];

  /**
   * A bit set of the listed speech verbs' last four letters (hashed, see {@link #verbTail}): a word of
   * 8+ letters whose tail is not in it cannot end with a glued verb ("partnershipadded"), so the
   * suffix trie is walked only for the few that are.
   */
  private static final long[] VERB_TAILS = new long[128];

  /**
   * Chars after an ASCII digit run that {@link #number} treats specially: letters (ordinals, units,
   * "3D"), '-' (ISO dates, "5-year"), non-ASCII; and the separators , . : / when a digit follows.
   */
  private static final boolean[] SPECIAL_AFTER_DIGITS = new boolean[65536];

  private static final boolean[] NUMBER_SEPARATOR = new boolean[65536];

  /** Kind of the one-char tokens of the hot loop (D_PUNCT, D_QUOTE, D_SYMBOL, D_PERIOD); -1 else. */
  private static final byte[] ONE_CHAR_KIND = new byte[65536];

  private static final int WORD = TokenKind.WORD.ordinal();
  private static final int NUMBER_KIND = TokenKind.NUMBER.ordinal();
  private static final int DASH_KIND = TokenKind.DASH.ordinal();

  static {
    for (int c = 0; c < 128; c++) {
      byte k = ASCII[c];
      DISPATCH[c] =
          c == ' ' ? D_SPACE
              : k == LOWER || k == UPPER ? D_LETTER
              : k == PUNCT ? D_PUNCT
              : k == QUOTE ? D_QUOTE
              : k == PERIOD ? D_PERIOD
              : c == '\n' ? D_LINE
              : k == DIGIT ? D_DIGIT
              : k == SYMBOL ? D_SYMBOL
              : c == '-' ? D_HYPHEN
              : D_OTHER;
      WORD_BITS[c] = (byte) (k == LOWER ? S_LOWER : k == UPPER ? S_UPPER : k == DIGIT ? S_DIGIT : 0);
    }
    java.util.Arrays.fill(ONE_CHAR_KIND, (byte) -1);
    for (int c = 0; c < 128; c++) {
      byte k = ASCII[c];
      ONE_CHAR_KIND[c] = (byte) (
          k == PUNCT || k == PERIOD ? TokenKind.PUNCT.ordinal()
              : k == QUOTE ? TokenKind.QUOTE.ordinal()
              : k == SYMBOL ? TokenKind.SYMBOL.ordinal()
              : -1);
    }
    for (int c = 128; c < 65536; c++) {
      SPECIAL_AFTER_WORD[c] = true;
      SPECIAL_AFTER_DIGITS[c] = true;
    }
    for (int c = 0; c < 128; c++) {
      SPECIAL_AFTER_DIGITS[c] = ASCII[c] == LOWER || ASCII[c] == UPPER || c == '-';
    }
    for (char c : ",.:/".toCharArray()) {
      NUMBER_SEPARATOR[c] = true;
    }
    for (char c : "'-&.@_+:$".toCharArray()) {
      SPECIAL_AFTER_WORD[c] = true;
    }
    java.util.Arrays.fill(WORD_FLAGS, -1);
    WORD_FLAGS[S_LOWER << 3] = TokenFlags.ALL_LOWER; // "a"
    WORD_FLAGS[S_LOWER << 3 | S_LOWER] = TokenFlags.ALL_LOWER; // "said"
    WORD_FLAGS[S_UPPER << 3] = TokenFlags.ALL_UPPER | TokenFlags.CAPITALIZED; // "I"
    WORD_FLAGS[S_UPPER << 3 | S_UPPER] = TokenFlags.ALL_UPPER | TokenFlags.CAPITALIZED; // "NATO"
    WORD_FLAGS[S_UPPER << 3 | S_LOWER] = TokenFlags.CAPITALIZED; // "London"
    for (String v : Lexicon.SPEECH_VERB_LIST) {
      int l = v.length();
      if (l < 4) {
        throw new IllegalStateException("speech verbs have 4+ letters: " + v);
      }
      int h = verbTail(v.charAt(l - 4), v.charAt(l - 3), v.charAt(l - 2), v.charAt(l - 1));
      VERB_TAILS[h >>> 6] |= 1L << h;
    }
  }

  /**
   * Tokenizes {@code text} into {@code out} (already cleared). A pass is kept by its buffer and reused
   * by the buffer's thread, so a call allocates nothing once the buffers have grown.
   */
  void run(String text, TokenBuffer out) {
    this.t = out.charsOf(text);
    this.n = text.length();
    this.out = out;
    this.gap = 0;
    try {
      run();
    } finally {
      this.out = null; // the buffer holds the pass: no cycle to keep alive, but drop the reference
    }
  }

  /**
   * The hot loop: spaces, line feeds, plain ASCII words (lower case, capitalized or all capitals,
   * followed by an ordinary char), ASCII punctuation and quotes and lone periods are handled here with
   * the scan state and the output arrays in locals: one table load per char, flags from one table
   * load per word. Every other token (and every word that may need more: camel case, digits, a
   * clitic, an abbreviation period, a hyphen, a glued speech verb) is handed, from its first char, to
   * {@link #other}, the general scanner, with the state written back to the fields.
   */
  private void run() {
    final char[] t = this.t;
    final int n = this.n;
    final TokenBuffer out = this.out;
    int[] starts = out.starts;
    int[] ends = out.ends;
    byte[] kinds = out.kinds;
    int[] flags = out.flags;
    int size = out.size;
    int gap = this.gap;
    int i = 0;
    while (i < n) {
      char c = t[i];
      int d = DISPATCH[c];
      int e;
      int kind;
      int fl;
      if (d == D_LETTER) {
        e = i + 1;
        int rest = 0;
        int b;
        while ((b = WORD_BITS[t[e]]) != 0) { // stops at the NUL sentinel t[n] at the latest
          rest |= b;
          e++;
        }
        fl = WORD_FLAGS[WORD_BITS[c] << 3 | rest];
        kind = WORD;
        if (fl < 0
            || (SPECIAL_AFTER_WORD[t[e]] && !plainPeriodAfter(t, i, e))
            || (e - i >= 8
                && (VERB_TAILS[verbTail(t[e - 4], t[e - 3], t[e - 2], t[e - 1]) >>> 6]
                        & (1L << verbTail(t[e - 4], t[e - 3], t[e - 2], t[e - 1])))
                    != 0
                && Lexicon.SPEECH_VERBS.suffixLengths(t, i + 4, e) != 0)) {
          d = D_OTHER;
        }
      } else if (d == D_SPACE) {
        gap |= TokenFlags.SPACE_BEFORE;
        i++;
        continue;
      } else if (d == D_DIGIT) {
        e = i + 1;
        while (WORD_BITS[t[e]] == S_DIGIT) {
          e++;
        }
        char f = t[e];
        while (NUMBER_SEPARATOR[f] && WORD_BITS[t[e + 1]] == S_DIGIT) { // "1,750", "5.93", "14:00"
          e += 2;
          while (WORD_BITS[t[e]] == S_DIGIT) {
            e++;
          }
          f = t[e];
        }
        kind = NUMBER_KIND;
        fl = TokenFlags.HAS_DIGIT;
        // ASCII digits and separators: "2022", "1,750", "5.93" (not "1st", "3D", "2022-12-29").
        if (SPECIAL_AFTER_DIGITS[f]
            || (NUMBER_SEPARATOR[f] && (WORD_BITS[t[e + 1]] == S_DIGIT || t[e + 1] >= 128))) {
          d = D_OTHER;
        }
      } else if (d == D_HYPHEN) {
        e = i + 1;
        while (t[e] == '-') {
          e++;
        }
        kind = DASH_KIND;
        fl = 0;
      } else if (d == D_LINE) {
        gap |=
            (gap & TokenFlags.NEWLINE_BEFORE) != 0
                ? TokenFlags.SPACE_BEFORE | TokenFlags.NEWLINE_BEFORE | TokenFlags.PARAGRAPH_BEFORE
                : TokenFlags.SPACE_BEFORE | TokenFlags.NEWLINE_BEFORE;
        i++;
        continue;
      } else {
        // One ASCII char: punctuation, quote, symbol, or a lone period (not "..." nor ".5").
        e = i + 1;
        kind = ONE_CHAR_KIND[c];
        fl = 0;
        if (d == D_PERIOD && (t[e] == '.' || WORD_BITS[t[e]] == S_DIGIT)) {
          d = D_OTHER;
        }
      }
      if (d == D_OTHER) {
        // Anything else: the general scanner, from the token's first char, on the fields.
        out.size = size;
        this.gap = gap;
        i = other(i);
        gap = this.gap;
        size = out.size;
        starts = out.starts;
        ends = out.ends;
        kinds = out.kinds;
        flags = out.flags;
        continue;
      }
      if (size == starts.length) {
        out.size = size;
        out.grow();
        starts = out.starts;
        ends = out.ends;
        kinds = out.kinds;
        flags = out.flags;
      }
      starts[size] = i;
      ends[size] = e;
      kinds[size] = (byte) kind;
      flags[size] = fl | gap;
      size++;
      // The single space that most often follows, without a branch (SPACE_BEFORE is bit 0).
      gap = t[e] == ' ' ? TokenFlags.SPACE_BEFORE : 0;
      i = e + gap;
    }
    out.size = size;
    this.gap = gap;
  }


  /** The bit of a four-letter word tail in {@link #VERB_TAILS} (0..8191; case folded by the low 5 bits). */
  private static int verbTail(char a, char b, char c, char d) {
    int key = (a & 31) << 15 | (b & 31) << 10 | (c & 31) << 5 | (d & 31);
    return (key * 0x9E3779B1) >>> 19;
  }

  /**
   * Whether the period after the plain ASCII word {@code [s, e)} leaves the word alone, as {@link
   * #afterWordPeriod} decides it: a word of 7+ letters before a period that no letter or digit
   * follows (no abbreviation, e-mail or web address can start there).
   */
  private static boolean plainPeriodAfter(char[] t, int s, int e) {
    return t[e] == '.' && e - s > 6 && WORD_BITS[t[e + 1]] == 0;
  }

  /** Scans the token (or gap) that starts at {@code i} with the general methods; returns the position after. */
  private int other(int i) {
    final char[] t = this.t;
    final int n = this.n;
    char c = t[i];
    byte k = c < 128 ? ASCII[c] : CharClass.nonAscii(c);
    switch (k) {
      case SPACE:
        gap |= TokenFlags.SPACE_BEFORE;
        return i + 1;
      case LINE:
        lineBreak();
        return i + 1;
      case CR:
        if (i + 1 < n && t[i + 1] == '\n') {
          gap |= TokenFlags.SPACE_BEFORE;
        } else {
          lineBreak();
        }
        return i + 1;
      case PARA:
        gap |= TokenFlags.SPACE_BEFORE | TokenFlags.NEWLINE_BEFORE | TokenFlags.PARAGRAPH_BEFORE;
        return i + 1;
      case FORMAT:
      case JOINER:
        // Invisible outside a word (bidi marks, BOM, a stray soft hyphen or joiner): no token, and
        // no space either. Inside a word, the word scanner steps over them.
        return i + 1;
      case LOWER:
      case UPPER:
      case LETTER:
      case MARK:
        return word(i, i, 0);
      case DIGIT:
        return number(i);
      case PERIOD:
        return period(i);
      case PUNCT:
        emit(i, i + 1, TokenKind.PUNCT, nonAscii(c));
        return i + 1;
      case QUOTE:
        emit(i, i + 1, TokenKind.QUOTE, nonAscii(c));
        return i + 1;
      case APOS:
        return apostrophe(i);
      case HYPHEN:
      case DASH:
        return dash(i);
      case ELLIPSIS:
        emit(i, i + 1, TokenKind.PUNCT, TokenFlags.NON_ASCII);
        return i + 1;
      case CURRENCY:
        emit(i, i + 1, TokenKind.CURRENCY, nonAscii(c));
        return i + 1;
      case HASH:
        return hashtag(i);
      case AT:
        return handle(i);
      case SYMBOL:
        if (c < 128) {
          emit(i, i + 1, TokenKind.SYMBOL, 0);
          return i + 1;
        } else {
          int e = emojiEnd(i + 1);
          emit(i, e, TokenKind.SYMBOL, TokenFlags.NON_ASCII);
          return e;
        }
      case HIGH_SURROGATE:
        return surrogate(i);
      case LOW_SURROGATE:
        emit(i, i + 1, TokenKind.OTHER, TokenFlags.NON_ASCII);
        return i + 1;
      default:
        return control(i);
    }
  }

  // ---------------------------------------------------------------- emitting

  private void emit(int s, int e, TokenKind kind, int flags) {
    out.add(s, e, kind, flags | gap);
    gap = 0;
  }

  /** A line break: a second one before the next token makes a paragraph break. */
  private void lineBreak() {
    if ((gap & TokenFlags.NEWLINE_BEFORE) != 0) {
      gap |= TokenFlags.PARAGRAPH_BEFORE;
    }
    gap |= TokenFlags.SPACE_BEFORE | TokenFlags.NEWLINE_BEFORE;
  }

  private static int nonAscii(char c) {
    return c < 128 ? 0 : TokenFlags.NON_ASCII;
  }

  /** Token flags for each combination of shape bits, CAPITALIZED aside. */
  private static final int[] SHAPE_FLAGS = new int[16];

  static {
    for (int shape = 0; shape < 16; shape++) {
      int f = 0;
      if ((shape & S_UPPER) != 0 && (shape & S_LOWER) == 0) {
        f |= TokenFlags.ALL_UPPER;
      }
      if ((shape & S_LOWER) != 0 && (shape & S_UPPER) == 0) {
        f |= TokenFlags.ALL_LOWER;
      }
      if ((shape & S_DIGIT) != 0) {
        f |= TokenFlags.HAS_DIGIT;
      }
      if ((shape & S_NONASCII) != 0) {
        f |= TokenFlags.NON_ASCII;
      }
      SHAPE_FLAGS[shape] = f;
    }
  }

  /** Token flags from shape bits and the first char. */
  private static int flagsOf(int shape, char first) {
    int f = SHAPE_FLAGS[shape & 15];
    if ((shape & S_UPPER) != 0
        && (first < 128
            ? (char) (first - 'A') < 26
            : (Character.isUpperCase(first) || Character.isTitleCase(first)))) {
      f |= TokenFlags.CAPITALIZED;
    }
    return f;
  }

  /** Shape flags of an arbitrary range, for the rarer tokens that are not scanned char by char. */
  private int flagsOfRange(int s, int e) {
    int shape = 0;
    boolean hyph = false;
    for (int i = s; i < e; i++) {
      char c = t[i];
      byte k = CharClass.of(c);
      if (c >= 128) {
        shape |= S_NONASCII;
      }
      if (k == LOWER) {
        shape |= S_LOWER;
      } else if (k == UPPER) {
        shape |= S_UPPER;
      } else if (k == DIGIT) {
        shape |= S_DIGIT;
      } else if (k == HYPHEN && i > s && i + 1 < e) {
        hyph = true;
      }
    }
    return flagsOf(shape, t[s]) | (hyph ? TokenFlags.HYPHENATED : 0);
  }

  // ---------------------------------------------------------------- char tests

  private byte classAt(int i) {
    char c = t[i];
    if (c < 128) {
      return ASCII[c];
    }
    byte k = CharClass.nonAscii(c);
    if (k == HIGH_SURROGATE && i + 1 < n && Character.isLowSurrogate(t[i + 1])) {
      return CharClass.ofCodePoint(Character.toCodePoint(c, t[i + 1]));
    }
    return k;
  }

  private boolean isWordAt(int i) {
    return i < n && CharClass.isWordClass(classAt(i));
  }

  /** Whether the char at {@code i} (< n) is an invisible joiner or format char. */
  private boolean isFormatAt(int i) {
    char c = t[i];
    if (c < 128) {
      return false;
    }
    byte k = CharClass.nonAscii(c);
    return k == JOINER || k == FORMAT;
  }

  private boolean isLetterAt(int i) {
    return i < n && CharClass.isLetterClass(classAt(i));
  }

  private boolean isDigitAt(int i) {
    return i < n && classAt(i) == DIGIT;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiAlnum(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  // ---------------------------------------------------------------- words

  /**
   * Scans a word that starts at {@code s}, continuing from {@code from} (after a number prefix, with
   * {@code shape0 == S_DIGIT}), and emits it with any clitic, abbreviation period or glue split.
   * Returns the position after. The hot loop in {@link #run()} handles plain ASCII words itself; this
   * is the general scanner for all the others.
   */
  private int word(int s, int from, int shape0) {
    final char[] t = this.t;
    final int n = this.n;
    int i = from;
    int shape = shape0;
    boolean plain = shape0 == 0; // letters and marks only
    boolean hyph = false;
    boolean prevLower = false;
    int trans = 0;
    int transAt = -1;
    int cliticStart = -1;
    int cliticEnd = -1;
    scan:
    while (i < n) {
      // Fast path: most chars of English words are ASCII lower case.
      int j = i;
      while ((char) (t[j] - 'a') < 26) { // stops at the NUL sentinel t[n] at the latest
        j++;
      }
      if (j > i) {
        shape |= S_LOWER;
        prevLower = true;
        i = j;
        if (i >= n) {
          break;
        }
      }
      char c = t[i];
      if (c < 128) {
        switch (ASCII[c]) {
          case UPPER:
            shape |= S_UPPER;
            if (prevLower && trans++ == 0) {
              transAt = i;
            }
            prevLower = false;
            i++;
            continue;
          case DIGIT:
            shape |= S_DIGIT;
            plain = false;
            prevLower = false;
            i++;
            continue;
          case HYPHEN:
            if (isWordAt(i + 1)) {
              hyph = true;
              plain = false;
              prevLower = false;
              i++;
              continue;
            }
            break scan;
          case APOS:
            if (isLetterAt(i + 1)) {
              int ce = cliticAfter(i);
              if (ce > 0) {
                cliticStart = i;
                cliticEnd = ce;
                break scan;
              }
              if (isNegation(i) && i - 1 > s) {
                cliticStart = i - 1;
                cliticEnd = i + 2;
                break scan;
              }
              plain = false;
              prevLower = false;
              i++;
              continue;
            }
            break scan;
          default:
            if (c == '&'
                && i + 1 < n
                && isAsciiUpper(t[i + 1])
                && i - s <= 3
                && shape == S_UPPER) {
              plain = false; // AT&T, S&P, M&A
              i++;
              continue;
            }
            break scan;
        }
      }
      byte k = CharClass.nonAscii(c);
      switch (k) {
        case LOWER:
          shape |= S_LOWER | S_NONASCII;
          prevLower = true;
          i++;
          continue;
        case UPPER:
          shape |= S_UPPER | S_NONASCII;
          if (prevLower && trans++ == 0) {
            transAt = i;
          }
          prevLower = false;
          i++;
          continue;
        case LETTER:
          shape |= S_NONASCII;
          prevLower = false;
          i++;
          continue;
        case MARK:
          shape |= S_NONASCII;
          i++;
          continue;
        case JOINER:
        case FORMAT:
          {
            // Zero-width and bidi format chars between word chars ("Mac\u200Dron", "Ma\u00ADcron",
            // "Sch\u2060olz") keep the word whole; keys skip them (KeyFolding, AliasKeys). Before a
            // non-word char they end the word and are skipped like in the main loop.
            int after = i + 1;
            while (after < n && isFormatAt(after)) {
              after++;
            }
            if (after < n && CharClass.isWordClass(classAt(after))) {
              shape |= S_NONASCII;
              i = after;
              continue;
            }
            break scan;
          }
        case DIGIT:
          shape |= S_DIGIT | S_NONASCII;
          plain = false;
          prevLower = false;
          i++;
          continue;
        case HIGH_SURROGATE:
          if (i + 1 < n && Character.isLowSurrogate(t[i + 1])) {
            byte kk = CharClass.ofCodePoint(Character.toCodePoint(c, t[i + 1]));
            if (CharClass.isWordClass(kk)) {
              shape |=
                  S_NONASCII | (kk == LOWER ? S_LOWER : kk == UPPER ? S_UPPER : kk == DIGIT ? S_DIGIT : 0);
              prevLower = kk == LOWER;
              i += 2;
              continue;
            }
          }
          break scan;
        case HYPHEN:
          if (isWordAt(i + 1)) {
            shape |= S_NONASCII;
            hyph = true;
            plain = false;
            prevLower = false;
            i++;
            continue;
          }
          break scan;
        case APOS:
          if (isLetterAt(i + 1)) {
            int ce = cliticAfter(i);
            if (ce > 0) {
              cliticStart = i;
              cliticEnd = ce;
              break scan;
            }
            if (isNegation(i) && i - 1 > s) {
              cliticStart = i - 1;
              cliticEnd = i + 2;
              break scan;
            }
            shape |= S_NONASCII;
            plain = false;
            prevLower = false;
            i++;
            continue;
          }
          break scan;
        default:
          break scan;
      }
    }

    return finishWord(s, i, shape, plain, hyph, trans, transAt, cliticStart, cliticEnd);
  }

  /**
   * Emits the word {@code [s, i)} scanned so far with what follows it: a clitic, an abbreviation
   * period, an e-mail or URL continuation, a currency sign. Returns the position after.
   */
  private int finishWord(
      int s,
      int i,
      int shape,
      boolean plain,
      boolean hyph,
      int trans,
      int transAt,
      int cliticStart,
      int cliticEnd) {
    if (cliticStart >= 0) {
      if (cliticStart != i) {
        shape = 0; // the 'n' of n't went to the clitic: rescan below
      }
      emitWord(s, cliticStart, shape, plain, hyph, trans, transAt);
      emit(cliticStart, cliticEnd, TokenKind.WORD, TokenFlags.CLITIC | flagsOfRange(cliticStart, cliticEnd));
      return cliticEnd;
    }
    if (i < n) {
      char c = t[i];
      int r;
      switch (c) {
        case '.':
          r = afterWordPeriod(s, i, shape, plain);
          if (r > 0) {
            return r;
          }
          break;
        case '@':
        case '_':
        case '+':
          r = email(s);
          if (r > 0) {
            emit(s, r, TokenKind.EMAIL, flagsOfRange(s, r));
            return r;
          }
          break;
        case ':':
          if (plain
              && i + 2 < n
              && t[i + 1] == '/'
              && t[i + 2] == '/'
              && isScheme(s, i)) {
            r = urlEnd(s);
            emit(s, r, TokenKind.URL, flagsOfRange(s, r));
            return r;
          }
          break;
        case '$':
          if (plain && shape == S_UPPER && i - s <= 3) {
            emit(s, i + 1, TokenKind.CURRENCY, TokenFlags.ALL_UPPER | TokenFlags.CAPITALIZED);
            return i + 1;
          }
          break;
        default:
          break;
      }
    }
    emitWord(s, i, shape, plain, hyph, trans, transAt);
    return i;
  }

  /** Emits a word, split in two when it is a repairable glue. {@code shape == 0} means rescan. */
  private void emitWord(int s, int e, int shape, boolean plain, boolean hyph, int trans, int transAt) {
    if (shape == 0) {
      emit(s, e, TokenKind.WORD, flagsOfRange(s, e));
      return;
    }
    if (plain
        && (shape & S_LOWER) != 0
        && (trans == 1
            ? e - s >= 4
            : trans == 0 && e - s >= 8 && GlueRepair.mayEndWithVerb(t[e - 1]))
        && ((shape & S_NONASCII) != 0 && hasFormatChar(s, e)
            ? repairGlueAround(s, e, trans, transAt)
            : repairGlue(s, e, trans, transAt))) {
      return;
    }
    emit(s, e, TokenKind.WORD, flagsOf(shape, t[s]) | (hyph ? TokenFlags.HYPHENATED : 0));
  }

  /** Emits a glued word as two tokens if it is one; kept apart from the hot path on purpose. */
  private boolean repairGlue(int s, int e, int trans, int transAt) {
    int g;
    int glue;
    if (trans == 1) {
      g = GlueRepair.caseJoin(t, s, transAt, e);
      glue = TokenFlags.GLUE_CASE;
    } else {
      g = GlueRepair.verbJoin(t, s, e);
      glue = TokenFlags.GLUE_WORD;
    }
    if (g <= 0) {
      return false;
    }
    emit(s, g, TokenKind.WORD, flagsOfRange(s, g));
    emit(g, e, TokenKind.WORD, flagsOfRange(g, e) | glue);
    return true;
  }

  /** Whether {@code [s, e)} holds an invisible joiner or format char. */
  private boolean hasFormatChar(int s, int e) {
    for (int i = s; i < e; i++) {
      if (isFormatAt(i)) {
        return true;
      }
    }
    return false;
  }

  /** The word's chars without its format chars, for glue repair; reused, grown as needed. */
  private char[] compact = new char[64];
  /** For each char of {@link #compact}, its offset in the text. */
  private int[] compactAt = new int[64];

  /** Copies {@code [s, e)} without its format chars into {@link #compact}; returns the length. */
  private int compactWord(int s, int e) {
    if (compact.length < e - s + 1) {
      compact = new char[e - s + 1];
      compactAt = new int[e - s + 1];
    }
    int m = 0;
    for (int i = s; i < e; i++) {
      if (!isFormatAt(i)) {
        compact[m] = t[i];
        compactAt[m++] = i;
      }
    }
    compact[m] = 0;
    return m;
  }

  /**
   * {@link #repairGlue} for a word with format chars inside ("Mos\u200Dcow\u200DKazakh"): decides on
   * the word without them, so the split falls where it falls in the clean word, then maps it back.
   */
  private boolean repairGlueAround(int s, int e, int trans, int transAt) {
    int m = compactWord(s, e);
    int g0 = -1;
    for (int k = 0; k < m; k++) {
      if (compactAt[k] == transAt) {
        g0 = k;
      }
    }
    int g;
    int glue;
    if (trans == 1) {
      g = m >= 4 && g0 > 0 ? GlueRepair.caseJoin(compact, 0, g0, m) : -1;
      glue = TokenFlags.GLUE_CASE;
    } else {
      g = m >= 8 ? GlueRepair.verbJoin(compact, 0, m) : -1;
      glue = TokenFlags.GLUE_WORD;
    }
    if (g <= 0) {
      return false;
    }
    // Format chars at the split belong to neither part, as between words.
    int leftEnd = compactAt[g - 1] + 1;
    int rightStart = compactAt[g];
    emit(s, leftEnd, TokenKind.WORD, flagsOfRange(s, leftEnd));
    emit(rightStart, e, TokenKind.WORD, flagsOfRange(rightStart, e) | glue);
    return true;
  }

  /**
   * End of a clitic that starts with the apostrophe at {@code a}: 's 'm 'd 'll 're 've (any case)
   * followed by a non-word char; -1 if none.
   */
  private int cliticAfter(int a) {
    char c1 = lowerAscii(a + 1);
    if ((c1 == 's' || c1 == 'm' || c1 == 'd') && !wordGoesOnAt(a + 2)) {
      return a + 2;
    }
    char c2 = lowerAscii(a + 2);
    if (((c1 == 'l' && c2 == 'l') || (c1 == 'r' && c2 == 'e') || (c1 == 'v' && c2 == 'e'))
        && !wordGoesOnAt(a + 3)) {
      return a + 3;
    }
    return -1;
  }

  /** Whether the apostrophe at {@code a} is inside "n't" that ends the word. */
  private boolean isNegation(int a) {
    return a > 0
        && (t[a - 1] == 'n' || t[a - 1] == 'N')
        && lowerAscii(a + 1) == 't'
        && !wordGoesOnAt(a + 2);
  }

  /**
   * Whether the word goes on at {@code i}: a word char, or format chars followed by one. A format char
   * inside a name ("N'D", word joiner, "jamena") must not make its first letters a clitic ('d) or a
   * negation.
   */
  private boolean wordGoesOnAt(int i) {
    if (isWordAt(i)) {
      return true;
    }
    while (i < n && isFormatAt(i)) {
      i++;
    }
    return isWordAt(i);
  }

  private char lowerAscii(int i) {
    if (i >= n) {
      return 0;
    }
    char c = t[i];
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /**
   * A word followed by a period at {@code p}: an e-mail, a letter-dot abbreviation, a web address, a
   * known abbreviation or an initial keep it; returns the position after the token, or -1 to emit the
   * word alone (the period then becomes PUNCT).
   */
  private int afterWordPeriod(int s, int p, int shape, boolean plain) {
    int len = p - s;
    char nx = p + 1 < n ? t[p + 1] : 0;
    if (isAsciiAlnum(nx)) {
      int r = email(s);
      if (r > 0) {
        emit(s, r, TokenKind.EMAIL, flagsOfRange(s, r));
        return r;
      }
      if (plain && len <= 2) {
        r = dotted(s);
        if (r > 0) {
          emit(s, r, TokenKind.ABBREVIATION, flagsOfRange(s, r));
          return r;
        }
      }
      if (len == 3 && matchesIgnoreCase(s, "www")) {
        r = urlEnd(s);
        emit(s, r, TokenKind.URL, flagsOfRange(s, r));
        return r;
      }
      if (nx >= 'a' && nx <= 'z') {
        r = domain(s);
        if (r > 0) {
          emit(s, r, TokenKind.URL, flagsOfRange(s, r));
          return r;
        }
      }
    }
    if (!plain) {
      return -1;
    }
    if (len > 6) {
      return (shape & S_NONASCII) != 0 && hasFormatChar(s, p) ? abbreviationAround(s, p) : -1;
    }
    boolean abbr;
    if ((shape & S_NONASCII) != 0 && hasFormatChar(s, p)) {
      return abbreviationAround(s, p);
    } else if (len == 1) {
      abbr = shape == S_UPPER || t[s] == 'v'; // initial "J.", "v." (versus)
    } else {
      abbr = Lexicon.ABBREVIATIONS.contains(t, s, p) || (isNumberAbbreviation(s, p) && digitFollows(p + 1));
    }
    if (abbr) {
      emit(s, p + 1, TokenKind.ABBREVIATION, flagsOf(shape, t[s]));
      return p + 1;
    }
    return -1;
  }

  /**
   * {@link #afterWordPeriod}'s abbreviation test for a word with format chars inside ("Se\u00ADn."):
   * decided on the word without them. Returns the position after the period, or -1.
   */
  private int abbreviationAround(int s, int p) {
    int m = compactWord(s, p);
    if (m < 2 || m > 6 || !Lexicon.ABBREVIATIONS.contains(compact, 0, m)) {
      return -1;
    }
    emit(s, p + 1, TokenKind.ABBREVIATION, flagsOfRange(s, p));
    return p + 1;
  }

  /** "No" / "no" / "Nos" (number), an abbreviation only before a number. */
  private boolean isNumberAbbreviation(int s, int p) {
    int len = p - s;
    return (len == 2 || (len == 3 && t[s + 2] == 's'))
        && (t[s] == 'N' || t[s] == 'n')
        && t[s + 1] == 'o';
  }

  private boolean digitFollows(int i) {
    while (i < n && (t[i] == ' ' || t[i] == '\u00A0')) {
      i++;
    }
    return i < n && t[i] >= '0' && t[i] <= '9';
  }

  /**
   * A letter-dot abbreviation starting at {@code s}: at least two segments of one or two ASCII letters
   * each followed by a period ("U.S.", "a.m.", "e.g.", "U.S.A."), the last period optional ("U.S");
   * two-letter segments only for listed forms ("Ph.D."). Returns its end or -1.
   */
  private int dotted(int s) {
    int i = s;
    int segs = 0;
    boolean single = true;
    boolean endsWithPeriod = false;
    while (true) {
      int a = i;
      while (i < n && i - a <= 2 && isAsciiLetter(t[i])) {
        i++;
      }
      int len = i - a;
      if (len == 0 || len > 2 || (i < n && isWordAt(i))) {
        i = a;
        break;
      }
      if (len == 2) {
        single = false;
      }
      segs++;
      if (i < n && t[i] == '.') {
        i++;
        endsWithPeriod = true;
        continue;
      }
      endsWithPeriod = false;
      break;
    }
    if (segs < 2) {
      return -1;
    }
    if (!single && !Lexicon.ABBREVIATIONS.contains(t, s, endsWithPeriod ? i - 1 : i)) {
      return -1;
    }
    return i;
  }

  /** Whether the text at {@code s} starts with {@code lower} in any ASCII case. */
  private boolean matchesIgnoreCase(int s, String lower) {
    if (s + lower.length() > n) {
      return false;
    }
    for (int j = 0; j < lower.length(); j++) {
      char c = t[s + j];
      if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lower.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private boolean isScheme(int s, int e) {
    int len = e - s;
    return (len == 4 && matchesIgnoreCase(s, "http"))
        || (len == 5 && matchesIgnoreCase(s, "https"))
        || (len == 3 && matchesIgnoreCase(s, "ftp"));
  }

  /** "name.tld" (and a path) where tld is a known top-level domain; -1 if not. */
  private int domain(int s) {
    int i = s;
    int labels = 0;
    int last = s;
    while (true) {
      int a = i;
      while (i < n && (isAsciiAlnum(t[i]) || t[i] == '-')) {
        i++;
      }
      if (i == a) {
        return -1;
      }
      labels++;
      last = a;
      if (i + 1 < n && t[i] == '.' && isAsciiAlnum(t[i + 1])) {
        i++;
        continue;
      }
      break;
    }
    if (labels < 2 || !Lexicon.TLDS.contains(t, last, i) || isWordAt(i)) {
      return -1;
    }
    if (i < n && t[i] == '/') {
      return urlEnd(i);
    }
    return i;
  }

  /** End of a URL starting at {@code s}: up to white space or a char URLs never hold, trimmed. */
  private int urlEnd(int s) {
    int i = s;
    int parens = 0;
    while (i < n) {
      char c = t[i];
      if (c < 128) {
        if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '`' || c == '{' || c == '}' || c == '|'
            || c == '\\' || c == '^' || c == 127) {
          break;
        }
        if (c == '(') {
          parens++;
        } else if (c == ')') {
          parens--;
        }
      } else if (!CharClass.isWordClass(CharClass.nonAscii(c))) {
        break;
      }
      i++;
    }
    while (i > s + 1) {
      char c = t[i - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\''
          || c == ']') {
        i--;
      } else if (c == ')' && parens < 0) {
        parens++;
        i--;
      } else {
        break;
      }
    }
    return i;
  }

  /** An e-mail address starting at {@code s}; its end or -1. */
  private int email(int s) {
    int i = s;
    int lim = Math.min(n, s + 64);
    while (i < lim) {
      char c = t[i];
      if (isAsciiAlnum(c) || c == '.' || c == '_' || c == '+' || c == '-' || c == '%') {
        i++;
      } else {
        break;
      }
    }
    if (i == s || i >= n || t[i] != '@' || t[i - 1] == '.') {
      return -1;
    }
    i++;
    int labels = 0;
    int lastStart = i;
    while (true) {
      int a = i;
      while (i < n && (isAsciiAlnum(t[i]) || t[i] == '-')) {
        i++;
      }
      if (i == a) {
        return -1;
      }
      labels++;
      lastStart = a;
      if (i + 1 < n && t[i] == '.' && isAsciiAlnum(t[i + 1])) {
        i++;
        continue;
      }
      break;
    }
    if (labels < 2 || i - lastStart < 2) {
      return -1;
    }
    for (int j = lastStart; j < i; j++) {
      if (!isAsciiLetter(t[j])) {
        return -1;
      }
    }
    return i;
  }

  // ---------------------------------------------------------------- numbers

  private int digits(int i) {
    while (i < n) {
      char c = t[i];
      if (c >= '0' && c <= '9') {
        i++;
      } else if (c >= 128 && Character.isDigit(c)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private int number(int s) {
    int d = isoDate(s);
    if (d > 0) {
      emit(s, d, TokenKind.DATE, flagsOfRange(s, d));
      return d;
    }
    int i = s;
    boolean seps = false;
    if (t[i] == '.') {
      i++;
      seps = true;
    }
    i = digits(i);
    while (i + 1 < n) {
      char c = t[i];
      if ((c == ',' || c == '.' || c == ':' || c == '/') && isDigitAt(i + 1)) {
        seps = true;
        i = digits(i + 1);
      } else {
        break;
      }
    }
    int e = i;
    if (e < n) {
      char c = t[e];
      if (isLetterAt(e)) {
        int l = e;
        while (l < n && isAsciiLetter(t[l])) {
          l++;
        }
        if (l > e && !isWordAt(l) && !(l < n && t[l] == '-' && isWordAt(l + 1))) {
          int len = l - e;
          if (!seps && len == 2 && isOrdinalSuffix(e)) {
            emit(s, l, TokenKind.ORDINAL, TokenFlags.HAS_DIGIT);
            return l;
          }
          if (!seps && len == 1 && t[e] == 's' && e - s >= 2) {
            emit(s, l, TokenKind.NUMBER, TokenFlags.HAS_DIGIT); // 1980s, 90s
            return l;
          }
          if (Lexicon.UNITS.contains(t, e, l)) {
            emit(s, e, TokenKind.NUMBER, TokenFlags.HAS_DIGIT);
            emit(e, l, TokenKind.WORD, flagsOfRange(e, l));
            return l;
          }
        }
        if (e + 3 < n
            && (c == 'a' || c == 'p' || c == 'A' || c == 'P')
            && t[e + 1] == '.'
            && (t[e + 2] == 'm' || t[e + 2] == 'M')
            && t[e + 3] == '.') {
          emit(s, e, TokenKind.NUMBER, TokenFlags.HAS_DIGIT); // 10a.m.
          emit(e, e + 4, TokenKind.ABBREVIATION, flagsOfRange(e, e + 4));
          return e + 4;
        }
        return word(s, e, S_DIGIT);
      }
      if (c == '-' && isLetterAt(e + 1)) {
        return word(s, e, S_DIGIT); // 5-year, 1.5-fold
      }
    }
    emit(s, e, TokenKind.NUMBER, flagsOfRange(s, e));
    return e;
  }

  private boolean isOrdinalSuffix(int e) {
    char a = lowerAscii(e);
    char b = lowerAscii(e + 1);
    return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
  }

  private boolean isAsciiDigit(int i) {
    if (i >= n) {
      return false;
    }
    char c = t[i];
    return c >= '0' && c <= '9';
  }

  /**
   * An ISO date "2022-12-29", optionally with a time "T14:00", seconds, fraction and zone ("Z",
   * "+02:00", "-0500"); its end or -1.
   */
  private int isoDate(int s) {
    if (s + 10 > n
        || !isAsciiDigit(s + 1)
        || !isAsciiDigit(s + 2)
        || !isAsciiDigit(s + 3)
        || t[s + 4] != '-'
        || !isAsciiDigit(s + 5)
        || !isAsciiDigit(s + 6)
        || t[s + 7] != '-'
        || !isAsciiDigit(s + 8)
        || !isAsciiDigit(s + 9)
        || isAsciiDigit(s + 10)
        || !isAsciiDigit(s)) {
      return -1;
    }
    int month = (t[s + 5] - '0') * 10 + (t[s + 6] - '0');
    int day = (t[s + 8] - '0') * 10 + (t[s + 9] - '0');
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return -1;
    }
    int e = s + 10;
    if (e + 5 < n
        && t[e] == 'T'
        && isAsciiDigit(e + 1)
        && isAsciiDigit(e + 2)
        && t[e + 3] == ':'
        && isAsciiDigit(e + 4)
        && isAsciiDigit(e + 5)) {
      int i = e + 6;
      if (i + 2 < n && t[i] == ':' && isAsciiDigit(i + 1) && isAsciiDigit(i + 2)) {
        i += 3;
        if (i + 1 < n && t[i] == '.' && isAsciiDigit(i + 1)) {
          i = digits(i + 1);
        }
      }
      if (i < n && t[i] == 'Z') {
        i++;
      } else if (i + 2 < n
          && (t[i] == '+' || t[i] == '-')
          && isAsciiDigit(i + 1)
          && isAsciiDigit(i + 2)) {
        i += 3;
        if (i + 2 < n && t[i] == ':' && isAsciiDigit(i + 1) && isAsciiDigit(i + 2)) {
          i += 3;
        } else if (isAsciiDigit(i) && isAsciiDigit(i + 1)) {
          i += 2;
        }
      }
      if (!isWordAt(i)) {
        return i;
      }
    }
    return isWordAt(e) ? -1 : e;
  }

  // ---------------------------------------------------------------- punctuation and the rest

  private int period(int i) {
    int j = i + 1;
    while (j < n && t[j] == '.') {
      j++;
    }
    if (j - i >= 2) {
      emit(i, j, TokenKind.PUNCT, 0);
      return j;
    }
    if (isAsciiDigit(i + 1) && (i == 0 || !isWordAt(i - 1))) {
      return number(i); // .5
    }
    emit(i, i + 1, TokenKind.PUNCT, 0);
    return i + 1;
  }

  private int apostrophe(int i) {
    char c = t[i];
    if (gap == 0 && out.size() > 0 && isLetterAt(i + 1)) {
      int kind = out.kindOrdinal(out.size() - 1);
      if (kind == TokenKind.WORD.ordinal()
          || kind == TokenKind.ABBREVIATION.ordinal()
          || kind == TokenKind.NUMBER.ordinal()) {
        int ce = cliticAfter(i);
        if (ce > 0) {
          emit(i, ce, TokenKind.WORD, TokenFlags.CLITIC | flagsOfRange(i, ce));
          return ce;
        }
      }
    }
    emit(i, i + 1, TokenKind.QUOTE, nonAscii(c));
    return i + 1;
  }

  private int dash(int i) {
    int j = i + 1;
    char c = t[i];
    while (j < n && t[j] == c) {
      j++;
    }
    emit(i, j, TokenKind.DASH, nonAscii(c));
    return j;
  }

  private int hashtag(int i) {
    int j = i + 1;
    boolean letter = false;
    while (j < n) {
      byte k = classAt(j);
      if (CharClass.isLetterClass(k)) {
        letter = true;
      } else if (!(CharClass.isWordClass(k) || t[j] == '_')) {
        break;
      }
      j += Character.isHighSurrogate(t[j]) && j + 1 < n ? 2 : 1;
    }
    if (letter) {
      emit(i, j, TokenKind.HASHTAG, flagsOfRange(i, j));
      return j;
    }
    emit(i, i + 1, TokenKind.SYMBOL, 0);
    return i + 1;
  }

  private int handle(int i) {
    int j = i + 1;
    if (i == 0 || !isWordAt(i - 1)) {
      while (j < n && (isAsciiAlnum(t[j]) || t[j] == '_')) {
        j++;
      }
    }
    if (j > i + 1) {
      emit(i, j, TokenKind.HANDLE, flagsOfRange(i, j));
      return j;
    }
    emit(i, i + 1, TokenKind.SYMBOL, 0);
    return i + 1;
  }

  private int surrogate(int i) {
    if (i + 1 < n && Character.isLowSurrogate(t[i + 1])) {
      int cp = Character.toCodePoint(t[i], t[i + 1]);
      byte k = CharClass.ofCodePoint(cp);
      if (CharClass.isWordClass(k)) {
        return word(i, i, 0);
      }
      int e = i + 2;
      if (cp >= 0x1F1E6 && cp <= 0x1F1FF && e + 1 < n && t[e] == '\uD83C') {
        char lo = t[e + 1];
        if (lo >= '\uDDE6' && lo <= '\uDDFF') {
          e += 2; // a flag: two regional indicators
        }
      }
      e = emojiEnd(e);
      emit(i, e, k == CURRENCY ? TokenKind.CURRENCY : TokenKind.SYMBOL, TokenFlags.NON_ASCII);
      return e;
    }
    emit(i, i + 1, TokenKind.OTHER, TokenFlags.NON_ASCII); // lone surrogate
    return i + 1;
  }

  /** Extends an emoji over variation selectors, skin tones, keycaps, tags and ZWJ sequences. */
  private int emojiEnd(int j) {
    while (j < n) {
      char c = t[j];
      if (c == '\uFE0F' || c == '\uFE0E' || c == '\u20E3') {
        j++;
      } else if (c == '\uD83C' && j + 1 < n && t[j + 1] >= '\uDFFB' && t[j + 1] <= '\uDFFF') {
        j += 2;
      } else if (c == '\uDB40' && j + 1 < n && t[j + 1] >= '\uDC20' && t[j + 1] <= '\uDC7F') {
        j += 2;
      } else if (c == '\u200D' && j + 1 < n) {
        char d = t[j + 1];
        if (Character.isHighSurrogate(d) && j + 2 < n && Character.isLowSurrogate(t[j + 2])
            && CharClass.ofCodePoint(Character.toCodePoint(d, t[j + 2])) == SYMBOL) {
          j += 3;
        } else if (d >= 128 && CharClass.nonAscii(d) == SYMBOL) {
          j += 2;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return j;
  }

  private int control(int i) {
    int j = i + 1;
    while (j < n && t[j] < 128 && ASCII[t[j]] == CharClass.CONTROL) {
      j++;
    }
    emit(i, j, TokenKind.OTHER, nonAscii(t[i]));
    return j;
  }
}
