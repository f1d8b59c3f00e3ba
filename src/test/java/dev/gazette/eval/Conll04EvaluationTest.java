package dev.gazette.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * CoNLL04 (Roth and Yih 2004, SpERT's split): runs the default pipeline on each sentence of the test split
 * and prints strict entity and relation scores the way the literature reports them. Develop on train or
 * dev ({@code -Dgazette.conll04.split=train}); report on test, the default.
 *
 * <p>Each sentence is its tokens joined by single spaces, read as an article without header or date.
 *
 * <p><b>Entity types</b>: PERSON to Peop; ORG to Org; GPE, LOC and FAC to Loc; EVENT, PRODUCT,
 * WORK_OF_ART, LAW, LANGUAGE, MONEY, PERCENT and QUANTITY to Other. Left out, as types CoNLL04 does not
 * annotate as entities (measured on train and dev only): CARDINAL and ORDINAL (a bare number is outside
 * any entity in about two cases of three, and inside Other only as part of a date or a measure); DATE and
 * TIME (the annotators marked proper-noun chunks, so of a date only its month token is Other, "Nov." of
 * "Nov. 22, 1963", and most dates and times not at all: 470 of 751 predicted dates and times lie outside
 * any gold entity, 110 match one); NORP (nationality adjectives, "Soviet officials", are outside any
 * entity: 172 of 270 predicted NORP are, 27 match Other and 16 Loc). An entity is right when its char
 * span and mapped type are exact.
 *
 * <p><b>Relations</b> (directed, head to tail):
 *
 * <ul>
 *   <li>Work_For: ROLE from a person to an entity mapped to Org.
 *   <li>Live_In: ROLE from a person to an entity mapped to Loc ("Croatian President Franjo Tudjman",
 *       "U.S. Ambassador to Ukraine William Miller" are Live_In in the training data), and LOCATED_IN
 *       from a person.
 *   <li>OrgBased_In: LOCATED_IN from an Org to a Loc. Located_In: LOCATED_IN from a Loc to a Loc.
 *   <li>Kill: ASSAULT from a person to a person when it was lethal: the relation's {@code lethal}
 *       attribute is {@code true} or its {@code outcome} attribute says killed, or else its evidence
 *       names a killing (kill, assassinate, murder, slay, shot dead, fatally, execute...). CoNLL04's Kill
 *       is killer to victim, so the subject must be the attacker.
 * </ul>
 *
 * A relation is right, the literature's strict way, when its type and both arguments' spans and types
 * are exact. Each predicted relation contributes one pair of argument mentions, taken from its
 * entities' mentions in the sentence (the pair that matches gold, if any). Micro F1 pools all five
 * types; macro F1 averages them.
 */
class Conll04EvaluationTest {
  static final ImmutableList<String> ENTITY_TYPES = ImmutableList.of("Peop", "Org", "Loc", "Other");
  static final ImmutableList<String> RELATION_TYPES =
      ImmutableList.of("Work_For", "Live_In", "Located_In", "OrgBased_In", "Kill");

  private static final Pattern LETHAL = Pattern.compile(
      "(?i)\\b(kill\\w*|assassin\\w*|murder\\w*|slay\\w*|slain|shot dead|fatally|execut\\w*|death)\\b");

  @Test
  void conll04TestSplit() throws IOException {
    String shared = System.getProperty("gazette.shared");
    Assumptions.assumeTrue(shared != null, "system property gazette.shared is not set: CoNLL04 evaluation skipped");
    String split = System.getProperty("gazette.conll04.split", "test");
    Path file = Path.of(shared, "datasets", "conll04", "conll04_" + split + ".json");
    Assumptions.assumeTrue(Files.isRegularFile(file),
        "CoNLL04 not found at " + file.toAbsolutePath() + ": evaluation skipped (see ../shared/datasets/conll04/SOURCE.md)");

    List<Conll04Corpus.Sentence> sentences = Conll04Corpus.read(file);
    Report r = evaluate(Gazette.defaults(), sentences);
    String md = r.markdown(split, sentences.size());
    System.out.println(md);
    Files.writeString(GoldenEvaluationTest.buildDir().resolve("conll04-report.md"), md, StandardCharsets.UTF_8);

    assertThat(sentences).as("sentences in " + file).isNotEmpty();
    assertThat(r.inconsistencies).as("predicted offsets and texts consistent with the input").isEmpty();
    if (split.equals("test")) {
      assertThat(r.entityMicro().f1()).as("entity micro F1 on test (61.9 measured)").isGreaterThanOrEqualTo(0.61);
    }
    // Relations: 19.8 micro F1 on the test split on 2026-11-28 (train 29.4, dev 27.1); 20.0 after branch relq3
    // (train 30.3, dev 27.7). The floor sits under all of them.
    assertThat(r.relationMicro().f1()).as("relation micro F1").isGreaterThanOrEqualTo(0.19);
  }

  /**
   * The development split, reported separately from test (and written to {@code conll04-dev-report.md}):
   * relation rules are developed against train and dev, never test, so this is the number to watch
   * while writing them.
   */
  @Test
  void conll04DevSplit() throws IOException {
    String shared = System.getProperty("gazette.shared");
    Assumptions.assumeTrue(shared != null, "system property gazette.shared is not set: CoNLL04 evaluation skipped");
    Path file = Path.of(shared, "datasets", "conll04", "conll04_dev.json");
    Assumptions.assumeTrue(Files.isRegularFile(file),
        "CoNLL04 not found at " + file.toAbsolutePath() + ": evaluation skipped (see ../shared/datasets/conll04/SOURCE.md)");
    List<Conll04Corpus.Sentence> sentences = Conll04Corpus.read(file);
    Report r = evaluate(Gazette.defaults(), sentences);
    String md = r.markdown("dev", sentences.size());
    System.out.println(md);
    Files.writeString(GoldenEvaluationTest.buildDir().resolve("conll04-dev-report.md"), md, StandardCharsets.UTF_8);
    // 27.1 relation micro F1 on dev before branch relq3, 27.7 after it; the floor sits under both.
    assertThat(r.relationMicro().f1()).as("relation micro F1 on dev").isGreaterThanOrEqualTo(0.26);
  }

  /** Scores of one run. */
  static final class Report {
    final Map<String, Prf> entities = new LinkedHashMap<>();
    final Map<String, Prf> relations = new LinkedHashMap<>();
    final List<String> inconsistencies = new ArrayList<>();
    int sentencesWithHeader;

    Report() {
      ENTITY_TYPES.forEach(t -> entities.put(t, new Prf()));
      RELATION_TYPES.forEach(t -> relations.put(t, new Prf()));
    }

    Prf entityMicro() {
      Prf s = new Prf();
      entities.values().forEach(s::add);
      return s;
    }

    Prf relationMicro() {
      Prf s = new Prf();
      relations.values().forEach(s::add);
      return s;
    }

    String markdown(String split, int sentences) {
      StringBuilder md = new StringBuilder();
      md.append("### CoNLL04 (").append(split).append(" split, ").append(sentences).append(" sentences)\n\n");
      md.append("Strict: exact char span and mapped type (`Conll04EvaluationTest`).\n\n");
      md.append("#### Entities\n\n").append(Prf.HEADER).append('\n');
      entities.forEach((t, p) -> md.append(p.row(t)).append('\n'));
      md.append(entityMicro().row("**micro**")).append('\n');
      md.append(Prf.macroRow("**macro**", entities.values())).append('\n');
      md.append("\n#### Relations (type and both arguments' spans and types exact)\n\n").append(Prf.HEADER).append('\n');
      relations.forEach((t, p) -> md.append(p.row(t)).append('\n'));
      md.append(relationMicro().row("**micro**")).append('\n');
      md.append(macroOverAll(relations.values())).append('\n');
      if (sentencesWithHeader > 0) {
        md.append("\n").append(sentencesWithHeader).append(" sentences were read as having a header line.\n");
      }
      return md.toString();
    }

    /** Macro over all types, empty ones included (the literature averages the five). */
    private static String macroOverAll(java.util.Collection<Prf> all) {
      double p = 0;
      double r = 0;
      double f = 0;
      for (Prf x : all) {
        p += x.precision();
        r += x.recall();
        f += x.f1();
      }
      int n = all.size();
      return String.format(Locale.ROOT, "| **macro** | | | %.1f | %.1f | %.1f |", 100 * p / n, 100 * r / n, 100 * f / n);
    }
  }

  static Report evaluate(Gazette gazette, List<Conll04Corpus.Sentence> sentences) {
    Report report = new Report();
    for (Conll04Corpus.Sentence s : sentences) {
      Article article = Article.builder().text(s.text()).id("conll04-" + s.origId()).build();
      if (article.header().isPresent()) {
        report.sentencesWithHeader++;
      }
      Extraction x = gazette.extract(article);
      report.inconsistencies.addAll(Consistency.problems(x));
      scoreEntities(s, x, report);
      scoreRelations(s, x, report);
    }
    return report;
  }

  /** The CoNLL04 type of an entity type, if it has one. */
  static Optional<String> conllType(EntityType t) {
    return switch (t.name()) {
      case "PERSON" -> Optional.of("Peop");
      case "ORG" -> Optional.of("Org");
      case "GPE", "LOC", "FAC" -> Optional.of("Loc");
      case "CARDINAL", "ORDINAL", "DATE", "TIME", "NORP" -> Optional.empty();
      default -> t.isStandard() ? Optional.of("Other") : Optional.empty();
    };
  }

  private static void scoreEntities(Conll04Corpus.Sentence s, Extraction x, Report report) {
    Set<Conll04Corpus.GoldEntity> gold = new HashSet<>(s.entities());
    Set<Conll04Corpus.GoldEntity> seen = new HashSet<>();
    for (Entity e : x.entities()) {
      for (Mention m : e.mentions()) {
        Optional<String> type = conllType(m.type());
        if (type.isEmpty()) {
          continue;
        }
        Conll04Corpus.GoldEntity p = new Conll04Corpus.GoldEntity(m.span(), type.get());
        if (!seen.add(p)) {
          continue;
        }
        Prf c = report.entities.get(type.get());
        if (gold.remove(p)) {
          c.match();
        } else {
          c.falsePositive();
        }
      }
    }
    for (Conll04Corpus.GoldEntity g : gold) {
      report.entities.get(g.type()).falseNegative();
    }
  }

  private record Arg(Span span, String type) {}

  private record Key(String type, Arg head, Arg tail) {}

  private static void scoreRelations(Conll04Corpus.Sentence s, Extraction x, Report report) {
    Set<Key> gold = new HashSet<>();
    for (Conll04Corpus.GoldRelation g : s.relations()) {
      gold.add(new Key(g.type(), new Arg(g.head().span(), g.head().type()), new Arg(g.tail().span(), g.tail().type())));
    }
    Set<Key> predicted = new HashSet<>();
    for (Relation r : x.relations()) {
      Optional<Entity> subject = x.entity(r.subject());
      Optional<Entity> object = r.object().flatMap(x::entity);
      if (subject.isEmpty() || object.isEmpty()) {
        continue;
      }
      List<Key> candidates = new ArrayList<>();
      for (Mention sm : subject.get().mentions()) {
        for (Mention om : object.get().mentions()) {
          Optional<String> st = conllType(sm.type());
          Optional<String> ot = conllType(om.type());
          if (st.isEmpty() || ot.isEmpty()) {
            continue;
          }
          mapRelation(r, st.get(), ot.get()).ifPresent(type ->
              candidates.add(new Key(type, new Arg(sm.span(), st.get()), new Arg(om.span(), ot.get()))));
        }
      }
      if (candidates.isEmpty()) {
        continue; // a relation CoNLL04 has no type for
      }
      predicted.add(candidates.stream().filter(gold::contains).findFirst().orElse(candidates.get(0)));
    }
    for (Key k : predicted) {
      Prf c = report.relations.get(k.type());
      if (gold.remove(k)) {
        c.match();
      } else {
        c.falsePositive();
      }
    }
    for (Key g : gold) {
      report.relations.get(g.type()).falseNegative();
    }
  }

  /** The CoNLL04 relation type of a Gazette relation between arguments of these CoNLL04 types. */
  static Optional<String> mapRelation(Relation r, String subjectType, String objectType) {
    RelationType t = r.type();
    if (t.equals(RelationType.ROLE) && subjectType.equals("Peop")) {
      return objectType.equals("Org") ? Optional.of("Work_For")
          : objectType.equals("Loc") ? Optional.of("Live_In") : Optional.empty();
    }
    if (t.equals(RelationType.LOCATED_IN) && objectType.equals("Loc")) {
      return switch (subjectType) {
        case "Peop" -> Optional.of("Live_In");
        case "Org" -> Optional.of("OrgBased_In");
        case "Loc" -> Optional.of("Located_In");
        default -> Optional.empty();
      };
    }
    if (t.equals(RelationType.ASSAULT) && subjectType.equals("Peop") && objectType.equals("Peop") && lethal(r)) {
      return Optional.of("Kill");
    }
    return Optional.empty();
  }

  private static boolean lethal(Relation r) {
    String lethal = r.attributes().get("lethal");
    String outcome = r.attributes().get("outcome");
    if (lethal != null || outcome != null) {
      return "true".equalsIgnoreCase(lethal) || (outcome != null && LETHAL.matcher(outcome).find());
    }
    return LETHAL.matcher(r.evidenceText()).find();
  }
}
