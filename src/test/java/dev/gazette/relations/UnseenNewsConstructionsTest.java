package dev.gazette.relations;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Constructions found missing or misread on articles invented in the feed's style (session 13): a guest
 * "met by" a host whose title comes before the name ("was met at the airport by Chilean Foreign Minister
 * X"), and the title before a host after "received by"; no meeting "with" protests "by" or criticism
 * "from" someone.
 */
class UnseenNewsConstructionsTest extends AbstractConstructionsTest {

  @Override
  Stream<Arguments> positives() {
    return Stream.of(
        // consult.met_by and the host's title after "by"
        Arguments.of("Narendra Modi was met at the airport by Chilean Foreign Minister Alberto van Klaveren.",
            "CONSULT Narendra Modi -> Alberto van Klaveren"),
        Arguments.of("On Monday Olaf Scholz was met in Nairobi by Kenyan President William Ruto.",
            "CONSULT Olaf Scholz -> William Ruto", Map.of("location", "Nairobi")),
        Arguments.of("Sergei Lavrov was received on Tuesday by the Indian Prime Minister Narendra Modi.",
            "CONSULT Sergei Lavrov -> Narendra Modi"),
        Arguments.of("Olaf Scholz met with the Kenyan President William Ruto on Monday.", "CONSULT Olaf Scholz -> William Ruto"));
  }

  @Override
  Stream<Arguments> negatives() {
    return Stream.of(
        Arguments.of("Olaf Scholz was met with protests by supporters of William Ruto.", "CONSULT"),
        Arguments.of("Olaf Scholz said the demand was met by imports from Kenya.", "CONSULT"),
        // consult.sat_down_with: no meeting with those "by" or "from" whom something is received
        Arguments.of("The plan of Olaf Scholz met with criticism from William Ruto.", "CONSULT"));
  }
}
