package dev.gazette.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.EntityType;
import dev.gazette.Gazette;
import dev.gazette.RelationType;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the default pipeline on the golden articles, prints precision, recall and F1, and writes them to
 * {@code <build dir>/golden-report.md} (misses and false alarms per article to
 * {@code golden-details.md}).
 *
 * <p>The floors below are F1 minimums per type, set a few points under the values measured on
 * 2026-11-27 (see benchmarks/RESULTS.md), so that regressions fail the build: raise them as quality
 * improves.
 */
class GoldenEvaluationTest {
  /**
   * F1 floors for strict entity mentions, per type. Raise as recognizers land. PERSON and ORG were
   * lowered on 2026-11-28 (branch relq3) when articles 22 to 27 joined the set: written to vary how
   * relations are phrased, they name companies the recognizers do not know (Lufthansa and Ryanair are
   * read as people, Air France-KLM, Trafigura and the Workers' Party are missed), which took PERSON
   * from 97.9 to 93.5 and ORG from 88.2 to 85.6 with no change to the recognizers; the organization
   * tables of branch nerq3 brought them back (30 articles: PERSON 96.1, ORG 92.8). PERSON lowered
   * again to 0.93 on 2026-11-28 (branch relq4b) when articles 42 to 44 joined: written before the
   * extractor was run on them, they name "To Lam" (read as no person: "To" is a function word) and
   * the analyst Wen-Ti Sung, which took PERSON from 94.6 (38 articles) to 93.8 with no change to the
   * recognizers; To Lam and Pham Minh Chinh were added to the curated people table
   * (src/kbgen/resources/curated/people.tsv); with the tables regenerated PERSON is 95.3 on 44
   * articles and the floor is back at 0.94. PERSON lowered to 0.91 on 2026-11-28 (branch relq5b) when
   * articles 48 to 50 joined: written and annotated before the extractor was run on them, they name
   * organizations and places read as people ("El Tiempo", "Valores Andinos", "Constructora Andina",
   * "Majes Siguas", "Andalusia", "Cadiz") and "Mauricio Villamizar" read as a place and a surname,
   * which took PERSON from 95.3 (44 articles) to 93.8 (47) with no change to the recognizers. After
   * merging nerq5 (recognizers for unlisted names) with articles 45 to 53, PERSON is 95.6 on 53 articles
   * and its floor is back at 0.93; GPE, 94.6 on 53 articles, lowered to 0.92: regions that the tables
   * know only by a local name ("Andalucia" for Andalusia, read as a person), towns in no table (Adré,
   * Faya) and "X region / department / province" spans.
   */
  private static final Map<EntityType, Double> ENTITY_FLOORS = Map.of(
      EntityType.PERSON, 0.93,
      EntityType.ORG, 0.90,
      EntityType.GPE, 0.92,
      EntityType.NORP, 0.93,
      EntityType.LOC, 0.82,
      EntityType.FAC, 0.62,
      EntityType.PRODUCT, 0.75);

