package dev.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueTypesTest {
  @Test
  void spanValidatesAndSlices() {
    Span s = Span.of(4, 11);
    assertThat(s.text("The Kremlin said")).isEqualTo("Kremlin");
    assertThat(s.length()).isEqualTo(7);
    assertThat(s.contains(Span.of(5, 6))).isTrue();
    assertThat(s.overlaps(Span.of(11, 12))).isFalse();
    assertThat(Span.of(1, 2)).isLessThan(Span.of(1, 3)).isLessThan(Span.of(2, 2));
    assertThatThrownBy(() -> Span.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Span.of(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Span.of(0, 40).text("short")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void typeVocabulariesAreOpenAndCompareByName() {
    assertThat(EntityType.of("PERSON")).isSameAs(EntityType.PERSON);
    assertThat(EntityType.standard()).hasSize(18);
    assertThat(EntityType.of("VESSEL")).isEqualTo(EntityType.of("VESSEL")).isNotEqualTo(EntityType.ORG);
    assertThat(EntityType.of("VESSEL").isStandard()).isFalse();
    assertThat(EntityType.of("VESSEL")).isNotSameAs(EntityType.of("VESSEL")).hasSameHashCodeAs(EntityType.of("VESSEL"));
    assertThat(EntityType.ORG).isNotEqualTo(EntityType.GPE).isNotEqualTo(EntityType.of("ORGX"));
    assertThat(EntityType.of("GPE")).isEqualTo(EntityType.GPE).isNotEqualTo(EntityType.of("VESSEL"));
    assertThat(RelationType.standard()).hasSize(21);
    assertThat(RelationType.of("CONSULT")).isSameAs(RelationType.CONSULT);
    assertThatThrownBy(() -> EntityType.of("person")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RelationType.of("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mentionTextMustFitItsSpan() {
    assertThatThrownBy(() -> Mention.builder(Span.of(0, 3), "Oslo", EntityType.GPE))
        .isInstanceOf(IllegalArgumentException.class);
    Mention m = Mention.builder(Span.of(0, 4), "Oslo", EntityType.GPE).attribute("kb_id", "gpe:NO").build();
    assertThat(m.value()).isEmpty();
    assertThat(m.attributes()).containsEntry("kb_id", "gpe:NO");
  }

  @Test
  void entityCollectsAliasesFromMentions() {
    Entity e =
        Entity.builder("e1", EntityType.PERSON, "Vladimir Putin")
            .mention(Mention.builder(Span.of(10, 17), "Poutine", EntityType.PERSON).build())
            .mention(Mention.builder(Span.of(0, 14), "Vladimir Putin", EntityType.PERSON).build())
            .attribute("kb_id", "person:vladimir-putin")
            .build();
    assertThat(e.aliases()).containsExactly("Poutine");
    assertThat(e.mentions()).extracting(Mention::start).containsExactly(0, 10);
    assertThat(e.kbId()).contains("person:vladimir-putin");
  }

  @Test
  void relationChecksItsArguments() {
    Relation r =
        Relation.builder("r1", RelationType.CONSULT, "e1", Span.of(0, 4), "meet")
            .object("e2")
            .attribute("mode", "videoconference")
            .rule("consult:meet")
            .confidence(0.8)
            .build();
    assertThat(r.object()).contains("e2");
    assertThat(r.attributes()).containsEntry("mode", "videoconference");
    assertThatThrownBy(() -> Relation.builder("r1", RelationType.CONSULT, "e1", Span.of(0, 4), "meet").confidence(1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void entityAliasesKeepFirstSeenOrderOnceEach() {
    Entity one =
        Entity.builder("e1", EntityType.ORG, "Halvorsen Marine")
            .mention(Mention.builder(Span.of(0, 16), "Halvorsen Marine", EntityType.ORG).build())
            .build();
    assertThat(one.aliases()).isEmpty();
    assertThat(one.mentions()).hasSize(1);
    Entity repeated =
        Entity.builder("e2", EntityType.ORG, "Halvorsen Marine")
            .mention(Mention.builder(Span.of(40, 49), "Halvorsen", EntityType.ORG).build())
            .mention(Mention.builder(Span.of(70, 79), "Halvorsen", EntityType.ORG).build())
            .build();
    assertThat(repeated.aliases()).containsExactly("Halvorsen");
    Entity several =
        Entity.builder("e3", EntityType.ORG, "Halvorsen Marine")
            .alias("HM Group")
            .mention(Mention.builder(Span.of(50, 52), "HM", EntityType.ORG).build())
            .mention(Mention.builder(Span.of(40, 49), "Halvorsen", EntityType.ORG).build())
            .mention(Mention.builder(Span.of(60, 62), "HM", EntityType.ORG).build())
            .build();
    assertThat(several.aliases()).containsExactly("HM Group", "Halvorsen", "HM");
    assertThat(several.mentions()).extracting(Mention::start).containsExactly(40, 50, 60);
    assertThat(Entity.builder("e4", EntityType.ORG, "Nobody").build().mentions()).isEmpty();
  }

  @Test
  void relationAttributesKeepTheirFirstPlaceAndLastValue() {
    Relation r =
        Relation.builder("r1", RelationType.CONSULT, "e1", Span.of(0, 4), "meet")
            .attributes(com.google.common.collect.ImmutableMap.of("mode", "phone", "date", "2031-05-02"))
            .attribute("mode", "visit")
            .build();
    assertThat(r.attributes()).containsExactly(
        java.util.Map.entry("mode", "visit"), java.util.Map.entry("date", "2031-05-02"));
    assertThatThrownBy(() -> Relation.builder("r1", RelationType.CONSULT, "e1", Span.of(0, 4), "meet").attribute("k", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void extractionFindsEntitiesByIdOnly() {
    Extraction x = Gazette.defaults().extract("Maribel Ostrander met Tobias Quennell in Lisbon on Tuesday.");
    assertThat(x.entities()).hasSizeGreaterThan(1);
    for (Entity e : x.entities()) {
      assertThat(x.entity(e.id())).containsSame(e);
    }
    assertThat(x.entity("e0")).isEmpty();
    assertThat(x.entity("e01")).isEmpty();
    assertThat(x.entity("e" + (x.entities().size() + 1))).isEmpty();
    assertThat(x.entity("r1")).isEmpty();
    assertThat(x.entity("e")).isEmpty();
    assertThat(x.entity(null)).isEmpty();
  }

  @Test
  void mentionAttributesKeepFirstPlaceAndLastValueAtAnySize() {
    for (int n = 0; n <= 6; n++) {
      Mention.Builder b = Mention.builder(Span.of(0, 4), "Oslo", EntityType.GPE);
      for (int i = 0; i < n; i++) {
        b.attribute("k" + i, "v" + i);
      }
      if (n > 0) {
        b.attribute("k0", "last"); // replaced in its place
      }
      Mention m = b.build();
      assertThat(m.attributes()).hasSize(n);
      assertThat(m.attributes().keySet()).containsExactlyElementsOf(
          java.util.stream.IntStream.range(0, n).mapToObj(i -> "k" + i).toList());
      if (n > 0) {
        assertThat(m.attributes()).containsEntry("k0", "last");
      }
    }
    Mention given =
        Mention.builder(Span.of(0, 4), "Oslo", EntityType.GPE)
            .attributes(com.google.common.collect.ImmutableMap.of("kb_id", "gpe:oslo", "country", "NO"))
            .attribute("country", "SE")
            .attributes(java.util.Map.of("rank", "1"))
            .build();
    assertThat(given.attributes()).containsExactly(java.util.Map.entry("kb_id", "gpe:oslo"),
        java.util.Map.entry("country", "SE"), java.util.Map.entry("rank", "1"));
    assertThatThrownBy(() -> Mention.builder(Span.of(0, 4), "Oslo", EntityType.GPE).attribute(null, "x"))
        .isInstanceOf(NullPointerException.class);
  }
}
