package dev.gazette.internal.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Span;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadRepeatFinderTest {
  private static Optional<String> repeat(String text, String lead) {
    int start = text.indexOf(lead);
    Span l = Span.of(start, start + lead.length());
    int from = start + lead.length();
    return LeadRepeatFinder.find(text, text.toCharArray(), l, from, text.length()).map(s -> s.text(text));
  }

  @Test
  void noLetterPastTheBmpLowerCasesToAscii() {
    // The scan jumps only to the BMP chars whose key char is the lead's first: that must be all of them.
    for (int cp = Character.MIN_SUPPLEMENTARY_CODE_POINT; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.isLetterOrDigit(cp)) {
        assertThat(Character.toLowerCase(cp)).as("U+%X", cp).isGreaterThanOrEqualTo(128);
      }
    }
  }

  @Test
  void findsARepeatStartingWithTheKelvinSignOrADottedCapital() {
    String lead = "Kettle makers in Lowbridge cut prices by a third.";
    String text = lead + "\nOther news came first.\n\u212Aettle makers in Lowbridge cut prices by a third.\nMore.";
    assertThat(repeat(text, lead)).contains("\u212Aettle makers in Lowbridge cut prices by a third.");
    String lead2 = "Island ferries in Marrow Bay stop for the winter.";
    String text2 = lead2 + "\nThe port said so.\n\u0130sland ferries in Marrow Bay stop for the winter!";
    assertThat(repeat(text2, lead2)).contains("\u0130sland ferries in Marrow Bay stop for the winter!");
  }

  @Test
  void findsARepeatAfterManyFalseStarts() {
    String lead = "Tin miners in Palvo walked out on Tuesday over pay.";
    String text = lead + "\nTin miners in Palvo walked in. Tin miners in Palvo walked out on Tuesday over pay.";
    assertThat(repeat(text, lead)).contains("Tin miners in Palvo walked out on Tuesday over pay.");
  }

  @Test
  void noRepeatWhenOnlyTheStartRecurs() {
    String lead = "Tin miners in Palvo walked out on Tuesday over pay.";
    String text = lead + "\nTin miners in Palvo walked in. Tin miners in Palvo walked out on Wednesday.";
    assertThat(repeat(text, lead)).isEmpty();
  }
}
