package dev.gazette;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One real-world thing an article names, with every mention of it: "Vladimir Putin", "Putin" and
 * "Poutine" are one entity.
 *
 * <pre>{@code
 * for (Entity e : extraction.entities(EntityType.PERSON)) {
 *   System.out.println(e.name() + " x" + e.mentions().size() + " " + e.aliases());
 * }
 * }</pre>
 */
public final class Entity {
  private final String id;
  private final EntityType type;
  private final String name;
  private final ImmutableSet<String> aliases;
  private final Optional<String> value;
  private final ImmutableList<Mention> mentions;
  private final ImmutableMap<String, String> attributes;

  private Entity(Builder b) {
    this.id = b.id;
    this.type = b.type;
    this.name = b.name;
    if (b.mentions == null) {
      // most entities are mentioned once: no list to copy
      this.mentions = b.first == null ? ImmutableList.of() : ImmutableList.of(b.first);
    } else {
      this.mentions = ImmutableList.copyOf(isSorted(b.mentions) ? b.mentions : sorted(b.mentions));
    }
    this.aliases = aliases(b.aliases, mentions, name);
    this.value = Optional.ofNullable(b.value);
    this.attributes = b.attributes == null ? ImmutableMap.of() : b.attributes.build();
  }

  private static boolean isSorted(List<Mention> mentions) {
    for (int i = 1; i < mentions.size(); i++) {
      if (mentions.get(i - 1).compareTo(mentions.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  private static List<Mention> sorted(List<Mention> mentions) {
    List<Mention> sorted = new ArrayList<>(mentions);
    Collections.sort(sorted);
    return sorted;
  }

  /** The given aliases, then the mentions' texts other than the name, each once. */
  private static ImmutableSet<String> aliases(List<String> given, List<Mention> mentions, String name) {
    if (given == null) {
      // Most entities have no other name or one (a surname, an acronym): no set builder for them.
      String only = null;
      int i = 0;
      for (; i < mentions.size(); i++) {
        String t = mentions.get(i).text();
        if (!t.equals(name) && !t.equals(only)) {
          if (only != null) {
            break; // two others: the builder below
          }
          only = t;
        }
      }
      if (i == mentions.size()) {
        return only == null ? ImmutableSet.of() : ImmutableSet.of(only);
      }
    }
    ImmutableSet.Builder<String> al = null;
    if (given != null) {
      al = ImmutableSet.builder();
      al.addAll(given);
    }
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (!m.text().equals(name)) {
        if (al == null) {
          al = ImmutableSet.builder(); // most entities are named as their only mention reads
        }
        al.add(m.text());
      }
    }
    return al == null ? ImmutableSet.of() : al.build();
  }

  /** A builder for the entity {@code id} of {@code type} named {@code name}. */
  public static Builder builder(String id, EntityType type, String name) {
    return new Builder(id, type, name);
  }

  /** Its id, unique within one extraction ("e1", "e2"...). */
  public String id() {
    return id;
  }

  /** Its type. */
  public EntityType type() {
    return type;
  }

  /** Its canonical name: the knowledge base's, else the fullest mention. */
  public String name() {
    return name;
  }

  /** Other names it goes by in this article (and in the knowledge base), without the canonical name. */
  public ImmutableSet<String> aliases() {
    return aliases;
  }

  /** Its normalized value: a TIMEX3 value for dates and times, an amount for money. */
  public Optional<String> value() {
    return value;
  }

  /** Every place it is mentioned, in text order. */
  public ImmutableList<Mention> mentions() {
    return mentions;
  }

  /** Other facts: {@code kb_id}, {@code country} (for capitals and demonyms), {@code timex_type}... */
  public ImmutableMap<String, String> attributes() {
    return attributes;
  }

  /** Its knowledge-base id, where it has one. */
  public Optional<String> kbId() {
    return Optional.ofNullable(attributes.get("kb_id"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Entity e
        && id.equals(e.id)
        && type.equals(e.type)
        && name.equals(e.name)
        && aliases.equals(e.aliases)
        && value.equals(e.value)
        && mentions.equals(e.mentions)
        && attributes.equals(e.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, name, value, mentions);
  }

  @Override
  public String toString() {
    return id + ":" + type.name() + "'" + name + "'" + value.map(v -> "=" + v).orElse("") + " x" + mentions.size();
  }

  /** Builds an {@link Entity}. */
  public static final class Builder {
    private final String id;
    private final EntityType type;
    private final String name;
    // Most entities get no alias and no attribute from their builder: those are made on first use.
    private List<String> aliases;
    private String value;
    /** The first mention; the list holds them all once there is a second (most entities have one). */
    private Mention first;
    private List<Mention> mentions;
    private AttributeMapBuilder attributes;

    private Builder(String id, EntityType type, String name) {
      Preconditions.checkArgument(id != null && !id.isEmpty(), "id must not be empty");
      this.id = id;
      this.type = Preconditions.checkNotNull(type, "type");
      Preconditions.checkArgument(name != null && !name.isEmpty(), "name must not be empty");
      this.name = name;
    }

    /** Another name; mention texts are added as aliases automatically. */
    public Builder alias(String alias) {
      if (aliases == null) {
        aliases = new ArrayList<>();
      }
      aliases.add(Preconditions.checkNotNull(alias, "alias"));
      return this;
    }

    /** The normalized value. */
    public Builder value(String value) {
      this.value = Preconditions.checkNotNull(value, "value");
      return this;
    }

    /** A mention. */
    public Builder mention(Mention mention) {
      Preconditions.checkNotNull(mention, "mention");
      if (first == null) {
        first = mention;
      } else {
        if (mentions == null) {
          mentions = new ArrayList<>(4);
          mentions.add(first);
        }
        mentions.add(mention);
      }
      return this;
    }

    /** One attribute; a later value for the same name wins. */
    public Builder attribute(String name, String value) {
      attributes().put(name, value);
      return this;
    }

    /** Several attributes. */
    public Builder attributes(Map<String, String> values) {
      attributes().putAll(values);
      return this;
    }

    private AttributeMapBuilder attributes() {
      if (attributes == null) {
        attributes = new AttributeMapBuilder();
      }
      return attributes;
    }


    public Entity build() {
      return new Entity(this);
    }
  }
}
