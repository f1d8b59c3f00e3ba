package dev.gazette.eval;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.gazette.EntityType;
import dev.gazette.RelationType;
import dev.gazette.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One golden article and its hand-written expectations, read from {@code <name>.txt} and
 * {@code <name>.expected} (the format is documented in {@code src/test/resources/golden/README.md}).
 *
 * <p>Expected mentions are written as surface texts, not offsets, so the files stay readable and survive
 * edits of the article. They are located here: every occurrence of the surface at a word boundary
 * (a lower-to-upper case change counts, so "China" is found in the glued "ChinaRussian"), outside the
 * header and outside the body's repeat of the lead; {@code surface#2,3} keeps only the second and third
 * such occurrences. An occurrence inside a longer expected occurrence ("China" in "East China Sea") is
 * dropped. A surface that is never found, or a relation naming an unknown entity, is an error in the
 * golden file and fails loudly.
 */
final class GoldenFile {
  /** An expected entity: one real-world thing with the spans of all its expected mentions. */
  record ExpectedEntity(EntityType type, String name, ImmutableSet<String> surfaces, ImmutableList<Span> spans) {}

  /**
   * An expected temporal expression. {@code value} and {@code timexType} may list alternatives
   * ("PAST_REF / PXM") where TimeBank itself annotates both ways.
   */
  record ExpectedDate(Span span, String text, String value, String timexType, Optional<String> mod) {
    boolean valueMatches(String predicted) {
      return alternatives(value).contains(predicted);
    }

    boolean typeMatches(String predicted) {
      return alternatives(timexType).stream().anyMatch(t -> t.equalsIgnoreCase(predicted));
    }

    private static List<String> alternatives(String field) {
      return java.util.Arrays.stream(field.split("/")).map(String::strip).toList();
    }
  }

  /**
   * An expected relation. Arguments are sets of acceptable entity names (alternatives written
   * "A / B"); an empty object set accepts any object or none.
   */
  record ExpectedRelation(
      RelationType type,
      ImmutableSet<String> subject,
      ImmutableSet<String> object,
      boolean undirected,
      ImmutableMap<String, String> attributes,
      int line) {
    String label() {
      return type + "(" + String.join("/", subject) + (undirected ? " <-> " : " -> ")
          + (object.isEmpty() ? "*" : String.join("/", object)) + ")";
    }
  }

  final String name;
  final String text;
  /** The header lines, ignored on both sides of the comparison. */
  final Span header;
  /** The body's word-for-word repeat of the lead, where nothing is expected. */
  final Optional<Span> leadRepeat;
  final ImmutableList<ExpectedEntity> entities;
  final ImmutableList<ExpectedDate> dates;
  final ImmutableList<ExpectedRelation> relations;
  /** Surfaces (lower case) of each entity, by canonical name (lower case), for relation arguments. */
  final ImmutableMap<String, ImmutableSet<String>> surfacesByName;

  private GoldenFile(
      String name,
      String text,
      Span header,
      Optional<Span> leadRepeat,
      List<ExpectedEntity> entities,
      List<ExpectedDate> dates,
      List<ExpectedRelation> relations) {
    this.name = name;
    this.text = text;
    this.header = header;
    this.leadRepeat = leadRepeat;
    this.entities = ImmutableList.copyOf(entities);
    this.dates = ImmutableList.copyOf(dates);
    this.relations = ImmutableList.copyOf(relations);
    ImmutableMap.Builder<String, ImmutableSet<String>> b = ImmutableMap.builder();
    for (ExpectedEntity e : entities) {
      ImmutableSet.Builder<String> s = ImmutableSet.builder();
      s.add(lower(e.name()));
      e.surfaces().forEach(x -> s.add(lower(x)));
      b.put(lower(e.name()), s.build());
    }
    this.surfacesByName = b.buildOrThrow();
  }

  /** Whether the offset lies in a region where nothing is expected (header, lead repeat). */
  boolean ignored(int offset) {
    return (offset >= header.start() && offset < header.end())
        || leadRepeat.map(r -> offset >= r.start() && offset < r.end()).orElse(false);
  }

  /** Whether the offset lies in the header, whose predictions are neither rewarded nor penalized. */
  boolean inHeader(int offset) {
    return offset >= header.start() && offset < header.end();
  }

  /** Reads {@code dir/name.txt} and {@code dir/name.expected}. */
  static GoldenFile read(Path article) throws IOException {
    String file = article.getFileName().toString();
    String name = file.substring(0, file.length() - ".txt".length());
    Path expected = article.resolveSibling(name + ".expected");
    String text = Files.readString(article, StandardCharsets.UTF_8);
    List<String> lines = Files.readAllLines(expected, StandardCharsets.UTF_8);
    return parse(name, text, lines);
  }

