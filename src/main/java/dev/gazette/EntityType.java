package dev.gazette;

import com.google.common.collect.ImmutableList;

/**
 * The type of an entity: one of the OntoNotes 5 labels, or a custom type an integrator defines.
 *
 * <p>Types compare by name, so {@code EntityType.of("PERSON")} equals {@link #PERSON}.
 *
 * <pre>{@code
 * EntityType vessel = EntityType.of("VESSEL");          // a custom type
 * boolean isPerson = entity.type().equals(EntityType.PERSON);
 * }</pre>
 */
public final class EntityType implements Comparable<EntityType> {
  /** People, including fictional. */
  public static final EntityType PERSON = new EntityType("PERSON");
  /** Nationalities or religious or political groups ("Russian", "Western"). */
  public static final EntityType NORP = new EntityType("NORP");
  /** Buildings, airports, highways, bridges, pipelines. */
  public static final EntityType FAC = new EntityType("FAC");
  /** Companies, agencies, institutions, seats of power. */
  public static final EntityType ORG = new EntityType("ORG");
  /** Countries, cities, states. */
  public static final EntityType GPE = new EntityType("GPE");
  /** Non-GPE locations: seas, mountain ranges, regions. */
  public static final EntityType LOC = new EntityType("LOC");
  /** Objects, vehicles, foods (not services). */
  public static final EntityType PRODUCT = new EntityType("PRODUCT");
  /** Named hurricanes, battles, wars, sports events. */
  public static final EntityType EVENT = new EntityType("EVENT");
  /** Titles of books, songs. */
  public static final EntityType WORK_OF_ART = new EntityType("WORK_OF_ART");
  /** Named documents made into laws. */
  public static final EntityType LAW = new EntityType("LAW");
  /** Any named language. */
  public static final EntityType LANGUAGE = new EntityType("LANGUAGE");
  /** Absolute or relative dates or periods. */
  public static final EntityType DATE = new EntityType("DATE");
  /** Times smaller than a day. */
  public static final EntityType TIME = new EntityType("TIME");
  /** Percentages. */
  public static final EntityType PERCENT = new EntityType("PERCENT");
  /** Monetary values. */
  public static final EntityType MONEY = new EntityType("MONEY");
  /** Measurements of weight or distance. */
  public static final EntityType QUANTITY = new EntityType("QUANTITY");
  /** "first", "second". */
  public static final EntityType ORDINAL = new EntityType("ORDINAL");
  /** Numerals that fall under no other type. */
  public static final EntityType CARDINAL = new EntityType("CARDINAL");

  private static final ImmutableList<EntityType> STANDARD =
      ImmutableList.of(
          PERSON, NORP, FAC, ORG, GPE, LOC, PRODUCT, EVENT, WORK_OF_ART, LAW, LANGUAGE, DATE, TIME,
          PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL);

  private final String name;
  /**
   * Whether made by {@link #of} for a name outside the standard types: a standard name always gives its
   * single instance, so two distinct objects can be equal only when both are custom.
   */
  private final boolean custom;

  private EntityType(String name) {
    this(name, false);
  }

  private EntityType(String name, boolean custom) {
    this.name = name;
    this.custom = custom;
  }

  /**
   * The type with this name: a standard one, or a custom one.
   *
   * @throws IllegalArgumentException unless the name is 1-64 chars of {@code A-Z0-9_} starting with a letter
   */
  public static EntityType of(String name) {
    Labels.checkName(name, "entity type");
    for (EntityType t : STANDARD) {
      if (t.name.equals(name)) {
        return t;
      }
    }
    return new EntityType(name, true);
  }

  /** The eighteen OntoNotes types, in the order the OntoNotes guidelines list them. */
  public static ImmutableList<EntityType> standard() {
    return STANDARD;
  }

  /** Whether this is one of the OntoNotes types. */
  public boolean isStandard() {
    return STANDARD.contains(this);
  }

  /** The upper-case name, as written in JSON output and rule files. */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    // The standard types are single instances: most comparisons end at the identity test, and two
    // different ones at the flags, without reading their names.
    return this == o || o instanceof EntityType t && custom && t.custom && t.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public int compareTo(EntityType o) {
    return name.compareTo(o.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
