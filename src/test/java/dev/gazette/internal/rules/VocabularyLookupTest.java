package dev.gazette.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The vocabulary answers a region of a string and the same region of a char array alike. */
class VocabularyLookupTest {
  private static int both(Vocabulary v, String text, int start, int end) {
    int fromString = v.lookup(text, start, end);
    char[] chars = (text + "\0").toCharArray();
    assertEquals(fromString, v.lookup(chars, start, end), text.substring(start, end));
    return fromString;
  }

  @Test
  void findsWordsIgnoringCaseAndInvisibleChars() {
    Vocabulary v = new Vocabulary();
    int minister = v.intern("minister");
    int cafe = v.intern("caf\u00e9");
    int chancellor = v.intern("chan\u00adcellor");
    v.freeze();
    String text = "The MINISTER met the Caf\u00c9 owner and the Chan\u00adcellor, not the ministers.";
    assertEquals(minister, both(v, text, 4, 12));
    assertEquals(cafe, both(v, text, 21, 25));
    assertEquals(chancellor, both(v, text, 40, 51));
    assertEquals(chancellor, v.lookup("chancellor"));
    assertEquals(-1, both(v, text, 61, 70)); // "ministers"
    assertEquals(-1, both(v, text, 0, 3)); // "The"
    assertEquals(-1, both(v, text, 0, text.length())); // longer than any word
  }

  @Test
  void keepsIdsAcrossGrowth() {
    Vocabulary v = new Vocabulary();
    for (int i = 0; i < 3000; i++) {
      assertEquals(i, v.intern("w" + i + "x"));
    }
    assertEquals(17, v.intern("w17x"));
    v.freeze();
    for (int i = 0; i < 3000; i += 7) {
      String text = "see W" + i + "X here";
      assertEquals(i, both(v, text, 4, text.length() - 5));
    }
    assertEquals(-1, both(v, "w3000x", 0, 6));
    assertEquals(3000, v.size());
    assertEquals("w42x", v.word(42));
  }
}
