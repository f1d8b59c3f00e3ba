package dev.gazette.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.Entity;
import dev.gazette.EntityType;
import dev.gazette.Extraction;
import dev.gazette.Gazette;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  private static final EntityType VESSEL = EntityType.of("VESSEL");
  private static final String TEXT =
      "The tanker Nordic Heron left Rotterdam on Monday. Port officials said the Heron carried diesel for the NHL.";

  @Test
  void builderEntriesAreFoundWithTheirIdsAndTypes() {
    Gazetteer fleet =
        Gazetteer.builder()
            .add("vessel:nordic-heron", VESSEL, "Nordic Heron", List.of("the Heron"), Map.of("country", "NO", "imo", "9400001"))
            .add("org:nhl", EntityType.ORG, "Nordic Heron Lines", List.of("NHL"), Map.of())
            .build();
    assertThat(fleet.size()).isEqualTo(2);
    Extraction x = Gazette.builder().addGazetteer(fleet).build().extract(TEXT);
    Entity heron = x.entities(VESSEL).get(0);
    assertThat(heron.name()).isEqualTo("Nordic Heron");
    assertThat(heron.kbId()).contains("vessel:nordic-heron");
    assertThat(heron.attributes()).containsEntry("country", "NO");
    assertThat(heron.mentions()).extracting(m -> m.text()).containsExactly("Nordic Heron", "Heron");
    assertThat(heron.mentions()).allSatisfy(m -> assertThat(m.rule()).isEqualTo("gazetteer:builder"));
    assertThat(x.entities(EntityType.ORG)).extracting(Entity::name).contains("Nordic Heron Lines");
    assertThat(x.entities(EntityType.GPE)).extracting(Entity::name).contains("Rotterdam");
  }

  @Test
  void worksWithoutTheBuiltInRecognizers() {
    Gazetteer fleet = Gazetteer.builder().add("vessel:nordic-heron", VESSEL, "Nordic Heron").build();
    Extraction x = Gazette.builder().builtInRecognizers(false).addGazetteer(fleet).build().extract(TEXT);
    assertThat(x.entities()).extracting(Entity::name).containsExactly("Nordic Heron");
  }

  @Test
  void itsEntriesWinOverTheEmbeddedKnowledgeBase() {
    Gazetteer local = Gazetteer.builder().add("place:rotterdam-port", EntityType.FAC, "Rotterdam").build();
    Extraction x = Gazette.builder().addGazetteer(local).build().extract(TEXT);
    assertThat(x.entities(EntityType.FAC)).extracting(Entity::name).containsExactly("Rotterdam");
    assertThat(x.entities(EntityType.GPE)).extracting(Entity::name).doesNotContain("Rotterdam");
  }

  @Test
  void readsTheKnowledgeBaseTableFormat(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("fleet.tsv");
    Files.writeString(
        file,
        "# my fleet\nvessel:nordic-heron\tVESSEL\tNordic Heron\tHeron\timo=9400001\n",
        StandardCharsets.UTF_8);
    Gazetteer fleet = Gazetteer.read(file);
    assertThat(fleet.size()).isEqualTo(1);
    assertThat(fleet.source()).isEqualTo(file.toString());
  }

  @Test
  void malformedLinesNameTheSourceAndLine() {
    assertThatThrownBy(() -> Gazetteer.parse("fleet.tsv", new StringReader("# ok\nvessel:x\tVESSEL\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("fleet.tsv: ")
        .hasMessageContaining("line 2");
  }

  @Test
  void builderRefusesValuesThatWouldBreakTheTable() {
    assertThatThrownBy(() -> Gazetteer.builder().add("a", VESSEL, "Bad|Name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("forbidden");
    assertThatThrownBy(() -> Gazetteer.builder().add("a", VESSEL, "Ok", List.of(), Map.of("k", "a;b")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gazetteer.builder().build()).isInstanceOf(IllegalStateException.class);
  }
}
