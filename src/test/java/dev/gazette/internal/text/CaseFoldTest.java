package dev.gazette.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** CaseFold.regionEquals answers as String.regionMatches(true, ...) does. */
class CaseFoldTest {
  private static void same(String text, int start, String word) {
    assertThat(CaseFold.regionEquals(text, start, word))
        .as("%s @%d vs %s", text, start, word)
        .isEqualTo(text.regionMatches(true, start, word, 0, word.length()));
  }

  @Test
  void asciiLettersFoldAndOtherAsciiDoesNot() {
    assertThat(CaseFold.regionEquals("The", 0, "the")).isTrue();
    assertThat(CaseFold.regionEquals("xOFx", 1, "of")).isTrue();
    assertThat(CaseFold.regionEquals("@", 0, "`")).isFalse(); // equal but for bit 0x20, and no letters
    assertThat(CaseFold.regionEquals("[", 0, "{")).isFalse();
    assertThat(CaseFold.regionEquals("Jr.", 0, "jr.")).isTrue();
    assertThat(CaseFold.regionEquals("tho", 0, "the")).isFalse();
  }

  @Test
  void otherCharsAnswerAsTheLibrary() {
    assertThat(CaseFold.regionEquals("\u212A", 0, "k")).isTrue(); // Kelvin sign
    assertThat(CaseFold.regionEquals("\u0131n", 0, "in")).isTrue(); // dotless i
    assertThat(CaseFold.regionEquals("Fran\u00C7ois", 0, "fran\u00E7ois")).isTrue();
    assertThat(CaseFold.regionEquals("\u2019s", 0, "'s")).isFalse();
    assertThat(CaseFold.regionEquals("\u2019S", 0, "\u2019s")).isTrue();
    same("\uD801\uDC00x", 0, "ab");
    same("a\uD801\uDC28", 1, "\u00E9x");
  }

  @Test
  void randomPairsAgreeWithRegionMatches() {
    char[] alphabet = {'a', 'A', 'z', 'Z', 'k', 'K', 'i', 'I', 's', 'S', '@', '`', '[', '{', '.', '\'', '\u212A',
        '\u0131', '\u0130', '\u017F', '\u00E9', '\u00C9', '\u2019', '\u00DF', '\uD801', '\uDC00', '\uDC28', '1'};
    Random r = new Random(42);
    for (int round = 0; round < 200_000; round++) {
      int n = 1 + r.nextInt(4);
      char[] t = new char[n + 2];
      char[] w = new char[n];
      for (int k = 0; k < t.length; k++) {
        t[k] = alphabet[r.nextInt(alphabet.length)];
      }
      for (int k = 0; k < n; k++) {
        // words are BMP literals: no surrogates
        char c;
        do {
          c = alphabet[r.nextInt(alphabet.length)];
        } while (Character.isSurrogate(c));
        w[k] = r.nextBoolean() ? c : t[1 + k];
      }
      String word = new String(w);
      if (word.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
        continue;
      }
      same(new String(t), 1, word);
    }
  }
}
