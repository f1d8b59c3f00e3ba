package dev.gazette.internal.text;

import dev.gazette.TokenKind;

/**
 * Splits text into tokens, writing offsets, kinds and flags into a {@link TokenBuffer}. Stateless and
 * thread-safe. PLACEHOLDER: splits on white space only; the real tokenizer replaces this.
 */
public final class Tokenizer {

  /** Clears {@code out} and fills it with the tokens of {@code text}. */
  public void tokenize(String text, TokenBuffer out) {
    out.clear();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > s) {
        out.add(s, i, TokenKind.WORD, s > 0 ? TokenFlags.SPACE_BEFORE : 0);
      }
    }
  }
}
