package dev.gazette.relations;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Quotes whose closing mark was lost before an institution or country that starts the speaker's
 * title, and demonyms that name a people, not a place ("his Argentine counterpart").
 */
class LostQuoteAndDemonymConstructionsTest extends AbstractConstructionsTest {
  @Override
  Stream<Arguments> positives() {
    return Stream.of(
        Arguments.of("We respect the choices of our partnersChinese foreign ministry spokeswoman Mao Ning told reporters.",
            "STATEMENT Mao Ning", Map.of("content", "We respect the choices of our partners")),
        Arguments.of("The talks went wellJapan's foreign minister Yoko Kamikawa said on Friday.",
            "STATEMENT Yoko Kamikawa", Map.of("content", "The talks went well")),
        Arguments.of("Our doors stay open to our neighboursKremlin spokesman Dmitry Peskov said.",
            "STATEMENT Dmitry Peskov", Map.of("content", "Our doors stay open to our neighbours")),
        Arguments.of("Gabriel Boric met his Argentine counterpart Javier Milei in Mendoza.",
            "CONSULT Gabriel Boric -> Javier Milei"));
  }

  @Override
  Stream<Arguments> negatives() {
    return Stream.of(
        // A glued institution and a title, but no speech verb.
        Arguments.of("Prices fell in the whole regionKremlin spokesman Dmitry Peskov arrived on Friday.",
            "STATEMENT Dmitry Peskov"),
        // "Saudi" names the people: the ministers are no country met.
        Arguments.of("Mohammed bin Salman met his Saudi ministers in Riyadh on Sunday.",
            "CONSULT Mohammed bin Salman -> Saudi Arabia"),
        // A demonym is no meeting party.
        Arguments.of("Gabriel Boric met his Argentine counterpart Javier Milei in Mendoza.",
            "CONSULT Gabriel Boric -> Argentina"),
        // No glued word: an ordinary sentence with an institution and a spokeswoman.
        Arguments.of("The Chinese foreign ministry spokeswoman Mao Ning told reporters on Thursday.",
            "STATEMENT Mao Ning -> "));
  }
}
