package dev.gazette.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fused and bit-set token tests say what the tests they stand for say. */
class TokenTestEquivalenceTest {

  @Test
  void entBeginOfIsEntAndEntBegin() {
    Random random = new Random(7);
    MatchInput in = new MatchInput();
    for (int round = 0; round < 500; round++) {
      int n = 1 + random.nextInt(20);
      in.size = n;
      // runs of tokens covered by one mention, of a type id in [-2, 5] (-2: a type the rules do not name)
      int k = 0;
      for (int t = 0; t < n; ) {
        int len = 1 + random.nextInt(3);
        boolean covered = random.nextBoolean();
        int type = random.nextInt(8) - 2;
        if (type == -1) {
          type = -2;
        }
        for (int j = t; j < Math.min(n, t + len); j++) {
          in.mention[j] = covered ? k : -1;
          in.mentionType[j] = covered ? type : -1;
        }
        k++;
        t += len;
      }
      int[] ids = random.ints(random.nextInt(4), 0, 6).distinct().toArray();
      BitSet bits = new BitSet();
      for (int id : ids) {
        bits.set(id);
      }
      boolean any = ids.length == 0;
      TokenTest and = new TokenTest.And(new TokenTest[] {new TokenTest.Ent(bits, any), new TokenTest.EntBegin()});
      TokenTest fused = new TokenTest.EntBeginOf(TokenTest.bitsOf(ids), any);
      assertThat(fused.requiresMention()).isTrue();
      assertThat(and.requiresMention()).isTrue();
      for (int t = 0; t < n; t++) {
        assertThat(fused.test(in, t)).as("round %d token %d", round, t).isEqualTo(and.test(in, t));
        if (in.mention[t] < 0) {
          assertThat(and.test(in, t)).isFalse();
        }
      }
    }
  }

  @Test
  void wordListBitsAreTheList() {
    Random random = new Random(11);
    MatchInput in = new MatchInput();
    for (int round = 0; round < 200; round++) {
      int[] ids = random.ints(random.nextInt(12), 0, 300).distinct().sorted().toArray();
      TokenTest list = new TokenTest.LowerInList(ids);
      in.size = 1;
      for (int id = -1; id < 400; id++) {
        in.wordId[0] = id;
        assertThat(list.test(in, 0)).as("id %d", id).isEqualTo(java.util.Arrays.binarySearch(ids, id) >= 0);
      }
    }
  }

  @Test
  void asciiShapeSymbolsAreTheCharacterClasses() {
    for (char c = 0; c < 128; c++) {
      char expected = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      assertThat(Shapes.symbol(c)).as("char %d", (int) c).isEqualTo(expected);
    }
  }
}
