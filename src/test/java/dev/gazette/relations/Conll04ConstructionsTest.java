package dev.gazette.relations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Extraction;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Constructions of wire news English added for the relations CoNLL04 annotates (places in places,
 * organizations in places, people at organizations, killings), each with a near miss that must not
 * fire. Every sentence was written for this test.
 */
class Conll04ConstructionsTest extends AbstractConstructionsTest {

  @Override
  Stream<Arguments> positives() {
    return Stream.of(
        // a date or time right after "City, State"
        Arguments.of("Heavy rain fell on Greenville, Ohio Tuesday night, officials said.", "LOCATED_IN Greenville -> Ohio", Map.of()),
        // a possessive written with a space, as tokenized text has it
        Arguments.of("The farm lies 40 miles east of Lyon , France 's third largest city .", "LOCATED_IN Lyon -> France", Map.of()),
        Arguments.of("Fishermen in Kenya 's Tana River caught a rare fish.", "LOCATED_IN Tana River -> Kenya", Map.of()),
        // "Y's western state of X", "the Y capital of X"
        Arguments.of("Floods hit India's western state of Gujarat on Monday.", "LOCATED_IN Gujarat -> India", Map.of()),
        Arguments.of("The talks were held in the U.S. capital of Washington.", "LOCATED_IN Washington -> United States", Map.of()),
        // an ordinal without an article
        Arguments.of("The summit in Arequipa, second largest city in Peru, ended early.", "LOCATED_IN Arequipa -> Peru", Map.of()),
        // an address: place, town, state abbreviation
        Arguments.of("The depot is at Fort Bragg, Fayetteville, N.C., the army said.", "LOCATED_IN Fort Bragg -> Fayetteville", Map.of()),
        // an organization in a city, then a clause word
        Arguments.of("Ann Miller headed the Institute for Soil Research in Dayton before she retired.",
            "LOCATED_IN Institute for Soil Research -> Dayton", Map.of()),
        // "the <country> <organization>", an organization in a city before a speech verb
        Arguments.of("Two agents of the U.S. Immigration and Naturalization Service flew to Oslo.",
            "LOCATED_IN Immigration and Naturalization Service -> United States", Map.of()),
        Arguments.of("Tom Hale of the Red Cross in Geneva said the camps were full.",
            "LOCATED_IN International Committee of the Red Cross -> Geneva", Map.of()),
        // a long name in parentheses between the organization and the title
        Arguments.of("The Workers Party ( Partido dos Trabalhadores do Brasil ) leader Ann Miller said no.",
            "ROLE Ann Miller -> Workers Party", Map.of("title", "leader")),
        // "Sen. X, D-Ohio., chairman of Y" with the state's period read as its own token
        Arguments.of("The bill was backed by Sen. Ann Miller, D-Ohio., chairman of the Senate Finance Committee.",
            "ROLE Ann Miller -> Senate Finance Committee", Map.of("title", "chairman")),
        // "X of <city>'s <organization>"
        Arguments.of("The findings were disputed by Tom Hale of Boston 's Lakeside Institute .", "ROLE Tom Hale -> Lakeside Institute", Map.of()),
        // where people live: the age before "of"
        Arguments.of("Ann Lee credited Norman Vale, 83, of Fairbanks, Alaska, with the find.", "LOCATED_IN Norman Vale -> Fairbanks", Map.of("via", "of")),
        // a town before an occupation, an occupation in a town
        Arguments.of("Ann Lee , an Atlanta architect , said the tower would stand.", "LOCATED_IN Ann Lee -> Atlanta", Map.of("via", "of")),
        Arguments.of("The office of Tempe plastic surgeon Ann Lee was closed.", "LOCATED_IN Ann Lee -> Tempe", Map.of("via", "of")),
        Arguments.of("Ann Lee , a famous opera singer in Shanghai , said she would stay.", "LOCATED_IN Ann Lee -> Shanghai", Map.of("via", "of")),
        // killings
        Arguments.of("In 2001, Tom Hale pleaded guilty in Dover to the murder of the banker Peter Lund.",
            "ASSAULT Tom Hale -> Peter Lund", Map.of("outcome", "killed")),
        Arguments.of("Tom Hale was convicted of Peter Lund's murder and is serving a life sentence.",
            "ASSAULT Tom Hale -> Peter Lund", Map.of("outcome", "killed")),
        Arguments.of("Tom Hale, who as a night guard in Dover shot and killed the burglar Peter Lund, was cleared.",
            "ASSAULT Tom Hale -> Peter Lund", Map.of("outcome", "killed")),
        Arguments.of("The town honored Peter Lund, who was cut down by assassin Tom Hale in 1971.",
            "ASSAULT Tom Hale -> Peter Lund", Map.of("outcome", "killed")),
        Arguments.of("The report found that Tom Hale acted alone when he killed Peter Lund.",
            "ASSAULT Tom Hale -> Peter Lund", Map.of("outcome", "killed")));
  }

