package dev.gazette.kbgen;

import dev.gazette.internal.kb.AliasKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First-level regions and provinces (states, oblasts, provinces...) from {@code country-region-data}
 * (MIT). A name with a parenthesis gives two aliases; a name with a generic suffix (Oblast, Province,
 * Governorate...) also gets the bare form, unless that bare form is already a city or country name.
 */
final class RegionSource {

  static final int RANK = 4;
  private static final Pattern PAREN = Pattern.compile("^(.*?)\\s*\\((.*)\\)\\s*$");
  private static final Pattern SUFFIX = Pattern.compile(
      "^(.{3,}?)\\s+(Oblast|Krai|Kray|Province|Region|Governorate|Prefecture|District|Voivodeship|"
          + "Department|County|Autonomous Okrug|Autonomous Oblast|Autonomous Region|Municipality|"
          + "Canton|State|Territory|Emirate|Division)$");
  private static final Pattern PREFIX = Pattern.compile(
      "^(?:Republic of|Province of|State of|Autonomous Republic of|City of)\\s+(.{3,})$");

  /**
   * Region names that are common English words ("Central", "Plateau", "Reading"): news means the word
   * far more often than the region, so the region is named with "Region" after it ("Central Region",
   * as news writes it) and the bare word is no alias.
   */
  private static final java.util.Set<String> GENERIC = java.util.Set.of(
      "central", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "upper",
      "lower", "capital", "coast", "coastal", "maritime", "plateau", "plateaux", "pool", "city", "bay",
      "delta", "rivers", "gulf", "lakes", "lake", "islands", "mountains", "unity", "cascade", "source",
      "store", "bar", "chin", "cat", "ape", "ogre", "bled", "ruse", "falcon", "bender", "highland",
      "reading", "harrow", "bury", "forest", "acre", "saga", "mascara", "quiche", "hims", "tubas",
      "savannah");

  private final KbGen gen;

  RegionSource(KbGen gen) {
    this.gen = gen;
  }

  @SuppressWarnings("unchecked")
  void load(Path file) throws IOException {
    List<Object> countries = (List<Object>) Json.read(file);
    int count = 0;
    for (Object c : countries) {
      Map<String, Object> country = (Map<String, Object>) c;
      String cc = (String) country.get("countryShortCode");
      for (Object r : (List<Object>) country.get("regions")) {
        Map<String, Object> region = (Map<String, Object>) r;
        String raw = (String) region.get("name");
        String code = (String) region.get("shortCode");
        String name = raw;
        String inner = null;
        Matcher m = PAREN.matcher(raw);
        if (m.matches()) {
          name = m.group(1);
          inner = m.group(2);
        }
        if (GENERIC.contains(AliasKeys.fold(name))) {
          name = name + " Region";
        }
        String id = "gpe:region:" + Text.lower(cc) + "-"
            + (code == null || code.isEmpty() ? Text.slug(name) : Text.slug(code));
        if (gen.get(id) != null) {
          id = id + "-" + Text.slug(name);
        }
        Entry e = gen.create(id, "GPE", name, RANK);
        e.attr("kind", "region");
        e.attr("country", cc);
        if (inner != null && !inner.contains(",") && gen.allowed(inner) && !GENERIC.contains(AliasKeys.fold(inner))) {
          e.alias(inner);
        }
        bare(e, name, cc);
        String plain = Text.stripDiacritics(name);
        if (!plain.equals(name)) {
          if (Text.hasRomanizationMarks(name, cc)) {
            e.rename(plain); // "Rafah", not the ISO romanization "Rafaḩ" (kept as an alias)
          } else {
            e.alias(plain);
          }
        }
        count++;
      }
    }
    System.out.println("kbgen: regions: " + count);
  }

  private void bare(Entry e, String name, String cc) {
    Matcher s = SUFFIX.matcher(name);
    Matcher p = PREFIX.matcher(name);
    String bare = s.matches() ? s.group(1) : p.matches() ? p.group(1) : null;
    if (bare == null || !gen.allowed(bare) || GENERIC.contains(AliasKeys.fold(bare))) {
      return;
    }
    String key = AliasKeys.fold(bare);
    Map<String, String> cityKeys = gen.cities.byCountryKey.get(cc);
    if (cityKeys != null && cityKeys.containsKey(key)) {
      return; // "Moscow Oblast" must not become a second "Moscow"
    }
    if (gen.get("gpe:" + cc) != null && AliasKeys.fold(gen.get("gpe:" + cc).name).equals(key)) {
      return;
    }
    e.alias(bare);
  }
}