  static GoldenFile parse(String name, String text, List<String> lines) {
    Span header = header(text);
    Optional<Span> leadRepeat = leadRepeat(text, header.end());
    Locator locator = new Locator(name, text, header, leadRepeat);

    // First pass: raw lines; spans are resolved once all surfaces are known (for containment).
    List<RawMentionLine> raw = new ArrayList<>();
    List<String[]> relLines = new ArrayList<>();
    List<Integer> relLineNumbers = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      int n = i + 1;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = name + ".expected:" + n;
      if (line.startsWith("ENTITY ")) {
        String[] f = fields(line.substring(7), 3, 3, where);
        EntityType type = EntityType.of(f[0]);
        check(!type.equals(EntityType.DATE) && !type.equals(EntityType.TIME), where,
            "DATE and TIME go on DATE lines");
        raw.add(new RawMentionLine(where, type, f[1], splitList(f[2], ";"), null));
      } else if (line.startsWith("DATE ")) {
        String[] f = fields(line.substring(5), 3, 4, where);
        Optional<String> mod = Optional.empty();
        if (f.length == 4) {
          check(f[3].startsWith("mod="), where, "the fourth field of a DATE line is mod=...");
          mod = Optional.of(f[3].substring(4));
        }
        raw.add(new RawMentionLine(where, null, f[1], List.of(f[0]), new String[] {f[1], f[2], mod.orElse("")}));
      } else if (line.startsWith("REL ")) {
        relLines.add(fields(line.substring(4), 2, 3, where));
        relLineNumbers.add(n);
      } else {
        throw new IllegalArgumentException(where + ": a line starts with ENTITY, DATE, REL or #: " + line);
      }
    }

    // Locate every surface, then drop occurrences nested in longer ones.
    List<Occurrence> all = new ArrayList<>();
    for (int k = 0; k < raw.size(); k++) {
      for (String surface : raw.get(k).surfaces()) {
        for (Span s : locator.find(surface, raw.get(k).where())) {
          all.add(new Occurrence(k, s));
        }
      }
    }
    List<Occurrence> kept = new ArrayList<>();
    for (Occurrence o : all) {
      boolean nested = false;
      for (Occurrence p : all) {
        if (p != o && p.span().contains(o.span()) && p.span().length() > o.span().length()) {
          nested = true;
          break;
        }
      }
      if (!nested) {
        kept.add(o);
      }
    }
    kept.sort(Comparator.comparing(Occurrence::span));
    for (int i = 1; i < kept.size(); i++) {
      Occurrence a = kept.get(i - 1);
      Occurrence b = kept.get(i);
      check(!a.span().overlaps(b.span()), raw.get(b.line()).where(),
          "expected mention " + b.span().text(text) + " " + b.span() + " overlaps " + a.span().text(text)
              + " " + a.span() + " of " + raw.get(a.line()).where());
    }

    List<ExpectedEntity> entities = new ArrayList<>();
    List<ExpectedDate> dates = new ArrayList<>();
    Map<String, ExpectedEntity> byName = new LinkedHashMap<>();
    for (int k = 0; k < raw.size(); k++) {
      RawMentionLine r = raw.get(k);
      final int line = k;
      List<Span> spans = kept.stream().filter(o -> o.line() == line).map(Occurrence::span).toList();
      check(!spans.isEmpty(), r.where(), "every occurrence of " + r.surfaces() + " is nested in a longer mention");
      if (r.date() == null) {
        ImmutableSet<String> surfaces = r.surfaces().stream()
            .map(GoldenFile::stripSelector)
            .map(x -> x.endsWith("+") && x.length() > 1 ? x.substring(0, x.length() - 1) : x)
            .collect(ImmutableSet.toImmutableSet());
        ExpectedEntity e = new ExpectedEntity(r.type(), r.name(), surfaces, ImmutableList.copyOf(spans));
        check(byName.put(lower(r.name()), e) == null, r.where(), "entity " + r.name() + " is listed twice");
        entities.add(e);
      } else {
        for (Span s : spans) {
          String mod = r.date()[2];
          dates.add(new ExpectedDate(s, s.text(text), r.date()[0], r.date()[1],
              mod.isEmpty() ? Optional.empty() : Optional.of(mod)));
        }
      }
    }
    dates.sort(Comparator.comparing(ExpectedDate::span));

