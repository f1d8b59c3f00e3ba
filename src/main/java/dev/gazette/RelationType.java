package dev.gazette;

import com.google.common.collect.ImmutableList;

/**
 * The type of a relation: one of Gazette's standard types (the 16 PLOVER event types plus ROLE,
 * LOCATED_IN, STATEMENT, TRADE and ACQUIRE), or a custom type an integrator defines.
 *
 * <p>Types compare by name, so {@code RelationType.of("CONSULT")} equals {@link #CONSULT}.
 *
 * <pre>{@code
 * RelationType lobbies = RelationType.of("LOBBIES");    // a custom type
 * }</pre>
 */
public final class RelationType implements Comparable<RelationType> {
  /** A person holds a title at an organization or country ({@code title} attribute). */
  public static final RelationType ROLE = new RelationType("ROLE");
  /** A place or organization is located in a place. */
  public static final RelationType LOCATED_IN = new RelationType("LOCATED_IN");
  /** Someone said something ({@code content} attribute). */
  public static final RelationType STATEMENT = new RelationType("STATEMENT");
  /** Exports, imports, deliveries, supply: exporter to importer ({@code commodity} attribute). */
  public static final RelationType TRADE = new RelationType("TRADE");
  /** Acquisitions and takeovers: buyer to bought. */
  public static final RelationType ACQUIRE = new RelationType("ACQUIRE");
  /** PLOVER: agree, sign. */
  public static final RelationType AGREE = new RelationType("AGREE");
  /** PLOVER: meet, talk, call, visit. */
  public static final RelationType CONSULT = new RelationType("CONSULT");
  /** PLOVER: back, praise, endorse. */
  public static final RelationType SUPPORT = new RelationType("SUPPORT");
  /** PLOVER: concede, apologize, yield. */
  public static final RelationType CONCEDE = new RelationType("CONCEDE");
  /** PLOVER: partnership, rapprochement, joint exercises. */
  public static final RelationType COOPERATE = new RelationType("COOPERATE");
  /** PLOVER: humanitarian, economic or military aid. */
  public static final RelationType AID = new RelationType("AID");
  /** PLOVER: withdraw, retreat. */
  public static final RelationType RETREAT = new RelationType("RETREAT");
  /** PLOVER: ask, call on, demand. */
  public static final RelationType REQUEST = new RelationType("REQUEST");
  /** PLOVER: accuse, condemn, sue. */
  public static final RelationType ACCUSE = new RelationType("ACCUSE");
  /** PLOVER: reject, veto, refuse. */
  public static final RelationType REJECT = new RelationType("REJECT");
  /** PLOVER: warn, threaten. */
  public static final RelationType THREATEN = new RelationType("THREATEN");
  /** PLOVER: protest, demonstrate. */
  public static final RelationType PROTEST = new RelationType("PROTEST");
  /** PLOVER: sanction, embargo. */
  public static final RelationType SANCTION = new RelationType("SANCTION");
  /** PLOVER: deploy troops, hold drills. */
  public static final RelationType MOBILIZE = new RelationType("MOBILIZE");
  /** PLOVER: arrest, detain, expel. */
  public static final RelationType COERCE = new RelationType("COERCE");
  /** PLOVER: offensive, attack, invasion, strike. */
  public static final RelationType ASSAULT = new RelationType("ASSAULT");

  private static final ImmutableList<RelationType> STANDARD =
      ImmutableList.of(
          ROLE, LOCATED_IN, STATEMENT, TRADE, ACQUIRE, AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE,
          AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE,
          ASSAULT);

  private final String name;

  private RelationType(String name) {
    this.name = name;
  }

  /**
   * The type with this name: a standard one, or a custom one.
   *
   * @throws IllegalArgumentException unless the name is 1-64 chars of {@code A-Z0-9_} starting with a letter
   */
  public static RelationType of(String name) {
    // Rules name a type for every relation they find: the standard ones need no validation.
    for (int i = 0; i < STANDARD.size(); i++) {
      RelationType t = STANDARD.get(i);
      if (t.name.equals(name)) {
        return t;
      }
    }
    return new RelationType(Labels.checkName(name, "relation type"));
  }

  /** The standard types. */
  public static ImmutableList<RelationType> standard() {
    return STANDARD;
  }

  /** Whether this is one of the standard types. */
  public boolean isStandard() {
    return STANDARD.contains(this);
  }

  /** The upper-case name, as written in JSON output and rule files. */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RelationType t && t.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public int compareTo(RelationType o) {
    return name.compareTo(o.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
