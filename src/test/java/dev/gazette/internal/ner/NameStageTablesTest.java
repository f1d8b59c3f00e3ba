package dev.gazette.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.internal.text.WordSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The name recognizer's tables answer exactly what the slower forms they replace answer: one
 * {@link WordSet#withValues} table (a bit per list) as each list's own {@link WordSet}, and
 * {@link LowerCaseKeys} as equal lower-cased substrings.
 */
class NameStageTablesTest {
  /** Words in the spellings of news text: capitals, accents, a Turkish dotted I, format chars, quotes. */
  private static final String[] WORDS = {
    "Authority", "AUTHORITY", "authority", "Autho\u00ADrity", "Ministry", "ministry", "of", "Of", "OF",
    "bin", "Bin", "al", "von", "der", "Sea", "sea", "Said", "said", "Institute", "Northern", "NORTHERN",
    "Prosecutor's", "prosecutor\u2019s", "Istanbul", "\u0130stanbul", "\u0130STANBUL", "istanbul",
    "Kelvin", "\u212Aelvin", "KELVIN", "\u03A3\u039F\u03A6\u0399\u0391\u03A3", "\u03C3\u03BF\u03C6\u03B9\u03B1\u03C2",
    "Wi\u015Bniewski", "Wisniewski", "WI\u015ANIEWSKI", "Mac\u200Dron", "Macron", "M\u00FCller", "M\u00DCLLER",
    "", "x", "X", "s.a.", "S.A.", "Corp.", "corp", "Str\u00E4\u00DFe", "STRASSE", "\u00C5ngstr\u00F6m", "\u212Bngstr\u00F6m",
  };

  @Test
  void oneTableOfListBitsAnswersAsEachList() {
    Map<String, Integer> bits = new HashMap<>();
    List<String[]> lists = List.of(
        new String[] {"authority", "ministry", "institute", "prosecutor's", "s.a.", "corp."},
        new String[] {"of", "bin", "al", "von", "der"},
        new String[] {"sea", "northern", "istanbul", "kelvin", "m\u00FCller", "macron"},
        new String[] {"said", "authority", "x", "stra\u00DFe", "wisniewski"});
    List<WordSet> sets = new ArrayList<>();
    for (int k = 0; k < lists.size(); k++) {
      for (String w : lists.get(k)) {
        bits.merge(w.toLowerCase(Locale.ROOT), 1 << k, (a, b) -> a | b);
      }
      sets.add(WordSet.of(lists.get(k)));
    }
    WordSet classes = WordSet.withValues(bits);
    for (String w : WORDS) {
      String text = "(" + w + ")";
      int got = classes.valueOf(text, 1, 1 + w.length());
      for (int k = 0; k < sets.size(); k++) {
        assertThat((got & (1 << k)) != 0).as("%s in list %d", w, k).isEqualTo(sets.get(k).contains(text, 1, 1 + w.length()));
      }
    }
  }

  @Test
  void lowerCaseKeysAreEqualExactlyWhenLowerCasedSubstringsAre() {
    StringBuilder b = new StringBuilder();
    List<int[]> ranges = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      for (String w : WORDS) {
        int s = b.length();
        b.append(w);
        ranges.add(new int[] {s, b.length()});
        b.append(' ');
      }
    }
    String text = b.toString();
    LowerCaseKeys keys = new LowerCaseKeys(text);
    int[] ids = new int[ranges.size()];
    for (int i = 0; i < ranges.size(); i++) {
      ids[i] = keys.id(ranges.get(i)[0], ranges.get(i)[1]);
    }
    for (int i = 0; i < ranges.size(); i++) {
      for (int j = 0; j < ranges.size(); j++) {
        String a = text.substring(ranges.get(i)[0], ranges.get(i)[1]);
        String c = text.substring(ranges.get(j)[0], ranges.get(j)[1]);
        assertThat(ids[i] == ids[j]).as("'%s' and '%s'", a, c)
            .isEqualTo(a.toLowerCase(Locale.ROOT).equals(c.toLowerCase(Locale.ROOT)));
      }
    }
  }
}
