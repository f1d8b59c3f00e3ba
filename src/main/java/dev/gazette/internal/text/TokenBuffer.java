package dev.gazette.internal.text;

import dev.gazette.TokenKind;
import java.util.Arrays;

/**
 * Tokens as a struct of arrays: start and end offsets, kind and flags, indexed by token number. One
 * buffer is reused across calls by one thread; it grows as needed and never shrinks.
 */
public final class TokenBuffer {
  private static final TokenKind[] KINDS = TokenKind.values();

  // Package-private for the tokenizer's hot loop, which keeps them in locals and writes them back.
  int size;
  int[] starts;
  int[] ends;
  byte[] kinds;
  int[] flags;
  /** Scratch for the tokenizer: the current text's chars, reused across calls. */
  private char[] chars = NO_CHARS;
  /** The text whose copy {@link #chars} holds, or null. */
  private String charsText;
  private static final char[] NO_CHARS = new char[0];
  /** The tokenizer's working state, reused across calls (created on first use). */
  private TokenizerPass pass;

  public TokenBuffer() {
    this(1024);
  }

  public TokenBuffer(int initialCapacity) {
    int n = Math.max(16, initialCapacity);
    starts = new int[n];
    ends = new int[n];
    kinds = new byte[n];
    flags = new int[n];
  }

  /** A buffer over the given arrays, which it owns (see {@link #snapshot}). */
  private TokenBuffer(int size, int[] starts, int[] ends, byte[] kinds, int[] flags) {
    this.size = size;
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
    this.flags = flags;
  }

  /**
   * Copies {@code text} into this buffer's reusable char array, followed by a NUL sentinel, and returns
   * it (its length exceeds the text's). For the tokenizer's single pass: array reads are cheaper than {@link String#charAt}.
   */
  char[] charsOf(String text) {
    int n = text.length();
    if (chars.length < n + 1) {
      chars = new char[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(n + 1L, chars.length * 2L))];
    }
    charsText = null; // in case getChars fails
    text.getChars(0, n, chars, 0);
    chars[n] = 0; // sentinel: lets scan loops stop without a bounds test
    charsText = text;
    return chars;
  }

  /**
   * {@code text}'s chars in an array (longer than the text; read only, never write): the copy the
   * tokenizer made when it last tokenized {@code text} into this buffer, or null when it did not (then
   * read the string). Valid until the buffer tokenizes again; for lookups that read every token's chars.
   */
  public char[] textChars(String text) {
    return text == charsText ? chars : null;
  }

  /** The tokenizer's reusable working state for this buffer. */
  TokenizerPass pass() {
    TokenizerPass p = pass;
    if (p == null) {
      p = new TokenizerPass();
      pass = p;
    }
    return p;
  }

  /** Forgets all tokens, keeping the arrays. */
  public void clear() {
    size = 0;
  }

  /** Appends a token and returns its index. */
  public int add(int start, int end, TokenKind kind, int tokenFlags) {
    if (size == starts.length) {
      grow();
    }
    starts[size] = start;
    ends[size] = end;
    kinds[size] = (byte) kind.ordinal();
    flags[size] = tokenFlags;
    return size++;
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public TokenKind kind(int i) {
    return KINDS[kinds[i]];
  }

  /** The kind's ordinal, for hot loops that switch on it. */
  public int kindOrdinal(int i) {
    return kinds[i];
  }

  public int flags(int i) {
    return flags[i];
  }

  public boolean has(int i, int bits) {
    return (flags[i] & bits) == bits;
  }

  public void setFlags(int i, int tokenFlags) {
    flags[i] = tokenFlags;
  }

  public void setKind(int i, TokenKind kind) {
    kinds[i] = (byte) kind.ordinal();
  }

  /**
   * The first token that ends after char {@code offset}: the token containing it, or the next one
   * ({@link #size()} when none does). Binary search: tokens are in text order.
   */
  public int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** A right-sized copy that no later call on this buffer can change. */
  public TokenBuffer snapshot() {
    return new TokenBuffer(size, Arrays.copyOf(starts, size), Arrays.copyOf(ends, size), Arrays.copyOf(kinds, size),
        Arrays.copyOf(flags, size));
  }

  void grow() {
    int n = starts.length * 2;
    starts = Arrays.copyOf(starts, n);
    ends = Arrays.copyOf(ends, n);
    kinds = Arrays.copyOf(kinds, n);
    flags = Arrays.copyOf(flags, n);
  }
}
