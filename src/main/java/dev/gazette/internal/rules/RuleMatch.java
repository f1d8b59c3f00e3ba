package dev.gazette.internal.rules;

/**
 * A match of one rule: tokens {@code [start, end)} and capture slots (for capture k, tokens
 * {@code [caps[2+2k], caps[3+2k])}, -1 when the capture took no part in the match).
 */
public record RuleMatch(int rule, int start, int end, int[] caps) {
  public int length() {
    return end - start;
  }

  /** First token of capture {@code k}, or -1. */
  public int captureStart(int k) {
    return caps[2 + 2 * k];
  }

  /** End token (exclusive) of capture {@code k}, or -1. */
  public int captureEnd(int k) {
    return caps[3 + 2 * k];
  }
}
