package dev.gazette.relations;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The reduced passive (session 13): a participle right after its target, with no auxiliary, as headlines,
 * related-link titles and asides write it ("Iran sanctioned by the United States", "Kharkiv struck by
 * Russian drones", "the EU, backed by France, ..."). The agent after "by" acted on the target; the
 * active verb rules used to read the target as the actor and the agent as the object.
 */
class ReducedPassiveConstructionsTest extends AbstractConstructionsTest {

  @Override
  Stream<Arguments> positives() {
    return Stream.of(
        Arguments.of("Iran sanctioned by the United States over drone sales.", "SANCTION United States -> Iran"),
        Arguments.of("Kharkiv struck by Russian drones on Monday, officials said.", "ASSAULT Russian -> Kharkiv"),
        Arguments.of("Moscow accused by Kyiv of shelling the power plant.", "ACCUSE Kyiv -> Moscow"),
        Arguments.of("Venezuela, backed by Russia, blocked the resolution.", "SUPPORT Russia -> Venezuela"),
        Arguments.of("Taiwan threatened by China, says its president.", "THREATEN China -> Taiwan"),
        Arguments.of("Berlin criticized by Warsaw over the gas pipeline.", "ACCUSE Warsaw -> Berlin"));
  }

  @Override
  Stream<Arguments> negatives() {
    return Stream.of(
        // the target is not the actor of the active verb
        Arguments.of("Iran sanctioned by the United States over drone sales.", "SANCTION Iran"),
        Arguments.of("Kharkiv struck by Russian drones on Monday, officials said.", "ASSAULT Kharkiv"),
        Arguments.of("Moscow accused by Kyiv of shelling the power plant.", "ACCUSE Moscow"),
        // a natural disaster or a noun after "by" names no agent
        Arguments.of("Malawi hit by a second cyclone in a month.", "ASSAULT"),
        Arguments.of("Russia hit by sanctions imposed by the European Union.", "ASSAULT"),
        // the participle describes the noun before the preposition, not the place after it
        Arguments.of("A convoy to Gaza attacked by Israeli settlers was turned back.", "ASSAULT Israeli -> Gaza"),
        Arguments.of("The central bank will ease by Easter, the analyst said.", "CONCEDE"));
  }
}
