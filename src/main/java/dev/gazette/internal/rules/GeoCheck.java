package dev.gazette.internal.rules;

import dev.gazette.Mention;

/**
 * Whether one place mention can contain another, by the knowledge-base ids and {@code country}
 * attributes of the mentions: a country ({@code gpe:FR}) contains the regions and cities of that
 * country, a region ({@code gpe:region:...}, or a mention a rule marked {@code geo=region}) contains
 * the cities of its country. A place the knowledge base does not know counts as a city of any country:
 * "Willowdell, Ind." is accepted, "Kyiv, Odessa" and "France, Germany" are not. A region may contain a
 * city the knowledge base places in another country, as city names are ambiguous ("Livingston, Texas").
 * A sea, river or continent the knowledge base knows ({@code loc:}) is in no country ("the Black Sea,
 * Bulgaria and Serbia").
 */
final class GeoCheck {
  /** A known place that is no settlement or region: a sea, a river, a continent. */
  private static final int NATURAL = -1;
  private static final int UNKNOWN = 0;
  private static final int CITY = 1;
  private static final int REGION = 2;
  private static final int COUNTRY = 3;

  private GeoCheck() {}

  static boolean contains(Mention outer, Mention inner) {
    int o = level(outer);
    int i = level(inner);
    if (i == NATURAL || o < REGION || o <= Math.max(i, CITY)) {
      return false;
    }
    String oc = outer.attributes().get("country");
    String ic = inner.attributes().get("country");
    // A region may be of another country than the knowledge base's reading of an ambiguous city
    // ("Livingston, Texas": the KB's Livingston is Scottish); a country must be the city's own.
    return oc == null || ic == null || oc.equals(ic) || o == REGION && i <= CITY;
  }

  /** False only when both mentions have a {@code country} and they differ. */
  static boolean sameCountry(Mention a, Mention b) {
    String ac = a.attributes().get("country");
    String bc = b.attributes().get("country");
    return ac == null || bc == null || ac.equals(bc);
  }

  /**
   * Whether {@code demonym} names the country of {@code place}: the demonym must have a {@code country}
   * ("Libyan"; "Christian" and "Kurdish" have none), and the place, when it has one, the same.
   */
  static boolean demonymOf(Mention demonym, Mention place) {
    String dc = demonym.attributes().get("country");
    String pc = place.attributes().get("country");
    return dc != null && (pc == null || dc.equals(pc));
  }

  private static int level(Mention m) {
    if ("region".equals(m.attributes().get("geo"))) {
      return REGION;
    }
    String id = m.attributes().get("kb_id");
    if (id == null) {
      return UNKNOWN;
    }
    if (!id.startsWith("gpe:")) {
      return id.startsWith("loc:") ? NATURAL : UNKNOWN;
    }
    if (id.startsWith("gpe:city:")) {
      return CITY;
    }
    if (id.startsWith("gpe:region:")) {
      return REGION;
    }
    return id.indexOf(':', 4) < 0 ? COUNTRY : CITY;
  }
}
