package dev.gazette.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Entity;
import dev.gazette.Extraction;
import dev.gazette.Mention;
import dev.gazette.Relation;
import dev.gazette.RelationType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Organizations on unseen news: companies the knowledge base knows (also those whose name is a given
 * name or a word), the cues that make such a name a person, organization heads, and descriptions ("the
 * group", "the minister") linked to what they refer to without becoming names.
 */
class OrganizationsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The shares of Tokyo Electron and Nikon fell on Friday in Tokyo.             | Tokyo Electron/ORG; Nikon/ORG; Tokyo/GPE
          Siemens and Philips announced a merger of their medical units.             | Siemens/ORG; Philips/ORG
          Leonardo will build the tanks with Rheinmetall, the ministry said.         | Leonardo/ORG; Rheinmetall/ORG
          The Sinaloa Cartel and the Jalisco New Generation Cartel fight for Tijuana. | Sinaloa Cartel/ORG; Jalisco New Generation Cartel/ORG; Tijuana/GPE
          Telegram and Naftogaz were named in the report of Chatham House.            | Telegram/ORG; Naftogaz/ORG; Chatham House/ORG
          The Italian Agricultural Confederation warned of a poor harvest.            | Italian Agricultural Confederation/ORG
          President Ford met the press on Monday.                                      | Ford/PERSON
          Mr. Siemens denied any wrongdoing.                                           | Siemens/PERSON
          Leonardo DiCaprio visited the set.                                           | Leonardo DiCaprio/PERSON
          Henry Ford built his first car in Detroit.                                   | Henry Ford/PERSON; Detroit/GPE
          Ford Motor Co and Samsung Electronics Co Ltd signed a deal.                  | Ford Motor Co/ORG; Samsung Electronics Co Ltd/ORG
          Shares of Sendai Precision Electron rose after the chipmaker Kioshi Devices won an order. | Sendai Precision Electron/ORG; Kioshi Devices/ORG
          China's Commerce Ministry said the probe would continue.                     | China/GPE; Commerce Ministry/ORG
          """)
  void companiesAndPeopleWithTheirNames(String sentence, String expected) {
    assertThat(NerTesting.mentions(sentence, false))
        .filteredOn(m -> m.endsWith("/ORG") || m.endsWith("/PERSON") || m.endsWith("/GPE"))
        .containsExactlyInAnyOrderElementsOf(NerTesting.cell(expected));
  }

  @Test
  void anOrganizationHeadAfterACompanyNamesAnotherBody() {
    Extraction x = NerTesting.extract("Norway gave money to the Amazon Fund on Monday.");
    assertThat(entity(x, "Amazon Fund")).isPresent();
    assertThat(entity(x, "Amazon Fund").orElseThrow().kbId()).isEmpty();
  }

  @Test
  void companyDescriptionLinksRelationsToTheCompanyWithoutBecomingAMention() {
    Extraction x = NerTesting.extract(
        "Volkswagen cut its forecast on Tuesday. The carmaker said demand in China was weak.");
    Entity vw = entity(x, "Volkswagen").orElseThrow();
    assertThat(vw.mentions()).extracting(Mention::text).containsExactly("Volkswagen");
    assertThat(x.entities()).flatExtracting(Entity::mentions).extracting(Mention::text).doesNotContain("carmaker");
    assertThat(x.relations())
        .anySatisfy(r -> {
          assertThat(r.type()).isEqualTo(RelationType.STATEMENT);
          assertThat(r.subject()).isEqualTo(vw.id());
        });
  }

  @Test
  void personDescriptionNeedsThePersonsTitle() {
    Extraction x = NerTesting.extract(
        "The agreement was welcomed by the Minister of Defence Guido Crosetto. The minister said the army"
            + " needed new tanks.");
    Entity crosetto = entity(x, "Guido Crosetto").orElseThrow();
    assertThat(crosetto.mentions()).extracting(Mention::text).containsExactly("Guido Crosetto");
    assertThat(statementsBy(x, crosetto)).isNotEmpty();

    // No one named before has the title: "the minister" stays unlinked.
    Extraction y = NerTesting.extract("Anna Berg met the unions on Monday. The minister said the talks failed.");
    Entity berg = entity(y, "Anna Berg").orElseThrow();
    assertThat(statementsBy(y, berg)).isEmpty();
  }

  @Test
  void demonymBeforeTheDescriptionMustFitTheLeader() {
    Extraction x = NerTesting.extract(
        "Xi Jinping met Kassym-Jomart Tokayev in Xian on Thursday. China is ready to help, affirmed the"
            + " Chinese leader in his speech.");
    Entity xi = entity(x, "Xi Jinping").orElseThrow();
    Entity tokayev = entity(x, "Kassym-Jomart Tokayev").orElseThrow();
    assertThat(statementsBy(x, xi)).isNotEmpty();
    assertThat(statementsBy(x, tokayev)).isEmpty();
  }

  @Test
  void descriptionFollowedByANameIntroducesThatName() {
    Extraction x = NerTesting.extract("Glencore cut its forecast. The group CMOC said it respected its contracts.");
    Entity cmoc = entity(x, "CMOC").orElseThrow();
    Entity glencore = entity(x, "Glencore").orElseThrow();
    assertThat(statementsBy(x, cmoc)).isNotEmpty();
    assertThat(statementsBy(x, glencore)).isEmpty();
  }

  private static Optional<Entity> entity(Extraction x, String name) {
    return x.entities().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  private static List<Relation> statementsBy(Extraction x, Entity e) {
    return x.relations().stream()
        .filter(r -> r.type().equals(RelationType.STATEMENT) && r.subject().equals(e.id()))
        .toList();
  }
}
