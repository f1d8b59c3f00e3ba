package dev.gazette.internal.ner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcronymsTest {
  private static boolean matches(String acronym, String longForm) {
    return Acronyms.matches(acronym, 0, acronym.length(), longForm);
  }

  private static boolean mayMatch(String acronym, String longForm) {
    return Acronyms.mayMatch(acronym, 0, acronym.length(), longForm);
  }

  @Test
  void preTestHoldsWheneverTheAcronymMatches() {
    String[][] pairs = {
      {"NWA", "Northern Water Agency"},
      {"N.W.A.", "Northern Water Agency"},
      {"TRC", "The Rail Council"},
      {"RC", "The Rail Council"},
      {"BdV", "Banco de Valle"},
      {"ACME", "Association of Coastal Mill Engineers"},
    };
    for (String[] p : pairs) {
      assertTrue(matches(p[0], p[1]), p[0] + " / " + p[1]);
      assertTrue(mayMatch(p[0], p[1]), p[0] + " / " + p[1]);
    }
  }

  @Test
  void preTestRejectsAWrongFirstLetter() {
    assertFalse(mayMatch("SWA", "Northern Water Agency"));
    assertFalse(matches("SWA", "Northern Water Agency"));
    assertFalse(mayMatch("...", "Northern Water Agency"));
  }

  @Test
  void preTestLeavesOptionalFirstWordsToTheFullTest() {
    // "the" may give its initial or not: the pre-test cannot decide, the full test does
    assertTrue(mayMatch("XRC", "The Rail Council"));
    assertFalse(matches("XRC", "The Rail Council"));
  }
}
