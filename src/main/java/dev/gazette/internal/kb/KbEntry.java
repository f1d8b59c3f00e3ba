package dev.gazette.internal.kb;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.Optional;

/**
 * One knowledge-base entry as an immutable value: a real-world thing with a stable id, an OntoNotes
 * type, a canonical name, its other names and its facts.
 *
 * <p>The knowledge base keeps its entries in arrays; a {@code KbEntry} is a view built on demand, so
 * holding one costs nothing to the shared tables and creating one is cheap but not free (do not build
 * one per token on a hot path: work with {@link KnowledgeBase#aliasEntry(int) entry indexes} there).
 */
public final class KbEntry {

  private final int index;
  private final String id;
  private final String type;
  private final String name;
  private final ImmutableList<String> aliases;
  private final ImmutableMap<String, String> attributes;

  KbEntry(int index, String id, String type, String name, ImmutableList<String> aliases,
      ImmutableMap<String, String> attributes) {
    this.index = index;
    this.id = id;
    this.type = type;
    this.name = name;
    this.aliases = aliases;
    this.attributes = attributes;
  }

  /** Position of this entry in its knowledge base (0-based, dense), for array-indexed side tables. */
  public int index() {
    return index;
  }

  /** Stable id such as {@code gpe:RU}, {@code gpe:city:moscow-ru}, {@code org:nato}. */
  public String id() {
    return id;
  }

  /** OntoNotes type label: GPE, LOC, ORG, NORP, FAC or PERSON. */
  public String type() {
    return type;
  }

  /** The canonical name, the one to show. */
  public String name() {
    return name;
  }

  /** The other names, without the canonical name, in table order. */
  public ImmutableList<String> aliases() {
    return aliases;
  }

  /** The facts: {@code country}, {@code capital_of}, {@code demonym_of}, {@code title}... */
  public ImmutableMap<String, String> attributes() {
    return attributes;
  }

  /** One fact, if present. */
  public Optional<String> attribute(String key) {
    return Optional.ofNullable(attributes.get(key));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KbEntry && ((KbEntry) o).id.equals(id) && ((KbEntry) o).index == index
        && ((KbEntry) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, index);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .add("id", id)
        .add("type", type)
        .add("name", name)
        .add("aliases", aliases)
        .add("attributes", attributes)
        .toString();
  }
}
