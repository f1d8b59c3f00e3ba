package dev.gazette.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Mention;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bare weekday after a deadline or future cue ("has until Friday", "by Friday", "a deadline of
 * Thursday", "expires on Sunday") is the next one after the article date; after a past-tense verb
 * ("met on Tuesday", "expired on Sunday") the last one; after "be" and a participle ("must be confirmed
 * on Thursday") the next one, while "has been confirmed" looks back. Sentences invented.
 */
class DeadlineDirectionTest {
  /** A Wednesday. */
  private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 11);

  static Stream<Arguments> future() {
    return Stream.of(
        Arguments.of("The club has until Friday to respond to the charges.", "Friday", "2026-03-13"),
        Arguments.of("The union must reply by Friday.", "Friday", "2026-03-13"),
        Arguments.of("Lawmakers need a budget before Monday or the agency shuts.", "Monday", "2026-03-16"),
        Arguments.of("The bidders face a deadline of Thursday to improve their offers.", "Thursday", "2026-03-12"),
        Arguments.of("The ceasefire expires on Sunday unless both sides extend it.", "Sunday", "2026-03-15"),
        Arguments.of("The two sides will meet on Tuesday in Geneva.", "Tuesday", "2026-03-17"),
        Arguments.of("Opposition parties said they would hold a rally on Saturday.", "Saturday", "2026-03-14"),
        Arguments.of("The regulator gave the bank until Monday to submit a plan.", "Monday", "2026-03-16"),
        Arguments.of("The offer remains open until Friday, the company said.", "Friday", "2026-03-13"),
        Arguments.of("Voting ends on Sunday.", "Sunday", "2026-03-15"),
        Arguments.of("The deadline is Friday.", "Friday", "2026-03-13"),
        Arguments.of("The strike is due to begin on Monday.", "Monday", "2026-03-16"),
        Arguments.of("The court set a hearing for Thursday.", "Thursday", "2026-03-12"),
        Arguments.of("The judge adjourned the trial until Monday.", "Monday", "2026-03-16"),
        Arguments.of("Both unions want an answer before the Friday deadline.", "Friday", "2026-03-13"),
        Arguments.of("The cabinet holds its weekly meeting on Tuesday.", "Tuesday", "2026-03-17"),
        Arguments.of("The champion faces the challenger on Saturday in Lagos.", "Saturday", "2026-03-14"),
        // a passive after "be" is still to come, whatever the modal before it
        Arguments.of("The new president must be confirmed by the parliament on Thursday.", "Thursday", "2026-03-12"),
        Arguments.of("The treaty is to be signed on Friday in Rome.", "Friday", "2026-03-13"));
  }

  static Stream<Arguments> past() {
    return Stream.of(
        Arguments.of("The two sides met on Tuesday in Geneva.", "Tuesday", "2026-03-10"),
        Arguments.of("The minister said on Friday that the talks had failed.", "Friday", "2026-03-06"),
        Arguments.of("The ceasefire expired on Sunday without an extension.", "Sunday", "2026-03-08"),
        Arguments.of("The deadline passed on Monday with no deal.", "Monday", "2026-03-09"),
        Arguments.of("Police arrested the suspect by Friday evening.", "Friday evening", "2026-03-06"),
        Arguments.of("On Monday, the central bank raised rates.", "Monday", "2026-03-09"),
        Arguments.of("Sales fell sharply before Thursday's announcement.", "Thursday", "2026-03-05"),
        Arguments.of("Until Monday, the police had not named a suspect.", "Monday", "2026-03-09"),
        Arguments.of("The talks lasted until Friday.", "Friday", "2026-03-06"),
        Arguments.of("The company missed the Friday deadline.", "Friday", "2026-03-06"),
        Arguments.of("The cabinet held its weekly meeting on Tuesday.", "Tuesday", "2026-03-10"),
        Arguments.of("The champion says he was attacked on Saturday in Lagos.", "Saturday", "2026-03-07"),
        Arguments.of("The new president has been confirmed by the parliament on Monday.", "Monday", "2026-03-09"));
  }

  @ParameterizedTest(name = "{1} in \"{0}\" is the next one")
  @MethodSource("future")
  void deadlineLooksForward(String sentence, String text, String value) {
    assertThat(only(sentence, text).value().orElse("")).startsWith(value);
  }

  @ParameterizedTest(name = "{1} in \"{0}\" is the last one")
  @MethodSource("past")
  void pastTenseStillLooksBack(String sentence, String text, String value) {
    assertThat(only(sentence, text).value().orElse("")).startsWith(value);
  }

  private static Mention only(String sentence, String text) {
    List<Mention> found = DateTestSupport.run(sentence, ANCHOR);
    return found.stream().filter(m -> m.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError(text + " not found in " + found));
  }
}
