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
}
