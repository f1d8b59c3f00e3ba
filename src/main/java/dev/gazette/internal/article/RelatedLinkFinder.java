package dev.gazette.internal.article;

import dev.gazette.Span;
import dev.gazette.internal.text.CaseFold;
import dev.gazette.internal.text.SentenceCues;
import dev.gazette.internal.text.WordSet;
import java.util.List;

/**
 * Finds inline related-link headlines ("read also...", "READ ALSO:", "Read more:", "See also:", "ALSO
 * READ", "Related:") in paragraphs, even when scraping glued the marker to the headline ("read
 * alsoOil: ...") and the headline to the next sentence ("...to India and China Russia is also trying...").
 *
 * <h2>When a marker counts</h2>
 * Conservatively, "read" in prose ("he read also the letter") must not trigger. A marker counts only
 * <ol>
 *   <li>where a sentence can start: at a line start, after . ! ? (possibly with closing quotes and white
 *       space between, or glued: "Sea.read also"), glued to the previous word at a lower-to-upper case
 *       join ("SeaRead also:"), or, for an ALL-CAPS marker, after a separator such as | or a dash; and
 *   <li>when its headline is clearly introduced: by a separator (: | - – — » ›), by gluing to a capital
 *       letter, digit or quote ("alsoOil"), or, for ALL-CAPS markers ("READ ALSO Oil...") and markers that
 *       start a sentence in lower case ("read also Oil..."), by white space and a capital (for ALL-CAPS
 *       markers, a word not in capitals too: "TEXTILE RELATED GOODS" is a title). A
 *       title-case marker followed by a space ("Read also the letter", "See also Figure 2") is prose.
 * </ol>
 * "Related" and "Read more" count only with a separator or glued, never with a space alone unless
 * ALL-CAPS.
 *
 * <h2>Where the headline ends</h2>
 * At the end of its line, at a sentence end (. ! ? not after an abbreviation, before white space or a
 * capital), or,
 * when it runs into the next sentence without a period, at the first word where a new clause plausibly
 * starts after a complete headline (at least {@link #MIN_HEADLINE_WORDS} words, not ending in a function
 * word such as "to", "and", "the"). In a sentence-case headline such a word is:
 * <ul>
 *   <li>a capitalized sentence opener ("The", "It", "Meanwhile"...) after a content word, before a
 *       lower-case word; a capitalized determiner ("The", "A", "An") after a content word also before
 *       names, when a finite verb follows within three words ("gas The Ukrainian operator Naftogaz
 *       said");
 *   <li>a capitalized word (or run of up to four: a name) after a content word that is not itself a
 *       verb ("Kremlin says Putin will..." stays one headline), followed by a finite verb, directly or
 *       after at most two lower-case words ("deliveries Moscow is also...", "airfield Ukrainian
 *       officials said...");
 *   <li>after a function word, the second word of a capitalized run followed by a verb: the first
 *       completes the headline's phrase ("to India and China Russia is also trying": the headline ends
 *       after "China");
 *   <li>a word split off by a lower-to-upper glue ("ChinaRussia is") under the same conditions.
 * </ul>
 * In a title-case headline ("Oil Prices Rise As Russia Cuts Output Moscow is also...") capitals say
 * nothing, so the sentence starts at the capitalized word right before the first lower-case finite verb
 * (with a preceding capitalized "The"/"A"/"An"). When no such word comes within {@link #MAX_HEADLINE_WORDS}
 * words, the headline ends where its sentence ends: a related link is never mixed with article text, so
 * when in doubt the whole run is kept apart.
 */
final class RelatedLinkFinder {
  private RelatedLinkFinder() {}

  static final int MIN_HEADLINE_WORDS = 3;
  static final int MAX_HEADLINE_WORDS = 30;