  /**
   * F1 floors for relations, per type, a few points under the values measured on 2026-11-27 (branch
   * relq with the entity work of nerq, 18 articles), lowered where articles 19 to 21 (first written
   * as a held-out set) brought them down; raised on 2026-11-28 (branch quality2: 81.7 micro F1) to
   * just under the values measured then; set again on 2026-11-28 (branch relq3, 27 articles: 83.3
   * micro F1) just under the values measured then; after merging relq3 with nerq3 (30 articles: 81.8
   * micro F1) two or three points under the values measured then; lowered on 2026-11-28 when the
   * second held-out set became articles 31 to 38 (76.8 micro F1 on 38 articles, no rule changed) to
   * two or three points under the values measured then. On 2026-11-28 the helper branches relq4b
   * (articles 42 to 44) and relq4a (articles 39 to 41), each with articles written and annotated before
   * the extractor ran on them, were merged and the KB tables regenerated with their curated rows
   * (81.5 micro F1 on 44 articles); floors set two or three points under the values measured then.
   * On 2026-11-28 articles 45 to 53 joined, written and annotated before the extractor ran on them
   * (branches relq5a: event relations; relq5b: ROLE, STATEMENT, LOCATED_IN; nerq5: recognizers), with
   * the rules and recognizers of those branches: 82.0 micro F1 on 53 articles; the types that fell
   * under their floors (relations the rules still miss in the new articles: "the two leaders signed",
   * places the recognizers miss) set two or three points under the values measured then: LOCATED_IN
   * 75.2, REQUEST 81.2, ACCUSE 80.8, REJECT 87.0 (kept at 0.81), AGREE 63.6, AID 65.2, COERCE 66.7,
   * ASSAULT 71.4. On 2026-11-29 (branch fresh10) articles 65 to 72 joined, written and annotated
   * before the extractor ran on them: ACQUIRE fell to 80.9 on 72 articles (its one new miss, "Monte dei
   * Paschi completes its takeover of Mediobanca" in 67, names two banks the recognizers do not know, so
   * no rule can read it) and is set to 0.79, two points under. Raise as relation rules land.
   */
  private static final Map<RelationType, Double> RELATION_FLOORS = Map.ofEntries(
      Map.entry(RelationType.ROLE, 0.85),
      Map.entry(RelationType.STATEMENT, 0.83),
      Map.entry(RelationType.CONSULT, 0.72),
      Map.entry(RelationType.LOCATED_IN, 0.73),
      Map.entry(RelationType.TRADE, 0.70),
      Map.entry(RelationType.REQUEST, 0.77),
      Map.entry(RelationType.ACCUSE, 0.75),
      Map.entry(RelationType.SANCTION, 0.58),
      Map.entry(RelationType.ASSAULT, 0.69),
      Map.entry(RelationType.SUPPORT, 0.67),
      Map.entry(RelationType.REJECT, 0.81),
      Map.entry(RelationType.ACQUIRE, 0.79),
      Map.entry(RelationType.AGREE, 0.61),
      Map.entry(RelationType.COOPERATE, 0.67),
      Map.entry(RelationType.THREATEN, 0.74),
      Map.entry(RelationType.AID, 0.61),
      Map.entry(RelationType.COERCE, 0.64));

  /**
   * Floor for the micro F1 over all relation types (83.3 on 27 articles, relq3; 81.8 on 30, with nerq3;
   * 76.8 on 38, when the second held-out set joined; 81.5 on 44, after relq4a and relq4b; 82.0 on 53,
   * after relq5a, relq5b and nerq5).
   */
  private static final double RELATION_MICRO_FLOOR = 0.79;

  /** F1 floor for TIMEX3 values over relaxed matches. */
  private static final double DATE_VALUE_FLOOR = 0.88;

  @Test
  void everyGoldenFileIsWellFormed() throws IOException {
    List<Path> articles = articles();
    assertThat(articles).as("golden articles").hasSizeGreaterThanOrEqualTo(14);
    for (Path a : articles) {
      GoldenFile g = GoldenFile.read(a); // throws with file:line on any error
      assertThat(g.leadRepeat).as(g.name + ": the body repeats the lead").isPresent();
      assertThat(g.entities).as(g.name + " entities").isNotEmpty();
      assertThat(g.dates).as(g.name + " dates").isNotEmpty();
      assertThat(g.relations).as(g.name + " relations").isNotEmpty();
    }
  }

  @Test
  void goldenArticlesAreScoredAndReported() throws IOException {
    GoldenEvaluation.Result r = GoldenEvaluation.run(Gazette.defaults(), GoldenEvaluation.DEFAULT_DIR);
    System.out.println(r.markdown());

    Path dir = buildDir();
    Files.writeString(dir.resolve("golden-report.md"), r.markdown(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("golden-details.md"), r.details(), StandardCharsets.UTF_8);

    assertThat(r.articles()).isGreaterThanOrEqualTo(14);
    assertThat(r.inconsistencies()).as("predicted offsets and texts consistent with the input").isEmpty();
    ENTITY_FLOORS.forEach((t, floor) ->
        assertThat(r.mentionsStrict().getOrDefault(t, new Prf()).f1()).as("strict F1 of " + t).isGreaterThanOrEqualTo(floor));
    RELATION_FLOORS.forEach((t, floor) ->
        assertThat(r.relations().getOrDefault(t, new Prf()).f1()).as("F1 of " + t).isGreaterThanOrEqualTo(floor));
    Prf micro = new Prf();
    r.relations().values().forEach(micro::add);
    assertThat(micro.f1()).as("micro F1 of relations").isGreaterThanOrEqualTo(RELATION_MICRO_FLOOR);
    assertThat(r.dateValues().f1()).as("TIMEX3 value F1").isGreaterThanOrEqualTo(DATE_VALUE_FLOOR);
  }

  private static List<Path> articles() throws IOException {
    try (Stream<Path> s = Files.list(GoldenEvaluation.DEFAULT_DIR)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** The build directory ({@code target} or {@code -Dgazette.buildDir}): the parent of test-classes. */
  static Path buildDir() {
    try {
      Path classes = Path.of(GoldenEvaluationTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return classes.getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
