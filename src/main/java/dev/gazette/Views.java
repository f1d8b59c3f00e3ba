package dev.gazette;

import dev.gazette.internal.text.SentenceBuffer;
import dev.gazette.internal.text.TokenBuffer;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/** Lists of {@link Token} and {@link Sentence} views over struct-of-arrays buffers. */
final class Views {
  private Views() {}

  static List<Token> tokens(String text, TokenBuffer tokens) {
    return new TokenList(text, tokens, 0, tokens.size());
  }

  static List<Sentence> sentences(String text, TokenBuffer tokens, SentenceBuffer sentences) {
    return new SentenceList(text, tokens, sentences);
  }

  private static final class TokenList extends AbstractList<Token> implements RandomAccess {
    private final String text;
    private final TokenBuffer tokens;
    private final int from;
    private final int to;

    TokenList(String text, TokenBuffer tokens, int from, int to) {
      this.text = text;
      this.tokens = tokens;
      this.from = from;
      this.to = to;
    }

    @Override
    public Token get(int index) {
      if (index < 0 || index >= to - from) {
        throw new IndexOutOfBoundsException(index);
      }
      int i = from + index;
      return new Token(text, i, tokens.start(i), tokens.end(i), tokens.kind(i), tokens.flags(i));
    }

    @Override
    public int size() {
      return to - from;
    }
  }

  private static final class SentenceList extends AbstractList<Sentence> implements RandomAccess {
    private final String text;
    private final TokenBuffer tokens;
    private final SentenceBuffer sentences;

    SentenceList(String text, TokenBuffer tokens, SentenceBuffer sentences) {
      this.text = text;
      this.tokens = tokens;
      this.sentences = sentences;
    }

    @Override
    public Sentence get(int index) {
      if (index < 0 || index >= sentences.size()) {
        throw new IndexOutOfBoundsException(index);
      }
      int first = sentences.firstToken(index);
      int end = sentences.endToken(index);
      int flags = sentences.flags(index);
      Span span = end > first ? new Span(tokens.start(first), tokens.end(end - 1)) : new Span(0, 0);
      return new Sentence(
          text,
          index,
          new TokenList(text, tokens, first, end),
          span,
          (flags & SentenceBuffer.RELATED_LINK) != 0,
          (flags & SentenceBuffer.IN_LEAD_REPEAT) != 0);
    }

    @Override
    public int size() {
      return sentences.size();
    }
  }
}
