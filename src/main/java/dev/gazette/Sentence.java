package dev.gazette;

import java.util.List;

/**
 * A sentence: a cheap view of a run of tokens, created on demand.
 *
 * <pre>{@code
 * for (Sentence s : extraction.sentences()) {
 *   if (!s.isRelatedLink()) System.out.println(s.text());
 * }
 * }</pre>
 */
public final class Sentence {
  private final String source;
  private final int index;
  private final List<Token> tokens;
  private final Span span;
  private final boolean relatedLink;
  private final boolean leadRepeat;

  Sentence(String source, int index, List<Token> tokens, Span span, boolean relatedLink, boolean leadRepeat) {
    this.source = source;
    this.index = index;
    this.tokens = tokens;
    this.span = span;
    this.relatedLink = relatedLink;
    this.leadRepeat = leadRepeat;
  }

  /** Position of this sentence in its document. */
  public int index() {
    return index;
  }

  /** From the start of its first token to the end of its last. */
  public Span span() {
    return span;
  }

  /** Its text, a substring of the original. */
  public String text() {
    return source.substring(span.start(), span.end());
  }

  /** Its tokens. */
  public List<Token> tokens() {
    return tokens;
  }

  /** Whether it is an inline related-link headline rather than the article's own text. */
  public boolean isRelatedLink() {
    return relatedLink;
  }

  /** Whether it lies in the body's word-for-word repeat of the lead. */
  public boolean isLeadRepeat() {
    return leadRepeat;
  }

  @Override
  public String toString() {
    return "Sentence" + span + "{" + text() + "}";
  }
}
