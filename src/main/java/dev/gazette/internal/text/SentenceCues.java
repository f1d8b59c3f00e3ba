package dev.gazette.internal.text;

/**
 * Closed word lists that tell where English news sentences and clauses start and end. Shared by the
 * article reader (where does a run-on related-link headline end?) and the sentence splitter (is a glue
 * repair a sentence end or a lost quotation mark?). Lists are deliberately small and closed: every entry
 * is a function word or a very frequent verb, never a content word that could be a name.
 */
public final class SentenceCues {
  private SentenceCues() {}

  /**
   * Words after which a sentence cannot end: articles, prepositions, conjunctions, possessive
   * determiners. A capitalized word right after one of these continues the phrase ("to India").
   */
  public static final WordSet FUNCTION_WORDS =
      WordSet.of(
          "a", "an", "the", "to", "of", "and", "or", "nor", "but", "in", "on", "at", "for", "with", "from",
          "by", "as", "into", "onto", "over", "under", "between", "among", "against", "than", "via", "vs",
          "versus", "about", "after", "before", "during", "since", "until", "towards", "toward", "through",
          "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "which",
          "whose", "who", "whom", "is", "are", "was", "were", "be", "been", "not", "no", "per", "if",
          "while", "near", "across", "without", "within", "like", "de", "du", "des", "la", "le", "van",
          "von", "al", "bin", "da", "dos", "der", "del");

  /**
   * Words that open a sentence when capitalized mid-text with no punctuation before them: a lost period
   * ("... a gas price cap The European Union agreed ...").
   */
  public static final WordSet SENTENCE_OPENERS =
      WordSet.of(
          "the", "this", "these", "those", "it", "in", "on", "at", "according", "but", "however",
          "meanwhile", "since", "after", "before", "while", "when", "last", "earlier", "later", "indeed",
          "he", "she", "they", "we", "our", "their", "his", "its", "for", "despite", "although", "though",
          "if", "yet", "moreover", "furthermore", "nevertheless", "now", "then", "there", "here", "many",
          "some", "most", "several", "both", "during", "until", "because", "as", "with", "under",
          "following", "amid", "among", "also", "still", "so", "a", "an", "another", "one", "two", "three",
          "i", "you", "what", "why", "how", "where", "such", "that", "instead", "currently", "today",
          "yesterday", "tomorrow", "already", "officials");

  /**
   * Subject pronouns and possessives that, capitalized right after a lower-case word with no punctuation
   * between, almost surely start a new sentence whose period (or opening quote) was lost ("... true
   * strategic partnership Our leaders will ..."). Smaller than {@link #SENTENCE_OPENERS}: "The" and
   * "In" are left out because titles ("in The Hague", "the film It") would split wrongly.
   */
  public static final WordSet LOST_PERIOD_OPENERS =
      WordSet.of("we", "they", "he", "she", "our", "their", "however", "meanwhile", "moreover", "indeed",
          "nevertheless", "furthermore");

  /** Auxiliaries, modals and frequent finite verbs: the word after a sentence's subject. */
  public static final WordSet CLAUSE_VERBS =
      WordSet.of(
          "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
          "must", "should", "shall", "does", "did", "do", "said", "says", "told", "tells", "added", "adds",
          "announced", "announces", "declared", "stated", "warned", "warns", "insisted", "explained",
          "noted", "stressed", "reported", "claimed", "confirmed", "denied", "urged", "called", "calls",
          "launched", "plans", "planned", "wants", "wanted", "seeks", "sought", "also", "already", "still",
          "now", "again", "remains", "remained", "became", "becomes", "expects", "expected", "hopes",
          "aims", "intends", "needs", "agreed", "agrees", "met", "meets", "made", "makes", "took", "takes",
          "gave", "gives", "went", "goes", "came", "comes", "saw", "sees", "got", "gets", "kept", "keeps",
          "began", "begins", "continues", "continued", "tried", "tries", "signed", "signs", "rose",
          "fell", "won", "lost", "hit", "cut", "set", "put", "led", "leads", "holds", "held", "sold",
          "bought", "paid", "pays", "spoke", "speaks", "wrote", "writes", "thinks", "thought", "believes",
          "knows", "knew", "feels", "felt", "isn't", "say", "warn", "fear", "fears", "feared", "criticize",
          "criticise", "criticizes", "criticises", "criticized", "criticised", "accuse", "accuses", "accused",
          "demand", "demands", "demanded", "denounce", "denounces", "denounced", "reject", "rejects",
          "rejected", "welcome", "welcomes", "welcomed", "oppose", "opposes", "opposed", "support",
          "supports", "supported", "want", "plan", "expect", "hope", "believe", "argue", "argues", "argued",
          "claim", "claims", "insist", "insists", "remain", "continue", "estimate", "estimates", "consider",
          "considers", "considered", "announce", "intend", "refuse", "refuses", "refused", "aren't", "wasn't", "won't", "can't", "didn't",
          "doesn't", "hasn't", "haven't");

