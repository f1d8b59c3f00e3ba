package dev.gazette.relations;

import static dev.gazette.relations.DefaultRelationsTest.extract;
import static dev.gazette.relations.DefaultRelationsTest.relations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Constructions of wire news found missing when the pipeline ran over real newswire text (the
 * sentences here are invented): a date between the subject and the verb ("Ghana on Friday urged"),
 * a country's institution as the subject ("Chile's foreign ministry condemned"), an adverb of manner
 * before the verb, meetings with the place before "with", a speaker and a pronoun ("said he had met"),
 * a meeting in a participle apposition, a visit to a place by someone, a stay in a place for talks,
 * the officials of two demonyms meeting, talks started or resumed, and accusations named by
 * "condemnation of X by Y", "lashed out at" or a progressive. Near misses must give nothing.
 */
class RealNewsConstructionsTest {

  static Stream<Arguments> positives() {
    return Stream.of(
        // a date between the subject and the verb
        Arguments.of("Ghana on Friday urged Togo to reopen the border.", "REQUEST Ghana -> Togo"),
        Arguments.of("Kenya on Tuesday accused Uganda of harbouring rebels.", "ACCUSE Kenya -> Uganda"),
        Arguments.of("Norway last week welcomed the decision of Sweden.", "SUPPORT Norway -> Sweden"),
        Arguments.of("Emmanuel Macron on Monday received Giorgia Meloni at the Elysee.", "CONSULT Emmanuel Macron -> Giorgia Meloni"),
        // a country's institution as the subject; an adverb of manner
        Arguments.of("Chile's foreign ministry condemned Bolivia on Monday.", "ACCUSE Chile -> Bolivia"),
        Arguments.of("Nairobi strongly condemned the raid by Uganda.", "ACCUSE Nairobi -> Uganda"),
        // meetings
        Arguments.of("Emmanuel Macron held talks in Rome with Giorgia Meloni.", "CONSULT Emmanuel Macron -> Giorgia Meloni"),
        Arguments.of("Olaf Scholz said he had met Xi Jinping in Beijing.", "CONSULT Olaf Scholz -> Xi Jinping"),
        Arguments.of("Olaf Scholz, meeting with Xi Jinping in Beijing, called for restraint.", "CONSULT Olaf Scholz -> Xi Jinping"),
        Arguments.of("A visit to Beijing by Olaf Scholz is planned for April.", "CONSULT Olaf Scholz -> Beijing"),
        Arguments.of("Olaf Scholz was in Beijing on Tuesday for talks with Xi Jinping.", "CONSULT Olaf Scholz -> Xi Jinping"),
        Arguments.of("Chilean and Peruvian officials met in Lima.", "CONSULT Chilean -> Peruvian"),
        Arguments.of("Olaf Scholz had earlier met Xi Jinping.", "CONSULT Olaf Scholz -> Xi Jinping"),
        Arguments.of("Kenya resumes negotiations with Somalia on Monday.", "CONSULT Kenya -> Somalia"),
        // accusations
        Arguments.of("The condemnation of Israel by Josep Borrell surprised many.", "ACCUSE Josep Borrell -> Israel"),
        Arguments.of("Poland is accusing Brussels of bias.", "ACCUSE Poland -> Brussels"),
        Arguments.of("Viktor Orban lashed out at Brussels on Friday.", "ACCUSE Viktor Orban -> Brussels"));
  }

  @ParameterizedTest
  @MethodSource("positives")
  void findsTheRelation(String sentence, String expected) {
    assertThat(relations(extract(sentence))).contains(expected);
  }

  static Stream<Arguments> negatives() {
    return Stream.of(
        // a date before "to": the place is no subject of the infinitive
        Arguments.of("Olaf Scholz will travel to Beijing next month to visit factories financed by Berlin.", "CONSULT Beijing"),
        Arguments.of("The loan made to Argentina last year to help exports grew.", "AID Argentina"),
        // a leader's title after a possessive names a person, not the country
        Arguments.of("Chile's president accused Bolivia of lying.", "ACCUSE Chile"),
        // something received is no meeting, even after "said he"
        Arguments.of("Olaf Scholz said he received a letter from Xi Jinping.", "CONSULT"),
        // fans of two countries are no officials
        Arguments.of("Chilean and Peruvian fans met in Lima.", "CONSULT"),
        // the passive keeps the accuser after "by"
        Arguments.of("Poland is accused of bias by Brussels.", "ACCUSE Poland"),
        // a criticism rejected by someone is not his
        Arguments.of("The criticism of Israel was rejected by Benjamin Netanyahu.", "ACCUSE Benjamin Netanyahu"),
        // a place before "for talks" is no party
        Arguments.of("Olaf Scholz was in Beijing on Tuesday for talks with Xi Jinping.", "CONSULT Beijing"));
  }

  @ParameterizedTest
  @MethodSource("negatives")
  void findsNothingOfThatKind(String sentence, String unexpected) {
    assertThat(relations(extract(sentence))).noneMatch(r -> r.startsWith(unexpected));
  }
}
