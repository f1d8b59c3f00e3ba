package dev.gazette.internal.text;

import java.util.Arrays;

/**
 * Sentences as a struct of arrays: first token, end token (exclusive) and flags. Reused across calls by
 * one thread.
 */
public final class SentenceBuffer {
  /** The sentence is (part of) an inline related-link headline. */
  public static final int RELATED_LINK = 1;
  /** The sentence lies in the lead paragraph. */
  public static final int IN_LEAD = 1 << 1;
  /** The sentence lies in the body's repeat of the lead: nothing in it should be counted again. */
  public static final int IN_LEAD_REPEAT = 1 << 2;
  /** The sentence starts a paragraph. */
  public static final int PARAGRAPH_START = 1 << 3;
  /**
   * A glue repair inside the sentence marks a lost closing quotation mark before an attribution
   * ("...closer to ChinaRussian spokesman Dmitry Peskov told...", "...partnershipadded the minister"):
   * the sentence holds a quote and its speaker, with the quote's end where the glue was.
   */
  public static final int LOST_QUOTE = 1 << 4;

  private int size;
  private int[] firstTokens;
  private int[] endTokens;
  private int[] flags;

  public SentenceBuffer() {
    this(0, new int[64], new int[64], new int[64]);
  }

  /** A buffer over the given arrays, which it owns (see {@link #snapshot}). */
  private SentenceBuffer(int size, int[] firstTokens, int[] endTokens, int[] flags) {
    this.size = size;
    this.firstTokens = firstTokens;
    this.endTokens = endTokens;
    this.flags = flags;
  }

  public void clear() {
    size = 0;
  }

  /** Appends sentence {@code [firstToken, endToken)} and returns its index. */
  public int add(int firstToken, int endToken, int sentenceFlags) {
    if (size == firstTokens.length) {
      int n = size * 2;
      firstTokens = Arrays.copyOf(firstTokens, n);
      endTokens = Arrays.copyOf(endTokens, n);
      flags = Arrays.copyOf(flags, n);
    }
    firstTokens[size] = firstToken;
    endTokens[size] = endToken;
    flags[size] = sentenceFlags;
    return size++;
  }

  public int size() {
    return size;
  }

  public int firstToken(int i) {
    return firstTokens[i];
  }

  public int endToken(int i) {
    return endTokens[i];
  }

  public int flags(int i) {
    return flags[i];
  }

  public void setFlags(int i, int sentenceFlags) {
    flags[i] = sentenceFlags;
  }

  /** A right-sized copy that no later call on this buffer can change. */
  public SentenceBuffer snapshot() {
    int n = Math.max(1, size);
    return new SentenceBuffer(size, Arrays.copyOf(firstTokens, n), Arrays.copyOf(endTokens, n), Arrays.copyOf(flags, n));
  }
}
