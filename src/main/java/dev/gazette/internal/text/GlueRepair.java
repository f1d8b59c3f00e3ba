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
    // Cheap tests first: this runs for every camel-case word, and most stay whole.
    int left = g - s;
    int right = e - g;
    if (left < 3 || right < 2) {
      return -1; // also "caRtridge"-style typos, "eaZy", and "iPhone", "eBay", "McCain"
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
    if (isUpper(t[s])) {
      if (!isLower(t[s + 1]) || rightUpper || Lexicon.NAME_PREFIXES.contains(t, s, g)) {
        return -1;
      }
      boolean split;
      if (Lexicon.SENTENCE_STARTERS.contains(t, g, e)) {
        split = known(t, s, g); // "ChinaThe", "LondonBut"
      } else {
        // Two names, as in "ChinaRussian": both listed proper names of 4+ letters. Company names
        // built from short stems or common words (GenCorp, RepublicBank, CooperVision) fail this.
        split =
            left >= 4
                && right >= 4
                && !Lexicon.NAME_TAILS.contains(t, g, e)
                && Lexicon.isProperName(t, s, g)
                && Lexicon.isProperName(t, g, e);
      }
      return split && !isListedWhole(t, s, e) ? g : -1;
    }
    if (Lexicon.LOWER_PREFIXES.contains(t, s, g)) {
      return -1;
    }
    boolean word = Lexicon.isEnglishWord(t, s, g);
    boolean split = rightUpper ? word : word || left >= 5;
    return split && !isListedWhole(t, s, e) ? g : -1;
  }

  /** A listed camel-case name or an English word that must stay whole. */
  private static boolean isListedWhole(char[] t, int s, int e) {
    return Lexicon.CAMEL_NAMES.containsLower(t, s, e) || Lexicon.isEnglishWord(t, s, e);
  }


  private static boolean known(char[] t, int s, int e) {
    return Lexicon.isEnglishWord(t, s, e) || Lexicon.isProperName(t, s, e);
  }

  /** Whether a listed speech verb ends with {@code last}: the cheap test before {@link #verbJoin}. */
  static boolean mayEndWithVerb(char last) {
    return last == 'd' || last == 's' || last == 'e' || last == 'g';
  }

  /**
   * A speech verb glued to the last word of a quotation: the word ends with a listed verb ("added",
   * "said", "wrote"), the rest is 4+ letters and either capitalized ("Londonsaid") or a lower-case
   * English word ("partnershipadded"), and the whole is not itself an English word ("understated",
   * "foretold", "padded"). The word's letters after the first are lower case.
   */
  static int verbJoin(char[] t, int s, int e) {
    if (!mayEndWithVerb(t[e - 1])) {
      return -1;
    }
    if (!isLower(t[s + 1])) {
      return -1;
    }
    long lengths = Lexicon.SPEECH_VERBS.suffixLengths(t, s + 4, e);
    while (lengths != 0) {
      int len = 63 - Long.numberOfLeadingZeros(lengths); // longest verb first
      lengths &= ~(1L << len);
      int g = e - len;
      boolean prefixOk =
          isUpper(t[s])
              // "Londonsaid": a listed name, or an unlisted one of 5+ letters ("Peskovtold")
              ? g - s >= 5 || Lexicon.isProperName(t, s, g)
              // "partnershipadded": an English word that does not form compounds with verbs
              : Lexicon.isEnglishWord(t, s, g) && !Lexicon.VERB_PREFIXES.containsLower(t, s, g);
      if (prefixOk) {
        return Lexicon.isEnglishWord(t, s, e) ? -1 : g; // "understated", "foretold"
      }
    }
    return -1;
  }
}
