package dev.gazette.internal.text;

/**
 * Decides where a word that scraping glued together should be split. Scraped news loses the markup
 * between a quotation and its attribution or between a headline and the next sentence, leaving
 * "partnershipadded" or "alsoOil". A split is made only when both sides are plausible words, so real
 * words and names survive: iPhone, eBay, McDonald, DeSantis, LinkedIn, padded, unsaid, foretold.
 *
 * <p>Both methods take a word that holds only letters and combining marks, and return the split
 * offset or -1.
 */
final class GlueRepair {
  private GlueRepair() {}

  private static boolean isUpper(char c) {
    return c < 128 ? (c >= 'A' && c <= 'Z') : Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  private static boolean isLower(char c) {
    return c < 128 ? (c >= 'a' && c <= 'z') : Character.isLowerCase(c);
  }

  /**
   * A lower-to-upper join: {@code t[g-1]} is lower case, {@code t[g]} upper case, and this is the
   * word's only such transition.
   *
   * <ul>
   *   <li>The right part must read as a word: capitalized ("Oil") or, after a lower-case English word,
   *       an acronym ("alsoUS"). "BioNTech" (right part "NTech") is left alone.
   *   <li>A lower-case left part must be an English word ("also", "officials") or at least 5 letters,
   *       and not a name particle or brand prefix (de, van, mac, i, e: "deGrasse", "iPhone", "eBay").
   *   <li>A capitalized left part needs either a right part that starts sentences ("ChinaThe",
   *       "officialsBut") or two listed proper names of 4+ letters ("ChinaRussian"), and no name
   *       prefix (Mc, Mac, De, Di, La, Le, Van...: "McDonald", "DeSantis"). Company names made of
   *       stems and common words (GenCorp, RepublicBank, CooperVision, TransAmerican) stay whole.
   *   <li>Listed camel-case names (YouTube, PowerPoint, BlackRock...) are never split.
   * </ul>
   */
  static int caseJoin(char[] t, int s, int g, int e) {
    int left = g - s;
    int right = e - g;
    if (left < 2 || right < 2) {
      return -1;
    }
    boolean rightUpper = true;
    for (int j = g + 1; j < e; j++) {
      if (isLower(t[j])) {
        rightUpper = false;
        break;
      }
    }
    if (!rightUpper && !isLower(t[g + 1])) {
      return -1;
    }
    if (Lexicon.CAMEL_NAMES.containsLower(t, s, e)) {
      return -1;
    }
    if (isUpper(t[s])) {
      if (!isLower(t[s + 1]) || rightUpper || left < 3) {
        return -1;
      }
      if (Lexicon.NAME_PREFIXES.contains(t, s, g) || Lexicon.isEnglishWord(t, s, e)) {
        return -1;
      }
      boolean leftKnown = known(t, s, g);
      if (leftKnown && Lexicon.SENTENCE_STARTERS.contains(t, g, e)) {
        return g; // "ChinaThe", "LondonBut"
      }
      // Two names, as in "ChinaRussian": both listed proper names of 4+ letters. Company names built
      // from short stems or common words (GenCorp, RepublicBank, CooperVision) fail this test.
      if (left >= 4
          && right >= 4
          && Lexicon.isProperName(t, s, g)
          && Lexicon.isProperName(t, g, e)
          && !Lexicon.NAME_TAILS.contains(t, g, e)) {
        return g;
      }
      return -1;
    }
    if (Lexicon.LOWER_PREFIXES.contains(t, s, g)) {
      return -1;
    }
    boolean word = Lexicon.isEnglishWord(t, s, g);
    if (left < 3) {
      return -1; // "caRtridge"-style typos, "eaZy"
    }
    if (rightUpper) {
      return word ? g : -1;
    }
    return word || left >= 5 ? g : -1;
  }

  private static boolean known(char[] t, int s, int e) {
    return Lexicon.isEnglishWord(t, s, e) || Lexicon.isProperName(t, s, e);
  }

  /**
   * A speech verb glued to the last word of a quotation: the word ends with a listed verb ("added",
   * "said", "wrote"), the rest is 4+ letters and either capitalized ("Londonsaid") or a lower-case
   * English word ("partnershipadded"), and the whole is not itself an English word ("understated",
   * "foretold", "padded"). The word's letters after the first are lower case.
   */
  static int verbJoin(char[] t, int s, int e) {
    char last = t[e - 1];
    if (last != 'd' && last != 's' && last != 'e' && last != 'g') {
      return -1;
    }
    if (!isLower(t[s + 1]) || !Lexicon.mayEndWithSpeechVerb(t, e)) {
      return -1;
    }
    long lengths = Lexicon.SPEECH_VERBS_REVERSED.suffixLengths(t, s + 4, e, Lexicon.MAX_VERB);
    while (lengths != 0) {
      int len = 63 - Long.numberOfLeadingZeros(lengths); // longest verb first
      lengths &= ~(1L << len);
      int g = e - len;
      if (Lexicon.isEnglishWord(t, s, e)) {
        return -1;
      }
      if (isUpper(t[s])) {
        // "Londonsaid": a listed name, or an unlisted one of 5+ letters ("Peskovtold")
        if (g - s >= 5 || Lexicon.isProperName(t, s, g)) {
          return g;
        }
        continue;
      }
      if (Lexicon.isEnglishWord(t, s, g) && !Lexicon.VERB_PREFIXES.containsLower(t, s, g)) {
        return g;
      }
    }
    return -1;
  }
}
