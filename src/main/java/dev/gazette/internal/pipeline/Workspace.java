package dev.gazette.internal.pipeline;

import dev.gazette.Article;
import dev.gazette.Mention;
import dev.gazette.internal.text.SentenceBuffer;
import dev.gazette.internal.text.TokenBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutable working state of one extraction: the article and the layers stages add to it. One
 * workspace per thread is reused from article to article so that the token and sentence arrays are
 * allocated once; it must never be shared between threads.
 */
public final class Workspace {
  private Article article;
  private final TokenBuffer tokens = new TokenBuffer();
  private final SentenceBuffer sentences = new SentenceBuffer();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<RelationDraft> relations = new ArrayList<>();
  private final Map<String, String> canonicalNames = new HashMap<>();
  private final List<String> warnings = new ArrayList<>();

  /** Starts work on {@code next}, forgetting the previous article's layers. */
  public void reset(Article next) {
    this.article = next;
    tokens.clear();
    sentences.clear();
    mentions.clear();
    relations.clear();
    canonicalNames.clear();
    warnings.clear();
  }

  /**
   * Reports work a stage left undone past one of its limits (see {@link dev.gazette.Extraction#warnings}):
   * {@code message} starts with a stable code and a colon ("number-too-long: ..."). A limit must never
   * drop work silently.
   */
  public void warn(String message) {
    warnings.add(java.util.Objects.requireNonNull(message, "message"));
  }

  /** The warnings reported so far, in order. */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Canonical names by {@code kb_id}, recorded by the stages that link mentions to a knowledge base or
   * gazetteer: the first stage to name an id wins.
   */
  public Map<String, String> canonicalNames() {
    return canonicalNames;
  }

  public Article article() {
    return article;
  }

  public String text() {
    return article.text();
  }

  public TokenBuffer tokens() {
    return tokens;
  }

  public SentenceBuffer sentences() {
    return sentences;
  }

  /** The mentions added so far; stages append to it. */
  public List<Mention> mentions() {
    return mentions;
  }

  /**
   * Which tokens the mentions found so far cover, indexed by token: later stages leave them alone, so
   * that "Friday" read as a date is not also read as a name.
   */
  public boolean[] tokensCoveredByMentions() {
    boolean[] covered = new boolean[tokens.size()];
    for (Mention m : mentions) {
      for (int i = tokens.firstEndingAfter(m.start()); i < tokens.size() && tokens.start(i) < m.end(); i++) {
        covered[i] = true;
      }
    }
    return covered;
  }


  /** The relations found so far; stages append to it. Their mentions must be in {@link #mentions()}. */
  public List<RelationDraft> relations() {
    return relations;
  }
}
