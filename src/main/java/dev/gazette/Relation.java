package dev.gazette;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A relation between entities that the article states: who holds which office, who met whom, who
 * said what. The object is absent for one-place relations (a statement with no addressee).
 *
 * <pre>{@code
 * for (Relation r : extraction.relations(RelationType.CONSULT)) {
 *   Entity a = extraction.entity(r.subject()).orElseThrow();
 *   System.out.println(a.name() + " meets " + r.object().flatMap(extraction::entity).map(Entity::name)
 *       + " on " + r.attributes().get("date") + " (rule " + r.rule() + ")");
 * }
 * }</pre>
 */
public final class Relation {
  private final String id;
  private final RelationType type;
  private final String subject;
  private final Optional<String> object;
  private final ImmutableMap<String, String> attributes;
  private final Span evidence;
  private final String evidenceText;
  private final String rule;
  private final double confidence;

  private Relation(Builder b) {
    this.id = b.id;
    this.type = b.type;
    this.subject = b.subject;
    this.object = Optional.ofNullable(b.object);
    this.attributes = b.attributes.build();
    this.evidence = b.evidence;
    this.evidenceText = b.evidenceText;
    this.rule = b.rule;
    this.confidence = b.confidence;
  }

  /**
   * A builder for relation {@code id} of {@code type} whose subject is the entity {@code subject}, stated
   * by the text {@code evidenceText} at {@code evidence}.
   */
  public static Builder builder(String id, RelationType type, String subject, Span evidence, String evidenceText) {
    return new Builder(id, type, subject, evidence, evidenceText);
  }

  /** Its id, unique within one extraction ("r1", "r2"...). */
  public String id() {
    return id;
  }

  public RelationType type() {
    return type;
  }

  /** The id of the subject entity. */
  public String subject() {
    return subject;
  }

  /** The id of the object entity, if the relation has one. */
  public Optional<String> object() {
    return object;
  }

  /** Other arguments and facts: {@code title}, {@code content}, {@code date}, {@code mode}, {@code source}... */
  public ImmutableMap<String, String> attributes() {
    return attributes;
  }

  /** The text that states it, usually its sentence or clause. */
  public Span evidence() {
    return evidence;
  }

  /** The text at {@link #evidence()}. */
  public String evidenceText() {
    return evidenceText;
  }

  /** The id of the rule that produced it. */
  public String rule() {
    return rule;
  }

  /** How sure the rule is, from 0 to 1. */
  public double confidence() {
    return confidence;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Relation r
        && id.equals(r.id)
        && type.equals(r.type)
        && subject.equals(r.subject)
        && object.equals(r.object)
        && attributes.equals(r.attributes)
        && evidence.equals(r.evidence)
        && rule.equals(r.rule)
        && Double.compare(confidence, r.confidence) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, subject, object, evidence, rule);
  }

  @Override
  public String toString() {
    return id + ":" + type + "(" + subject + object.map(o -> ", " + o).orElse("") + ")" + attributes;
  }

  /** Builds a {@link Relation}. */
  public static final class Builder {
    private final String id;
    private final RelationType type;
    private final String subject;
    private String object;
    // A stage's relation comes with one immutable map of attributes, kept as is (see AttributeMapBuilder).
    private final AttributeMapBuilder attributes = new AttributeMapBuilder();
    private final Span evidence;
    private final String evidenceText;
    private String rule = "unknown";
    private double confidence = 1.0;

    private Builder(String id, RelationType type, String subject, Span evidence, String evidenceText) {
      Preconditions.checkArgument(id != null && !id.isEmpty(), "id must not be empty");
      this.id = id;
      this.type = Preconditions.checkNotNull(type, "type");
      Preconditions.checkArgument(subject != null && !subject.isEmpty(), "subject must not be empty");
      this.subject = subject;
      this.evidence = Preconditions.checkNotNull(evidence, "evidence");
      this.evidenceText = Preconditions.checkNotNull(evidenceText, "evidenceText");
      Preconditions.checkArgument(
          evidenceText.length() == evidence.length(), "evidence text does not fit span %s", evidence);
    }

    /** The id of the object entity. */
    public Builder object(String object) {
      this.object = Preconditions.checkNotNull(object, "object");
      return this;
    }

    /** One attribute; a later value for the same name wins. */
    public Builder attribute(String name, String value) {
      attributes.put(name, value);
      return this;
    }

    /** Several attributes. */
    public Builder attributes(Map<String, String> values) {
      attributes.putAll(values);
      return this;
    }

    /** The id of the rule that produced it. */
    public Builder rule(String rule) {
      this.rule = Preconditions.checkNotNull(rule, "rule");
      return this;
    }

    /** How sure the rule is, from 0 to 1 (default 1). */
    public Builder confidence(double confidence) {
      Preconditions.checkArgument(confidence >= 0 && confidence <= 1, "confidence %s not in [0, 1]", confidence);
      this.confidence = confidence;
      return this;
    }

    public Relation build() {
      return new Relation(this);
    }
  }
}
