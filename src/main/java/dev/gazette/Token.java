package dev.gazette;

import dev.gazette.internal.text.TokenFlags;

/**
 * A token: a cheap view of one entry in a document's token arrays, created on demand.
 *
 * <pre>{@code
 * for (Token t : extraction.tokens()) {
 *   if (t.gluedToPrevious()) System.out.println("repaired boundary before " + t.text());
 * }
 * }</pre>
 */
public final class Token {
  private final String source;
  private final int index;
  private final int start;
  private final int end;
  private final TokenKind kind;
  private final int flags;

  Token(String source, int index, int start, int end, TokenKind kind, int flags) {
    this.source = source;
    this.index = index;
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.flags = flags;
  }

  /** Position of this token in its document. */
  public int index() {
    return index;
  }

  /** Offset of its first char. */
  public int start() {
    return start;
  }

  /** Offset after its last char. */
  public int end() {
    return end;
  }

  /** Its offsets as a span. */
  public Span span() {
    return new Span(start, end);
  }

  /** Its text, a substring of the original. */
  public String text() {
    return source.substring(start, end);
  }

  /** What kind of token it is. */
  public TokenKind kind() {
    return kind;
  }

  /** Whether white space separates it from the previous token. */
  public boolean spaceBefore() {
    return (flags & TokenFlags.SPACE_BEFORE) != 0;
  }

  /**
   * Whether the tokenizer split it off the previous token to repair words glued together by scraping
   * ("alsoOil", "partnershipadded"): a sign of a lost quotation mark or sentence end.
   */
  public boolean gluedToPrevious() {
    return (flags & TokenFlags.GLUED) != 0;
  }

  /** Whether its first char is an upper-case letter. */
  public boolean isCapitalized() {
    return (flags & TokenFlags.CAPITALIZED) != 0;
  }

  @Override
  public String toString() {
    return text() + "@" + start + ":" + kind;
  }
}
