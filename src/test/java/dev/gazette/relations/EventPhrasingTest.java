package dev.gazette.relations;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The event constructions of {@code phrasing.rules} (coordinated objects, participles in apposition,
 * apposition subjects, second verbs, requests answered, threats to act, loans, visits in appositions)
 * and the lower-case triggers of {@code events.rules}, one invented sentence each, with sentences
 * that must give nothing.
 */
class EventPhrasingTest extends AbstractConstructionsTest {

  @Override
  Stream<Arguments> positives() {
    return Stream.of(
        // coordinated objects
        Arguments.of("Moscow sanctioned on Friday Boeing and Lockheed Martin for their deliveries.", "SANCTION Moscow -> Lockheed Martin"),
        Arguments.of("The Polish prime minister Donald Tusk accused Paris and Berlin of blocking the reform.", "ACCUSE Donald Tusk -> Berlin"),
        Arguments.of("Ankara condemned Sweden, Norway and Denmark after the protests.", "ACCUSE Ankara -> Denmark"),
        // a participle in apposition, with its agent
        Arguments.of("The activist Maria Kolesnikova, arrested by the KGB in 2020, is still in prison.", "COERCE KGB -> Maria Kolesnikova"),
        Arguments.of("Rosneft, sanctioned by Washington since 2014, sells its oil to India.", "SANCTION Washington -> Rosneft"),
        // a person in apposition as the subject
        Arguments.of("The head of the delegation, Ursula von der Leyen, urged Belgrade to act.", "REQUEST Ursula von der Leyen -> Belgrade"),
        // a second verb after a verb phrase that names other actors
        Arguments.of("Tehran accused Israel of sabotage and promised retaliation.", "THREATEN Tehran"),
        Arguments.of("The opposition leader Keir Starmer criticized Rishi Sunak and called for an election.", "REQUEST Keir Starmer"),
        // requests
        Arguments.of("At the request of Kyiv, Germany agreed to send more shells.", "REQUEST Kyiv -> Germany"),
        Arguments.of("Athens rejected a request of Ankara to reopen the talks.", "REQUEST Ankara -> Athens"),
        // threats
        Arguments.of("Donald Trump threatened to impose tariffs on Mexico.", "THREATEN Donald Trump -> Mexico"),
        Arguments.of("The Hungarian foreign minister Peter Szijjarto warned that Budapest would block the package.", "THREATEN Budapest"),
        Arguments.of("Beijing summoned the ambassador of Japan and warned him against any provocation.", "THREATEN Beijing -> Japan"),
        // mobilization
        Arguments.of("The Russian army launched naval exercises in the Baltic Sea on Monday.", "MOBILIZE Russian"),
        Arguments.of("Nicolas Maduro ordered the army to reinforce the border with Guyana.", "MOBILIZE Nicolas Maduro"),
        // detentions of members of a group
        Arguments.of("The Turkish police detained dozens of members of the HDP in Diyarbakir.", "COERCE * -> HDP"),
        // aid
        Arguments.of("The World Bank reached an agreement with Egypt on a loan of 3 billion dollars.", "AID World Bank -> Egypt"),
        Arguments.of("Tokyo will grant Manila a loan of 500 million dollars.", "AID Tokyo -> Manila"),
        Arguments.of("Washington announced an aid of 40 million dollars for Haiti.", "AID Washington -> Haiti"),
        // rejection, acquisition, visits, agreements, attacks by vessels
        Arguments.of("Olaf Scholz ruled out any coalition with the AfD.", "REJECT * -> AfD"),
        Arguments.of("Siemens, which employs 5,000 people in Spain, announced the acquisition of 30% of the Spanish firm Gamesa.",
            "ACQUIRE * -> Gamesa"),
        Arguments.of("Antony Blinken, visiting Cairo on Monday, called for a ceasefire.", "CONSULT Antony Blinken -> Cairo"),
        Arguments.of("Narendra Modi will travel to Paris next month to sign a defence agreement.", "AGREE Narendra Modi -> Paris"),
        Arguments.of("The jets, built by Lockheed Martin, were sold to Poland in 2019.", "TRADE Lockheed Martin -> Poland"),
        Arguments.of("Chinese coast guard ships rammed a Vietnamese fishing boat near the Paracel Islands.", "ASSAULT Chinese -> Vietnamese"));
  }

  @Override
  Stream<Arguments> negatives() {
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
}
