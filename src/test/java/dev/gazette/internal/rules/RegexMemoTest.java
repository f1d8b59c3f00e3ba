package dev.gazette.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.internal.text.PackedChars;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The memo answers only what was put for the same test and the same chars, whatever it evicted. */
class RegexMemoTest {

  @Test
  void answersOnlyWhatWasPutForTheSameTestAndChars() {
    RegexMemo memo = new RegexMemo();
    Map<String, Byte> truth = new HashMap<>();
    Random random = new Random(3);
    int hits = 0;
    for (int round = 0; round < 100_000; round++) {
      int test = random.nextInt(3);
      // words over a small alphabet, of up to 18 chars: many repeats, many evictions, some too long
      String word = randomWord(random, 1 + random.nextInt(random.nextBoolean() ? 4 : 18));
      String text = "<" + word + ">";
      byte answer = memo.get(test, text, 1, 1 + word.length());
      String key = test + ":" + word;
      if (answer == RegexMemo.UNKNOWN) {
        byte value = (byte) random.nextInt(3);
        truth.put(key, value);
        memo.put(test, value);
      } else {
        hits++;
        assertThat(word.length()).isLessThanOrEqualTo(PackedChars.MAX_CHARS);
        assertThat(answer).as(key).isEqualTo(truth.get(key));
      }
    }
    assertThat(hits).isGreaterThan(20_000);
  }

  @Test
  void keysAreExactAndOnlyShortOneByteTokensAreKept() {
    RegexMemo memo = new RegexMemo();
    String sixteen = "abcdefghijklmnop";
    for (String word : new String[] {"a", "aa", "\u00e9t\u00e9", sixteen, "x" + sixteen, "\u0161ef", "\u201csaid"}) {
      assertThat(memo.get(0, word, 0, word.length())).as(word).isEqualTo(RegexMemo.UNKNOWN);
      memo.put(0, RegexMemo.YES);
    }
    assertThat(memo.get(0, "a", 0, 1)).isEqualTo(RegexMemo.YES);
    assertThat(memo.get(0, "aa", 0, 2)).isEqualTo(RegexMemo.YES);
    assertThat(memo.get(0, "\u00e9t\u00e9", 0, 3)).isEqualTo(RegexMemo.YES);
    assertThat(memo.get(0, "-" + sixteen, 1, 17)).isEqualTo(RegexMemo.YES);
    assertThat(memo.get(1, sixteen, 0, 16)).as("another test").isEqualTo(RegexMemo.UNKNOWN);
    assertThat(memo.get(0, "aaa", 0, 3)).isEqualTo(RegexMemo.UNKNOWN);
    assertThat(memo.get(0, "ab", 0, 2)).isEqualTo(RegexMemo.UNKNOWN);
    assertThat(memo.get(0, "x" + sixteen, 0, 17)).as("too long").isEqualTo(RegexMemo.UNKNOWN);
    assertThat(memo.get(0, "\u0161ef", 0, 3)).as("beyond one byte").isEqualTo(RegexMemo.UNKNOWN);
    assertThat(memo.get(0, "\u201csaid", 0, 5)).as("beyond one byte").isEqualTo(RegexMemo.UNKNOWN);
    assertThat(memo.get(0, "", 0, 0)).isEqualTo(RegexMemo.UNKNOWN);
  }

  private static String randomWord(Random random, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append((char) ('a' + random.nextInt(3)));
    }
    return b.toString();
  }
}