    List<ExpectedRelation> relations = new ArrayList<>();
    for (int i = 0; i < relLines.size(); i++) {
      String[] f = relLines.get(i);
      String where = name + ".expected:" + relLineNumbers.get(i);
      RelationType type = RelationType.of(f[0]);
      check(type.isStandard(), where, "unknown relation type " + f[0]);
      String args = f[1];
      boolean undirected = args.contains("<->");
      String[] so = undirected ? args.split("<->", -1) : args.split("->", -1);
      check(so.length <= 2, where, "arguments are 'subject', 'subject -> object' or 'subject <-> object'");
      ImmutableSet<String> subject = names(so[0], byName, where);
      ImmutableSet<String> object =
          so.length == 1 || so[1].strip().equals("*") ? ImmutableSet.of() : names(so[1], byName, where);
      check(!(undirected && object.isEmpty()), where, "an undirected relation needs an object");
      ImmutableMap.Builder<String, String> attrs = ImmutableMap.builder();
      if (f.length == 3) {
        for (String kv : splitList(f[2], ";")) {
          int eq = kv.indexOf('=');
          check(eq > 0, where, "attributes are key=value separated by ';'");
          attrs.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
        }
      }
      relations.add(new ExpectedRelation(type, subject, object, undirected, attrs.buildOrThrow(), relLineNumbers.get(i)));
    }
    return new GoldenFile(name, text, header, leadRepeat, entities, dates, relations);
  }

  private static ImmutableSet<String> names(String field, Map<String, ExpectedEntity> byName, String where) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (String n : splitList(field, "/")) {
      check(byName.containsKey(lower(n)), where, "relation argument '" + n + "' is not the name of an ENTITY line");
      b.add(byName.get(lower(n)).name());
    }
    return b.build();
  }

  /** The header: everything before the first blank line, if the text has a blank line after some text. */
  static Span header(String text) {
    int i = 0;
    while (i < text.length()) {
      int eol = text.indexOf('\n', i);
      int end = eol < 0 ? text.length() : eol;
      if (text.substring(i, end).isBlank()) {
        return i == 0 ? Span.of(0, 0) : Span.of(0, i);
      }
      i = end + 1;
    }
    return Span.of(0, 0);
  }

  /** The first occurrence after the lead of the lead paragraph's text, if the body repeats it. */
  static Optional<Span> leadRepeat(String text, int headerEnd) {
    int start = headerEnd;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = text.indexOf("\n\n", start);
    if (start >= text.length() || end < 0) {
      return Optional.empty();
    }
    String lead = text.substring(start, end).strip();
    int at = text.indexOf(lead, end);
    return at < 0 ? Optional.empty() : Optional.of(Span.of(at, at + lead.length()));
  }

  private record RawMentionLine(String where, EntityType type, String name, List<String> surfaces, String[] date) {}

  private record Occurrence(int line, Span span) {}

  /** Finds surfaces in the text. */
  private static final class Locator {
    private final String name;
    private final String text;
    private final Span header;
    private final Optional<Span> leadRepeat;

    Locator(String name, String text, Span header, Optional<Span> leadRepeat) {
      this.name = name;
      this.text = text;
      this.header = header;
      this.leadRepeat = leadRepeat;
    }

    List<Span> find(String surfaceWithSelector, String where) {
      String surface = stripSelector(surfaceWithSelector);
      boolean gluedAfter = surface.endsWith("+") && surface.length() > 1;
      if (gluedAfter) {
        surface = surface.substring(0, surface.length() - 1);
      }
      List<Span> found = new ArrayList<>();
      for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        Span candidate = Span.of(at, at + surface.length());
        int end = candidate.end();
        boolean inRepeat = leadRepeat.map(r -> r.contains(candidate)).orElse(false);
        if (at >= header.end() && !inRepeat && boundaryBefore(at, surface)
            && (gluedAfter || boundaryAfter(end, surface))) {
          found.add(candidate);
        }
      }
      check(!found.isEmpty(), where, "surface '" + surface + "' does not occur in " + name + ".txt");
      int hash = surfaceWithSelector.lastIndexOf('#');
      if (hash < 0) {
        return found;
      }
      List<Span> picked = new ArrayList<>();
      for (String k : surfaceWithSelector.substring(hash + 1).split(",")) {
        int idx = Integer.parseInt(k.strip());
        check(idx >= 1 && idx <= found.size(), where,
            "'" + surface + "' occurs " + found.size() + " times, no occurrence " + idx);
        picked.add(found.get(idx - 1));
      }
      return picked;
    }

    private boolean boundaryBefore(int at, String surface) {
      if (at == 0) {
        return true;
      }
      char prev = text.charAt(at - 1);
      char first = surface.charAt(0);
      return !Character.isLetterOrDigit(prev) || (Character.isLowerCase(prev) && Character.isUpperCase(first));
    }

    private boolean boundaryAfter(int end, String surface) {
      if (end == text.length()) {
        return true;
      }
      char next = text.charAt(end);
      char last = surface.charAt(surface.length() - 1);
      return !Character.isLetterOrDigit(next) || (Character.isLowerCase(last) && Character.isUpperCase(next))
          || (!Character.isLetter(last) && Character.isLetter(next) && Character.isUpperCase(next));
    }
  }

  static String stripSelector(String surface) {
    int hash = surface.lastIndexOf('#');
    return hash > 0 && surface.substring(hash + 1).matches("[0-9, ]+") ? surface.substring(0, hash) : surface;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String[] fields(String s, int min, int max, String where) {
    String[] f = s.split("\\|", -1);
    for (int i = 0; i < f.length; i++) {
      f[i] = f[i].strip();
    }
    check(f.length >= min && f.length <= max, where, "expected " + min + " to " + max + " '|'-separated fields");
    return f;
  }

  private static List<String> splitList(String s, String sep) {
    List<String> out = new ArrayList<>();
    for (String x : s.split(java.util.regex.Pattern.quote(sep), -1)) {
      if (!x.isBlank()) {
        out.add(x.strip());
      }
    }
    return out;
  }

  private static void check(boolean ok, String where, String message) {
    if (!ok) {
      throw new IllegalArgumentException(where + ": " + message);
    }
  }
}
