package dev.gazette.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Entity;
import dev.gazette.Extraction;
import dev.gazette.Mention;
import dev.gazette.Relation;
import dev.gazette.RelationType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "He" and "she" in subject position linked to the one person they can refer to (PronounLinker, run
 * by AnaphorStage), so that relations come out on that person; and "the two leaders" as the two
 * people named just before. Every positive case has a near miss that must not link.
 */
class PronounLinkTest {

  @Test
  void heOpeningTheNextSentenceIsThePersonWhoOpensTheOneBefore() {
    Extraction x = NerTesting.extract(
        "Finance Minister Tomas Varga arrived in Vienna on Sunday. He said the talks with the lenders were useful.");
    Entity varga = entity(x, "Tomas Varga");
    assertThat(relations(x, RelationType.STATEMENT, varga)).isNotEmpty();
    // a link, not a name: the entity does not list the pronoun
    assertThat(varga.mentions()).extracting(Mention::text).containsExactly("Tomas Varga");
    assertThat(x.entities()).noneMatch(e -> e.name().equalsIgnoreCase("he"));
  }

  @Test
  void sheMetIsTheLinkedWomansMeeting() {
    Extraction x = NerTesting.extract(
        "Foreign Minister Karin Lindqvist landed in Turkey on Sunday. She met Erdogan in Ankara on Monday.");
    Entity lindqvist = entity(x, "Karin Lindqvist");
    assertThat(relations(x, RelationType.CONSULT, lindqvist)).isNotEmpty();
  }

  @Test
  void aChainOfPronounsKeepsThePerson() {
    Extraction x = NerTesting.extract(
        "Peter Hollis, the chief executive of Norvane, spoke to analysts on Tuesday. Sales would recover in"
            + " the spring, he said. He also said the company would close two plants.");
    Entity hollis = entity(x, "Peter Hollis");
    assertThat(relations(x, RelationType.STATEMENT, hollis)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void heAfterAndIsTheSubjectOfItsOwnSentence() {
    Extraction x = NerTesting.extract(
        "Oskar Brandt flew to Warsaw on Monday, and he met Donald Tusk there on Tuesday.");
    Entity brandt = entity(x, "Oskar Brandt");
    assertThat(relations(x, RelationType.CONSULT, brandt)).isNotEmpty();
  }

  @Test
  void twoCandidatesOfTheSameGenderLeaveHeUnlinked() {
    // Two men open the sentence before together: "he" could be either.
    Extraction x = NerTesting.extract(
        "Oskar Brandt and Peter Hollis arrived in Vienna on Sunday. He said the talks with the lenders were useful.");
    assertThat(relations(x, RelationType.STATEMENT, entity(x, "Oskar Brandt"))).isEmpty();
    assertThat(relations(x, RelationType.STATEMENT, entity(x, "Peter Hollis"))).isEmpty();
  }

  @Test
  void heAfterOnlyAWomanStaysUnlinked() {
    Extraction x = NerTesting.extract(
        "Karin Lindqvist arrived in Vienna on Sunday. He said the talks with the lenders were useful.");
    assertThat(relations(x, RelationType.STATEMENT, entity(x, "Karin Lindqvist"))).isEmpty();
  }

  @Test
  void genderPicksTheOnePersonWhoFits() {
    // The woman opens the sentence; "he" is the man she met.
    Extraction x = NerTesting.extract(
        "Karin Lindqvist met Thomas Brandt in Vienna on Sunday. He said the talks with the lenders were useful.");
    assertThat(relations(x, RelationType.STATEMENT, entity(x, "Thomas Brandt"))).isNotEmpty();
    assertThat(relations(x, RelationType.STATEMENT, entity(x, "Karin Lindqvist"))).isEmpty();
  }

  @Test
  void aPersonOnlyNamedInsideAPhraseIsNoSubject() {
    // "An aide to Brandt" opens the sentence: "he" may be the aide.
    Extraction x = NerTesting.extract(
        "An aide to Oskar Brandt said the plan was ready. He said the talks with the lenders were useful.");
    assertThat(relations(x, RelationType.STATEMENT, entity(x, "Oskar Brandt")))
        .noneMatch(r -> r.evidenceText().startsWith("He said"));
  }

  @Test
  void aPossessiveMakesThePronounUnclear() {
    Extraction x = NerTesting.extract(
        "Oskar Brandt's spokesman spoke on Monday. He said the talks with the lenders were useful.");
    assertThat(relations(x, RelationType.STATEMENT, entity(x, "Oskar Brandt"))).isEmpty();
  }

  @Test
  void aReportingClauseAfterAQuotedPersonStaysUnlinked() {
    // The content names a man: the speaker may be someone else, do not guess.
    Extraction x = NerTesting.extract(
        "Karin Lindqvist arrived in Vienna on Sunday. Oskar Brandt is wrong about the budget, he said.");
    assertThat(relations(x, RelationType.STATEMENT, entity(x, "Oskar Brandt"))).isEmpty();
  }

  @Test
  void aChineseSurnameHeIsNoPronoun() {
    Extraction x = NerTesting.extract(
        "Oskar Brandt arrived in Beijing on Sunday. He Lifeng said the talks were useful.");
    assertThat(relations(x, RelationType.STATEMENT, entity(x, "Oskar Brandt"))).isEmpty();
  }

  @Test
  void theTwoLeadersAreThePairNamedBefore() {
    Extraction x = NerTesting.extract(
        "The Kenyan president Samuel Kiprono received the Ethiopian prime minister Dawit Alemu on Saturday."
            + " The two leaders signed a memorandum on the port corridor.");
    Entity kiprono = entity(x, "Samuel Kiprono");
    Entity alemu = entity(x, "Dawit Alemu");
    assertThat(x.relations(RelationType.AGREE))
        .anyMatch(r -> r.subject().equals(kiprono.id()) && r.object().orElse("").equals(alemu.id()));
    Extraction y = NerTesting.extract(
        "The Kenyan president Samuel Kiprono received the Ethiopian prime minister Dawit Alemu on Saturday."
            + " The two leaders held talks for three hours.");
    assertThat(y.relations(RelationType.CONSULT)).anyMatch(r -> r.rule().equals("consult.two_leaders"));
  }

  @Test
  void theTwoLeadersAfterThreePeopleAreNoPair() {
    Extraction x = NerTesting.extract(
        "President Samuel Kiprono received President Daniel Mwangi and President Peter Otieno on Saturday."
            + " The two leaders signed a memorandum on the port corridor.");
    assertThat(x.relations(RelationType.AGREE)).noneMatch(r -> r.rule().equals("agree.two_leaders"));
  }

  @Test
  void aTitleSomeoneElseMentionsIsNotTheNamesTitle() {
    // "the spokesman added that ... Chairman Ivo Marek": the spokesman is not Marek.
    Extraction x = NerTesting.extract(
        "The spokesman added that Chairman Ivo Marek had been questioned. The spokesman said the firm had"
            + " cooperated with the inquiry.");
    assertThat(relations(x, RelationType.STATEMENT, entity(x, "Ivo Marek"))).isEmpty();
  }

  private static Entity entity(Extraction x, String name) {
    return x.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + x.entities()));
  }

  private static List<Relation> relations(Extraction x, RelationType type, Entity e) {
    return x.relations().stream().filter(r -> r.type().equals(type) && r.subject().equals(e.id())).toList();
  }
}
