package dev.gazette.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Entity;
import dev.gazette.EntityType;
import dev.gazette.Extraction;
import dev.gazette.Mention;
import dev.gazette.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One entity per real-world thing, within an article. Texts written for the test. */
class AliasResolverTest {

  /** The entity that has a mention with this text. */
  private static Entity entityOf(Extraction x, String mentionText) {
    Optional<Entity> e =
        x.entities().stream().filter(en -> en.mentions().stream().anyMatch(m -> m.text().equals(mentionText))).findFirst();
    assertThat(e).as("an entity mentioned as '%s' in %s", mentionText, x.entities()).isPresent();
    return e.get();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // text | two mention texts that must be one entity | its canonical name | its type
        "Anneliese Korsgaard, the chief executive of the lender, resigned. Korsgaard said she had no regrets. | Anneliese Korsgaard | Korsgaard | Anneliese Korsgaard | PERSON",
        "Chinese President Xi Jinping will travel to Hanoi. Xi is expected to sign two deals. | Xi Jinping | Xi | Xi Jinping | PERSON",
        "The Financial Conduct Authority (FCA) fined the broker. The FCA said more fines would follow. | Financial Conduct Authority | FCA | Financial Conduct Authority | ORG",
        "The Caribbean Energy Regulatory Commission opened a probe. Later, CERC said the probe was routine. | Caribbean Energy Regulatory Commission | CERC | Caribbean Energy Regulatory Commission | ORG",
        "The IMF approved the loan to Cairo. The Fund said reforms must continue. | IMF | Fund | International Monetary Fund | ORG",
        "Talks with Tomasz Wiśniewski ended late. Tomasz Wisniewski told the press the deal was done. | Tomasz Wiśniewski | Tomasz Wisniewski | Tomasz Wiśniewski | PERSON",
        "The developer Kallisto Breeze Holdings won the tender. Kallisto said it would hire. | Kallisto Breeze Holdings | Kallisto | Kallisto Breeze Holdings | ORG",
        "Ursula von der Leyen arrived in Kyiv. Von der Leyen met the president. | Ursula von der Leyen | Von der Leyen | Ursula von der Leyen | PERSON",
      })
  void mergesAliases(String text, String one, String other, String name, String type) {
    Extraction x = NerTesting.extract(text);
    Entity a = entityOf(x, one);
    Entity b = entityOf(x, other);
    assertThat(a.id()).as("'%s' and '%s' in %s", one, other, x.entities()).isEqualTo(b.id());
    assertThat(a.name()).isEqualTo(name);
    assertThat(a.type().name()).isEqualTo(type);
  }

  @Test
  void theFundAloneIsNoEntity() {
    Extraction x = NerTesting.extract("The Fund said reforms must continue in the region.");
    assertThat(x.entities()).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().contains("Fund")));
  }

  @Test
  void aSurnameGoesToTheNearestFullNameBeforeIt() {
    Extraction x =
        NerTesting.extract(
            "Anneliese Korsgaard, the chief executive, resigned. Korsgaard said she would stay on the board. "
                + "Her brother, the mayor Henrik Korsgaard, was re-elected. Korsgaard thanked the voters.");
    Entity anneliese = entityOf(x, "Anneliese Korsgaard");
    Entity henrik = entityOf(x, "Henrik Korsgaard");
    assertThat(anneliese.mentions()).hasSize(2);
    assertThat(henrik.mentions()).hasSize(2);
    assertThat(anneliese.id()).isNotEqualTo(henrik.id());
  }

  @Test
  void capitalsAndDemonymsStayWhatTheyAreAndRecordTheirCountry() {
    Extraction x = NerTesting.extract("Moscow warned on Monday that Russian troops would stay. The Elysee said it regretted it.");
    Entity moscow = entityOf(x, "Moscow");
    assertThat(moscow.type()).isEqualTo(EntityType.GPE);
    assertThat(moscow.attributes()).containsEntry("country", "RU");
    Entity russian = entityOf(x, "Russian");
    assertThat(russian.type()).isEqualTo(EntityType.NORP);
    assertThat(russian.attributes()).containsEntry("country", "RU");
    assertThat(entityOf(x, "Elysee").attributes()).containsEntry("country", "FR");
  }

  @Test
  void theCanonicalNameIsTheKnowledgeBasesWhenLinked() {
    Extraction x = NerTesting.extract("Vladimir Poutine spoke with Erdoğan by phone on Tuesday.");
    assertThat(entityOf(x, "Vladimir Poutine").name()).isEqualTo("Vladimir Putin");
  }

  @Test
  void differentAcronymsOfLinkedEntriesStayApart() {
    AliasResolver resolver = AliasResolver.defaults();
    String text = "NATO and the North Atlantic Treaty Organization";
    List<Mention> mentions =
        List.of(
            mention(text, "NATO", EntityType.ORG, "org:nato"),
            mention(text, "North Atlantic Treaty Organization", EntityType.ORG, "org:other"));
    assertThat(resolver.resolve(mentions)).hasSize(2);
  }

  @Test
  void anEntityIsNamedByAMentionInMixedCaseRatherThanADescriptionOrAHeadline() {
    // linked to an id the knowledge base does not name, so the mentions name the entity
    AliasResolver resolver = AliasResolver.defaults();
    String text = "REAGAN TO SPEAK. Reagan will speak, the president said.";
    List<AliasResolver.Group> groups =
        resolver.resolve(
            List.of(
                mention(text, "REAGAN", EntityType.PERSON, "person:test-reagan"),
                mention(text, "Reagan", EntityType.PERSON, "person:test-reagan"),
                mention(text, "president", EntityType.PERSON, "person:test-reagan")),
            Map.of());
    assertThat(groups).singleElement().satisfies(g -> assertThat(g.name()).isEqualTo("Reagan"));
  }

  @Test
  void aValueIsNamedByItsLongestMentionWhateverItsCase() {
    AliasResolver resolver = AliasResolver.defaults();
    String text = "Prices rose 3 pct. Three analysts agreed.";
    List<AliasResolver.Group> groups =
        resolver.resolve(List.of(mention(text, "3 pct", EntityType.PERCENT, null)));
    assertThat(groups).singleElement().satisfies(g -> assertThat(g.name()).isEqualTo("3 pct"));
  }

  @Test
  void outputIsDeterministic() {
    String text =
        "The Financial Conduct Authority (FCA) fined Brantwell Holdings. Anneliese Korsgaard, its chief "
            + "executive, resigned. Korsgaard said the FCA was right. Brantwell lost 3.5% and 12 million euros.";
    Extraction first = NerTesting.extract(text);
    for (int i = 0; i < 3; i++) {
      assertThat(NerTesting.extract(text).entities()).isEqualTo(first.entities());
    }
  }

  @Test
  void resolvesWithoutLoadingTheKnowledgeBaseWhenNothingIsLinked() {
    AliasResolver resolver = new AliasResolver(() -> { throw new AssertionError("KB loaded"); });
    String text = "Anna Berg met Berg.";
    List<Mention> mentions =
        List.of(mention(text, "Anna Berg", EntityType.PERSON, null), mention(text, "Berg.", EntityType.PERSON, null));
    assertThat(resolver.resolve(mentions)).hasSize(2); // "Berg." is not a word of "Anna Berg"
  }

  private static Mention mention(String text, String surface, EntityType type, String kbId) {
    int start = text.lastIndexOf(surface);
    Mention.Builder b = Mention.builder(new Span(start, start + surface.length()), surface, type).rule("t");
    if (kbId != null) {
      b.attribute("kb_id", kbId);
    }
    return b.build();
  }
}
