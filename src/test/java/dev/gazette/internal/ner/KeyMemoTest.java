package dev.gazette.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.internal.text.PackedChars;
import org.junit.jupiter.api.Test;

class KeyMemoTest {
  /** The packed key of {@code key} (already folded), as {@code PhraseIndex} packs it. */
  private static long[] packed(String key) {
    long p0 = 0;
    long p1 = 0;
    for (int i = 0; i < key.length(); i++) {
      p1 = PackedChars.carry(p0, p1);
      p0 = PackedChars.pack(p0, key.charAt(i));
    }
    return new long[] {p0, p1};
  }

  @Test
  void pendingEntriesWaitForTheirLookupThenAnswer() {
    KeyMemo memo = new KeyMemo();
    long[] k = packed("minister");
    assertThat(memo.find(k[0], k[1])).isNegative();
    memo.enterPending(k[0], k[1], 7);
    int e = memo.find(k[0], k[1]);
    assertThat(memo.pending(e)).isTrue();
    assertThat(memo.token(e)).isEqualTo(7);
    memo.fill(k[0], k[1], 7, 0x40000005, 12, 0x100);
    e = memo.find(k[0], k[1]);
    assertThat(memo.pending(e)).isFalse();
    assertThat(memo.code(e)).isEqualTo(0x40000005);
    assertThat(memo.payload(e)).isEqualTo(12);
    assertThat(memo.children(e)).isEqualTo(0x100);
    long[] absent = packed("the");
    memo.enterPending(absent[0], absent[1], 3);
    memo.fill(absent[0], absent[1], 3, PhraseIndex.ABSENT, 0, 0);
    assertThat(memo.code(memo.find(absent[0], absent[1]))).isEqualTo(PhraseIndex.ABSENT);
    // A fill for another token (its entry was evicted and re-entered) changes nothing.
    long[] x = packed("talks");
    memo.enterPending(x[0], x[1], 9);
    memo.fill(x[0], x[1], 8, 1, 1, 1);
    assertThat(memo.pending(memo.find(x[0], x[1]))).isTrue();
  }

  @Test
  void newKeysEvictTheLastWayAndHitsClimb() {
    KeyMemo memo = new KeyMemo();
    // Keys of one set: found by trying, since the set is a hash of the key.
    long[][] same = new long[6][];
    int found = 0;
    int set = -1;
    for (int i = 0; found < same.length; i++) {
      long[] k = packed("w" + i);
      memo.enterPending(k[0], k[1], 0);
      int e = memo.find(k[0], k[1]);
      int s = e / 16;
      if (set < 0) {
        set = s;
      }
      if (s == set) {
        same[found++] = k;
      }
    }
    memo = new KeyMemo();
    // Key 0 enters the last way, climbs to the first with three hits.
    memo.enterPending(same[0][0], same[0][1], 0);
    for (int h = 0; h < 3; h++) {
      memo.promote(memo.find(same[0][0], same[0][1]));
    }
    // Keys 1..5 each enter the last way, evicting the one before: key 0 stays.
    for (int i = 1; i < same.length; i++) {
      memo.enterPending(same[i][0], same[i][1], i);
    }
    assertThat(memo.find(same[0][0], same[0][1])).isNotNegative();
    assertThat(memo.find(same[5][0], same[5][1])).isNotNegative();
    assertThat(memo.find(same[4][0], same[4][1])).isNegative();
  }
}
