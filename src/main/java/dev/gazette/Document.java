package dev.gazette;

import java.util.List;

/**
 * The working document an {@link Extractor} reads and adds to during one extraction: the article,
 * its tokens and sentences, and the mentions found so far by earlier stages.
 *
 * <p>A document is confined to the thread running the extraction and is valid only during the
 * {@link Extractor#extract(Document)} call: do not keep references to it or to its lists.
 */
@Beta
public interface Document {
  /** The article being read. */
  Article article();

  /** The article's original text; every offset refers to it. */
  default String text() {
    return article().text();
  }

  /** Its tokens, as views over the document's arrays. */
  List<Token> tokens();

  /** Its sentences, as views over the document's arrays. */
  List<Sentence> sentences();

  /** The mentions found so far, in the order they were added. */
  List<Mention> mentions();

  /**
   * Adds a mention. Mentions of the same thing are merged into one {@link Entity} after the last stage.
   *
   * @throws IllegalArgumentException if the mention's span lies outside the text or its text differs
   *     from the text at its span
   */
  void addMention(Mention mention);
}
