package dev.gazette.internal.rules;

import dev.gazette.Mention;

/**
 * Whether one place mention can contain another, by the knowledge-base ids and {@code country}
 * attributes of the mentions: a country ({@code gpe:FR}) contains the regions and cities of that
 * country, a region ({@code gpe:region:...}, or a mention a rule marked {@code geo=region}) contains
 * the cities of its country. A place the knowledge base does not know counts as a city of any country:
 * "Willowdell, Ind." is accepted, "Kyiv, Odessa" and "France, Germany" are not.
 */
final class GeoCheck {
  private static final int UNKNOWN = 0;
  private static final int CITY = 1;
  private static final int REGION = 2;
  private static final int COUNTRY = 3;

  private GeoCheck() {}

  static boolean contains(Mention outer, Mention inner) {
    int o = level(outer);
    int i = level(inner);
    if (o < REGION || o <= Math.max(i, CITY)) {
      return false;
    }
    String oc = outer.attributes().get("country");
    String ic = inner.attributes().get("country");
    return oc == null || ic == null || oc.equals(ic);
  }

  private static int level(Mention m) {
    if ("region".equals(m.attributes().get("geo"))) {
      return REGION;
    }
    String id = m.attributes().get("kb_id");
    if (id == null || !id.startsWith("gpe:")) {
      return UNKNOWN;
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
