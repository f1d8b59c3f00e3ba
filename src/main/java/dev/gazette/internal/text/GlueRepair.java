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
   *   <li>A capitalized left part ("ChinaRussian") needs 3+ letters on both sides, both known as words
   *       or names, and no name prefix (Mc, Mac, De, Di, La, Le, Van...: "McDonald", "DeSantis").
   *   <li>Listed camel-case names (YouTube, PowerPoint, BlackRock...) are never split.
   * </ul>
   */
  static int caseJoin(CharSequence t, int s, int g, int e) {
    int left = g - s;
    int right = e - g;
    if (left < 2 || right < 2) {
      return -1;
    }
    boolean rightUpper = true;
    for (int j = g + 1; j < e; j++) {
      if (isLower(t.charAt(j))) {
        rightUpper = false;
        break;
      }
    }
    if (!rightUpper && !isLower(t.charAt(g + 1))) {
      return -1;
    }
    if (Lexicon.CAMEL_NAMES.containsLower(t, s, e)) {
      return -1;
    }
    if (isUpper(t.charAt(s))) {
      if (!isLower(t.charAt(s + 1)) || rightUpper || left < 3 || right < 3) {
        return -1;
      }
      if (Lexicon.NAME_PREFIXES.contains(t, s, g)) {
        return -1;
      }
      return known(t, s, g) && known(t, g, e) ? g : -1;
    }
    if (Lexicon.LOWER_PREFIXES.contains(t, s, g)) {
      return -1;
    }
    boolean word = Lexicon.isEnglishWord(t, s, g);
    if (rightUpper) {
      return left >= 3 && word ? g : -1;
    }
    return word || left >= 5 ? g : -1;
  }

  private static boolean known(CharSequence t, int s, int e) {
    return Lexicon.isEnglishWord(t, s, e) || Lexicon.isProperName(t, s, e);
  }

  /**
   * A speech verb glued to the last word of a quotation: the word ends with a listed verb ("added",
   * "said", "wrote"), the rest is 4+ letters and either capitalized ("Londonsaid") or a lower-case
   * English word ("partnershipadded"), and the whole is not itself an English word ("understated",
   * "foretold", "padded"). The word's letters after the first are lower case.
   */
  static int verbJoin(CharSequence t, int s, int e) {
    char last = t.charAt(e - 1);
    if (last != 'd' && last != 's' && last != 'e' && last != 'g') {
      return -1;
    }
    if (!isLower(t.charAt(s + 1))) {
      return -1;
    }
    int maxLen = Math.min(Lexicon.MAX_VERB, e - s - 4);
    for (int len = maxLen; len >= 4; len--) {
      if (!Lexicon.SPEECH_VERBS.hasLength(len) || !Lexicon.SPEECH_VERBS.contains(t, e - len, e)) {
        continue;
      }
      int g = e - len;
      if (Lexicon.isEnglishWord(t, s, e)) {
        return -1;
      }
      if (isUpper(t.charAt(s))) {
        return g;
      }
      if (Lexicon.isEnglishWord(t, s, g)) {
        return g;
      }
    }
    return -1;
  }
}
