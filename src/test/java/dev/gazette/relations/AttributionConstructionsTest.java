package dev.gazette.relations;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Attribution and sale frames found missing on articles invented in the seed's style (session 12): "according
 * to" an organization's title word and a name (the person speaks, not the organization), title words
 * after the organization that are not content ("according to a Pentagon spokeswoman, ..."), a statement
 * inside a sentence attributed as a whole ("X said ..., according to the agency TASS"), without the
 * attribution in its content, "welcomed"
 * glued to a quotation whose marks were lost, the content of an opinion that stops where a lost quote
 * glued the next speaker's verb on, and a company's stake sold to a buyer. Also a near miss of the
 * attack verbs: shares that "shot up". Session 13: reported words that begin with a lower-case word
 * after the comma that closes "according to X" ("According to Amadou Sarr, three drivers were killed").
 */
class AttributionConstructionsTest extends AbstractConstructionsTest {

  @Override
  Stream<Arguments> positives() {
    return Stream.of(
        Arguments.of("Moscow denounced the vote, according to the Kremlin spokesman Dmitry Peskov.", "STATEMENT Dmitry Peskov",
            Map.of("content", "Moscow denounced the vote")),
        Arguments.of("According to the Kremlin spokesman Dmitry Peskov, the talks will resume next week.", "STATEMENT Dmitry Peskov",
            Map.of("content", "the talks will resume next week")),
        Arguments.of("Prices fell sharply, according to a NYMEX spokesman.", "STATEMENT NYMEX"),
        Arguments.of("According to a Pentagon spokeswoman, the drills ended on Tuesday.", "STATEMENT Pentagon",
            Map.of("content", "the drills ended on Tuesday")),
        Arguments.of("Dmitry Peskov said the talks were useful, according to the agency TASS.", "STATEMENT Dmitry Peskov",
            Map.of("content", "the talks were useful")),
        Arguments.of("Dmitry Peskov said the talks were useful, according to the agency TASS.", "STATEMENT TASS",
            Map.of("content", "Dmitry Peskov said the talks were useful")),
        Arguments.of("Moldova has chosen Europe and democracywelcomed Maia Sandu in front of her supporters.", "STATEMENT Maia Sandu",
            Map.of("content", "Moldova has chosen Europe and democracy", "verb", "welcomed")),
        Arguments.of("Oslo considers that foreign capital is needed to reach its targetsdeclared the minister Terje Aasland.",
            "STATEMENT Oslo", Map.of("content", "foreign capital is needed to reach its targets")),
        Arguments.of("The German company RWE has sold its stake in the Spanish solar operator Solaria to the American fund BlackRock.",
            "ACQUIRE BlackRock -> Solaria", Map.of("asset", "stake")),
        Arguments.of("Siemens sold a majority stake in its rail subsidiary Mobilis to the Japanese group Hitachi on Monday.",
            "ACQUIRE Hitachi -> Mobilis"),
        // session 13: content that begins with a lower-case word after the source's comma
        Arguments.of("According to the police chief Amadou Sarr, three drivers were killed near the border.",
            "STATEMENT Amadou Sarr", Map.of("content", "three drivers were killed near the border")),
        Arguments.of("According to Amadou Sarr, 12 trucks were looted on Saturday.", "STATEMENT Amadou Sarr",
            Map.of("content", "12 trucks were looted on Saturday")));
  }

  @Override
  Stream<Arguments> negatives() {
    return Stream.of(
        Arguments.of("Moscow denounced the vote, according to the Kremlin spokesman Dmitry Peskov.", "STATEMENT Kremlin"),
        Arguments.of("Prices fell sharply, according to a NYMEX spokesman.", "STATEMENT Dmitry"),
        Arguments.of("The company will cut jobs, according to Renault officials.", "STATEMENT Renault -> "),
        Arguments.of("RWE sold its stake in the project to investors.", "ACQUIRE"),
        Arguments.of("RWE sold electricity worth 3 million euros to Germany.", "ACQUIRE"),
        Arguments.of("The minister welcomed the delegation in Oslo.", "STATEMENT"),
        Arguments.of("Shares of Acme shot up 12 percent on Monday.", "ASSAULT"));
  }
}
