package dev.gazette.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackedCharsTest {
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
  void packingIsExactUpToSixteenChars() {
    String[] keys = {"a", "aa", "ab", "ba", "abcdefgh", "abcdefghi", "bcdefghi", "abcdefghijklmnop",
        "bcdefghijklmnop", "\u00e9t\u00e9", "\u00ff", "\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff"};
    Map<String, String> seen = new HashMap<>();
    for (String k : keys) {
      long[] p = packed(k);
      String was = seen.put(p[0] + "/" + p[1], k);
      assertThat(was).as("%s packs as %s", k, was).isNull();
      assertThat(p[0]).isNotZero();
    }
  }

  @Test
  void onlyOneByteNonzeroCharsAndShortKeysArePacked() {
    assertThat(PackedChars.wide('a')).isFalse();
    assertThat(PackedChars.wide('\u00ff')).isFalse();
    assertThat(PackedChars.wide('\u0000')).isTrue();
    assertThat(PackedChars.wide('\u0100')).isTrue();
    assertThat(PackedChars.wide('\u0436')).isTrue();
    assertThat(PackedChars.packable(16, false)).isTrue();
    assertThat(PackedChars.packable(17, false)).isFalse();
    assertThat(PackedChars.packable(0, false)).isFalse();
    assertThat(PackedChars.packable(3, true)).isFalse();
  }
}
