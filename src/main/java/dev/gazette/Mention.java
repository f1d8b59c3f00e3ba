package dev.gazette;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One place in the text that names an entity ("Poutine", "the Kremlin", "on Thursday").
 *
 * <pre>{@code
 * Mention m = Mention.builder(Span.of(0, 6), "Moscow", EntityType.GPE).rule("kb").build();
 * }</pre>
 */
public final class Mention implements Comparable<Mention> {
  private final Span span;
  private final String text;
  private final EntityType type;
  private final Optional<String> value;
  private final String rule;
  private final ImmutableMap<String, String> attributes;

  private Mention(Builder b) {
    this.span = b.span;
    this.text = b.text;
    this.type = b.type;
    this.value = Optional.ofNullable(b.value);
    this.rule = b.rule;
    this.attributes = b.attributes.build();
  }

  /**
   * A builder for a mention of {@code type} at {@code span}, whose text is {@code text}.
   *
   * @throws IllegalArgumentException if the text's length differs from the span's
   */
  public static Builder builder(Span span, String text, EntityType type) {
    return new Builder(span, text, type);
  }

  /** Where it is. */
  public Span span() {
    return span;
  }

  /** Offset of its first char. */
  public int start() {
    return span.start();
  }

  /** Offset after its last char. */
  public int end() {
    return span.end();
  }

  /** Its text, equal to the original text at {@link #span()}. */
  public String text() {
    return text;
  }

  /** The type of entity it names. */
  public EntityType type() {
    return type;
  }

  /** A normalized value: a TIMEX3 value for dates and times, an amount for money. */
  public Optional<String> value() {
    return value;
  }

  /** The id of the rule or stage that found it. */
  public String rule() {
    return rule;
  }

  /** Other facts about it ({@code kb_id}, {@code country}, {@code timex_type}...). */
  public ImmutableMap<String, String> attributes() {
    return attributes;
  }

  /** Orders by span. */
  @Override
  public int compareTo(Mention o) {
    return span.compareTo(o.span);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mention m
        && span.equals(m.span)
        && text.equals(m.text)
        && type.equals(m.type)
        && value.equals(m.value)
        && rule.equals(m.rule)
        && attributes.equals(m.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(span, text, type, value, rule, attributes);
  }

  @Override
  public String toString() {
    return type.name() + span + "'" + text + "'" + value.map(v -> "=" + v).orElse("");
  }

  /** Builds a {@link Mention}. */
  public static final class Builder {
    private final Span span;
    private final String text;
    private final EntityType type;
    private String value;
    private String rule = "unknown";
    private final AttributeMapBuilder attributes = new AttributeMapBuilder();

    private Builder(Span span, String text, EntityType type) {
      this.span = Preconditions.checkNotNull(span, "span");
      this.text = Preconditions.checkNotNull(text, "text");
      this.type = Preconditions.checkNotNull(type, "type");
      Preconditions.checkArgument(
          text.length() == span.length(), "text '%s' does not fit span %s", text, span);
    }

    /** The normalized value. */
    public Builder value(String value) {
      this.value = Preconditions.checkNotNull(value, "value");
      return this;
    }

    /** The id of the rule or stage that found it. */
    public Builder rule(String rule) {
      this.rule = Preconditions.checkNotNull(rule, "rule");
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


    public Mention build() {
      return new Mention(this);
    }
  }
}
