package dev.gazette;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import dev.gazette.internal.json.ExtractionJson;
import dev.gazette.internal.pipeline.AnaphorLinks;
import dev.gazette.internal.text.SentenceBuffer;
import dev.gazette.internal.text.TokenBuffer;
import java.util.List;
import java.util.Optional;

/**
 * Everything Gazette found in one article: entities with their mentions, relations, and the tokens and
 * sentences they rest on. Immutable and thread-safe.
 *
 * <pre>{@code
 * Extraction x = Gazette.defaults().extract(Article.of(text));
 * x.entities(EntityType.PERSON).forEach(p -> System.out.println(p.name()));
 * String json = x.toJson();
 * }</pre>
 */
public final class Extraction {
  private final Article article;
  private final TokenBuffer tokenData;
  private final SentenceBuffer sentenceData;
  private final ImmutableList<Entity> entities;
  private final ImmutableList<Relation> relations;
  private final ImmutableList<String> warnings;
  private final ImmutableList<Mention> links;

  static {
    AnaphorLinks.install(x -> x.links);
  }

  Extraction(
      Article article,
      TokenBuffer tokenData,
      SentenceBuffer sentenceData,
      List<Entity> entities,
      List<Relation> relations,
      List<String> warnings,
      List<Mention> links) {
    this.article = article;
    this.tokenData = tokenData;
    this.sentenceData = sentenceData;
    this.entities = ImmutableList.copyOf(entities);
    this.relations = ImmutableList.copyOf(relations);
    this.warnings = ImmutableList.copyOf(warnings);
    this.links = ImmutableList.copyOf(links);
  }

  /** The article read. */
  public Article article() {
    return article;
  }

  /** Its tokens, as views created on demand. */
  public List<Token> tokens() {
    return Views.tokens(article.text(), tokenData);
  }

  /** Its sentences, as views created on demand. */
  public List<Sentence> sentences() {
    return Views.sentences(article.text(), tokenData, sentenceData);
  }

  /** All entities, in order of first mention. */
  public ImmutableList<Entity> entities() {
    return entities;
  }

  /** The entities of one type, in order of first mention. */
  public ImmutableList<Entity> entities(EntityType type) {
    Preconditions.checkNotNull(type, "type");
    return entities.stream().filter(e -> e.type().equals(type)).collect(ImmutableList.toImmutableList());
  }

  /** The entity with this id. */
  public Optional<Entity> entity(String id) {
    if (id == null) {
      return Optional.empty();
    }
    // The ids are "e1", "e2"... in order (see EntityGrouper): the number says where to look, without a
    // map built for every extraction. Any other id is looked for in turn.
    int i = numberOf(id) - 1;
    if (i >= 0 && i < entities.size() && entities.get(i).id().equals(id)) {
      return Optional.of(entities.get(i));
    }
    for (int k = 0; k < entities.size(); k++) {
      if (entities.get(k).id().equals(id)) {
        return Optional.of(entities.get(k));
      }
    }
    return Optional.empty();
  }

  /** The number of an id "e" followed by up to 9 digits, else -1. */
  private static int numberOf(String id) {
    if (id.length() < 2 || id.length() > 10 || id.charAt(0) != 'e') {
      return -1;
    }
    int n = 0;
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** All relations, in text order of their evidence. */
  public ImmutableList<Relation> relations() {
    return relations;
  }

  /** The relations of one type. */
  public ImmutableList<Relation> relations(RelationType type) {
    Preconditions.checkNotNull(type, "type");
    return relations.stream().filter(r -> r.type().equals(type)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Work left undone on this article past a limit, one message each, in the order found; empty for
   * almost every article. Limits guard against absurd input (a 100-digit "number"), and none drops work
   * silently: each message starts with a stable code and a colon, then says what was left and where.
   *
   * <pre>{@code
   * for (String w : x.warnings()) {
   *   log.warn("{}: {}", x.article().id(), w); // "number-too-long: 1 digit run over 64 chars ..."
   * }
   * }</pre>
   *
   * <p>The codes are listed in {@code api-docs/stability.md} ("Limits").
   */
  public ImmutableList<String> warnings() {
    return warnings;
  }

  /**
   * This extraction as one pretty-printed JSON object, in the format of {@code api-docs/output-format.md}
   * (with {@code source} set to the article id).
   */
  public String toJson() {
    return ExtractionJson.toJson(this, article.id(), true);
  }

  @Override
  public String toString() {
    return "Extraction{article=" + article.id() + ", entities=" + entities.size() + ", relations=" + relations.size() + "}";
  }
}
