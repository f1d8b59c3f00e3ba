package dev.gazette;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.gazette.internal.json.ExtractionJson;
import dev.gazette.internal.text.SentenceBuffer;
import dev.gazette.internal.text.TokenBuffer;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
  private final ImmutableMap<String, Entity> entitiesById;
  private final ImmutableList<String> warnings;

  Extraction(
      Article article,
      TokenBuffer tokenData,
      SentenceBuffer sentenceData,
      List<Entity> entities,
      List<Relation> relations,
      List<String> warnings) {
    this.article = article;
    this.tokenData = tokenData;
    this.sentenceData = sentenceData;
    this.entities = ImmutableList.copyOf(entities);
    this.relations = ImmutableList.copyOf(relations);
    this.entitiesById = this.entities.stream().collect(ImmutableMap.toImmutableMap(Entity::id, Function.identity()));
    this.warnings = ImmutableList.copyOf(warnings);
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
    return Optional.ofNullable(entitiesById.get(id));
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
