package dev.gazette.relations;

import static dev.gazette.relations.DefaultRelationsTest.extract;
import static dev.gazette.relations.DefaultRelationsTest.find;
import static dev.gazette.relations.DefaultRelationsTest.relations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The event constructions of {@code phrasing.rules} (coordinated objects, participles in apposition,
 * apposition subjects, second verbs, requests answered, threats to act, loans, visits in appositions)
 * and the lower-case triggers of {@code events.rules}, one invented sentence each, with sentences
 * that must give nothing.
 */
class EventPhrasingTest {

  static Stream<Arguments> positives() {
    return Stream.of(
        // coordinated objects
        Arguments.of("Moscow sanctioned on Friday Boeing and Lockheed Martin for their deliveries.", "SANCTION Moscow -> Lockheed Martin", false),
        Arguments.of("The Polish prime minister Donald Tusk accused Paris and Berlin of blocking the reform.", "ACCUSE Donald Tusk -> Berlin", false),
        Arguments.of("Ankara condemned Sweden, Norway and Denmark after the protests.", "ACCUSE Ankara -> Denmark", false),
        // a participle in apposition, with its agent
        Arguments.of("The activist Maria Kolesnikova, arrested by the KGB in 2020, is still in prison.", "COERCE KGB -> Maria Kolesnikova", false),
        Arguments.of("Rosneft, sanctioned by Washington since 2014, sells its oil to India.", "SANCTION Washington -> Rosneft", false),
        // a person in apposition as the subject
        Arguments.of("The head of the delegation, Ursula von der Leyen, urged Belgrade to act.", "REQUEST Ursula von der Leyen -> Belgrade", false),
        // a second verb after a verb phrase that names other actors
        Arguments.of("Tehran accused Israel of sabotage and promised retaliation.", "THREATEN Tehran", false),
        Arguments.of("The opposition leader Keir Starmer criticized Rishi Sunak and called for an election.", "REQUEST Keir Starmer", false),
        // requests
        Arguments.of("At the request of Kyiv, Germany agreed to send more shells.", "REQUEST Kyiv -> Germany", false),
        Arguments.of("Athens rejected a request of Ankara to reopen the talks.", "REQUEST Ankara -> Athens", false),
        // threats
        Arguments.of("Donald Trump threatened to impose tariffs on Mexico.", "THREATEN Donald Trump -> Mexico", false),
        Arguments.of("The Hungarian foreign minister Peter Szijjarto warned that Budapest would block the package.", "THREATEN Budapest", false),
        Arguments.of("Beijing summoned the ambassador of Japan and warned him against any provocation.", "THREATEN Beijing -> Japan", false),
        // mobilization
        Arguments.of("The Russian army launched naval exercises in the Baltic Sea on Monday.", "MOBILIZE Russian", false),
        Arguments.of("Nicolas Maduro ordered the army to reinforce the border with Guyana.", "MOBILIZE Nicolas Maduro", false),
        // detentions of members of a group
        Arguments.of("The Turkish police detained dozens of members of the HDP in Diyarbakir.", "COERCE Turkish -> HDP", true),
        // aid
        Arguments.of("The World Bank reached an agreement with Egypt on a loan of 3 billion dollars.", "AID World Bank -> Egypt", false),
        Arguments.of("Tokyo will grant Manila a loan of 500 million dollars.", "AID Tokyo -> Manila", false),
        Arguments.of("Washington announced an aid of 40 million dollars for Haiti.", "AID Washington -> Haiti", false),
        // rejection, acquisition, visits, agreements, attacks by vessels
        Arguments.of("Olaf Scholz ruled out any coalition with the AfD.", "REJECT Olaf Scholz -> AfD", true),
        Arguments.of("Siemens, which employs 5,000 people in Spain, announced the acquisition of 30% of the Spanish firm Gamesa.",
            "ACQUIRE Siemens -> Gamesa", true),
        Arguments.of("Antony Blinken, visiting Cairo on Monday, called for a ceasefire.", "CONSULT Antony Blinken -> Cairo", false),
        Arguments.of("Narendra Modi will travel to Paris next month to sign a defence agreement.", "AGREE Narendra Modi -> Paris", false),
        Arguments.of("The jets, built by Lockheed Martin, were sold to Poland in 2019.", "TRADE Lockheed Martin -> Poland", false),
        Arguments.of("Chinese coast guard ships rammed a Vietnamese fishing boat near the Paracel Islands.", "ASSAULT Chinese -> Vietnamese", false));
  }

  /**
   * {@code loose}: the subject is named differently by the recognizers (a title, a group's long name),
   * so only the type and the object are checked.
   */
  @ParameterizedTest
  @MethodSource("positives")
  void findsTheRelation(String sentence, String expected, boolean loose) {
    if (!loose) {
      find(extract(sentence), expected);
      return;
    }
    String type = expected.substring(0, expected.indexOf(' '));
    String end = expected.contains(" -> ") ? expected.substring(expected.indexOf(" -> ")) : "";
    assertThat(relations(extract(sentence))).anyMatch(l -> l.startsWith(type + " ") && l.endsWith(end));
  }

  static Stream<Arguments> negatives() {
    return Stream.of(
        // a name is no trigger: "Fund" of the fund, "Support" of the forces
        Arguments.of("The International Monetary Fund reached an agreement with Kenya.", "AID International Monetary Fund"),
        Arguments.of("The Rapid Support Forces accepted a truce on Monday.", "SUPPORT"),
        // a new clause is no coordinated object
        Arguments.of("Russia attacked Kharkiv and Ukraine responded with drones.", "ASSAULT Russia -> Ukraine"),
        // a passive participle after an apposition is no act of the person
        Arguments.of("The police arrested the director of the bank, Tran Van Minh, accused of fraud.", "ACCUSE Tran Van Minh"),
        // the object of the first verb is no subject of the second
        Arguments.of("The ministers criticized the European Commission and called for reforms.", "REQUEST European Commission"),
        // an army ordered to farm is no mobilization
        Arguments.of("Vietnam ordered its army to grow more rice.", "MOBILIZE"),
        // a cooperation agreement signed is an agreement, not yet a cooperation
        Arguments.of("Hanoi and Manila sign a coast guard cooperation agreement.", "COOPERATE"),
        // a delivery received from someone is no meeting
        Arguments.of("Kyiv receives its first F-16 fighters from Denmark.", "CONSULT"),
        // the visitor of a fronted "during" phrase is the subject that follows, not the name before
        Arguments.of("Macron canvassed the idea, first proposed by Bruno Le Maire, during his visit to Washington.", "CONSULT Bruno Le Maire"));
  }

  @ParameterizedTest
  @MethodSource("negatives")
  void doesNotFind(String sentence, String forbidden) {
    assertThat(relations(extract(sentence))).noneMatch(l -> l.equals(forbidden) || l.startsWith(forbidden + " "));
  }
}