  @Override
  Stream<Arguments> negatives() {
    return Stream.of(
        // a list of cities, with a time after it: no city is in another
        Arguments.of("The delegates of Lyon, Marseille Tuesday night voted.", "LOCATED_IN Lyon"),
        Arguments.of("The tour visits Paris, Lyon, Nice and Rome.", "LOCATED_IN Paris"),
        // "state of" with no place after it
        Arguments.of("Floods hit India's largest state of the union on Monday.", "LOCATED_IN"),
        Arguments.of("Milan is the Italian capital of fashion.", "LOCATED_IN"),
        // the organization met in the city: it is not said to be there
        Arguments.of("The Institute for Soil Research met in Dayton before the vote.", "LOCATED_IN Institute for Soil Research"),
        // no article: a place, then a company that is elsewhere
        Arguments.of("Tom Hale visited the Ohio offices of Acme Corp.", "LOCATED_IN Acme Corp."),
        // the parentheses hold no name: "leader" is no title of the party's
        Arguments.of("The Workers Party ( and the Greens ) leader said Ann Miller was wrong.", "ROLE Ann Miller"),
        // the chairman is someone else
        Arguments.of("Sen. Ann Miller, D-Ohio., said the chairman of the Senate Finance Committee agreed.",
            "ROLE Ann Miller -> Senate Finance Committee"),
        // a number that is no age
        Arguments.of("Ann Lee sold Norman Vale 83 of the Fairbanks shares.", "LOCATED_IN Norman Vale"),
        // a party, not an occupation; a harbor, not the town
        Arguments.of("Ann Lee, a Texas Democrat, voted no.", "LOCATED_IN Ann Lee"),
        Arguments.of("Ann Lee, a lawyer in Boston Harbor, said so.", "LOCATED_IN Ann Lee"),
        // a part of a city, not an organization
        Arguments.of("Tom Hale of Boston's north end said the findings were wrong.", "ROLE Tom Hale"),
        // speaking about a murder, not convicted of it
        Arguments.of("Tom Hale spoke about Peter Lund's murder at the hearing.", "ASSAULT Tom Hale -> Peter Lund"),
        Arguments.of("Tom Hale pleaded guilty to fraud, the court heard, after the murder of Peter Lund.", "ASSAULT Tom Hale -> Peter Lund"),
        // cut off, not cut down
        Arguments.of("Peter Lund was cut off by Tom Hale during the debate.", "ASSAULT Tom Hale -> Peter Lund"),
        // reported speech: the speaker killed no one
        Arguments.of("Ann Miller said that when he killed Peter Lund, Tom Hale was alone.", "ASSAULT Ann Miller -> Peter Lund"));
  }

  static Stream<Arguments> notLethal() {
    return Stream.of(
        Arguments.of("Tom Hale shot and missed Peter Lund."),
        Arguments.of("Tom Hale shot at Peter Lund and fled."));
  }

  /** A shooting that killed no one is no killing (it may still be an assault). */
  @ParameterizedTest
  @MethodSource("notLethal")
  void noKilling(String sentence) {
    Extraction x = extract(sentence);
    assertThat(x.relations()).noneMatch(r -> label(x, r).startsWith("ASSAULT") && "killed".equals(r.attributes().get("outcome")));
  }
}
