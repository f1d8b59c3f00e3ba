package dev.gazette.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lexicon's lookup, whose fast path rejects words by length and end chars before hashing. */
class TimeLexiconTest {
  private static int lookup(String s, boolean formatChars) {
    return TimeLexicon.lookup(s, 0, s.length(), formatChars);
  }

  @Test
  void everyFormIsFoundInAnyCase() {
    for (String f : TimeLexicon.forms()) {
      for (String w : List.of(f, f.toUpperCase(Locale.ROOT), Character.toUpperCase(f.charAt(0)) + f.substring(1))) {
        int slot = lookup(w, false);
        assertThat(slot).as(w).isGreaterThanOrEqualTo(0);
        assertThat(TimeLexicon.form(slot)).isEqualTo(f);
        assertThat(lookup(w, true)).as(w).isEqualTo(slot);
      }
    }
  }

  @Test
  void nearMissesAreFoundOnlyWhenTheyAreForms() {
    Set<String> forms = new HashSet<>(TimeLexicon.forms());
    for (String f : TimeLexicon.forms()) {
      for (char c = 'a'; c <= 'z'; c++) {
        String last = f.substring(0, f.length() - 1) + c;
        String first = c + f.substring(1);
        String longer = f + c;
        for (String w : List.of(last, first, longer)) {
          int slot = lookup(w, false);
          assertThat(slot >= 0).as(w).isEqualTo(forms.contains(w));
          assertThat(lookup(w, true)).as(w).isEqualTo(slot);
        }
      }
    }
  }

  @Test
  void typographicApostropheAndFormatCharsFold() {
    assertThat(TimeLexicon.form(lookup("o\u2019clock", false))).isEqualTo("o'clock");
    assertThat(TimeLexicon.form(lookup("Mon\u00ADday", true))).isEqualTo("monday");
    assertThat(lookup("Mon\u00ADday", false)).isEqualTo(-1); // told it holds none: compared as is
    assertThat(lookup("Mondax", false)).isEqualTo(-1);
    assertThat(lookup("Xonday", false)).isEqualTo(-1);
    assertThat(lookup("Mayday", false)).isEqualTo(-1);
  }
}
