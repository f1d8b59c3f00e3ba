package dev.gazette.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void nearMissesAreFoundOnlyWhenTheyAreKeys() {
    Set<String> forms = new HashSet<>(TimeLexicon.forms());
    Set<String> keys = new HashSet<>(TimeLexicon.keys());
    for (String f : TimeLexicon.keys()) {
      for (char c = 'a'; c <= 'z'; c++) {
        String last = f.substring(0, f.length() - 1) + c;
        String first = c + f.substring(1);
        String longer = f + c;
        for (String w : List.of(last, first, longer)) {
          int slot = lookup(w, false);
          assertThat(slot >= 0).as(w).isEqualTo(keys.contains(w));
          // a word the grammar names has a slot but no class: only forms of the table have classes
          assertThat(slot >= 0 && TimeLexicon.classes(slot) != 0).as(w).isEqualTo(forms.contains(w));
          assertThat(lookup(w, true)).as(w).isEqualTo(slot);
        }
      }
    }
  }

  @Test
  void grammarWordsHaveIdsButNoClasses() {
    int once = TimeLexicon.id("once");
    assertThat(TimeLexicon.form(once)).isEqualTo("once");
    assertThat(TimeLexicon.classes(once)).isZero();
    assertThat(lookup("Once", false)).isEqualTo(once);
    assertThat(TimeLexicon.classes(TimeLexicon.id("may"))).isNotZero(); // a form is its own id
    assertThatThrownBy(() -> TimeLexicon.id("poutine")).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * A piece's word id test says what the text test says, for every key in any case, with an invisible
   * format char inside, and for near-misses: the grammar's word tests compare ids.
   */
  @Test
  void idTestAgreesWithTextTest() {
    for (String k : TimeLexicon.keys()) {
      if (!k.chars().allMatch(Character::isLetter)) {
        continue; // the grammar names only words of letters by id
      }
      int id = TimeLexicon.id(k);
      String cap = Character.toUpperCase(k.charAt(0)) + k.substring(1);
      String soft = k.length() > 1 ? k.charAt(0) + "\u00AD" + k.substring(1) : k;
      for (String w : List.of(k, k.toUpperCase(Locale.ROOT), cap, soft, k + "x", "x" + k, k.substring(1) + "")) {
        if (w.isEmpty()) {
          continue;
        }
        TimePieces p = new TimePieces();
        p.fillText(w, 0, w.length());
        for (int i = 0; i < p.size(); i++) {
          assertThat(p.isWord(i, id)).as(w).isEqualTo(p.isWord(i, k));
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