  /**
   * Verbs that introduce reported speech. A glue repair followed closely by one of these is a lost
   * closing quotation mark before an attribution ("closer to ChinaRussian spokesman Dmitry Peskov told
   * the press"), not a sentence end.
   */
  public static final WordSet SPEECH_VERBS = WordSet.of(speechVerbList());

  private static String[] speechVerbList() {
    return new String[] {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "declared",
        "declares", "explained", "explains", "insisted", "insists", "wrote", "writes", "noted", "notes",
        "stressed", "stresses", "warned", "warns", "announced", "announces", "argued", "argues",
        "asserted", "asserts", "claimed", "claims", "commented", "comments", "continued", "replied",
        "replies", "responded", "responds", "remarked", "observed", "acknowledged", "admitted",
        "confirmed", "denied", "emphasized", "emphasised", "underlined", "specified", "estimated",
        "estimates", "indicated", "indicates", "judged", "judges", "recalled", "recalls", "assured",
        "assures", "hammered", "tweeted", "posted", "according", "pointed", "concluded", "concludes",
        "insisting", "adding", "saying", "telling", "explaining", "specifying", "stressing", "warning"
    };
  }

  /**
   * The last three letters of {@link #SPEECH_VERBS} (lower-case ASCII, each as 0-25), as bits
   * {@code (x * 26 + y) * 26 + z}: a word ending otherwise is no speech verb, whatever its start.
   */
  private static final long[] SPEECH_VERB_ENDINGS = new long[(26 * 26 * 26 + 63) / 64];

  static {
    for (String w : speechVerbList()) {
      int e = ending(w, w.length());
      if (e < 0) {
        throw new AssertionError("speech verbs are 3 or more ASCII letters: " + w);
      }
      SPEECH_VERB_ENDINGS[e >>> 6] |= 1L << e;
    }
  }

  /**
   * The last three chars of {@code s[.., end)} as {@code (x * 26 + y) * 26 + z} when they are ASCII
   * letters (case folded), -1 when one is another ASCII char, -2 when one is not ASCII.
   */
  private static int ending(CharSequence s, int end) {
    int code = 0;
    for (int k = end - 3; k < end; k++) {
      char c = s.charAt(k);
      if (c >= 128) {
        return -2;
      }
      int letter = (c | 0x20) - 'a';
      if (letter < 0 || letter >= 26) {
        return -1;
      }
      code = code * 26 + letter;
    }
    return code;
  }

  /**
   * False only when no range {@code text[k, end)} can be one of {@link #SPEECH_VERBS}: its last three
   * chars are ASCII (so no invisible char hides among them) and end no speech verb. Needs
   * {@code end >= 3}.
   */
  public static boolean mayEndSpeechVerb(CharSequence text, int end) {
    int e = ending(text, end);
    return e == -2 || e >= 0 && (SPEECH_VERB_ENDINGS[e >>> 6] & (1L << e)) != 0;
  }

  /**
   * Abbreviations that precede a name or a number and so never end a sentence even before a capital:
   * titles ("Dr. Smith"), "No. 2", "St. Petersburg", month abbreviations ("Jan. 5").
   */
  public static final WordSet PREFIX_ABBREVIATIONS =
      WordSet.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "cmdr", "sen",
          "rep", "gov", "pres", "rev", "fr", "st", "ste", "mt", "ft", "no", "nos", "vol", "art", "sec",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "hon",
          "messrs", "mme", "mlle", "amb", "supt", "insp", "det", "cpl", "pvt", "brig", "fig", "p", "pp",
          "ch", "para", "approx", "ca", "vs", "v", "cf", "e.g", "i.e", "jr", "sr", "ave", "blvd", "rd");

  /** Whether {@code c} is a closing quotation mark or bracket that stays with the sentence before it. */
  public static boolean isClosing(char c) {
    switch (c) {
      case '"', '\'', '\u201D', '\u2019', '\u00BB', '\u203A', ')', ']', '}' -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** Whether {@code c} ends a sentence: . ! ? or an ellipsis. */
  public static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u203C' || c == '\u2047'
        || c == '\u2048' || c == '\u2049';
  }
}