  /** Marker word sequences, longer ones first where one is a prefix of another. */
  private static final String[][] MARKERS = {
    {"to", "read", "also"}, {"read", "also"}, {"also", "read"}, {"read", "more"}, {"see", "also"},
    {"also", "see"}, {"read", "next"}, {"related", "articles"}, {"related", "article"},
    {"related", "stories"}, {"related", "story"}, {"related", "news"}, {"related", "coverage"},
    {"related", "content"}, {"related"}, {"more", "on", "this"}, {"further", "reading"},
  };

  /** MARKERS by the lower-case ASCII letter they start with: most words are rejected by one array load. */
  private static final String[][][] MARKERS_BY_LETTER = new String[128][][];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      final char first = c;
      String[][] group =
          java.util.Arrays.stream(MARKERS).filter(m -> m[0].charAt(0) == first).toArray(String[][]::new);
      MARKERS_BY_LETTER[c] = group.length == 0 ? null : group;
    }
  }

  /** Camel-case names that are not glue ("WhatsApp is..."). */
  private static final WordSet CAMEL_NAMES =
      WordSet.of("whatsapp", "linkedin", "youtube", "paypal", "playstation", "powerpoint", "blackrock",
          "blackberry", "glaxosmithkline", "easyjet", "softbank", "exxonmobil", "arcelormittal",
          "astrazeneca", "dreamworks", "conocophillips", "chemchina", "petrochina", "gamestop",
          "wordpress", "openai", "deepmind", "biontech", "mastercard", "airbus", "smartphone");

  /**
   * The distinct first words of MARKERS by the lower-case ASCII letter they start with: a word that is
   * none of them starts no marker, whatever comes before it.
   */
  private static final String[][] FIRST_WORDS_BY_LETTER = new String[128][];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      final char first = c;
      String[] words =
          java.util.Arrays.stream(MARKERS).map(m -> m[0]).filter(w -> w.charAt(0) == first).distinct()
              .toArray(String[]::new);
      FIRST_WORDS_BY_LETTER[c] = words.length == 0 ? null : words;
      // Both cases of the letter index the same words: the marker may be in any case.
      FIRST_WORDS_BY_LETTER[c - 'a' + 'A'] = FIRST_WORDS_BY_LETTER[c];
    }
  }

  /** Appends the related links found in {@code paragraphs} to the two parallel lists. */
  static void find(String text, List<Span> paragraphs, List<Span> markers, List<Span> headlines) {
    find(text, text.toCharArray(), paragraphs, markers, headlines);
  }

  /** {@link #ASCII_FLAGS}: a letter ({@link Character#isLetter}). */
  private static final byte LETTER = 1;
  /** {@link #ASCII_FLAGS}: a letter that starts a marker word, in either case. */
  private static final byte MARKER_START = 2;
  /** Per ASCII char, {@link #LETTER} and {@link #MARKER_START}: one load per char of the scan. */
  private static final byte[] ASCII_FLAGS = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_FLAGS[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (FIRST_WORDS_BY_LETTER[c] != null ? MARKER_START : 0));
    }
  }

  /** {@link #find(String, List, List, List)} with {@code chars}, the text's chars. */
  static void find(String text, char[] chars, List<Span> paragraphs, List<Span> markers, List<Span> headlines) {
    for (int p = 0, np = paragraphs.size(); p < np; p++) {
      Span paragraph = paragraphs.get(p);
      int ps = paragraph.start();
      int pe = paragraph.end();
      // Whether the char before i is a letter, carried along the scan (false at the paragraph start).
      boolean prevLetter = false;
      int i = ps;
      while (i < pe) {
        char c = chars[i];
        if (prevLetter && c >= 'a' && c <= 'z') {
          // Inside a word (most chars): a lower-case letter after a letter starts no marker, so the
          // rest of the word's lower-case letters are skipped in a tight loop; a letter precedes the next.
          do {
            i++;
          } while (i < pe && (c = chars[i]) >= 'a' && c <= 'z');
          continue;
        }
        if (c >= 128) {
          prevLetter = Character.isLetter(c);
          i++;
          continue;
        }
        byte flags = ASCII_FLAGS[c];
        // Only an ASCII letter that starts a marker word can start a marker (most chars stop here). A
        // lower-case ASCII letter is never the upper-case side of a glue: only a capital after a letter
        // asks caseJoin, which for an ASCII capital is whether the letter before is lower case (most
        // letters of the text start no marker word or sit inside a word). Then the marker's first word
        // must be there (cheap, and most words are not), and only then is it asked whether a sentence
        // can start here: without a marker word, tryAt would find nothing anyway.
        if ((flags & MARKER_START) != 0
            && (!prevLetter || c < 'a' && isLowerCase(chars[i - 1]))
            && startsFirstWord(text, chars, i, pe, FIRST_WORDS_BY_LETTER[c])
            && startsSentence(text, i, ps, true)) {
          int found = tryAt(text, i, ps, pe, MARKERS_BY_LETTER[c | 0x20], markers, headlines);
          if (found > i) {
            i = found;
            prevLetter = i > ps && Character.isLetter(chars[i - 1]);
            continue;
          }
        }
        prevLetter = (flags & LETTER) != 0;
        i++;
      }
    }
  }

  /** {@link Character#isLowerCase(char)}, ASCII without the Character tables. */
  private static boolean isLowerCase(char c) {
    return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
  }

  /**
   * Whether one of {@code words} (lower-case ASCII) is at {@code i}, in any case (as {@link #matchMarker}
   * compares, with {@link CaseFold#regionEquals}).
   */
  private static boolean startsFirstWord(String text, char[] chars, int i, int pe, String[] words) {
    for (String word : words) {
      int n = word.length();
      if (i + n <= pe && regionEquals(text, chars, i, word, n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link CaseFold#regionEquals} read from {@code chars} (the text's), for a lower-case ASCII
   * {@code word} of {@code n} chars; a char past ASCII (which may still fold to an ASCII letter, as the
   * long s does) is left to CaseFold.
   */
  private static boolean regionEquals(String text, char[] chars, int start, String word, int n) {
    for (int k = 0; k < n; k++) {
      char c = chars[start + k];
      char w = word.charAt(k);
      if (c != w) {
        if (c >= 128) {
          return CaseFold.regionEquals(text, start, word);
        }
        if ((c | 0x20) != w) {
          return false;
        }
      }
    }
    return true;
  }

  /** Tries a marker at {@code i}; records it and returns the headline's end, or returns -1. */
  private static int tryAt(
      String text, int i, int ps, int pe, String[][] candidates, List<Span> markers, List<Span> headlines) {
    for (String[] marker : candidates) {
      int q = matchMarker(text, i, pe, marker);
      if (q < 0) {
        continue;
      }
      int letterCase = letterCase(text, i, q);
      if (!startsSentence(text, i, ps, letterCase == ALL_UPPER)) {
        return -1;
      }
      int h = headlineStart(text, q, pe, letterCase, marker);
      if (h < 0 || h >= pe) {
        return -1;
      }
      int end = headlineEnd(text, h, pe);
      if (end <= h) {
        return -1;
      }
      markers.add(Span.of(i, q));
      headlines.add(Span.of(h, end));
      return end;
    }
    return -1;
  }

  private static final int LOWER_START = 0;
  private static final int TITLE = 1;
  private static final int ALL_UPPER = 2;

  private static int letterCase(String text, int start, int end) {
    boolean allUpper = true;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        allUpper = false;
        break;
      }
    }
    if (allUpper) {
      return ALL_UPPER;
    }
    return Character.isLowerCase(text.charAt(start)) ? LOWER_START : TITLE;
  }

  /** End of {@code marker} matched at {@code i}, or -1. Words are separated by spaces on one line. */
  private static int matchMarker(String text, int i, int pe, String[] marker) {
    int pos = i;
    for (int w = 0; w < marker.length; w++) {
      String word = marker[w];
      if (pos + word.length() > pe || !CaseFold.regionEquals(text, pos, word)) {
        return -1;
      }
      pos += word.length();
      if (w < marker.length - 1) {
        int s = pos;
        while (pos < pe && isInlineSpace(text.charAt(pos))) {
          pos++;
        }
        if (pos == s) {
          return -1;
        }
      }
    }
    // The marker must end a word: "related" is not "relatedness". An upper-case letter is glue ("alsoOil").
    if (pos < pe) {
      char c = text.charAt(pos);
      if (Character.isLetter(c) && !(Character.isUpperCase(c) && !Character.isUpperCase(text.charAt(pos - 1)))) {
        return -1;
      }
    }
    return pos;
  }

  /** Whether a marker at {@code i} is where a sentence or line starts (or is glued on). */
  private static boolean startsSentence(String text, int i, int ps, boolean allCaps) {
    if (i == ps) {
      return true;
    }
    char prev = text.charAt(i - 1);
    if (Character.isLetter(prev)) {
      return caseJoin(text, i);
    }
    if (SentenceCues.isTerminal(prev)) {
      return true;
    }
    int j = i - 1;
    boolean blank = false;
    while (j >= ps && isBlank(text.charAt(j))) {
      if (text.charAt(j) == '\n' || text.charAt(j) == '\r') {
        return true;
      }
      blank = true;
      j--;
    }
    if (j < ps) {
      return true;
    }
    int k = j;
    while (k >= ps && SentenceCues.isClosing(text.charAt(k))) {
      k--;
    }
    if (k < ps) {
      return true;
    }
    char before = text.charAt(k);
    if (SentenceCues.isTerminal(before) && (blank || k < j)) {
      return true;
    }
    // "news | READ ALSO: ..." but not "TEXTILE-RELATED GOODS": white space must follow the separator.
    return allCaps && k == j && blank && isSeparator(before);
  }

  /** Where the headline after a marker ending at {@code q} starts, or -1 if it is not introduced clearly. */
  private static int headlineStart(String text, int q, int pe, int letterCase, String[] marker) {
    int r = q;
    while (r < pe && isInlineSpace(text.charAt(r))) {
      r++;
    }
    if (r < pe && isSeparator(text.charAt(r))) {
      while (r < pe && isSeparator(text.charAt(r))) {
        r++;
      }
      while (r < pe && isBlank(text.charAt(r))) {
        r++;
      }
      return r < pe && !isLineEnd(text.charAt(r)) ? r : -1;
    }
    if (r >= pe) {
      return -1;
    }
    char c = text.charAt(r);
    boolean capital = Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c) || isOpeningQuote(c);
    if (!capital) {
      return -1;
    }
    if (r == q) {
      return r; // glued: "alsoOil"
    }
    boolean weakMarker = marker[0].equals("related") || marker[marker.length - 1].equals("more");
    if (letterCase == ALL_UPPER) {
      // In an all-caps line ("TEXTILE RELATED GOODS") capitals say nothing: the headline must not be too.
      return allUpperWord(text, r, pe) ? -1 : r;
    }
    return letterCase == LOWER_START && !weakMarker ? r : -1;
  }

  private static boolean allUpperWord(String text, int r, int pe) {
    int letters = 0;
    for (int i = r; i < pe && Character.isLetter(text.charAt(i)); i++) {
      if (!Character.isUpperCase(text.charAt(i))) {
        return false;
      }
      letters++;
    }
    return letters > 1;
  }

  // ---- Where the headline ends -------------------------------------------------------------------

  /** The end of the headline starting at {@code h}, trimmed. */
  static int headlineEnd(String text, int h, int pe) {
    Words w = Words.scan(text, h, pe, MAX_HEADLINE_WORDS + 6);
    int clauseStart = 0;
    for (int k = 1; k < w.n; k++) {
      int prev = k - 1;
      char gap = w.gap[prev];
      if (gap != 0 && SentenceCues.isTerminal(gap)) {
        if (!(gap == '.' && w.abbreviation(text, prev))
            && (w.capitalized(text, k) || w.digitStart(text, k) || w.gapEnd[prev] < w.start[k])) {
          return w.gapEnd[prev];
        }
        continue;
      }
      if (gap == ':' || gap == '-' || gap == '\u2013' || gap == '\u2014' || gap == ';' || gap == '|') {
        clauseStart = k;
        continue;
      }
      if (gap != 0 || k > MAX_HEADLINE_WORDS) {
        continue;
      }
      int boundary = runOnBoundary(text, w, k, clauseStart);
      if (boundary > 0) {
        return w.end[boundary - 1];
      }
    }
    if (w.lineEnd || w.n < w.capacity) {
      // The headline is the rest of its line (or paragraph): keep any final punctuation on it.
      return w.n == 0 ? h : w.tailEnd;
    }
    return sentenceEnd(text, w.end[w.n - 1], pe);
  }

  /** The word index where the next sentence starts if it starts at word {@code k}, else -1. */
  private static int runOnBoundary(String text, Words w, int k, int clauseStart) {
    if (!(w.capitalized(text, k) || w.glued[k]) || k < 2) {
      return -1;
    }
    int prev = k - 1;
    boolean prevFunction = SentenceCues.FUNCTION_WORDS.contains(text, w.start[prev], w.end[prev]);
    boolean prevVerb = SentenceCues.CLAUSE_VERBS.contains(text, w.start[prev], w.end[prev])
        || SentenceCues.SPEECH_VERBS.contains(text, w.start[prev], w.end[prev]);
    if (titleCase(text, w, clauseStart, k)) {
      // Capitals say nothing here: the subject is the capitalized word right before a lower-case verb.
      if (k + 1 < w.n && w.gap[k] == 0 && verbAt(text, w, k + 1, true) && !prevFunction && !prevVerb) {
        return k >= 3 && isArticle(text, w, prev) && w.gap[prev - 1] == 0 ? prev : k;
      }
      return -1;
    }
    if (prevVerb) {
      return -1; // "Kremlin says Putin will meet Xi"
    }
    if (prevFunction) {
      // "to India and China Russia is": "China" completes the phrase, "Russia" starts the sentence.
      int runEnd = capitalRunEnd(text, w, k);
      if (runEnd - k >= 2 && k + 1 >= MIN_HEADLINE_WORDS && verbAfterRun(text, w, runEnd)) {
        return k + 1;
      }
      return -1;
    }
    if (k < MIN_HEADLINE_WORDS) {
      return -1;
    }
    if (SentenceCues.SENTENCE_OPENERS.contains(text, w.start[k], w.end[k]) && !w.glued[k]
        && k + 1 < w.n && w.gap[k] == 0 && !w.capitalized(text, k + 1) || w.glued[k]
        && SentenceCues.SENTENCE_OPENERS.contains(text, w.start[k], w.end[k])) {
      return k;
    }
    if (isArticle(text, w, k) && !w.glued[k] && determinerPhraseThenVerb(text, w, k)) {
      // "...to Norwegian gas The Ukrainian operator Naftogaz said": a capitalized determiner after a
      // content word opens the subject of a new sentence, even when names follow it.
      return k;
    }
    if (nameThenApposition(text, w, k)) {
      return k;
    }
    return verbAfterRun(text, w, capitalRunEnd(text, w, k)) ? k : -1;
  }

  /**
   * Whether a name starts at {@code k} (capitalized words, "of" allowed between them, at most six words)
   * and is followed by a comma and an apposition opened by a determiner or a relative clause: "...for
   * artillery Brothers of Italy, the party of Prime Minister Giorgia Meloni, hailed...", "...after the
   * strike Embraer, which competes with Airbus, signed...". A headline seldom describes a name that way;
   * the subject of a news sentence often does.
   */
  private static boolean nameThenApposition(String text, Words w, int k) {
    int j = k;
    while (j < w.n && j - k < 6 && w.capitalized(text, j)) {
      if (j > k && (SentenceCues.SENTENCE_OPENERS.contains(text, w.start[j], w.end[j])
          || SentenceCues.FUNCTION_WORDS.contains(text, w.start[j], w.end[j]))) {
        return false; // "...of its partner Nissan In Beijing, the ministry": the sentence starts at "In"
      }
      if (w.gap[j] == ',') {
        // A relative clause may be the headline's after a name that starts with "The" or before it ("Kremlin
        // bans The Moscow Times, which it calls foreign").
        boolean wholeName = !isArticle(text, w, k) && !w.capitalized(text, k - 1);
        return j + 1 < w.n && (isDeterminer(text, w, j + 1) || wholeName && isRelativePronoun(text, w, j + 1));
      }
      if (w.gap[j] != 0) {
        return false;
      }
      boolean of = j + 2 < w.n && w.end[j + 1] - w.start[j + 1] == 2
          && text.regionMatches(false, w.start[j + 1], "of", 0, 2) && w.gap[j + 1] == 0;
      j += of ? 2 : 1;
    }
    return false;
  }

  /** "the", "a", "an" or a possessive determiner, in lower case: what opens an apposition. */
  private static boolean isDeterminer(String text, Words w, int i) {
    if (!w.lower(text, i)) {
      return false;
    }
    int len = w.end[i] - w.start[i];
    return isArticle(text, w, i) || len == 3 && (text.startsWith("its", w.start[i])
        || text.startsWith("his", w.start[i]) || text.startsWith("her", w.start[i]));
  }

  /**
   * Whether the capitalized determiner at {@code k} ("The", "A", "An") starts a noun phrase of up to
   * three words (capitalized or lower-case, no function word) followed by a finite verb, all without
   * punctuation between: "The Ukrainian operator Naftogaz said", "A spokesman for..." does not count.
   * A relative clause may stand between a described phrase (with a lower-case word: not a name such as
   * "The Moscow Times") and its verb: "The Indian refiner Reliance, which buys...".
   */
  private static boolean determinerPhraseThenVerb(String text, Words w, int k) {
    boolean described = false;
    for (int x = k + 1; x < w.n && x <= k + 4; x++) {
      if (w.gap[x - 1] == ',' && described && isRelativePronoun(text, w, x)) {
        return true;
      }
      if (w.gap[x - 1] != 0) {
        return false;
      }
      if (x > k + 1 && verbAt(text, w, x, true)) {
        return true;
      }
      if (SentenceCues.FUNCTION_WORDS.contains(text, w.start[x], w.end[x])) {
        return false;
      }
      described |= w.lower(text, x);
    }
    return false;
  }

  private static boolean isRelativePronoun(String text, Words w, int i) {
    int len = w.end[i] - w.start[i];
    return (len == 5 && text.startsWith("which", w.start[i])) || (len == 3 && text.startsWith("who", w.start[i]))
        || (len == 5 && text.startsWith("whose", w.start[i]));
  }

  private static boolean isArticle(String text, Words w, int i) {
    int len = w.end[i] - w.start[i];
    return (len == 3 && text.regionMatches(true, w.start[i], "the", 0, 3))
        || (len == 1 && text.charAt(w.start[i]) == 'A')
        || (len == 2 && text.regionMatches(true, w.start[i], "an", 0, 2));
  }

  /** The end (exclusive) of the run of capitalized words starting at {@code k}, at most four words. */
  private static int capitalRunEnd(String text, Words w, int k) {
    int j = k + 1;
    while (j < w.n && j - k < 4 && w.gap[j - 1] == 0 && w.capitalized(text, j)) {
      j++;
    }
    return j;
  }

  /** Whether a finite verb follows at {@code j}, directly or after at most two lower-case words. */
  private static boolean verbAfterRun(String text, Words w, int j) {
    if (j >= w.n || w.gap[j - 1] != 0) {
      return false;
    }
    if (verbAt(text, w, j, true)) {
      return true;
    }
    for (int x = j; x < j + 2 && x + 1 < w.n; x++) {
      if (w.gap[x] != 0 || !w.lower(text, x) || SentenceCues.FUNCTION_WORDS.contains(text, w.start[x], w.end[x])) {
        return false;
      }
      if (verbAt(text, w, x + 1, false)) {
        return true;
      }
    }
    return false;
  }

  private static boolean verbAt(String text, Words w, int j, boolean allowEd) {
    if (j >= w.n || !w.lower(text, j)) {
      return false;
    }
    int s = w.start[j];
    int e = w.end[j];
    if (SentenceCues.CLAUSE_VERBS.contains(text, s, e) || SentenceCues.SPEECH_VERBS.contains(text, s, e)) {
      return true;
    }
    return allowEd && e - s >= 5 && text.charAt(e - 2) == 'e' && text.charAt(e - 1) == 'd';
  }

  /** Whether most content words of the headline so far are capitalized ("Oil Prices Rise As..."). */
  private static boolean titleCase(String text, Words w, int clauseStart, int k) {
    int content = 0;
    int capitals = 0;
    for (int x = clauseStart + 1; x < k; x++) {
      if (w.digitStart(text, x)) {
        continue;
      }
      content++;
      if (w.capitalized(text, x)) {
        capitals++;
      }
    }
    return content >= 3 && capitals * 10 >= content * 7;
  }

  /** The end of the sentence containing {@code from}: after . ! ? before a capital, or the line's end. */
  private static int sentenceEnd(String text, int from, int pe) {
    int lastNonBlank = from;
    for (int i = from; i < pe; i++) {
      char c = text.charAt(i);
      if (isLineEnd(c)) {
        break;
      }
      if (!isBlank(c)) {
        lastNonBlank = i + 1;
      }
      if (!SentenceCues.isTerminal(c) || (c == '.' && abbreviationBefore(text, i, from))) {
        continue;
      }
      int e = i + 1;
      while (e < pe && (SentenceCues.isTerminal(text.charAt(e)) || SentenceCues.isClosing(text.charAt(e)))) {
        e++;
      }
      int n = e;
      while (n < pe && isInlineSpace(text.charAt(n))) {
        n++;
      }
      if (n >= pe || isLineEnd(text.charAt(n))) {
        return e;
      }
      char next = text.charAt(n);
      if (n > e || Character.isUpperCase(next)) {
        return e;
      }
    }
    return lastNonBlank;
  }

  /** Whether the period at {@code dot} ends an abbreviation or initial ("U.S.", "Dr.", "J."). */
  private static boolean abbreviationBefore(String text, int dot, int from) {
    int s = dot;
    while (s > from && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    if (s == dot) {
      return false;
    }
    if (dot - s == 1 || text.indexOf('.', s) < dot) {
      return true;
    }
    return SentenceCues.PREFIX_ABBREVIATIONS.contains(text, s, dot);
  }

  // ---- Characters --------------------------------------------------------------------------------

  /** Whether {@code i} starts an upper-case part glued to a lower-case word ("SeaRead", "ChinaRussia"). */
  static boolean caseJoin(String text, int i) {
    return i > 0 && Character.isLowerCase(text.charAt(i - 1))
        && (Character.isUpperCase(text.charAt(i)) || Character.isTitleCase(text.charAt(i)));
  }

  private static boolean isSeparator(char c) {
    return c == ':' || c == '|' || c == '-' || c == '\u2013' || c == '\u2014' || c == '>' || c == '\u00BB'
        || c == '\u203A' || c == '\u2022' || c == '\u00B7';
  }

  private static boolean isOpeningQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '\'';
  }

  static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  static boolean isBlank(char c) {
    // Printable ASCII (most chars) is never blank: one test before the table lookups.
    return (c <= ' ' || c >= '\u007F') && (Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  private static boolean isInlineSpace(char c) {
    return isBlank(c) && !isLineEnd(c);
  }

  // ---- A few words of one line, scanned once ------------------------------------------------------

  /**
   * Up to {@code capacity} words from {@code from} to the end of the line: for each, its span, whether it
   * was split off a lower-to-upper glue, and the first punctuation mark between it and the next word.
   */
  private static final class Words {
    final int capacity;
    int n;
    final int[] start;
    final int[] end;
    final boolean[] glued;
    /** First punctuation char (not a quote) between word i and the next, or 0. */
    final char[] gap;
    /** Offset just after that punctuation and any closing quotes or further terminals glued to it. */
    final int[] gapEnd;
    boolean lineEnd;
    /** End of the last word plus its trailing punctuation on the line. */
    int tailEnd;

    private Words(int capacity) {
      this.capacity = capacity;
      start = new int[capacity];
      end = new int[capacity];
      glued = new boolean[capacity];
      gap = new char[capacity];
      gapEnd = new int[capacity];
    }

    static Words scan(String text, int from, int pe, int capacity) {
      Words w = new Words(capacity);
      int i = from;
      while (i < pe && w.n < capacity) {
        char c = text.charAt(i);
        if (isLineEnd(c)) {
          w.lineEnd = true;
          break;
        }
        if (!Character.isLetterOrDigit(c)) {
          if (w.n > 0 && !isBlank(c)) {
            int last = w.n - 1;
            if (w.gap[last] == 0 && !isQuote(c)) {
              w.gap[last] = c;
              w.gapEnd[last] = i + 1;
            } else if (w.gap[last] != 0 && w.gapEnd[last] == i
                && (SentenceCues.isClosing(c) || SentenceCues.isTerminal(c))) {
              w.gapEnd[last] = i + 1;
            }
            w.tailEnd = i + 1;
          }
          i++;
          continue;
        }
        int s = i;
        boolean glue = false;
        while (i < pe && w.n < capacity) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            if (i - s >= 3 && caseJoin(text, i) && Character.isLowerCase(text.charAt(i - 2))
                && i + 1 < pe && Character.isLowerCase(text.charAt(i + 1)) && !camelName(text, s, pe)) {
              w.add(s, i, glue); // "ChinaRussia": two words, the second glued
              s = i;
              glue = true;
            }
            i++;
          } else if ((d == '.' || d == '\'' || d == '\u2019' || d == '-') && i + 1 < pe
              && Character.isLetterOrDigit(text.charAt(i + 1))) {
            i++; // inner mark: "U.S", "Jong-un", "Russia's"
          } else {
            break;
          }
        }
        if (w.n < capacity) {
          w.add(s, i, glue);
          w.tailEnd = i;
        }
      }
      return w;
    }

    private void add(int s, int e, boolean g) {
      start[n] = s;
      end[n] = e;
      glued[n] = g;
      gap[n] = 0;
      gapEnd[n] = e;
      n++;
    }

    boolean capitalized(String text, int i) {
      char c = text.charAt(start[i]);
      return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    boolean lower(String text, int i) {
      return Character.isLowerCase(text.charAt(start[i]));
    }

    boolean digitStart(String text, int i) {
      return Character.isDigit(text.charAt(start[i]));
    }

    /** Whether a period after word {@code i} is an abbreviation's: "U.S.", "Dr.", an initial "J.". */
    boolean abbreviation(String text, int i) {
      int s = start[i];
      int e = end[i];
      if (e - s == 1 && Character.isLetter(text.charAt(s))) {
        return true;
      }
      int dot = text.indexOf('.', s);
      return (dot >= 0 && dot < e) || SentenceCues.PREFIX_ABBREVIATIONS.contains(text, s, e);
    }

    private static boolean isQuote(char c) {
      return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019'
          || c == '\u00AB' || c == '\u00BB';
    }

    private static boolean camelName(String text, int s, int pe) {
      int e = s;
      while (e < pe && Character.isLetter(text.charAt(e))) {
        e++;
      }
      return CAMEL_NAMES.contains(text, s, e);
    }
  }
}
