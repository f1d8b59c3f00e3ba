package dev.gazette.eval;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.gazette.Article;
import dev.gazette.Entity;
import dev.gazette.EntityType;
import dev.gazette.Extraction;
import dev.gazette.Gazette;
import dev.gazette.Mention;
import dev.gazette.Relation;
import dev.gazette.RelationType;
import dev.gazette.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores Gazette on the golden articles of {@code src/test/resources/golden/} against their hand-written
 * expectations, and renders the scores as markdown (for {@code benchmarks/RESULTS.md}) plus a listing of
 * every miss and false alarm per article (for developers).
 *
 * <p>What is scored (see the README next to the articles for the file format):
 *
 * <ul>
 *   <li><b>Entity mentions</b> (all types but DATE and TIME), per type: strict (same type, same span)
 *       and relaxed (same type, overlapping spans), one-to-one. Predictions in the header are ignored;
 *       predictions in the body's repeat of the lead count as false alarms, since nothing is expected
 *       there twice.
 *   <li><b>Entities</b>, one per real-world thing: an expected entity is found when a predicted entity
 *       of its type has a mention with exactly one of its spans; a predicted entity is right when it has
 *       such a mention of an expected entity of its type. "Canonical name" counts found entities whose
 *       predicted name equals the expected one (ignoring case).
 *   <li><b>Dates</b> (DATE and TIME entities): strict and relaxed span, TIMEX3 value over relaxed matches
 *       (TempEval-3 style: P = right values / predicted, R = right values / expected) and TIMEX3 type.
 *   <li><b>Relations</b>, per type, as a set per article: distinct predicted (type, subject, object)
 *       triples against expected relations. An argument matches an expected entity when the predicted
 *       entity's name or any of its mention texts equals that entity's canonical name or one of its
 *       expected surfaces (ignoring case). Expected attributes are compared on the found relations
 *       (ignoring case, one value containing the other).
 * </ul>
 */
public final class GoldenEvaluation {
  /** Where the golden articles live, relative to the project. */
  public static final Path DEFAULT_DIR = Path.of("src/test/resources/golden");

  private static final ImmutableSet<EntityType> TEMPORAL = ImmutableSet.of(EntityType.DATE, EntityType.TIME);

  /** The outcome of one run. */
  public record Result(
      int articles,
      int words,
      String markdown,
      String details,
      ImmutableList<String> inconsistencies,
      Map<EntityType, Prf> mentionsStrict,
      Map<RelationType, Prf> relations,
      Prf dateValues) {}

  private final Map<EntityType, Prf> mentionsStrict = new TreeMap<>(GoldenEvaluation::typeOrder);
  private final Map<EntityType, Prf> mentionsRelaxed = new TreeMap<>(GoldenEvaluation::typeOrder);
  private final Map<EntityType, Prf> clusters = new TreeMap<>(GoldenEvaluation::typeOrder);
  private final Prf spanOnly = new Prf();
  private int clustersFound;
  private int namesAgree;
  private final Prf datesStrict = new Prf();
  private final Prf datesRelaxed = new Prf();
  private final Prf dateValues = new Prf();
  private int dateTypeRight;
  private int dateMatched;
  private final Map<RelationType, Prf> relations = new TreeMap<>(GoldenEvaluation::relationOrder);
  private int attributesExpected;
  private int attributesAgree;
  private final List<String> inconsistencies = new ArrayList<>();
  private final StringBuilder details = new StringBuilder();
  private int articles;
  private int words;

  private GoldenEvaluation() {}

