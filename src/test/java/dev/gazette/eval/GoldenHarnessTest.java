package dev.gazette.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.EntityType;
import dev.gazette.Extractor;
import dev.gazette.Gazette;
import dev.gazette.Mention;
import dev.gazette.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The golden harness itself: how expected mentions are located, and that perfect predictions score 100. */
class GoldenHarnessTest {
  private static final String TEXT = String.join("\n",
      " date 2023-03-03 ",
      "",
      "Moscow and Beijing held talks on Friday.",
      "",
      "The exchange will concern ChinaRussian trade, said the minister. Moscow and Beijing held talks on "
          + "Friday. The markets of Asiadeclared Ivan Petrov, who visited the East China Sea. China, China.");

  private static GoldenFile parse(String... lines) {
    return GoldenFile.parse("sample", TEXT, List.of(lines));
  }

  private static List<String> texts(GoldenFile g, int entity) {
    return g.entities.get(entity).spans().stream().map(s -> s.text(TEXT)).toList();
  }

  @Test
  void findsGluedNamesSkipsTheLeadRepeatAndDropsNestedOccurrences() {
    GoldenFile g = parse(
        "ENTITY GPE | Moscow | Moscow",
        "ENTITY GPE | China | China",
        "ENTITY NORP | Russian | Russian",
        "ENTITY LOC | East China Sea | East China Sea",
        "DATE Friday | 2023-03-03 | DATE");
    int leadMoscow = TEXT.indexOf("Moscow");
    assertThat(g.entities.get(0).spans()).containsExactly(Span.of(leadMoscow, leadMoscow + 6));
    // "China" in the glued "ChinaRussian" and twice at the end; not inside "East China Sea".
    assertThat(texts(g, 1)).containsExactly("China", "China", "China");
    assertThat(g.entities.get(1).spans().get(0).start()).isEqualTo(TEXT.indexOf("ChinaRussian"));
    assertThat(texts(g, 2)).containsExactly("Russian");
    assertThat(g.dates).hasSize(1); // the lead's Friday; the repeat's is not expected again
    assertThat(g.leadRepeat).isPresent();
    assertThat(g.header).isEqualTo(Span.of(0, TEXT.indexOf('\n') + 1)); // the header line with its line break
  }

  @Test
  void selectorsAndGlueAfter() {
    GoldenFile g = parse(
        "ENTITY GPE | China | China#3", // 1 ChinaRussian, 2 in East China Sea (not nested here: no such line)
        "ENTITY LOC | Asia | Asia+",
        "ENTITY PERSON | Ivan Petrov | Ivan Petrov");
    assertThat(g.entities.get(0).spans()).hasSize(1);
    assertThat(g.entities.get(0).spans().get(0).start()).isEqualTo(TEXT.lastIndexOf("China, China"));
    assertThat(texts(g, 1)).containsExactly("Asia");
    assertThat(g.entities.get(1).surfaces()).containsExactly("Asia");
  }

  @Test
  void relationsNameEntitiesWithAlternativesAndDirections() {
    GoldenFile g = parse(
        "ENTITY GPE | Moscow | Moscow",
        "ENTITY GPE | Beijing | Beijing",
        "ENTITY PERSON | Ivan Petrov | Ivan Petrov",
        "REL CONSULT | Moscow <-> Beijing | date=2023-03-03",
        "REL STATEMENT | Ivan Petrov",
        "REL ROLE | Ivan Petrov -> Moscow / Beijing | title=minister");
    assertThat(g.relations).hasSize(3);
    assertThat(g.relations.get(0).undirected()).isTrue();
    assertThat(g.relations.get(0).attributes()).containsEntry("date", "2023-03-03");
    assertThat(g.relations.get(1).object()).isEmpty();
    assertThat(g.relations.get(2).object()).containsExactly("Moscow", "Beijing");
  }

  @Test
  void errorsNameTheLine() {
    assertThatThrownBy(() -> parse("ENTITY GPE | Paris | Paris"))
        .hasMessageContaining("sample.expected:1").hasMessageContaining("'Paris' does not occur");
    assertThatThrownBy(() -> parse("ENTITY GPE | China | China", "REL ROLE | Ivan Petrov -> China"))
        .hasMessageContaining("sample.expected:2").hasMessageContaining("not the name of an ENTITY line");
    assertThatThrownBy(() -> parse("ENTITY GPE | China | China#9")).hasMessageContaining("no occurrence 9");
    assertThatThrownBy(() -> parse("ENTITY DATE | Friday | Friday")).hasMessageContaining("DATE lines");
    assertThatThrownBy(() -> parse("ENTITY LOC | East China Sea | East China Sea", "ENTITY LOC | China Sea | China Sea#1"))
        .hasMessageContaining("nested");
    assertThatThrownBy(() -> parse("WHATEVER")).hasMessageContaining("starts with ENTITY, DATE, REL");
  }

  /** An extractor that adds exactly the expected mentions scores 100 on entities and dates. */
  @Test
  void perfectPredictionsScoreOneHundred() throws IOException {
    Map<String, GoldenFile> byText = new HashMap<>();
    try (Stream<Path> s = Files.list(GoldenEvaluation.DEFAULT_DIR)) {
      for (Path p : s.filter(x -> x.toString().endsWith(".txt")).toList()) {
        GoldenFile g = GoldenFile.read(p);
        byText.put(g.text, g);
      }
    }
    Extractor oracle = doc -> {
      GoldenFile g = byText.get(doc.article().text());
      for (GoldenFile.ExpectedEntity e : g.entities) {
        for (Span s : e.spans()) {
          doc.addMention(Mention.builder(s, s.text(g.text), e.type()).attribute("kb_id", e.name()).rule("oracle").build());
        }
      }
      for (GoldenFile.ExpectedDate d : g.dates) {
        String value = d.value().split("/")[0].strip();
        String type = d.timexType().split("/")[0].strip();
        EntityType et = type.equals("TIME") ? EntityType.TIME : EntityType.DATE;
        doc.addMention(Mention.builder(d.span(), d.text(), et).value(value).attribute("timex_type", type).rule("oracle").build());
      }
    };
    Gazette perfect = Gazette.builder().builtInRecognizers(false).addExtractor(oracle).build();
    GoldenEvaluation.Result r = GoldenEvaluation.run(perfect, GoldenEvaluation.DEFAULT_DIR);
    assertThat(r.inconsistencies()).isEmpty();
    r.mentionsStrict().forEach((t, p) -> {
      assertThat(p.precision()).as("precision of " + t).isEqualTo(1.0);
      assertThat(p.recall()).as("recall of " + t).isEqualTo(1.0);
    });
    assertThat(r.dateValues().f1()).isEqualTo(1.0);
    assertThat(r.relations().values().stream().mapToInt(p -> p.predicted).sum()).isZero();
    int mentions = byText.values().stream()
        .mapToInt(g -> g.entities.stream().mapToInt(e -> e.spans().size()).sum())
        .sum();
    assertThat(r.markdown()).contains("| **micro** | " + mentions + " | " + mentions + " | 100.0 | 100.0 | 100.0 |");
  }
}
