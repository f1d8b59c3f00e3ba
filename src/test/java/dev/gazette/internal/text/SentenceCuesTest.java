package dev.gazette.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ending test that spares speech-verb lookups at the end of capitalized words. */
class SentenceCuesTest {
  private static boolean mayEnd(String s) {
    return SentenceCues.mayEndSpeechVerb(s, s.length());
  }

  @Test
  void everySpeechVerbEndingPasses() {
    for (String w : new String[] {"said", "says", "say", "told", "wrote", "according", "tweeted", "adding"}) {
      assertThat(SentenceCues.SPEECH_VERBS.contains(w)).as(w).isTrue();
      assertThat(mayEnd(w)).as(w).isTrue();
      assertThat(mayEnd("Seaglued" + w.toUpperCase(java.util.Locale.ROOT))).as(w).isTrue();
      assertThat(mayEnd("Lindqvist" + w)).as(w).isTrue();
    }
  }

  @Test
  void otherEndingsAreRejected() {
    assertThat(mayEnd("Amsterdam")).isFalse();
    assertThat(mayEnd("Berlin")).isFalse();
    assertThat(mayEnd("Kowalski")).isFalse();
    assertThat(mayEnd("Nordvik-12")).isFalse();
  }

  @Test
  void nonAsciiEndingsAreLeftToTheLookup() {
    // an invisible char may hide the verb's end from a look at the last two chars
    assertThat(mayEnd("Seasaid\u200B")).isTrue();
    assertThat(mayEnd("Seasa\u00ADid")).isTrue();
    assertThat(mayEnd("Malmö")).isTrue();
  }
}
