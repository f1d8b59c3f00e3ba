package dev.gazette.internal.text;

import dev.gazette.Article;

/**
 * Groups tokens into sentences. Stateless and thread-safe. PLACEHOLDER: one sentence per paragraph-less
 * run ending in . ! or ?; the real splitter replaces this.
 */
public final class SentenceSplitter {

  /** Clears {@code out} and fills it with the sentences of {@code article}'s tokens. */
  public void split(Article article, TokenBuffer tokens, SentenceBuffer out) {
    out.clear();
    String text = article.text();
    int first = 0;
    for (int i = 0; i < tokens.size(); i++) {
      char last = text.charAt(tokens.end(i) - 1);
      if (last == '.' || last == '!' || last == '?' || i == tokens.size() - 1) {
        out.add(first, i + 1, 0);
        first = i + 1;
      }
    }
  }
}
