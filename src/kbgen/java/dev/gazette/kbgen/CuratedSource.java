package dev.gazette.kbgen;

import dev.gazette.internal.kb.AliasKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Hand-written tables in {@code src/kbgen/resources/curated/*.tsv}, same five columns as the output
 * ({@code id, type, name, aliases, attributes}). A row whose id exists extends that entry: its aliases
 * are added, its attributes override, and a non-empty name becomes canonical. A PERSON row whose id is
 * new but whose full name or alias matches a Factbook leader takes that leader over (the curated id
 * wins), so leaders are never listed twice.
 */
final class CuratedSource {

  static final Set<String> NAME_TABLES = Set.of("given-names.tsv", "surnames.tsv", "titles.tsv");
  private static final Map<String, Integer> RANKS = Map.of("GPE", 0, "NORP", 1, "ORG", 2,
      "PERSON", 3, "LOC", 4, "FAC", 4);

  private final KbGen gen;

  CuratedSource(KbGen gen) {
    this.gen = gen;
  }

  void load(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".tsv")
          && !NAME_TABLES.contains(p.getFileName().toString())).sorted().collect(Collectors.toList());
    }
    int rows = 0;
    for (Path f : files) {
      int lineNo = 0;
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length < 3) {
          throw new IOException(f.getFileName() + ":" + lineNo + ": need at least id, type, name");
        }
        row(c, f.getFileName() + ":" + lineNo);
        rows++;
      }
    }
    System.out.println("kbgen: curated rows: " + rows + " from " + files.size() + " files");
  }

  private void row(String[] c, String where) throws IOException {
    String id = c[0].trim();
    String type = c[1].trim();
    String name = c[2].trim();
    Entry e = gen.get(id);
    if (e == null && type.equals("PERSON")) {
      e = takeOverLeader(id, name, c.length > 3 ? c[3] : "");
    }
    if (e == null) {
      if (name.isEmpty() || type.isEmpty()) {
        throw new IOException(where + ": unknown id " + id + " needs a type and a name");
      }
      e = gen.create(id, type, name, RANKS.getOrDefault(type, 4));
    } else {
      if (!type.isEmpty()) {
        e.type = type;
      }
      e.rename(name);
    }
    if (c.length > 3 && !c[3].isBlank()) {
      for (String a : c[3].split("\\|")) {
        e.alias(a);
        String plain = Text.stripDiacritics(a.trim());
        if (!plain.equals(a.trim())) {
          e.alias(plain);
        }
      }
    }
    String plainName = Text.stripDiacritics(e.name);
    if (!plainName.equals(e.name)) {
      e.alias(plainName);
    }
    if (c.length > 4 && !c[4].isBlank()) {
      for (String kv : c[4].split(";")) {
        int eq = kv.indexOf('=');
        if (eq <= 0) {
          throw new IOException(where + ": bad attribute " + kv);
        }
        e.attr(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
      }
    }
  }

  private Entry takeOverLeader(String id, String name, String aliases) {
    List<String> keys = new ArrayList<>();
    keys.add(AliasKeys.fold(name));
    for (String a : aliases.split("\\|")) {
      if (a.trim().contains(" ")) {
        keys.add(AliasKeys.fold(a));
      }
    }
    Map<String, Entry> index = new HashMap<>();
    for (Entry p : gen.entries.values()) {
      if (!p.type.equals("PERSON") || !p.id.startsWith("person:") || p.attrs.containsKey("curated")) {
        continue;
      }
      index.put(AliasKeys.fold(p.name), p);
      for (String a : p.aliases) {
        index.put(AliasKeys.fold(a), p);
      }
    }
    for (String k : keys) {
      Entry old = index.get(k);
      if (old != null) {
        gen.remove(old.id);
        Entry e = gen.create(id, "PERSON", old.name, old.rank);
        e.aliases.addAll(old.aliases);
        e.attrs.putAll(old.attrs);
        e.attr("curated", "1");
        return e;
      }
    }
    return null;
  }
}
