package dev.gazette.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The memo answers only what was put for the same test and the same chars, whatever it evicted. */
class RegexMemoTest {

  @Test
  void answersOnlyWhatWasPutForTheSameOwnerAndChars() {
    RegexMemo memo = new RegexMemo();
    Object[] owners = {new Object(), new Object(), new Object()};
    Map<String, Byte> truth = new HashMap<>();
    Random random = new Random(3);
    int hits = 0;
    for (int round = 0; round < 50_000; round++) {
      int o = random.nextInt(owners.length);
      // short words over a small alphabet: many repeats, many collisions in 4,096 slots
      String word = randomWord(random, 1 + random.nextInt(5));
      String text = "<" + word + ">";
      byte answer = memo.get(owners[o], o * 977, text, 1, 1 + word.length());
      String key = o + ":" + word;
      if (answer == RegexMemo.UNKNOWN) {
        byte value = (byte) random.nextInt(3);
        truth.put(key, value);
        memo.put(owners[o], text, 1, 1 + word.length(), value);
      } else {
        hits++;
        assertThat(answer).as(key).isEqualTo(truth.get(key));
      }
    }
    assertThat(hits).isGreaterThan(10_000);
  }

  @Test
  void tellsApartTextsOfOneHashAndOwnersOfOneSalt() {
    RegexMemo memo = new RegexMemo();
    Object a = new Object();
    Object b = new Object();
    // "Aa" and "BB" have the same String hash code
    assertThat(memo.get(a, 0, "Aa", 0, 2)).isEqualTo(RegexMemo.UNKNOWN);
    memo.put(a, "Aa", 0, 2, RegexMemo.YES);
    assertThat(memo.get(a, 0, "BB", 0, 2)).isEqualTo(RegexMemo.UNKNOWN);
    assertThat(memo.get(b, 0, "Aa", 0, 2)).isEqualTo(RegexMemo.UNKNOWN);
    assertThat(memo.get(a, 0, "xAay", 1, 3)).isEqualTo(RegexMemo.YES);
  }

  private static String randomWord(Random random, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append((char) ('a' + random.nextInt(4)));
    }
    return b.toString();
  }
}
