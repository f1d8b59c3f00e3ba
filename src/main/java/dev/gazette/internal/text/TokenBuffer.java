package dev.gazette.internal.text;

import dev.gazette.TokenKind;
import java.util.Arrays;

/**
 * Tokens as a struct of arrays: start and end offsets, kind and flags, indexed by token number. One
 * buffer is reused across calls by one thread; it grows as needed and never shrinks.
 */
public final class TokenBuffer {
  private static final TokenKind[] KINDS = TokenKind.values();

  private int size;
  private int[] starts;
  private int[] ends;
  private byte[] kinds;
  private int[] flags;

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

  /** A right-sized copy that no later call on this buffer can change. */
  public TokenBuffer snapshot() {
    TokenBuffer copy = new TokenBuffer(0);
    copy.size = size;
    copy.starts = Arrays.copyOf(starts, size);
    copy.ends = Arrays.copyOf(ends, size);
    copy.kinds = Arrays.copyOf(kinds, size);
    copy.flags = Arrays.copyOf(flags, size);
    return copy;
  }

  private void grow() {
    int n = starts.length * 2;
    starts = Arrays.copyOf(starts, n);
    ends = Arrays.copyOf(ends, n);
    kinds = Arrays.copyOf(kinds, n);
    flags = Arrays.copyOf(flags, n);
  }
}