  /** Runs {@code gazette} on every {@code *.txt} of {@code dir} with a sibling {@code .expected} file. */
  public static Result run(Gazette gazette, Path dir) {
    GoldenEvaluation ev = new GoldenEvaluation();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path f : files) {
      try {
        GoldenFile g = GoldenFile.read(f);
        Extraction x = gazette.extract(Article.read(f));
        ev.score(g, x);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return ev.result();
  }

  private void score(GoldenFile g, Extraction x) {
    articles++;
    words += g.text.substring(g.header.end()).split("\\s+").length;
    inconsistencies.addAll(Consistency.problems(x));
    details.append("\n## ").append(g.name).append("\n\n");
    scoreMentions(g, x);
    scoreDates(g, x);
    scoreRelations(g, x);
  }

  // ---- entities

  private record Exp(EntityType type, Span span, int entity) {}

  private record Pred(EntityType type, Span span, String text, Entity entity) {}

  private void scoreMentions(GoldenFile g, Extraction x) {
    List<Exp> exp = new ArrayList<>();
    for (int i = 0; i < g.entities.size(); i++) {
      for (Span s : g.entities.get(i).spans()) {
        exp.add(new Exp(g.entities.get(i).type(), s, i));
      }
    }
    List<Pred> pred = new ArrayList<>();
    for (Entity e : x.entities()) {
      if (TEMPORAL.contains(e.type())) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (!g.inHeader(m.start())) {
          pred.add(new Pred(m.type(), m.span(), m.text(), e));
        }
      }
    }
    pred.sort(Comparator.comparing(Pred::span));

    // strict
    boolean[] expHit = new boolean[exp.size()];
    List<String> falseAlarms = new ArrayList<>();
    for (Pred p : pred) {
      int k = find(exp, expHit, e -> e.type().equals(p.type()) && e.span().equals(p.span()));
      if (k >= 0) {
        expHit[k] = true;
        counter(mentionsStrict, p.type()).match();
      } else {
        counter(mentionsStrict, p.type()).falsePositive();
        falseAlarms.add(p.type() + " '" + p.text() + "' " + p.span() + where(g, p.span()));
      }
    }
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < exp.size(); i++) {
      if (!expHit[i]) {
        counter(mentionsStrict, exp.get(i).type()).falseNegative();
        Span s = exp.get(i).span();
        misses.add(exp.get(i).type() + " '" + s.text(g.text) + "' " + s + predictedAt(pred, s));
      }
    }
    // relaxed
    boolean[] relaxedHit = new boolean[exp.size()];
    for (Pred p : pred) {
      int k = find(exp, relaxedHit, e -> e.type().equals(p.type()) && e.span().overlaps(p.span()));
      if (k >= 0) {
        relaxedHit[k] = true;
        counter(mentionsRelaxed, p.type()).match();
      } else {
        counter(mentionsRelaxed, p.type()).falsePositive();
      }
    }
    for (int i = 0; i < exp.size(); i++) {
      if (!relaxedHit[i]) {
        counter(mentionsRelaxed, exp.get(i).type()).falseNegative();
      }
    }
    // span only, any type
    boolean[] spanHit = new boolean[exp.size()];
    for (Pred p : pred) {
      int k = find(exp, spanHit, e -> e.span().equals(p.span()));
      if (k >= 0) {
        spanHit[k] = true;
        spanOnly.match();
      } else {
        spanOnly.falsePositive();
      }
    }
    for (boolean hit : spanHit) {
      if (!hit) {
        spanOnly.falseNegative();
      }
    }
    // one entity per real-world thing
    for (int i = 0; i < g.entities.size(); i++) {
      GoldenFile.ExpectedEntity ee = g.entities.get(i);
      Optional<Entity> found = x.entities().stream()
          .filter(e -> e.type().equals(ee.type()))
          .filter(e -> e.mentions().stream().anyMatch(m -> ee.spans().contains(m.span())))
          .findFirst();
      if (found.isPresent()) {
        clusters.computeIfAbsent(ee.type(), t -> new Prf()).foundExpected++;
        clustersFound++;
        if (found.get().name().equalsIgnoreCase(ee.name())) {
          namesAgree++;
        }
      }
      clusters.computeIfAbsent(ee.type(), t -> new Prf()).expected++;
    }
    for (Entity e : x.entities()) {
      if (TEMPORAL.contains(e.type()) || e.mentions().stream().allMatch(m -> g.inHeader(m.start()))) {
        continue;
      }
      Prf c = clusters.computeIfAbsent(e.type(), t -> new Prf());
      c.predicted++;
      boolean right = g.entities.stream()
          .anyMatch(ee -> ee.type().equals(e.type()) && e.mentions().stream().anyMatch(m -> ee.spans().contains(m.span())));
      if (right) {
        c.correctPredicted++;
      }
    }
    list("Entity mentions missed (strict)", misses);
    list("Entity mentions not expected (strict)", falseAlarms);
  }

  private static String predictedAt(List<Pred> pred, Span s) {
    for (Pred p : pred) {
      if (p.span().overlaps(s)) {
        return " — predicted " + p.type() + " '" + p.text() + "' " + p.span();
      }
    }
    return "";
  }

  private static String where(GoldenFile g, Span s) {
    return g.leadRepeat.map(r -> r.contains(s) ? " (in the lead repeat)" : "").orElse("");
  }

  // ---- dates

  private record PredDate(Span span, String text, String value, String type) {}

  private void scoreDates(GoldenFile g, Extraction x) {
    List<PredDate> pred = new ArrayList<>();
    for (Entity e : x.entities()) {
      if (!TEMPORAL.contains(e.type())) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (!g.inHeader(m.start())) {
          String value = m.value().or(e::value).orElse("");
          String type = m.attributes().getOrDefault("timex_type", e.attributes().getOrDefault("timex_type", ""));
          pred.add(new PredDate(m.span(), m.text(), value, type));
        }
      }
    }
    pred.sort(Comparator.comparing(PredDate::span));
    List<GoldenFile.ExpectedDate> exp = g.dates;
    boolean[] strictHit = new boolean[exp.size()];
    for (PredDate p : pred) {
      int k = find(exp, strictHit, e -> e.span().equals(p.span()));
      if (k >= 0) {
        strictHit[k] = true;
        datesStrict.match();
      } else {
        datesStrict.falsePositive();
      }
    }
    for (boolean hit : strictHit) {
      if (!hit) {
        datesStrict.falseNegative();
      }
    }
    boolean[] hit = new boolean[exp.size()];
    List<String> wrong = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    for (PredDate p : pred) {
      int k = find(exp, hit, e -> e.span().overlaps(p.span()));
      dateValues.predicted++;
      if (k < 0) {
        datesRelaxed.falsePositive();
        falseAlarms.add("'" + p.text() + "' " + p.span() + " = " + p.value() + where(g, p.span()));
        continue;
      }
      hit[k] = true;
      datesRelaxed.match();
      dateMatched++;
      GoldenFile.ExpectedDate e = exp.get(k);
      if (e.valueMatches(p.value())) {
        dateValues.correctPredicted++;
        dateValues.foundExpected++;
      } else {
        wrong.add("'" + p.text() + "' = " + p.value() + ", expected '" + e.text() + "' = " + e.value());
      }
      if (e.typeMatches(p.type())) {
        dateTypeRight++;
      }
    }
    dateValues.expected += exp.size();
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < exp.size(); i++) {
      if (!hit[i]) {
        datesRelaxed.falseNegative();
        misses.add("'" + exp.get(i).text() + "' " + exp.get(i).span() + " = " + exp.get(i).value());
      }
    }
    list("Dates missed", misses);
    list("Dates not expected", falseAlarms);
    list("Date values wrong", wrong);
  }

  // ---- relations

  private record Triple(RelationType type, Entity subject, Optional<Entity> object) {}

  private void scoreRelations(GoldenFile g, Extraction x) {
    Map<Triple, List<Relation>> triples = new LinkedHashMap<>();
    for (Relation r : x.relations()) {
      Optional<Entity> s = x.entity(r.subject());
      if (s.isEmpty()) {
        continue; // reported as an inconsistency
      }
      Optional<Entity> o = r.object().flatMap(x::entity);
      triples.computeIfAbsent(new Triple(r.type(), s.get(), o), t -> new ArrayList<>()).add(r);
    }
    Map<Triple, Boolean> correct = new LinkedHashMap<>();
    triples.keySet().forEach(t -> correct.put(t, false));
    List<String> misses = new ArrayList<>();
    List<String> attrIssues = new ArrayList<>();
    for (GoldenFile.ExpectedRelation er : g.relations) {
      Prf c = relCounter(er.type());
      c.expected++;
      List<Triple> matching = new ArrayList<>();
      for (Triple t : triples.keySet()) {
        if (t.type().equals(er.type()) && (args(g, t, er.subject(), er.object())
            || (er.undirected() && args(g, t, er.object(), er.subject())))) {
          matching.add(t);
          correct.put(t, true);
        }
      }
      if (matching.isEmpty()) {
        misses.add(er.label() + " (line " + er.line() + ")");
        continue;
      }
      c.foundExpected++;
      er.attributes().forEach((k, v) -> {
        attributesExpected++;
        boolean agree = matching.stream().flatMap(t -> triples.get(t).stream())
            .map(r -> r.attributes().get(k))
            .anyMatch(pv -> pv != null && compatible(pv, v));
        if (agree) {
          attributesAgree++;
        } else {
          attrIssues.add(er.label() + " " + k + "=" + v + ", predicted " + matching.stream()
              .flatMap(t -> triples.get(t).stream()).map(r -> String.valueOf(r.attributes().get(k))).distinct().toList());
        }
      });
    }
    List<String> falseAlarms = new ArrayList<>();
    correct.forEach((t, ok) -> {
      Prf c = relCounter(t.type());
      c.predicted++;
      if (ok) {
        c.correctPredicted++;
      } else {
        Relation first = triples.get(t).get(0);
        falseAlarms.add(t.type() + "(" + t.subject().name() + t.object().map(o -> " -> " + o.name()).orElse("") + ") rule "
            + first.rule() + ": '" + abbreviate(first.evidenceText()) + "'");
      }
    });
    list("Relations missed", misses);
    list("Relations not expected", falseAlarms);
    list("Relation attributes that disagree", attrIssues);
  }

  private static boolean args(GoldenFile g, Triple t, ImmutableSet<String> subject, ImmutableSet<String> object) {
    if (subject.stream().noneMatch(n -> names(g, t.subject(), n))) {
      return false;
    }
    if (object.isEmpty()) {
      return true;
    }
    return t.object().isPresent() && object.stream().anyMatch(n -> names(g, t.object().get(), n));
  }

  /** Whether a predicted entity names the expected entity called {@code name}. */
  private static boolean names(GoldenFile g, Entity e, String name) {
    ImmutableSet<String> surfaces = g.surfacesByName.get(GoldenFile.lower(name));
    if (surfaces.contains(GoldenFile.lower(e.name()))) {
      return true;
    }
    return e.mentions().stream().anyMatch(m -> surfaces.contains(GoldenFile.lower(m.text())));
  }

  private static boolean compatible(String predicted, String expected) {
    String p = predicted.toLowerCase(Locale.ROOT).strip();
    String e = expected.toLowerCase(Locale.ROOT).strip();
    return !p.isEmpty() && (p.contains(e) || e.contains(p));
  }

  private Prf relCounter(RelationType t) {
    return relations.computeIfAbsent(t, k -> new Prf());
  }

  // ---- report

  private Result result() {
    StringBuilder md = new StringBuilder();
    md.append("### Golden articles\n\n")
        .append(articles).append(" hand-written articles, ").append(words)
        .append(" words (`src/test/resources/golden/`, `GoldenEvaluationTest`).\n\n");
    md.append("#### Entity mentions (strict: same type and span)\n\n").append(Prf.HEADER).append('\n');
    mentionsStrict.forEach((t, p) -> md.append(p.row(t.name())).append('\n'));
    md.append(sum(mentionsStrict.values()).row("**micro**")).append('\n');
    md.append(Prf.macroRow("**macro**", mentionsStrict.values())).append('\n');
    md.append(spanOnly.row("span only, any type")).append('\n');
    md.append("\n#### Entity mentions (relaxed: same type, overlapping spans)\n\n").append(Prf.HEADER).append('\n');
    mentionsRelaxed.forEach((t, p) -> md.append(p.row(t.name())).append('\n'));
    md.append(sum(mentionsRelaxed.values()).row("**micro**")).append('\n');
    md.append(Prf.macroRow("**macro**", mentionsRelaxed.values())).append('\n');
    md.append("\n#### Entities (one per real-world thing)\n\n").append(Prf.HEADER).append('\n');
    clusters.forEach((t, p) -> md.append(p.row(t.name())).append('\n'));
    md.append(sum(clusters.values()).row("**micro**")).append('\n');
    md.append(Prf.macroRow("**macro**", clusters.values())).append('\n');
    md.append(String.format(Locale.ROOT, "\nCanonical name as expected for %d of %d found entities.\n", namesAgree, clustersFound));
    md.append("\n#### Dates and times (TIMEX3, anchored on the header date)\n\n").append(Prf.HEADER).append('\n');
    md.append(datesStrict.row("span, strict")).append('\n');
    md.append(datesRelaxed.row("span, relaxed")).append('\n');
    md.append(dateValues.row("value (over relaxed matches)")).append('\n');
    md.append(String.format(Locale.ROOT, "\nTIMEX3 type right for %d of %d relaxed matches.\n", dateTypeRight, dateMatched));
    md.append("\n#### Relations (per article, distinct type + subject + object)\n\n").append(Prf.HEADER).append('\n');
    for (RelationType t : RelationType.standard()) {
      relations.computeIfAbsent(t, k -> new Prf());
    }
    relations.forEach((t, p) -> md.append(p.row(t.name())).append('\n'));
    md.append(sum(relations.values()).row("**micro**")).append('\n');
    md.append(Prf.macroRow("**macro** (types with expected or predicted relations)", relations.values())).append('\n');
    md.append(String.format(Locale.ROOT, "\nAttributes (title, mode, commodity, date...) agree for %d of %d on found relations.\n",
        attributesAgree, attributesExpected));
    return new Result(articles, words, md.toString(), "# Golden articles: misses and false alarms\n" + details,
        ImmutableList.copyOf(inconsistencies), mentionsStrict, relations, dateValues);
  }

  private static Prf sum(Iterable<Prf> all) {
    Prf s = new Prf();
    all.forEach(s::add);
    return s;
  }

  private void list(String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    details.append("**").append(title).append("** (").append(items.size()).append(")\n\n");
    items.forEach(i -> details.append("- ").append(i).append('\n'));
    details.append('\n');
  }

  private static <T> int find(List<T> items, boolean[] taken, java.util.function.Predicate<T> p) {
    for (int i = 0; i < items.size(); i++) {
      if (!taken[i] && p.test(items.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static Prf counter(Map<EntityType, Prf> m, EntityType t) {
    return m.computeIfAbsent(t, k -> new Prf());
  }

  private static String abbreviate(String s) {
    return s.length() <= 120 ? s : s.substring(0, 117) + "...";
  }

  private static int typeOrder(EntityType a, EntityType b) {
    int ia = EntityType.standard().indexOf(a);
    int ib = EntityType.standard().indexOf(b);
    ia = ia < 0 ? Integer.MAX_VALUE : ia;
    ib = ib < 0 ? Integer.MAX_VALUE : ib;
    return ia != ib ? Integer.compare(ia, ib) : a.compareTo(b);
  }

  private static int relationOrder(RelationType a, RelationType b) {
    int ia = RelationType.standard().indexOf(a);
    int ib = RelationType.standard().indexOf(b);
    ia = ia < 0 ? Integer.MAX_VALUE : ia;
    ib = ib < 0 ? Integer.MAX_VALUE : ib;
    return ia != ib ? Integer.compare(ia, ib) : a.compareTo(b);
  }

  /** Prints the report for the default pipeline: {@code GoldenEvaluation [dir]}. */
  public static void main(String[] args) {
    Result r = run(Gazette.defaults(), args.length > 0 ? Path.of(args[0]) : DEFAULT_DIR);
    System.out.println(r.markdown());
    r.inconsistencies().forEach(System.err::println);
  }
}
