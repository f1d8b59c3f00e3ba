package dev.gazette.internal.ner;

import dev.gazette.EntityType;
import dev.gazette.Mention;
import dev.gazette.Span;
import dev.gazette.TokenKind;
import dev.gazette.internal.kb.FoldedKeySet;
import dev.gazette.internal.kb.KbEntry;
import dev.gazette.internal.kb.KnowledgeBase;
import dev.gazette.internal.pipeline.Stage;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.text.CaseFold;
import dev.gazette.internal.text.SentenceBuffer;
import dev.gazette.internal.text.SentenceCues;
import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.TokenFlags;
import dev.gazette.internal.text.WordSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the names the knowledge base does not know: people, organizations, facilities, locations and
 * groups (NORP), from the shape of capitalized runs of tokens and the words around them.
 *
 * <p>One linear pass per sentence cuts the text into runs of capitalized tokens (with initials, name
 * particles such as "von der" or "bin", connectors such as "of" and "and", and numbers inside names),
 * then classifies each run by its evidence, strongest first:
 *
 * <ol>
 *   <li>a head word: "... Authority" (ORG), "Ministry of ..." and "Centre for ..." (ORG), "Competition
 *       Authority of Kenya" (ORG), "... Bridge" or "... gas pipeline" (FAC), "... Sea", "Gulf of ..."
 *       (LOC), "... County" (GPE), "... Act", "Treaty of ..." (LAW), "... Summit", "the COP30 summit"
 *       (EVENT), a kind of product after the name ("Challenger 2 tanks", PRODUCT); a noun and "of"
 *       before it ("the province of X", GPE; "the copper mine of X", FAC);
 *   <li>a title or an honorific before or at the start: "spokesman X", "Foreign Minister X", "Minister
 *       of Foreign Affairs X", "Chief X" (PERSON); a name set off by commas after a title or before one,
 *       whatever towns it spells ("Its head, Josué Gutiérrez,", PERSON);
 *   <li>the shape of a person's name: a known given name first, initials, particles, "Ing-wen", a
 *       Vietnamese, Chinese or Korean surname before two syllables; apposition ("X, the chief
 *       executive of"); a company noun before ("the developer X"); an acronym defined after ("...
 *       (FCA)");
 *   <li>weak cues: a speech verb around a two- or three-word name of non-dictionary words; one word
 *       that is a known surname or proper name, or that a speech verb or a person's verb ("died",
 *       ", who") follows; an undefined acronym (ORG).
 * </ol>
 *
 * <p>Before the scan, knowledge-base matches that spell a name are freed so that the run can be read
 * whole: minor towns after a given name ("Alan Cranston", "George Bush"), a one-word alias of a known
 * person after another given name ("Roy Medvedev"), head words the knowledge base knows as towns
 * ("Harvard University"), a one-word organization before a head ("Amazon Fund"); minor towns that are
 * English words after "the" ("the Republic") are dropped.
 *
 * <p>Then the article is made consistent: a name found with strong evidence once gives its type to
 * every other occurrence of the same words, a person's surname alone refers to them, and an
 * organization's first word alone ("Nordvik" for "Nordvik Energy") to it. Capitalized words without
 * evidence (sentence starts, headline words, "Western sanctions") are left alone.
 *
 * <p>Tokens already covered by dates or by knowledge-base people and organizations are never touched;
 * knowledge-base places and demonyms may be absorbed into a longer name with a head ("Polish Financial
 * Supervision Authority", "Power of Siberia gas pipeline"), in which case their mention is replaced.
 */
public final class NameStage implements Stage {
  private static final String RULE = "ner";

  private static final int FREE = 0;
  private static final int SOFT = 1;
  private static final int HARD = 2;
  /** Tokens of a name found before the scan (a surname-first name): no run reads them again. */
  private static final int CLAIMED = 3;

  /** Evidence strength: a head word, a title, a defined acronym. */
  private static final int STRONG = 3;
  /** Evidence strength: a given name, initials, particles, apposition, a company noun. */
  private static final int MEDIUM = 2;
  /** Evidence strength: a speech verb, or only the shape of a name. */
  private static final int WEAK = 1;

  private static final int MAX_TITLE_TOKENS = 5;

  private static final int WORD = TokenKind.WORD.ordinal();

  /** Bits of {@code Pass.wordMemo}: whether the probe was made, and its answer. */
  private static final byte GIVEN_KNOWN = 1;
  private static final byte GIVEN = 2;
  private static final byte DICT_KNOWN = 4;
  private static final byte DICT = 8;
  /** A word marked a given name by its context only ({@code markGivenNamesThatArePlacesOrWords}): never cached. */
  private static final byte GIVEN_IN_CONTEXT = 16;

  /** Bits of {@code Pass.classes} beside those of {@link NameWords#CLASSES} (24-27, 30): asked, and the answer. */
  private static final int SPEECH_KNOWN = 1 << 24;
  private static final int SPEECH = 1 << 25;
  private static final int TITLE_FIRST_KNOWN = 1 << 26;
  private static final int TITLE_FIRST = 1 << 27;
  private static final int CLASSES_KNOWN = 1 << 30;

  /** {@code Pass.entryOfMention} before the entry is looked up. */
  private static final int UNKNOWN_ENTRY = -2;

  /**
   * Longest run of name parts considered at once: no name is longer, and the cap keeps the work per
   * run bounded on text in capitals.
   */
  private static final int MAX_RUN_TOKENS = 12;

  /** Plural or generic role words in the title table that do not introduce one person's name. */
  private static final WordSet NOT_PERSONAL_TITLES =
      WordSet.of(
          "officials", "official", "troops", "soldiers", "soldier", "analysts", "analyst",
          "journalists", "diplomats", "activists", "leaders", "lawmakers", "ministers", "presidents",
          "candidates", "bosses", "kings", "spokesmen", "spokeswomen", "heads of state",
          "heads of government", "prime ministers", "economist", "head", "deputy", "counsel",
          "representative", "senior official", "government official", "justice", "editor", "diplomat",
          "lawmaker", "reporter", "correspondent", "journalist", "activist", "dissident", "chair",
          "leader", "general", "director", "founder", "king", "queen", "judge", "lawyer", "attorney");

  private final KnowledgeBase kb;
  /** The titles of the table that introduce one person's name (folded keys). */
  private final FoldedKeySet titleKeys;
  /** Every title of the table, generic ones included ("head", "lawyer", "economist"). */
  private final FoldedKeySet anyTitleKeys;
  private final WordSet titleFirstWords;
  /**
   * The given-name keys made of ASCII letters a-z only: for a token of ASCII letters only, the folded
   * key is its lower case, so this set answers {@code kb.givenNames().contains} without building the
   * key (the common case); other tokens ask the table.
   */
  private final WordSet asciiGivenNames;
  /** Per knowledge-base entry: a city, no capital, of under a million people (a minor town). */
  private final boolean[] minorTown;
  /** Per knowledge-base entry: whether its kind is city / region. */
  private final boolean[] city;
  private final boolean[] region;
  /**
   * Per thread, the answers of the word tables for the words of recent articles: most tokens are words
   * seen shortly before (a name repeated in its article, common words), whose table probes (the English
   * list is large and misses the CPU caches) are then one probe here. Per stage, as the given-name and
   * title tables are the knowledge base's.
   */
  private final ThreadLocal<WordCache> wordCache = ThreadLocal.withInitial(WordCache::new);
  /** Per thread, the tables {@link Pass#makeConsistent} fills (see {@link Scratch}). */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /**
   * A direct-mapped cache from words of 1 to 12 ASCII letters, case folded and packed into a long, to
   * the answers known for them, in the layouts of {@code Pass.classes} and {@code Pass.wordMemo}; plus
   * the packed word of each token of the current article. Used by one thread.
   */
  private static final class WordCache {
    static final int BITS = 12;
    /** A token whose word is not cached: other chars than ASCII letters, or longer than 12. */
    static final long NONE = -1;
    /**
     * Per slot, two longs side by side: the packed word, then its answers ({@code classes << 32 | memo});
     * a probe reads one cache line, not one per array.
     */
    final long[] entries = new long[2 << BITS];
    /** Per token: 0 until its word is packed, then its packed word or {@link #NONE}. */
    long[] tokenKeys = new long[256];

    void startArticle(int tokens) {
      if (tokenKeys.length < tokens) {
        tokenKeys = new long[Math.max(tokens, tokenKeys.length * 2)];
      } else {
        java.util.Arrays.fill(tokenKeys, 0, tokens, 0);
      }
    }

    /** The index in {@link #entries} of the slot of {@code key}. */
    static int slot(long key) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - BITS)) << 1;
    }

    /** {@code s[start, end)} lower-cased, 5 bits a letter, its length in the top 4 bits; or {@link #NONE}. */
    static long pack(CharSequence s, int start, int end) {
      int n = end - start;
      if (n < 1 || n > 12) {
        return NONE;
      }
      long key = (long) n << 60;
      for (int k = 0; k < n; k++) {
        int letter = (s.charAt(start + k) | 0x20) - ('a' - 1);
        if (letter < 1 || letter > 26) {
          return NONE; // also every char beyond ASCII: its low bits are no letter's, or it is too large
        }
        key |= (long) letter << (5 * k);
      }
      return key;
    }
  }

  public NameStage(KnowledgeBase kb) {
    this.kb = kb;
    List<String> firsts = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    List<String> anyTitles = new ArrayList<>();
    for (String key : kb.titles().keys()) {
      if (!key.isEmpty()) {
        anyTitles.add(key);
      }
      if (NOT_PERSONAL_TITLES.contains(key) || key.isEmpty()) {
        continue;
      }
      titles.add(key);
      int space = key.indexOf(' ');
      firsts.add(space < 0 ? key : key.substring(0, space));
    }
    this.titleKeys = FoldedKeySet.of(titles);
    this.anyTitleKeys = FoldedKeySet.of(anyTitles);
    this.titleFirstWords = WordSet.of(firsts.toArray(String[]::new));
    List<String> ascii = new ArrayList<>();
    for (String key : kb.givenNames().keys()) {
      if (isAsciiLetters(key, 0, key.length()) && key.equals(key.toLowerCase(Locale.ROOT))) {
        ascii.add(key);
      }
    }
    this.asciiGivenNames = WordSet.of(ascii.toArray(String[]::new));
    this.minorTown = new boolean[kb.size()];
    this.city = new boolean[kb.size()];
    this.region = new boolean[kb.size()];
    for (int e = 0; e < kb.size(); e++) {
      String kind = kb.attribute(e, "kind").orElse(null);
      city[e] = "city".equals(kind);
      region[e] = "region".equals(kind);
      minorTown[e] = city[e] && kb.attribute(e, "capital_of").isEmpty()
          && kb.attribute(e, "pop").map(NameStage::parseLong).orElse(0L) < 1_000_000L;
    }
  }

  /** Whether {@code s[start, end)} is not empty and only ASCII letters (a-z, A-Z). */
  private static boolean isAsciiLetters(CharSequence s, int start, int end) {
    if (start >= end) {
      return false;
    }
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /** The stage over the default knowledge base, built once per JVM. */
  public static NameStage defaults() {
    return Holder.INSTANCE;
  }

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void process(Workspace ws) {
    new Pass(ws).run();
  }

  /** A name found in the text: a token range, a type (null until one is known) and its evidence. */
  private static final class Candidate {
    final int from;
    final int to;
    final boolean headline;
    EntityType type;
    int strength;
    String rule;
    Map<String, String> attributes;
    /** Whether the knowledge-base ids of the mentions it absorbs are not its own ("Southern California"). */
    boolean distinct;
    /** Id of the lower-case text of the range, for grouping repeats of a name; -1 until asked. */
    int key = -1;

    Candidate(int from, int to, boolean headline) {
      this.from = from;
      this.to = to;
      this.headline = headline;
    }

    void label(EntityType type, int strength, String rule) {
      if (this.type == null || strength > this.strength) {
        this.type = type;
        this.strength = strength;
        this.rule = rule;
      }
    }

    void attribute(String key, String value) {
      if (attributes == null) {
        attributes = new LinkedHashMap<>();
      }
      attributes.put(key, value);
    }
  }

  /** The state of one article's pass: per-token coverage and the candidates found. */
  private final class Pass {
    final Workspace ws;
    final String text;
    final TokenBuffer tokens;
    final int[] owner;
    final byte[] cover;
    /**
     * Per token, the answers of the word-table probes asked so far ({@link #isGivenName},
     * {@link #isDictionaryWord}): the same token is asked about by several passes of each sentence.
     */
    final byte[] wordMemo;
    /**
     * Per token, the lists of {@link NameWords#CLASSES} that hold it (once {@link #CLASSES_KNOWN} is
     * set), and the answers of {@link #isSpeechVerb} and {@link #isTitleFirstWord} asked so far: the
     * same token is asked about many lists, by several passes of each sentence.
     */
    final int[] classes;
    /** The thread's {@link WordCache}, which {@link #classes} and {@link #wordMemo} are filled from. */
    final WordCache cache;
    /** The thread's reusable tables (see {@link Scratch}). */
    final Scratch scratch = SCRATCH.get();
    /** Per token, the answers of {@link #isMinorPlaceToken} asked so far (bits: 1 asked, 2 yes; 4, 8 with regions). */
    final byte[] placeMemo;
    /** Per mention (by index at the start of the pass), its knowledge-base entry once known (see {@link #entry}). */
    final int[] entryOfMention;
    final List<Candidate> found = new ArrayList<>();
    final List<int[]> softRuns = new ArrayList<>();
    /** Indices of earlier mentions to remove: places absorbed into longer names, words in headlines. */
    final java.util.BitSet dropped = new java.util.BitSet();
    final Map<String, Optional<EntityType>> acronymTypes = new HashMap<>();
    Map<String, EntityType> longForms;
    /** The keys, values and {@link Acronyms#initialOf initials} of {@link #longForms}, in order, once it is made. */
    String[] longFormTexts;
    EntityType[] longFormTypes;
    int[] longFormInitials;
    /** Ids of the lower-case texts of candidates, made when the article is made consistent. */
    LowerCaseKeys keys;
    int sentenceFirst;
    int sentenceEnd;
    boolean headline;
    /** Of the sentence ({@link #readSentence}): whether it is title case, and its plain capitalized tokens. */
    boolean titleCase;
    int[] caps;
    int capCount;

    Pass(Workspace ws) {
      this.ws = ws;
      this.text = ws.text();
      this.tokens = ws.tokens();
      // Per-token arrays borrowed from the workspace (ints slots 0-2, bytes slots 0-2): reused from
      // article to article. They may be longer than the article; only the first tokens.size() count.
      int n = tokens.size();
      this.owner = ws.ints(0, n);
      this.cover = ws.bytes(0, n);
      this.wordMemo = ws.bytes(1, n);
      this.placeMemo = ws.bytes(2, n);
      this.classes = ws.ints(1, n);
      this.cache = wordCache.get();
      cache.startArticle(n);
      java.util.Arrays.fill(owner, 0, n, -1);
      List<Mention> mentions = ws.mentions();
      this.entryOfMention = ws.ints(2, mentions.size());
      java.util.Arrays.fill(entryOfMention, 0, mentions.size(), UNKNOWN_ENTRY);
      // The knowledge-base stage noted its mentions' entries, in the order it added them.
      for (int m = 0, k = 0; m < mentions.size() && k < ws.kbNotes(); m++) {
        if (ws.kbNoteMention(k) == mentions.get(m)) {
          if (ws.kbNoteSource(k) == kb) {
            entryOfMention[m] = ws.kbNoteEntry(k);
          }
          k++;
        }
      }
      for (int m = 0; m < mentions.size(); m++) {
        Mention mention = mentions.get(m);
        int i = tokens.firstEndingAfter(mention.start());
        boolean soft = mention.rule().equals("kb") && isPlace(mention.type());
        for (; i < tokens.size() && tokens.start(i) < mention.end(); i++) {
          owner[i] = m;
          cover[i] = (byte) (soft && cover[i] != HARD ? SOFT : HARD);
        }
      }
      for (int i = 0; i < tokens.size(); i++) {
        if (cover[i] == FREE && endsWithGluedSpeechVerb(i)) {
          cover[i] = HARD; // "Seasaid": a name's last word glued to "said" ends the name before it
        }
        if (cover[i] == SOFT && isAcronymReadAsPlace(i)) {
          cover[i] = FREE; // "... Enforcement Agency (OEFA)": not Ufa, whose Dutch name is Oefa
        }
      }
    }

    /**
     * A word in capitals alone in parentheses after a name, that the knowledge base reads as a city only
     * through another name of it ("Oefa" for Ufa): the name's acronym. Countries keep theirs ("(DRC)").
     */
    boolean isAcronymReadAsPlace(int i) {
      if (i < 2 || i + 1 >= tokens.size() || !tokens.has(i, TokenFlags.ALL_UPPER) || tokens.end(i) - tokens.start(i) < 3
          || !is(i - 1, "(") || !is(i + 1, ")") || !tokens.has(i - 2, TokenFlags.CAPITALIZED) || cover[i - 2] != FREE
          || owner[i] < 0) {
        return false;
      }
      Mention m = ws.mentions().get(owner[i]);
      int e = entry(owner[i]);
      return m.start() == tokens.start(i) && m.end() == tokens.end(i) && e >= 0 && city[e]
          && !kb.name(e).toUpperCase(Locale.ROOT).equals(m.text());
    }

    /** A capitalized word that is a dictionary word or a known name glued to a speech verb. */
    boolean endsWithGluedSpeechVerb(int i) {
      // the flags first: most tokens are not capitalized
      if ((tokens.flags(i) & (TokenFlags.CAPITALIZED | TokenFlags.ALL_UPPER)) != TokenFlags.CAPITALIZED) {
        return false;
      }
      int s = tokens.start(i);
      int e = tokens.end(i);
      if (e - s < 6 || tokens.kind(i) != TokenKind.WORD || !SentenceCues.mayEndSpeechVerb(text, e)) {
        return false;
      }
      for (int k = e - 4; k >= e - 7 && k > s + 1; k--) {
        if (SentenceCues.SPEECH_VERBS.contains(text, k, e)
            && (NameWords.isEnglishWord(text, s, k) || NameWords.isProperName(text, s, k)
                || kb.hasAlias(text.subSequence(s, k)))) {
          return true;
        }
      }
      return false;
    }

    /**
     * "Jordan Bardella", "Marine Le Pen", "Will Rogers", "Guy M. Struve", "Lewis Powell": a given name the
     * given-name table leaves out because it is also a country, a city or an English word
     * ({@link NameWords#AMBIGUOUS_GIVEN_NAMES}) is read as a given name when a surname-shaped word follows
     * it (after initials or a name particle) and ends the name: a capitalized word that is no dictionary
     * word (or a known surname, or any word after a particle), a minor town after a word-name ("Will
     * Rogers"), or a one-word knowledge-base person ("Lewis Powell"). Alone or before a common word
     * ("Jordan said", "Israel and Jordan", "Jordan Valley", "Will Congress act?") it stays what it was.
     * The token is marked a given name and freed, with the surname, so that the run is read as a person;
     * the place mentions are dropped only if the person is found.
     */
    void markGivenNamesThatArePlacesOrWords() {
      // Only plain capitalized tokens pass the first test: the sentence's list of them (see readSentence).
      int next = sentenceFirst;
      for (int x = 0; x < capCount; x++) {
        final int i = caps[x];
        if (i < next) {
          continue;
        }
        if (i + 1 >= sentenceEnd) {
          break;
        }
        if (!(cover[i] == FREE || cover[i] == SOFT) || !isPlainCapitalized(i) || tokens.has(i, TokenFlags.GLUE_CASE)
            || !in(i, NameWords.C_AMBIGUOUS_GIVEN_NAMES)) {
          continue;
        }
        boolean place = cover[i] == SOFT;
        if (place) {
          Mention m = ws.mentions().get(owner[i]);
          if (m.start() != tokens.start(i) || m.end() != tokens.end(i) || m.type().equals(EntityType.NORP)
              || placePrepositionBefore(i) || i > sentenceFirst && is(i - 1, "from")
              || i > sentenceFirst && is(i - 1, "of") && !surnameOnlyAfter(i)) {
            continue; // "in Jordan", "the king of Jordan"
          }
        } else if (isSentenceInitial(i) && is(sentenceEnd - 1, "?")) {
          continue; // "Will Sunak survive?"
        }
        int j = i + 1;
        while (j < sentenceEnd && cover[j] == FREE && isInitial(j)) {
          j++;
        }
        boolean particle = false;
        if (j + 1 < sentenceEnd && cover[j] == FREE && isPlainCapitalized(j) && in(j, NameWords.C_PARTICLES)) {
          particle = true; // "Marine Le Pen"
          j++;
        }
        if (j >= sentenceEnd || !isPlainCapitalized(j) || tokens.has(j, TokenFlags.GLUE_CASE)
            || isCapitalizedNonName(j) || isHeadWord(j)) {
          continue;
        }
        int end = j + 1;
        if (!particle && cover[j] == FREE && end < sentenceEnd && cover[end] == FREE && isPlainCapitalized(end)
            && !tokens.has(end, TokenFlags.GLUE_CASE) && !isDictionaryWord(end) && !isCapitalizedNonName(end)
            && !isHeadWord(end)) {
          end++; // "Guy Robert Lukama": a middle name, then the surname
        }
        if (end < sentenceEnd && tokens.has(end, TokenFlags.CAPITALIZED)) {
          continue;
        }
        boolean surname;
        if (cover[j] == FREE) {
          surname = particle || j > i + 1 || !isDictionaryWord(j) || isGivenName(j)
              || kb.surnames().contains(text, tokens.start(j), tokens.end(j));
        } else if (cover[j] == SOFT) {
          surname = !place && isMinorPlaceToken(j, false);
        } else {
          surname = isGivenNameAsKbPerson(j);
        }
        if (!surname) {
          continue;
        }
        wordMemo[i] |= GIVEN_KNOWN | GIVEN | GIVEN_IN_CONTEXT;
        cover[i] = FREE;
        cover[j] = FREE;
        next = end;
      }
    }

    /**
     * "the National Rally of Jordan Bardella": after "of" a place that is also a given name starts a
     * person only before a word that can be nothing but a surname (free, no given name, no dictionary
     * word, no place) and when no title comes before the "of" ("the king of Jordan Abdullah").
     */
    boolean surnameOnlyAfter(int i) {
      int j = i + 1;
      return j < sentenceEnd && cover[j] == FREE && isPlainCapitalized(j) && !isGivenName(j) && !isDictionaryWord(j)
          && !isCapitalizedNonName(j) && !isHeadWord(j) && titleBefore(i - 1) == 0 && !anyTitleEndsAt(i - 1);
    }

    /**
     * "Anna Lindqvist", "Prime Minister Carmelo Vassallo": a one-word minor town followed by a
     * capitalized non-dictionary word, that is a given name or comes after a title, starts a person's
     * name; its town mention is dropped if the person is found.
     */
    void freeTownsThatStartNames() {
      for (int i = sentenceFirst; i + 1 < sentenceEnd; i++) {
        if (cover[i] != SOFT || owner[i] < 0 || cover[i + 1] != FREE
            || !tokens.has(i + 1, TokenFlags.CAPITALIZED) || tokens.kind(i + 1) != TokenKind.WORD
            || tokens.has(i + 1, TokenFlags.GLUE_CASE)
            || isDictionaryWord(i + 1)) {
          continue;
        }
        Mention m = ws.mentions().get(owner[i]);
        if (m.type().equals(EntityType.GPE) && m.start() == tokens.start(i) && m.end() == tokens.end(i)
            && isMinorTown(entry(owner[i])) && (isGivenName(i) || titleBefore(i) > 0 || personCueAround(i, i + 2))) {
          cover[i] = FREE;
        }
      }
    }

    /**
     * "declared Ararat Mirzoyan, the Armenian foreign minister": a speech verb before the two words, or
     * an apposition or a speech verb after them, says person over the town the first word also names.
     */
    boolean personCueAround(int p, int q) {
      return q <= sentenceEnd && (q == sentenceEnd || !tokens.has(q, TokenFlags.CAPITALIZED))
          && (speechVerbBefore(p) || isApposition(q) || speechVerbAfter(q));
    }

    /**
     * "the climate minister Anna Moskwa": a given name followed by a one-word foreign spelling of a city
     * (Moskwa, a Polish name of Moscow) is a person's name: the city's name in the text is not its
     * canonical English name, and nothing capitalized follows. Both tokens are freed so that the run is
     * read as one name; the place mentions are dropped if the person is found.
     */
    void freeForeignCityNamesAfterGivenNames() {
      for (int i = sentenceFirst; i + 1 < sentenceEnd; i++) {
        // cheap tests first: most tokens are not a capitalized word before a knowledge-base place
        if (cover[i + 1] != SOFT || owner[i + 1] < 0 || !(cover[i] == FREE || cover[i] == SOFT)
            || !isPlainCapitalized(i) || !isPlainCapitalized(i + 1) || tokens.has(i + 1, TokenFlags.GLUE_CASE)
            || i + 2 < sentenceEnd && tokens.has(i + 2, TokenFlags.CAPITALIZED)
            || cover[i] == SOFT && !isOneWordPlace(i) || !isGivenName(i)
            || i > sentenceFirst && placePrepositionBefore(i)) {
          continue;
        }
        Mention m = ws.mentions().get(owner[i + 1]);
        int e = entry(owner[i + 1]);
        if (!m.type().equals(EntityType.GPE) || !m.rule().equals("kb") || m.start() != tokens.start(i + 1)
            || m.end() != tokens.end(i + 1) || e < 0 || !city[e]
            || m.text().equals(kb.name(e))) {
          continue;
        }
        cover[i] = FREE;
        cover[i + 1] = FREE;
        i++;
      }
    }

    /**
     * "Alan Cranston", "George Bush", "Paul Newman": a given name, itself free or a minor place, followed
     * by capitalized non-dictionary words among which minor towns, is a person's name: the places are
     * freed so that the run is read as one name (their mentions are dropped if the person is found).
     */
    void freePlacesAfterGivenNames() {
      // Only plain capitalized tokens pass the first test: the sentence's list of them (see readSentence).
      int next = sentenceFirst;
      for (int x = 0; x < capCount; x++) {
        final int i = caps[x];
        if (i < next) {
          continue;
        }
        if (i + 1 >= sentenceEnd) {
          break;
        }
        if (!isPlainCapitalized(i) || cover[i] == FREE && !coveredWithin(i + 1, Math.min(i + 5, sentenceEnd))) {
          // A free word followed by free words only frees no place: skip the word-table probes.
          continue;
        }
        boolean given = isGivenName(i);
        boolean start = cover[i] == FREE && (given || !isDictionaryWord(i) && !isCapitalizedNonName(i))
            || given && (cover[i] == SOFT && isOneWordPlace(i) || isGivenNameAsKbPerson(i));
        if (!start) {
          continue;
        }
        int j = i + 1;
        boolean places = cover[i] != FREE;
        while (j < sentenceEnd && j - i <= 4) {
          if (cover[j] == FREE && isInitial(j)) {
            j++;
          } else if (j == i + 1 && given && cover[i] != FREE && cover[j] == FREE && isPlainCapitalized(j)
              && !isCapitalizedNonName(j) && (j + 1 >= sentenceEnd || !tokens.has(j + 1, TokenFlags.CAPITALIZED))) {
            j++; // "Patti Fox,": a surname that is also a word, after a given name the KB read as a town
            break;
          } else if (isPlainCapitalized(j) && !tokens.has(j, TokenFlags.GLUE_CASE)
              && (cover[j] == FREE && (!isDictionaryWord(j) || isInitial(j - 1)) && !isCapitalizedNonName(j)
                  || cover[j] == SOFT && isMinorPlaceToken(j, false)
                  || (given || titleBefore(i) > 0) && isOneWordKbName(j)
                      && (!isGivenName(j) || given && j == i + 1 && cover[i] == FREE
                          && (j + 1 >= sentenceEnd || !tokens.has(j + 1, TokenFlags.CAPITALIZED))))) {
            // A known person's one-word alias after another given name is a namesake's surname:
            // "Roy Medvedev", "Lewis Powell"; also an alias that is a given name itself, right after a
            // free given name and ending the name ("Stephanie Powell,", "President Ferdinand Marcos,").
            places |= cover[j] != FREE;
            j++;
          } else {
            break;
          }
        }
        // Without a given name, only a person's cue around the run makes it a name: "said Orhan Tekeli".
        boolean cue = given || speechVerbBefore(i) || titleBefore(i) > 0 || speechVerbAfter(j) || isApposition(j)
            || personVerbAfter(j);
        if (places && cue && j > i + 1 && !isInitial(j - 1)) {
          for (int k = i; k < j; k++) {
            cover[k] = FREE;
          }
          next = j;
        }
      }
    }

    /**
     * "Its head, Josué Gutiérrez, called", "The president of the community, Edison Vargas Huamanga,
     * told", "Anand Kulkarni, an economist at": two to six name words, among them towns or regions the
     * knowledge base knows ("Gutiérrez", "Edison", "Vargas") and at least one word no table knows or a
     * given name, set off by commas after a title or followed by a title in apposition, are a person's
     * name: the places are freed so that the run is read as one name.
     */
    void freePlacesInAppositiveNames() {
      // Only plain capitalized tokens pass the first test: the sentence's list of them (see readSentence).
      int next = sentenceFirst;
      for (int x = 0; x < capCount; x++) {
        final int i = caps[x];
        if (i < next) {
          continue;
        }
        if (i + 1 >= sentenceEnd) {
          break;
        }
        if (cover[i] == HARD || cover[i] == CLAIMED || !isPlainCapitalized(i) || tokens.has(i, TokenFlags.GLUE_CASE)
            || i > sentenceFirst && isPlainCapitalized(i - 1) && titleBefore(i) == 0
            || cover[i] == SOFT && !isOneWordPlace(i)) {
          continue;
        }
        int j = i;
        int words = 0;
        boolean places = false;
        boolean name = false;
        while (j < sentenceEnd && words < 6) {
          if (isPlainCapitalized(j) && !tokens.has(j, TokenFlags.GLUE_CASE) && !isCapitalizedNonName(j)
              && (cover[j] == FREE || cover[j] == SOFT && isOneWordPlace(j))) {
            places |= cover[j] == SOFT;
            name |= cover[j] == FREE || isGivenName(j); // "Aline Kabwe": "Aline" is also a word
            j++;
            words++;
            continue;
          }
          int k = j;
          while (k > i && k < sentenceEnd && k - j < 2 && cover[k] == FREE && tokens.has(k, TokenFlags.ALL_LOWER)
              && in(k, NameWords.C_PARTICLES)) {
            k++; // "Maria del Carmen Quispe de la Cruz"
          }
          if (k == j || k >= sentenceEnd || !isPlainCapitalized(k)) {
            break;
          }
          j = k;
        }
        if (j - i < 2 || !places || !name || isHeadWord(j - 1) || !appositiveCue(i, j)) {
          continue;
        }
        for (int k = i; k < j; k++) {
          cover[k] = FREE;
        }
        next = j;
      }
    }

    /**
     * A name {@code [i, j)} set off as a person's: after "title ..., " and before a comma or the end of
     * the sentence, or before ", the title" / ", a title".
     */
    boolean appositiveCue(int i, int j) {
      if (titleBefore(i) > 0 && (personVerbAfter(j) || isApposition(j) || speechVerbAfter(j))) {
        return true; // "President Ferdinand Marcos, who"
      }
      if (j + 1 < sentenceEnd && is(j, ",")) {
        int k = j + 1;
        if (k < sentenceEnd && (is(k, "the") || is(k, "a") || is(k, "an") || is(k, "its") || is(k, "their"))) {
          k++;
        }
        for (int skip = 0; skip < 3 && k < sentenceEnd && tokens.has(k, TokenFlags.ALL_LOWER); skip++, k++) {
          if (anyTitleAt(k)) {
            return true;
          }
        }
      }
      boolean end = j >= sentenceEnd || is(j, ",") || tokens.kind(j) == TokenKind.PUNCT && !is(j, "(");
      if (end && i > sentenceFirst && (speechVerbBefore(i) || endsWithGluedSpeechVerb(i - 1))) {
        return true; // "said Josué Gutiérrez."
      }
      if (!end || i - 1 <= sentenceFirst || !is(i - 1, ",")) {
        return false;
      }
      for (int k = i - 2; k >= sentenceFirst && k >= i - 9; k--) {
        if (tokens.has(k, TokenFlags.ALL_LOWER) && anyTitleAt(k)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a title of the table, generic ones included, is the one or two words at {@code k}. */
    boolean anyTitleAt(int k) {
      int s = tokens.start(k);
      int e = tokens.end(k);
      if (tokens.has(k, TokenFlags.ALL_LOWER) && NameWords.PERSON_NOUNS.contains(text, s, e)
          || anyTitleKeys.contains(text, s, e)) {
        return true;
      }
      int dash = text.lastIndexOf('-', e - 1);
      if (dash > s && anyTitleKeys.contains(text, dash + 1, e)) {
        return true; // "vice-minister", "co-founder"
      }
      return k + 1 < sentenceEnd
          && anyTitleKeys.contains(text, tokens.start(k), tokens.end(k + 1));
    }

    /** Whether a token of {@code [from, to)} is covered (not {@link #FREE}). */
    boolean coveredWithin(int from, int to) {
      for (int k = from; k < to; k++) {
        if (cover[k] != FREE) {
          return true;
        }
      }
      return false;
    }

    /**
     * A one-word knowledge-base person or organization alias in lower case letters after its capital
     * ("Medvedev", "Coe"): after a given name, a namesake's surname.
     */
    boolean isOneWordKbName(int i) {
      if (owner[i] < 0 || cover[i] != HARD || tokens.has(i, TokenFlags.ALL_UPPER)) {
        return false;
      }
      Mention m = ws.mentions().get(owner[i]);
      return (m.type().equals(EntityType.PERSON) || m.type().equals(EntityType.ORG)) && m.rule().equals("kb")
          && m.start() == tokens.start(i) && m.end() == tokens.end(i);
    }

    /** A one-word city or region mention that is not a country: "George", "Lewis". */
    boolean isOneWordPlace(int i) {
      if (isMinorPlaceToken(i, true)) {
        return true;
      }
      Mention m = ws.mentions().get(owner[i]);
      int e = entry(owner[i]);
      return m.type().equals(EntityType.GPE) && m.start() == tokens.start(i) && m.end() == tokens.end(i) && e >= 0
          && city[e];
    }

    /**
     * "Ibrahim" read by the knowledge base as a one-word alias of a known person, when it is a given
     * name: followed by a surname ("Ibrahim Kalin") it names someone else.
     */
    boolean isGivenNameAsKbPerson(int i) {
      if (owner[i] < 0 || cover[i] != HARD) {
        return false;
      }
      Mention m = ws.mentions().get(owner[i]);
      return m.type().equals(EntityType.PERSON) && m.rule().equals("kb") && m.start() == tokens.start(i)
          && m.end() == tokens.end(i);
    }

    /**
     * "President Ford", "Mr. Siemens", "Leonardo DiCaprio": a one-word knowledge-base company whose name
     * is also a person's name is the person when a title or an honorific comes before it, or when it is
     * a given name followed by a surname-shaped word (capitalized, not a dictionary word). The token is
     * freed so that the run is read as a name; the company mention stays unless a person is found. Without
     * such a cue the company wins ("Nikon said", "Tesla cut prices").
     */
    void freeCompaniesNamedAsPeople() {
      for (int i = sentenceFirst; i < sentenceEnd; i++) {
        if (cover[i] != HARD || owner[i] < 0 || !isPlainCapitalized(i)) {
          continue;
        }
        Mention m = ws.mentions().get(owner[i]);
        if (!m.type().equals(EntityType.ORG) || !m.rule().equals("kb") || m.start() != tokens.start(i)
            || m.end() != tokens.end(i)) {
          continue;
        }
        String id = m.attributes().get("kb_id");
        int e = id == null ? -1 : kb.indexOf(id);
        if (e < 0 || !"company".equals(kb.attributeOrNull(e, "kind"))) {
          continue;
        }
        boolean title = i > sentenceFirst && (titleBefore(i) > 0 || isHonorific(i - 1)
            || is(i - 1, ".") && i - 1 > sentenceFirst && isHonorific(i - 2));
        boolean surname = !title && i + 1 < sentenceEnd && cover[i + 1] == FREE && isPlainCapitalized(i + 1)
            && !tokens.has(i + 1, TokenFlags.GLUE_CASE) && !isDictionaryWord(i + 1) && !isCapitalizedNonName(i + 1)
            && !NameWords.ORG_HEADS.contains(text, tokens.start(i + 1), tokens.end(i + 1)) && isGivenName(i)
            && !fullNameAfter(i + 1);
        if (title || surname) {
          cover[i] = FREE;
        }
      }
    }

    /**
     * A given name and a name word after it, "Carlos Tavares" in "the boss of Renault Carlos Tavares" ("Luca de
     * Meo"): a whole name follows the company, which then does not start it.
     */
    boolean fullNameAfter(int g) {
      if (!isGivenName(g)) {
        return false;
      }
      int k = g + 1;
      if (k + 1 < sentenceEnd && cover[k] == FREE && tokens.has(k, TokenFlags.ALL_LOWER) && in(k, NameWords.C_PARTICLES)) {
        k++; // "Luca de Meo"
      }
      return k < sentenceEnd && isPlainCapitalized(k) && !tokens.has(k, TokenFlags.GLUE_CASE)
          && !isCapitalizedNonName(k) && !NameWords.ORG_HEADS.contains(text, tokens.start(k), tokens.end(k));
    }

    /** "Mr", "Mrs", "Ms", "Dr": an honorific before a name. */
    boolean isHonorific(int i) {
      return tokens.has(i, TokenFlags.CAPITALIZED) && (is(i, "mr") || is(i, "mrs") || is(i, "ms") || is(i, "dr")
          || is(i, "mr.") || is(i, "mrs.") || is(i, "ms.") || is(i, "dr."));
    }

    /** A capitalized word, not in capitals. */
    boolean isPlainCapitalized(int i) {
      return tokens.kind(i) == TokenKind.WORD && tokens.has(i, TokenFlags.CAPITALIZED)
          && !tokens.has(i, TokenFlags.ALL_UPPER);
    }

    /**
     * Whether token {@code i} alone is a knowledge-base minor town (or, if {@code regions}, a
     * first-level region) mention: a place a person's name may spell.
     */
    boolean isMinorPlaceToken(int i, boolean regions) {
      if (owner[i] < 0) {
        return false;
      }
      // Memo per token: the answer depends only on the token's mention, which does not change before
      // emit(), and it costs knowledge-base lookups.
      int known = regions ? 4 : 1;
      int yes = regions ? 8 : 2;
      byte m = placeMemo[i];
      if ((m & known) == 0) {
        m |= (byte) known;
        if (minorPlaceToken(i, regions)) {
          m |= (byte) yes;
        }
        placeMemo[i] = m;
      }
      return (m & yes) != 0;
    }

    private boolean minorPlaceToken(int i, boolean regions) {
      Mention m = ws.mentions().get(owner[i]);
      if (!m.type().equals(EntityType.GPE) || m.start() != tokens.start(i) || m.end() != tokens.end(i)) {
        return false;
      }
      int e = entry(owner[i]);
      return e >= 0 && (minorTown[e] || regions && region[e]);
    }

    void run() {
      SentenceBuffer sentences = ws.sentences();
      Optional<Span> leadRepeat = ws.article().leadRepeat();
      for (int s = 0; s < sentences.size(); s++) {
        sentenceFirst = sentences.firstToken(s);
        sentenceEnd = sentences.endToken(s);
        if (sentenceFirst >= sentenceEnd || inside(leadRepeat, tokens.start(sentenceFirst))) {
          continue;
        }
        // The passes before the scan look at knowledge-base places (SOFT), at covered tokens or at
        // HARD ones only, and none makes a token SOFT or HARD: a sentence without any skips them.
        int covers = readSentence();
        headline = (sentences.flags(s) & SentenceBuffer.RELATED_LINK) != 0 || titleCase;
        boolean soft = (covers & (1 << SOFT)) != 0;
        if (headline && soft) {
          dropTownsThatAreWords();
        }
        if (!headline) {
          markGivenNamesThatArePlacesOrWords();
        }
        if (soft) {
          freeTownsThatStartNames();
        }
        if ((covers & (1 << HARD)) != 0) {
          freeCompaniesNamedAsPeople();
        }
        if (!headline && soft) {
          freeForeignCityNamesAfterGivenNames();
        }
        if ((covers & ~(1 << FREE)) != 0) {
          freePlacesAfterGivenNames();
          freePlacesInAppositiveNames();
        }
        if (soft) {
          freeHeadsReadAsPlaces();
        }
        if ((covers & (1 << HARD)) != 0) {
          findArmedGroupBranches();
          freeWordOrgsInsideNames();
          freeOrgsBeforeHeads();
          extendCompaniesOverLegalForms();
        }
        if (!headline) {
          if (soft) {
            findDirectionalPlaces();
            findSurnamesReadAsTowns();
            dropTownsAfterThe();
          }
          findSurnameFirstNames();
        }
        scanSentence();
      }
      makeConsistent();
      emit();
    }

    /**
     * Reads the sentence's tokens once: returns their cover values as bits {@code 1 << cover}, sets
     * {@link #titleCase} (whether most words are capitalized: a headline, "Kazakhstan And Uzbekistan
     * Sign") and lists the plain capitalized tokens ({@link #isPlainCapitalized}) in {@link #caps}.
     */
    int readSentence() {
      int bits = 0;
      int words = 0;
      int capitals = 0;
      int count = 0;
      int[] list = scratch.caps(sentenceEnd - sentenceFirst);
      for (int i = sentenceFirst; i < sentenceEnd; i++) {
        bits |= 1 << cover[i];
        if (tokens.kindOrdinal(i) == WORD) {
          words++;
          int f = tokens.flags(i);
          if ((f & TokenFlags.CAPITALIZED) != 0) {
            capitals++;
            if ((f & TokenFlags.ALL_UPPER) == 0) {
              list[count++] = i;
            }
          }
        }
      }
      caps = list;
      capCount = count;
      titleCase = words >= 4 && capitals * 10 >= words * 7;
      return bits;
    }


    /**
     * "Harvard University", "Regional Centre for...": a head word of a name that the knowledge base also
     * knows as a minor town or a region ("University", Florida; "Centre", Cameroon) is freed when a
     * capitalized word or "of"/"for" touches it, so that the run can be read as one name; its place
     * mention stays if the run gets no type.
     */
    void freeHeadsReadAsPlaces() {
      for (int i = sentenceFirst; i < sentenceEnd; i++) {
        if (cover[i] != SOFT || !isPlainCapitalized(i) || !isMinorPlaceToken(i, true)) {
          continue;
        }
        int s = tokens.start(i);
        int e = tokens.end(i);
        if (!in(i, NameWords.C_ORG_HEADS | NameWords.C_ORG_OF_HEADS | NameWords.C_FAC_HEADS | NameWords.C_GPE_HEADS
            | NameWords.C_LAW_HEADS | NameWords.C_EVENT_HEADS)) {
          continue;
        }
        boolean before = i > sentenceFirst && (isPlainCapitalized(i - 1) && !isSentenceInitial(i - 1)
            || i - 1 > sentenceFirst && isPluralPossessive(i - 1)); // "Doctors' Union"
        boolean after = i + 1 < sentenceEnd && (is(i + 1, "of") || is(i + 1, "for"));
        if (before || after) {
          cover[i] = FREE;
        }
      }
    }

    /**
     * "Amazon Fund", "Harvard University Law School", "UN Security Council": a knowledge-base
     * organization followed by capitalized words up to an organization head, or by another knowledge-base
     * organization whose last word is a head, names another body, the longer name. The tokens are freed
     * so that the run is read whole; the knowledge-base mentions are dropped when it is.
     */
    void freeOrgsBeforeHeads() {
      for (int i = sentenceFirst; i + 1 < sentenceEnd; i++) {
        if (cover[i] != HARD || owner[i] < 0 || owner[i + 1] == owner[i]) {
          continue; // only at the last token of a mention
        }
        // capitalized words up to an organization head
        int j = i + 1;
        while (j < sentenceEnd && j - i <= 3 && cover[j] == FREE && isPlainCapitalized(j)
            && !isCapitalizedNonName(j) && !in(j, NameWords.C_ORG_HEADS)) {
          j++;
        }
        if (j >= sentenceEnd || !isPlainCapitalized(j)
            || !in(j, NameWords.C_ORG_HEADS) && !(j == i + 1 && cover[j] == HARD)
            || i > sentenceFirst && owner[i - 1] == owner[i]
                && NameWords.LEGAL_FORMS.contains(text, tokens.start(j), tokens.end(j))) {
          continue; // "Ford Motor Co": legal forms extend the company itself (extendCompaniesOverLegalForms)
        }
        int last = j; // the head's token; a second knowledge-base organization ends there
        if (cover[j] == HARD) {
          if (j != i + 1 || owner[j] < 0 || !isKbOrg(owner[j]) || ws.mentions().get(owner[j]).start() != tokens.start(j)) {
            continue;
          }
          while (last + 1 < sentenceEnd && owner[last + 1] == owner[j]) {
            last++;
          }
          if (!in(last, NameWords.C_ORG_HEADS)) {
            continue;
          }
        } else if (cover[j] != FREE) {
          continue;
        }
        int q = legalFormsEnd(last + 1); // "Lloyds Bank Plc"
        if (q < sentenceEnd && (tokens.has(q, TokenFlags.CAPITALIZED) && !isCapitalizedNonName(q) || is(q, "of"))) {
          continue;
        }
        Mention m = ws.mentions().get(owner[i]);
        if (!isKbOrg(owner[i]) || m.end() != tokens.end(i)) {
          continue;
        }
        int first = i;
        while (first > sentenceFirst && owner[first - 1] == owner[i]) {
          first--;
        }
        if (m.start() != tokens.start(first) || first < i && tokens.has(first, TokenFlags.ALL_UPPER)) {
          continue;
        }
        for (int k = first; k <= last; k++) {
          cover[k] = FREE;
        }
        i = last;
      }
    }

    /**
     * "Al-Qaeda in the Islamic Maghreb", "Islamic State in the Greater Sahara": a knowledge-base armed
     * group, "in the" and one to three capitalized words (places included) that end the phrase name one
     * of its branches, another organization. Not "Islamic State in Syria" (no "the": where it fights),
     * nor "in the Sahel region" or "in the Sahel and Lake Chad" (the phrase goes on).
     */
    void findArmedGroupBranches() {
      for (int i = sentenceFirst; i + 3 < sentenceEnd; i++) {
        if (cover[i] != HARD || owner[i] < 0 || owner[i + 1] == owner[i] || !is(i + 1, "in") || !is(i + 2, "the")
            || !tokens.has(i + 1, TokenFlags.ALL_LOWER) || !tokens.has(i + 2, TokenFlags.ALL_LOWER)) {
          continue;
        }
        int k = i + 3;
        int q = k;
        while (q < sentenceEnd && q - k < 3 && (cover[q] == FREE || cover[q] == SOFT) && isPlainCapitalized(q)
            && !isCapitalizedNonName(q) && !tokens.has(q, TokenFlags.GLUE_CASE)) {
          q++;
        }
        if (q == k || q < sentenceEnd && (tokens.has(q, TokenFlags.CAPITALIZED) && !isCapitalizedNonName(q)
            || is(q, "and") || is(q, "of") || in(q, NameWords.C_GPE_HEADS | NameWords.C_LOC_HEADS)
            || is(q, "region") || is(q, "regions") || is(q, "area") || is(q, "areas") || is(q, "zone")
            || is(q, "border") || is(q, "countries") || is(q, "belt"))) {
          continue;
        }
        if (!isKbOrg(owner[i]) || ws.mentions().get(owner[i]).end() != tokens.end(i)) {
          continue;
        }
        int e = entry(owner[i]);
        if (e < 0 || !"armed_group".equals(kb.attributeOrNull(e, "kind"))) {
          continue;
        }
        int first = i;
        while (first > sentenceFirst && owner[first - 1] == owner[i]) {
          first--;
        }
        if (ws.mentions().get(owner[i]).start() != tokens.start(first)) {
          continue;
        }
        for (int t = first; t < q; t++) {
          cover[t] = CLAIMED;
        }
        add(first, q, EntityType.ORG, STRONG, "ner.org.branch", false);
        i = q - 1;
      }
    }

    /**
     * "Popular Front for the Liberation of Palestine", "General Confederation of Labour": a one-word
     * knowledge-base organization that is an English word ("Liberation", a newspaper; "Labour", a
     * party), after an organization's head and "of" or "for" (and "the"), that ends the name or is
     * followed by "of" and a capitalized word, is a word of the longer name: it is freed so that the run
     * is read whole (its mention stays if the run gets no type). Not after a title ("Minister of
     * Labour") nor a lower-case noun ("the rise of Labour").
     */
    void freeWordOrgsInsideNames() {
      for (int i = sentenceFirst + 2; i < sentenceEnd; i++) {
        if (cover[i] != HARD || owner[i] < 0 || owner[i - 1] == owner[i]
            || i + 1 < sentenceEnd && owner[i + 1] == owner[i] || !isPlainCapitalized(i)) {
          continue;
        }
        int p = i - 1;
        if (is(p, "the") && tokens.has(p, TokenFlags.ALL_LOWER)) {
          p--;
        }
        if (p - 1 < sentenceFirst || !(is(p, "for") || is(p, "of")) || !tokens.has(p, TokenFlags.ALL_LOWER)
            || cover[p - 1] == HARD || !tokens.has(p - 1, TokenFlags.CAPITALIZED)
            || !in(p - 1, NameWords.C_ORG_HEADS | NameWords.C_ORG_OF_HEADS)) {
          continue;
        }
        boolean ends = i + 1 >= sentenceEnd || !tokens.has(i + 1, TokenFlags.CAPITALIZED)
            && !(is(i + 1, "of") && i + 2 < sentenceEnd && !tokens.has(i + 2, TokenFlags.CAPITALIZED));
        if (ends && isKbOrg(owner[i]) && (isDictionaryWord(i) || isBritishSpelling(i))) {
          cover[i] = FREE;
        }
      }
    }

    /** "Labour", "Defence": a word of the English list in its British spelling (-our, -ence). */
    boolean isBritishSpelling(int i) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      if (e - s < 5) {
        return false;
      }
      String w = text.substring(s, e);
      if (w.endsWith("our")) {
        String us = w.substring(0, w.length() - 2) + "r";
        return NameWords.isEnglishWord(us, 0, us.length());
      }
      if (w.endsWith("ence")) {
        String us = w.substring(0, w.length() - 2) + "se";
        return NameWords.isEnglishWord(us, 0, us.length());
      }
      return false;
    }

    /** Whether mention {@code m} is a knowledge-base organization's. */
    boolean isKbOrg(int m) {
      Mention mention = ws.mentions().get(m);
      return mention.type().equals(EntityType.ORG) && mention.rule().equals("kb");
    }

    /** The first token from {@code k} that is not a capitalized legal form ("Co", "Plc", "AG") of a company. */
    int legalFormsEnd(int k) {
      while (k < sentenceEnd && cover[k] == FREE && tokens.has(k, TokenFlags.CAPITALIZED)
          && NameWords.LEGAL_FORMS.contains(text, tokens.start(k), tokens.end(k))) {
        k++;
      }
      return k;
    }

    /**
     * "Ford Motor Co", "Samsung Electronics Co Ltd": a knowledge-base organization followed by legal
     * forms names the same company: its mention is extended over them (keeping its id) and they are
     * covered, so they are not read as a name of their own ("Co" is no person).
     */
    void extendCompaniesOverLegalForms() {
      for (int i = sentenceFirst; i < sentenceEnd; i++) {
        if (cover[i] != HARD || owner[i] < 0 || i + 1 < sentenceEnd && owner[i + 1] == owner[i]) {
          continue; // only at the last token of a mention
        }
        Mention m = ws.mentions().get(owner[i]);
        int q = legalFormsEnd(i + 1);
        if (q == i + 1 || !m.type().equals(EntityType.ORG) || !m.rule().equals("kb") || m.end() != tokens.end(i)
            || q < sentenceEnd && tokens.has(q, TokenFlags.CAPITALIZED) && !isCapitalizedNonName(q)) {
          continue;
        }
        int end = tokens.end(q - 1);
        if (q < sentenceEnd && is(q, ".") && tokens.start(q) == end && !isSentenceEndToken(q)) {
          end = tokens.end(q); // "Co." inside a sentence
        }
        Mention longer = Mention.builder(new Span(m.start(), end), text.substring(m.start(), end), m.type())
            .rule(m.rule()).attributes(m.attributes()).build();
        ws.mentions().set(owner[i], longer);
        for (int t = i + 1; t < q; t++) {
          owner[t] = owner[i];
          cover[t] = HARD;
        }
        i = q - 1;
      }
    }

    /** Whether token {@code k} is the last of its sentence. */
    boolean isSentenceEndToken(int k) {
      return k + 1 >= sentenceEnd;
    }

    /**
     * "the President of the Republic", "the Union": a one-word minor town that is an English word, after
     * a lower-case "the", is the word; "MOL": a minor town in capitals is an acronym. Their place
     * mentions are dropped and the tokens freed.
     */
    void dropTownsAfterThe() {
      for (int i = sentenceFirst + 1; i < sentenceEnd; i++) {
        if (cover[i] != SOFT || !isMinorPlaceToken(i, false) || !tokens.has(i, TokenFlags.CAPITALIZED)) {
          continue;
        }
        boolean acronym = tokens.has(i, TokenFlags.ALL_UPPER) && tokens.end(i) - tokens.start(i) >= 2
            && !NameWords.isProperName(text, tokens.start(i), tokens.end(i));
        boolean word = !tokens.has(i, TokenFlags.ALL_UPPER) && is(i - 1, "the") && tokens.has(i - 1, TokenFlags.ALL_LOWER)
            && isDictionaryWord(i) && !(i + 1 < sentenceEnd && tokens.has(i + 1, TokenFlags.CAPITALIZED));
        if (acronym || word) {
          dropped.set(owner[i]);
          cover[i] = FREE;
        }
      }
    }

    /**
     * "Southern California", "Eastern Anatolia": a capitalized direction before a knowledge-base place
     * names a part of it, a place of the same type but not the same one.
     */
    void findDirectionalPlaces() {
      for (int i = sentenceFirst; i + 1 < sentenceEnd; i++) {
        boolean northSouth = is(i, "North") || is(i, "South");
        if (!(cover[i] == FREE || cover[i] == SOFT) || !isPlainCapitalized(i) || cover[i + 1] != SOFT
            || owner[i + 1] < 0 || owner[i + 1] == owner[i]
            || !(northSouth || in(i, NameWords.C_DIRECTIONS))) {
          continue;
        }
        Mention place = ws.mentions().get(owner[i + 1]);
        // "South Korean", "North Korean": the demonym of the half of a divided country.
        boolean demonym = northSouth && place.type().equals(EntityType.NORP);
        if (place.start() != tokens.start(i + 1)
            || !(demonym || in(i, NameWords.C_DIRECTIONS)
                && (place.type().equals(EntityType.GPE) || place.type().equals(EntityType.LOC)))) {
          continue;
        }
        int j = i + 1;
        while (j < sentenceEnd && tokens.start(j) < place.end()) {
          j++;
        }
        if (j < sentenceEnd && tokens.has(j, TokenFlags.CAPITALIZED) && !isCapitalizedNonName(j)
            && !(demonym && (isTitleFirstWord(j) || in(j, NameWords.C_ORG_OF_HEADS | NameWords.C_NATIONAL_BODIES)))) {
          continue; // "Southern California Edison": a longer name ("South Korean President Yoon" is not)
        }
        for (int k = i; k < j; k++) {
          cover[k] = CLAIMED;
        }
        Candidate c = addCandidate(i, j, place.type(), STRONG, "ner.place.part", false);
        c.distinct = true;
        i = j - 1;
      }
    }

    /**
     * "President Bush", "Wright said", "Clinton, who...": a one-word minor town after a title, or a
     * known surname that is also a minor town with a person's cue, names a person; not after "in",
     * "at", "of" or "from" ({@link #mayBeSpeaker}).
     */
    void findSurnamesReadAsTowns() {
      for (int i = sentenceFirst; i < sentenceEnd; i++) {
        if (cover[i] != SOFT || !isPlainCapitalized(i) || !isMinorPlaceToken(i, false)
            || i + 1 < sentenceEnd && tokens.has(i + 1, TokenFlags.CAPITALIZED)) {
          continue;
        }
        boolean title = titleBefore(i) > 0;
        int s = tokens.start(i);
        int e = tokens.end(i);
        boolean known = kb.surnames().contains(text, s, e) || NameWords.isProperName(text, s, e);
        if (title || known && mayBeSpeaker(i)
            && (speechVerbAfter(i + 1) || personVerbAfter(i + 1) || isApposition(i + 1))
            || victimOrKinCue(i)) {
          cover[i] = CLAIMED;
          add(i, i + 1, EntityType.PERSON, title ? STRONG : WEAK, title ? "ner.person.title" : "ner.person.name.cue", false);
        }
      }
    }

    /**
     * "shot Lincoln in the back", "the assassination of Mendes,", "Anderson's sister": one capitalized
     * word that a verb of killing or kidnapping takes as its object, that a noun of killing takes after
     * "of", or whose possessive a kinship noun follows, is a person, whatever town it also names. The
     * word must end the name (a preposition, punctuation or the possessive after it): "killing Gaza
     * residents" names the place.
     */
    boolean victimOrKinCue(int i) {
      int n = i + 1;
      if (n < sentenceEnd && (is(n, "'s") || is(n, "’s"))) {
        return n + 1 < sentenceEnd && tokens.has(n + 1, TokenFlags.ALL_LOWER)
            && NameWords.KIN_NOUNS.contains(text, tokens.start(n + 1), tokens.end(n + 1));
      }
      if (n < sentenceEnd && tokens.kind(n) == TokenKind.WORD
          && !(is(n, "in") || is(n, "on") || is(n, "at") || is(n, "during") || is(n, "after") || is(n, "before")
              || is(n, "with") || is(n, "and") || is(n, "as") || is(n, "while") || is(n, "when"))) {
        return false;
      }
      int k = i - 1;
      if (k < sentenceFirst || !tokens.has(k, TokenFlags.ALL_LOWER)) {
        return false;
      }
      if (NameWords.VICTIM_VERBS.contains(text, tokens.start(k), tokens.end(k))) {
        return true;
      }
      return is(k, "of") && k - 1 >= sentenceFirst && tokens.has(k - 1, TokenFlags.ALL_LOWER)
          && NameWords.VICTIM_NOUNS.contains(text, tokens.start(k - 1), tokens.end(k - 1));
    }

    /**
     * "Truong My Lan", "Do Minh Tuan": a Vietnamese, Chinese or Korean surname and two short
     * capitalized syllables are a person's name, whatever the syllables also mean in English.
     */
    void findSurnameFirstNames() {
      // Only plain capitalized tokens pass the first test: the sentence's list of them (see readSentence).
      int next = sentenceFirst;
      for (int x = 0; x < capCount; x++) {
        final int i = caps[x];
        if (i < next) {
          continue;
        }
        if (i + 2 >= sentenceEnd) {
          break;
        }
        if (!(cover[i] == FREE || cover[i] == SOFT && isMinorPlaceToken(i, false)) || !isPlainCapitalized(i)) {
          continue;
        }
        int j = i + 1;
        while (j < sentenceEnd && j - i <= 2 && (cover[j] == FREE || cover[j] == SOFT && isMinorPlaceToken(j, false))
            && isPlainCapitalized(j) && !tokens.has(j, TokenFlags.GLUE_CASE)
            && tokens.end(j) - tokens.start(j) <= 6 && (tokens.end(j) - tokens.start(j) <= 3 || !isDictionaryWord(j))) {
          j++;
        }
        // The surname table is asked last: the shape test above is cheaper and rarely passes.
        if (j - i == 3 && !(j < sentenceEnd && tokens.has(j, TokenFlags.CAPITALIZED)) && isSurnameFirstCulture(i)) {
          for (int k = i; k < j; k++) {
            cover[k] = CLAIMED;
          }
          add(i, j, EntityType.PERSON, MEDIUM, "ner.person.surname_first", false);
          next = j;
        }
      }
    }

    boolean isSurnameFirstCulture(int i) {
      for (int row : kb.surnames().rows(text.subSequence(tokens.start(i), tokens.end(i)))) {
        String culture = kb.surnames().attributes(row).get("culture");
        if ("vi".equals(culture) || "zh".equals(culture) || "ko".equals(culture)) {
          return true;
        }
      }
      return false;
    }

    /** In a headline, a one-word minor town that is also an English word ("Deal", "Split") is the word. */
    void dropTownsThatAreWords() {
      for (int i = sentenceFirst; i < sentenceEnd; i++) {
        if (cover[i] == SOFT && owner[i] >= 0 && isDictionaryWord(i)) {
          Mention m = ws.mentions().get(owner[i]);
          if (m.type().equals(EntityType.GPE) && m.start() == tokens.start(i) && m.end() == tokens.end(i)
              && isMinorTown(entry(owner[i]))) {
            dropped.set(owner[i]);
            cover[i] = FREE;
          }
        }
      }
    }

    /** Whether knowledge-base entry {@code e} (or -1) is a city, no capital, of under a million people. */
    boolean isMinorTown(int e) {
      return e >= 0 && minorTown[e];
    }

    /**
     * The knowledge-base entry of mention {@code m} (an index into the workspace's mentions as they
     * were when the pass began), or -1 when it has no {@code kb_id} or the knowledge base has no such
     * id: noted by the knowledge-base stage, else looked up by id once.
     */
    int entry(int m) {
      int e = entryOfMention[m];
      if (e == UNKNOWN_ENTRY) {
        String id = ws.mentions().get(m).attributes().get("kb_id");
        e = id == null ? -1 : kb.indexOf(id);
        entryOfMention[m] = e;
      }
      return e;
    }

    // ------------------------------------------------------------------ runs

    void scanSentence() {
      int i = sentenceFirst;
      while (i < sentenceEnd) {
        if (isOrdinalBeforePlaceName(i)) {
          int j = extendRun(i); // "the Second Thomas Shoal"
          classifyRun(i, j);
          i = Math.max(j, i + 1);
          continue;
        }
        if (!isNamePart(i) || cover[i] == FREE && isCapitalizedNonName(i)) {
          i++; // a capitalized function word ("The", "Our") opens no name but may precede one
          continue;
        }
        int j = extendRun(i);
        classifyRun(i, j);
        i = Math.max(j, i + 1);
      }
    }

    /**
     * "Second" in "the Second Thomas Shoal", "the Second World War": a capitalized ordinal after "the",
     * before a name that ends with a location's, a facility's or an event's head, is part of the name.
     */
    boolean isOrdinalBeforePlaceName(int i) {
      if (cover[i] != FREE || i == sentenceFirst || !is(i - 1, "the")
          || !(is(i, "First") || is(i, "Second") || is(i, "Third")) || !isPlainCapitalized(i)) {
        return false;
      }
      int j = i + 1;
      while (j < sentenceEnd && j - i <= 4 && cover[j] == FREE && isPlainCapitalized(j) && !isCapitalizedNonName(j)) {
        j++;
      }
      return j > i + 1 && in(j - 1, NameWords.C_LOC_HEADS | NameWords.C_FAC_HEADS | NameWords.C_EVENT_HEADS);
    }

    /** The end of the run of name parts starting at {@code i}. */
    int extendRun(int i) {
      int j = i + 1;
      int limit = Math.min(sentenceEnd, i + MAX_RUN_TOKENS);
      while (j < limit) {
        if (tokens.has(j, TokenFlags.GLUE_CASE) || cover[j] == HARD) {
          break; // glue marks a lost boundary: "ChinaRussian" is two names
        }
        if (isNamePart(j)) {
          if (cover[j] == FREE && isCapitalizedNonName(j)) {
            break; // "... Peskov The exchange": a lost period
          }
          j++;
          continue;
        }
        int k = skipConnectors(j);
        if (k > j && k < sentenceEnd && isNamePart(k) && cover[k] != HARD && !tokens.has(k, TokenFlags.GLUE_CASE)
            && (!isCapitalizedNonName(k)
                || isPlaceAfterOrgConnector(k)
                || is(k, "Other") && is(k - 1, "and") && k + 1 < sentenceEnd
                && isNamePart(k + 1) && cover[k + 1] != HARD)) {
          j = k + 1; // "Banks and Other Financial Institutions Act"
          continue;
        }
        int list = portfolioListEnd(i, j);
        if (list > j) {
          j = list; // "Ministry of Agriculture, Livestock and Fisheries"
          continue;
        }
        if (tokens.kind(j) == TokenKind.NUMBER && j + 1 < sentenceEnd && cover[j] == FREE
            && (isNamePart(j + 1) && cover[j + 1] != HARD || isFacilityWord(j + 1) || isProductWord(j + 1))) {
          j++; // "Power of Siberia 2 gas pipeline", "Nord Stream 2 AG"
          continue;
        }
        break;
      }
      return j;
    }

    /**
     * "..., Livestock and Fisheries" after "Ministry of Agriculture": a comma, then capitalized
     * dictionary words up to "and" and one more, when the run so far has an organization's "X of";
     * the end of the list, or {@code j} when there is none.
     */
    int portfolioListEnd(int i, int j) {
      if (!is(j, ",")) {
        return j;
      }
      boolean of = false;
      for (int k = i; k + 1 < j; k++) {
        of |= is(k + 1, "of") && in(k, NameWords.C_ORG_OF_HEADS | NameWords.C_ORG_HEADS);
      }
      if (!of) {
        return j;
      }
      int k = j + 1;
      int words = 0;
      while (k < sentenceEnd && words < 4 && isPortfolioWord(k)) {
        k++;
        words++;
        if (k < sentenceEnd && is(k, ",")) {
          k++;
        }
      }
      if (words == 0 || k + 1 >= sentenceEnd || !is(k, "and") || !isPortfolioWord(k + 1)) {
        return j;
      }
      return k + 2;
    }

    /**
     * The end of the portfolio that starts at {@code k}, within {@code [k, b)}: free capitalized
     * dictionary words that are not given names ("Foreign Affairs", "Defence"), with "the" and "and"
     * between them and, when {@code forInside}, "for" after one of them ("Economy for the Regions").
     * The portfolio names one only if a word of it is capitalized ({@link #hasCapitalized}).
     */
    int portfolioEnd(int k, int b, boolean forInside) {
      boolean named = false;
      while (k < b && cover[k] == FREE && (is(k, "the") || is(k, "and") || forInside && named && is(k, "for")
          || tokens.has(k, TokenFlags.CAPITALIZED) && (isDictionaryWord(k) || isBritishSpelling(k)) && !isGivenName(k))) {
        named |= tokens.has(k, TokenFlags.CAPITALIZED);
        k++;
      }
      return k;
    }

    /** Whether a token of {@code [from, to)} is capitalized. */
    boolean hasCapitalized(int from, int to) {
      for (int i = from; i < to; i++) {
        if (tokens.has(i, TokenFlags.CAPITALIZED)) {
          return true;
        }
      }
      return false;
    }

    /** A free capitalized dictionary word, not a function word: "Livestock", "Petroleum". */
    boolean isPortfolioWord(int k) {
      return cover[k] == FREE && isPlainCapitalized(k) && isDictionaryWord(k) && !isCapitalizedNonName(k)
          && !tokens.has(k, TokenFlags.GLUE_CASE);
    }

    /**
     * "Institute for Near East Policy", "Bank of New Zealand": a knowledge-base place of two or more
     * capitalized words whose first is a function word ("Near", "New"), after "for", or after "of" and
     * an organization's head that is no legal form (not "Continental Grain Co of New York").
     */
    boolean isPlaceAfterOrgConnector(int k) {
      if (cover[k] != SOFT || k + 1 >= sentenceEnd || owner[k + 1] != owner[k] || !tokens.has(k + 1, TokenFlags.CAPITALIZED)
          || k - 2 < sentenceFirst) {
        return false;
      }
      return is(k - 1, "for") || is(k - 1, "of") && tokens.has(k - 2, TokenFlags.CAPITALIZED)
          && in(k - 2, NameWords.C_ORG_HEADS | NameWords.C_ORG_OF_HEADS)
          && !NameWords.LEGAL_FORMS.contains(text, tokens.start(k - 2), tokens.end(k - 2));
    }

    /** Skips connectors inside a name: "of", "of the", "for", "and", "&", "'s", particles. */
    int skipConnectors(int j) {
      int k = j;
      int limit = Math.min(sentenceEnd, j + 3);
      // "of" inside a place's name ("District of Columbia", "Bosnia and Herzegovina") joins its words too
      while (k < limit && (cover[k] == FREE || cover[k] == SOFT && k > sentenceFirst && owner[k] >= 0
          && owner[k - 1] == owner[k])) {
        int s = tokens.start(k);
        int e = tokens.end(k);
        boolean lower = tokens.has(k, TokenFlags.ALL_LOWER);
        if (lower && (is(k, "of") || is(k, "for") || is(k, "and") || is(k, "on") || in(k, NameWords.C_PARTICLES))) {
          k++;
        } else if (k > j && lower && is(k, "the") && (is(k - 1, "of")
            || is(k - 1, "on") && k - 2 >= 0 && (isCommittee(k - 2) || in(k - 2, NameWords.C_LAW_HEADS))
            || is(k - 1, "for") && k - 2 >= sentenceFirst && tokens.has(k - 2, TokenFlags.CAPITALIZED)
                && in(k - 2, NameWords.C_ORG_HEADS | NameWords.C_ORG_OF_HEADS))) {
          // "Front for the Liberation of ...", "Foundation for the Advancement of ..."
          k++;
        } else if (tokens.has(k, TokenFlags.CLITIC) && is(k, "'s") || tokens.kind(k) == TokenKind.SYMBOL && is(k, "&")
            || isPluralPossessive(k)) {
          k++;
        } else {
          break;
        }
      }
      return k;
    }

    /**
     * "Doctors' Union", "Workers' Party": an apostrophe glued to a capitalized plural, before a
     * capitalized organization head, inside one name.
     */
    boolean isPluralPossessive(int k) {
      if (k == 0 || k + 1 >= sentenceEnd || !(is(k, "'") || is(k, "\u2019")) || tokens.has(k, TokenFlags.SPACE_BEFORE)
          || !tokens.has(k - 1, TokenFlags.CAPITALIZED) || text.charAt(tokens.end(k - 1) - 1) != 's'
          || !tokens.has(k + 1, TokenFlags.CAPITALIZED) || in(k - 1, NameWords.C_ORG_HEADS) || !isDictionaryWord(k - 1)) {
        return false; // not "Development Partners' Saxon Oil Co": a company's own company
      }
      int h = k + 1; // the name's last word, one or two words on, must be an organization's head
      while (h + 1 < sentenceEnd && h < k + 3 && tokens.has(h + 1, TokenFlags.CAPITALIZED)) {
        h++;
      }
      return h < k + 3 && in(h, NameWords.C_ORG_HEADS);
    }

    boolean isNamePart(int i) {
      if (cover[i] == HARD || cover[i] == CLAIMED) {
        return false;
      }
      TokenKind kind = tokens.kind(i);
      int f = tokens.flags(i);
      if (kind == TokenKind.WORD) {
        if ((f & TokenFlags.CAPITALIZED) != 0) {
          return (f & TokenFlags.HYPHENATED) == 0 || !compoundTailIn(i, NameWords.COMPOUND_MODIFIER_TAILS);
        }
        // "al-Assad", "bin-Zayed": a lower-case particle glued to a capitalized name
        int s = tokens.start(i);
        if ((f & TokenFlags.HYPHENATED) == 0) {
          return false;
        }
        int dash = indexOfDash(s, tokens.end(i));
        return dash > s && dash + 1 < tokens.end(i) && Character.isUpperCase(text.charAt(dash + 1))
            && NameWords.PARTICLES.contains(text, s, dash);
      }
      if (kind == TokenKind.ABBREVIATION && (f & TokenFlags.CAPITALIZED) != 0) {
        return isInitial(i) || in(i, NameWords.C_ORG_HEADS)
            || i > sentenceFirst && (is(i, "Jr.") || is(i, "Sr.")) && isNamePart(i - 1); // "Martin Luther King Jr."
      }
      return false;
    }

    boolean isInitial(int i) {
      return tokens.kind(i) == TokenKind.ABBREVIATION
          && tokens.end(i) - tokens.start(i) == 2
          && Character.isUpperCase(text.charAt(tokens.start(i)));
    }

    boolean isCapitalizedNonName(int i) {
      // A word marked a given name before a surname ("Will Rogers") is a name.
      return in(i, NameWords.C_NON_NAMES) && !isInitial(i) && (wordMemo[i] & GIVEN_IN_CONTEXT) == 0;
    }

    boolean isProductWord(int i) {
      return tokens.has(i, TokenFlags.ALL_LOWER)
          && in(i, NameWords.C_PRODUCT_HEADS);
    }

    boolean isFacilityWord(int i) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      return tokens.has(i, TokenFlags.ALL_LOWER)
          && in(i, NameWords.C_FAC_MODIFIERS | NameWords.C_FAC_HEADS);
    }

    // ------------------------------------------------------------------ classification

    void classifyRun(int a, int b) {
      // Trim connectors at the end: "Russia and" is not a name. Numbers stay for a facility tail.
      while (b > a && !isNamePart(b - 1) && tokens.kind(b - 1) != TokenKind.NUMBER) {
        b--;
      }
      // "Dr. Alain Farley of McGill University": a person's name, then "of" and where they work.
      for (int k = a + 2; k + 1 < b; k++) {
        if (is(k, "of") && cover[k] == FREE && hasFreeToken(a, k)
            && (hasPersonShape(a, k) || titleBefore(a) > 0 && allFree(a, k) && !hasOrgHead(a, k))) {
          classifyPart(a, k); // "James G. Blight and David A. Welch of Harvard University": two people
          int o = is(k + 1, "the") ? k + 2 : k + 1;
          if (o < b) {
            classifyPart(o, b);
          }
          return;
        }
      }
      // "Chairman of the Federation of Economic Organisations": a title and "of" before an organization.
      int lead = titleAt(a, b);
      if (lead > 0 && a + lead + 1 < b && is(a + lead, "of") && !in(a, NameWords.C_PORTFOLIO_TITLES)) {
        int o = is(a + lead + 1, "the") ? a + lead + 2 : a + lead + 1;
        if (o < b) {
          classifyPart(o, b);
        }
        return;
      }
      // The same with the title in lower case, outside the run, as translated news writes it: "the
      // Hungarian minister of Foreign Affairs Péter Szijjártó", "the minister for Energy Transition
      // Agnès Pannier-Runacher".
      if (a - 2 >= sentenceFirst && (is(a - 1, "of") || is(a - 1, "for")) && tokens.has(a - 2, TokenFlags.ALL_LOWER)
          && in(a - 2, NameWords.C_PORTFOLIO_TITLES)) {
        // "the minister of State for Petroleum Resources Ekpo Umoh": "for" inside the portfolio.
        int k = portfolioEnd(a, b, true);
        // What follows must look like a person's name, not the rest of a company's ("the secretary of
        // Century Resources Inc.").
        if (hasCapitalized(a, k) && b - k >= 2 && b - k <= 4 && hasFreeToken(k, b) && (hasPersonShape(k, b) || allNonDictionary(k, b))) {
          addPerson(k, b, STRONG, "ner.person.title");
          return;
        }
      }
      // "Minister of Foreign Affairs Péter Szijjártó", "Minister for Development Svenja Schulze": the
      // portfolio is dictionary words, the name that follows is not.
      for (int t = a; t + 3 < b; t++) {
        if (cover[t] != FREE || !in(t, NameWords.C_PORTFOLIO_TITLES)
            || !(is(t + 1, "of") || is(t + 1, "for"))) {
          continue;
        }
        int k = portfolioEnd(t + 2, b, true);
        if (!hasCapitalized(t + 2, k) && k > t + 2 && k < b) {
          // "Prime Minister of the Salomon Islands": no portfolio, the words after "of the" name a place.
          if (t > a) {
            classifyPart(a, t);
          }
          classifyPart(k, b);
          return;
        }
        if (k > t + 2 && k < b && b - k <= 4 && hasFreeToken(k, b)) {
          if (t > a) {
            classifyPart(a, t);
          }
          addPerson(k, b, STRONG, "ner.person.title");
          return;
        }
      }
      // A title inside the run ends the name before it: "Nordvik Energy Chief Executive Anna Lindqvist".
      for (int t = a + 1; t < b; t++) {
        int len = titleAt(t, b);
        if (len > 0 && t + len < b && isNamePart(t) && cover[t] == FREE) {
          classifyRun(a, t);
          classifyPart(t, b);
          return;
        }
      }
      classifyPart(a, b);
    }

    void classifyPart(int a, int b) {
      while (a < b && cover[a] == FREE && isCapitalizedNonName(a) && !isOrdinalBeforePlaceName(a)) {
        a++;
      }
      // "Shares of Deutsche Lufthansa AG": a sentence's first word, a common noun, is not the name's.
      if (a + 1 < b && cover[a] == FREE && isSentenceInitial(a) && isDictionaryWord(a)
          && tokens.has(a + 1, TokenFlags.ALL_LOWER) && !isGivenName(a)
          && !in(a, NameWords.C_ORG_OF_HEADS)
          && !in(a, NameWords.C_LOC_PREFIXES) && !is(a, "Port")) {
        a = skipConnectors(a + 1);
      }
      if (a >= b) {
        return;
      }
      if (!hasFreeToken(a, b)) {
        // "Jamnagar refinery", "Wadi Seidna air base": a minor town names a facility.
        if (allMinorTowns(a, b) && !facilityTail(a, b) && b - a == 1 && orgCueBefore(a)) {
          add(a, b, EntityType.ORG, MEDIUM, "ner.org.cue", isSentenceInitial(a)); // "the group Sanford"
        }
        return;
      }
      if (placeOfBefore(a) && !hasPersonShape(a, b) && b - a <= 5) {
        // "the province of Cotabambas", "the communities of Fuerabamba and Huancuire": every free
        // stretch is a place.
        for (int p = a; p < b; ) {
          while (p < b && !(cover[p] == FREE && isPlainCapitalized(p))) {
            p++;
          }
          int q = p;
          while (q < b && cover[q] == FREE && isPlainCapitalized(q) && !isCapitalizedNonName(q)) {
            q++;
          }
          if (q > p && q - p <= 3 && !isHeadWord(q - 1)) {
            add(p, q, EntityType.GPE, MEDIUM, "ner.gpe.of", false);
          }
          p = Math.max(q, p + 1);
        }
        return;
      }
      if (facilityOfBefore(a) && allFree(a, b) && !hasPersonShape(a, b) && b - a <= 3) {
        add(a, b, EntityType.FAC, MEDIUM, "ner.fac.of", false); // "the copper mine of Las Bambas"
        return;
      }
      if (facilityTail(a, b) || productTail(a, b)) {
        return;
      }
      while (b > a && !isNamePart(b - 1)) {
        b--;
      }
      if (a >= b || classifyByHead(a, b)) {
        return;
      }
      if (hasSoftToken(a, b)) {
        // "the developer Baltic Breeze": a company noun or a defined acronym types the whole run,
        // places included; else remember the run, in case the article types it elsewhere.
        if (orgCueBefore(a) || acronymAfter(a, b) != null) {
          add(a, b, EntityType.ORG, MEDIUM, "ner.org.cue", isSentenceInitial(a));
          return;
        }
        if (b - a <= 4) {
          softRuns.add(new int[] {a, b});
        }
      }
      // No head covers the run: its free stretches between places, connectors and clitics are names
      // of their own ("Russia and Tsai Ing-wen").
      int p = a;
      while (p < b) {
        while (p < b && (cover[p] != FREE || !isNamePart(p))) {
          p++;
        }
        int q = p;
        while (q < b && cover[q] == FREE && (isNamePart(q) || isParticleInside(q, b))) {
          q++;
        }
        if (q > p) {
          classifySegment(p, q);
        }
        p = q;
      }
    }

    /** "the province of X", "the port of X": a lower-case noun for a place and "of" before. */
    boolean placeOfBefore(int a) {
      if (a - 2 < sentenceFirst || !is(a - 1, "of") || !tokens.has(a - 2, TokenFlags.ALL_LOWER)) {
        return false;
      }
      int k = a - 2;
      return is(k, "province") || is(k, "provinces") || is(k, "region") || is(k, "district") || is(k, "town")
          || is(k, "towns") || is(k, "city") || is(k, "village") || is(k, "villages") || is(k, "municipality")
          || is(k, "port") || is(k, "community") || is(k, "communities") || is(k, "commune") || is(k, "county")
          || is(k, "prefecture");
    }

    /** "the copper mine of X", "the refinery of X": a lower-case facility noun and "of" before. */
    boolean facilityOfBefore(int a) {
      return a - 2 >= sentenceFirst && is(a - 1, "of") && tokens.has(a - 2, TokenFlags.ALL_LOWER)
          && (is(a - 2, "mine") || is(a - 2, "refinery") || is(a - 2, "smelter") || is(a - 2, "dam")
              || is(a - 2, "pit") || is(a - 2, "oilfield"));
    }

    boolean isParticleInside(int q, int b) {
      return q + 1 < b && tokens.has(q, TokenFlags.ALL_LOWER)
          && in(q, NameWords.C_PARTICLES)
          && (isNamePart(q + 1) || isParticleInside(q + 1, b));
    }

    /** Whether tokens {@code [a, h)} are knowledge-base NORP mentions ("Russian", "South Korean"). */
    boolean isDemonymMention(int a, int h) {
      for (int i = a; i < h; i++) {
        if (cover[i] != SOFT || owner[i] < 0 || !ws.mentions().get(owner[i]).type().equals(EntityType.NORP)) {
          return false;
        }
      }
      return true;
    }

    boolean allFree(int a, int b) {
      for (int i = a; i < b; i++) {
        if (cover[i] != FREE) {
          return false;
        }
      }
      return true;
    }

    boolean hasOrgHead(int a, int b) {
      for (int i = a; i < b; i++) {
        if (in(i, NameWords.C_ORG_HEADS)
            || in(i, NameWords.C_ORG_OF_HEADS)) {
          return true;
        }
      }
      return false;
    }

    boolean hasFreeToken(int a, int b) {
      for (int i = a; i < b; i++) {
        if (cover[i] == FREE && isNamePart(i)) {
          return true;
        }
      }
      return false;
    }

    boolean hasSoftToken(int a, int b) {
      for (int i = a; i < b; i++) {
        if (cover[i] == SOFT) {
          return true;
        }
      }
      return false;
    }

    /** "Committee on Foreign Relations", "Commission on Human Rights". */
    boolean isCommittee(int k) {
      return is(k, "Committee") || is(k, "Commission") || is(k, "Council") || is(k, "Subcommittee");
    }

    boolean allMinorTowns(int a, int b) {
      for (int i = a; i < b; i++) {
        if (cover[i] == HARD || cover[i] == SOFT && !isMinorPlaceToken(i, false)) {
          return false;
        }
      }
      return true;
    }

    /**
     * A name before a kind of product: "Challenger 2 tanks", "Mohajer drones", "Hwasong-18 solid-fuel
     * missile". The product is the name without the places before it ("German Leopard tanks").
     */
    boolean productTail(int a, int b) {
      int tail = b;
      int modifiers = 0;
      while (tail < sentenceEnd && modifiers < 2 && cover[tail] == FREE && tokens.has(tail, TokenFlags.ALL_LOWER)
          && in(tail, NameWords.C_PRODUCT_MODIFIERS)) {
        tail++;
        modifiers++;
      }
      if (tail >= sentenceEnd || cover[tail] != FREE || !tokens.has(tail, TokenFlags.ALL_LOWER)
          || !in(tail, NameWords.C_PRODUCT_HEADS)) {
        return false;
      }
      while (a < b && cover[a] != FREE) {
        a++;
      }
      if (a >= b || b - a > 3) {
        return false;
      }
      return add(a, b, EntityType.PRODUCT, STRONG, "ner.product.head", isSentenceInitial(a));
    }

    /** A lower-case facility or location tail: "Druzhba pipeline", "Power of Siberia 2 gas pipeline". */
    boolean facilityTail(int a, int b) {
      boolean initial = isSentenceInitial(a);
      int tail = b;
      int modifiers = 0;
      while (tail < sentenceEnd && modifiers < 3 && cover[tail] == FREE && tokens.has(tail, TokenFlags.ALL_LOWER)
          && in(tail, NameWords.C_FAC_MODIFIERS)) {
        tail++;
        modifiers++;
      }
      if (tail < sentenceEnd && cover[tail] == FREE && tokens.has(tail, TokenFlags.ALL_LOWER)) {
        int s = tokens.start(tail);
        int e = tokens.end(tail);
        if (in(tail, NameWords.C_FAC_HEADS) && !is(tail, "line") && !is(tail, "road")
            && (!is(tail, "base") || modifiers > 0)
            && !is(tail, "complex") && !is(tail, "building") && !is(tail, "station")) {
          return add(a, tail + 1, EntityType.FAC, STRONG, "ner.fac.head", initial);
        }
        if (modifiers == 0 && in(tail, NameWords.C_LOC_HEADS) && (is(tail, "river") || is(tail, "sea")
            || is(tail, "mountains") || is(tail, "valley") || is(tail, "basin") || is(tail, "delta")
            || is(tail, "atoll") || is(tail, "lagoon") || is(tail, "reef") || is(tail, "glacier")
            || is(tail, "volcano") || is(tail, "plateau"))) {
          return add(a, tail + 1, EntityType.LOC, STRONG, "ner.loc.head", initial);
        }
        // "the COP30 summit", "the Perumin convention": a name no table knows before a kind of event
        // ("the Paris summit" names a city, not an event).
        if (modifiers == 0 && in(tail, NameWords.C_EVENT_TAILS) && allFree(a, b) && b - a <= 3
            && !in(b - 1, NameWords.C_ORG_HEADS)
            && a > sentenceFirst && is(a - 1, "the") && !hasPersonShape(a, b)) {
          return add(a, tail + 1, EntityType.EVENT, STRONG, "ner.event.tail", initial);
        }
      }
      return false;
    }

    /** ORG, FAC or LOC by a head word; true when the run got a type. */
    boolean classifyByHead(int a, int b) {
      boolean initial = isSentenceInitial(a);
      if (b - a < 2) {
        return false;
      }
      if (orgByOpener(a, b, initial)) {
        return true;
      }
      // "Treaty of Lisbon", "Convention on Biological Diversity", "Convention on the Law of the Sea".
      if (cover[a] == FREE && b - a >= 3 && isPlainCapitalized(a) && in(a, NameWords.C_LAW_HEADS)
          && (is(a + 1, "of") || is(a + 1, "on")) && !initial) {
        return add(a, b, EntityType.LAW, STRONG, "ner.law.of", initial);
      }
      int hs = tokens.start(b - 1);
      int he = tokens.end(b - 1);
      if (cover[b - 1] == FREE && isPlainCapitalized(b - 1)
          && in(b - 1, NameWords.C_LAW_HEADS | NameWords.C_EVENT_HEADS)) {
        // "Prior Consultation Law", "Paris Agreement", "Africa Climate Summit"; a demonym before says
        // whose law it is and is no part of it ("the Russian Constitution").
        int from = a;
        while (from < b - 1 && isDemonymMention(from, from + 1)) {
          from++;
        }
        if (from < b - 1) {
          EntityType type = in(b - 1, NameWords.C_LAW_HEADS) ? EntityType.LAW : EntityType.EVENT;
          return add(from, b, type, STRONG, type == EntityType.LAW ? "ner.law.head" : "ner.event.head", initial);
        }
      }
      if (cover[b - 1] == FREE && (is(b - 1, "Centre") || is(b - 1, "Center")) && cover[b - 2] == FREE
          && (is(b - 2, "Convention") || is(b - 2, "Conference") || is(b - 2, "Exhibition")
              || is(b - 2, "Congress") || is(b - 2, "Trade") || is(b - 2, "Shopping"))) {
        return add(a, b, EntityType.FAC, STRONG, "ner.fac.centre", initial); // "Kenyatta International Convention Centre"
      }
      if (cover[b - 1] == FREE && cover[b - 2] == SOFT && !headline && isPlainCapitalized(b - 1)
          && in(b - 1, NameWords.C_PLACE_COMPANY_TAILS)) {
        // "Boston Scientific"; "Tennessee Tech and Virginia Tech": the last of two such names.
        int and = a - 1;
        for (int k = a + 1; k < b - 2; k++) {
          if (is(k, "and") || is(k, "&")) {
            and = k;
          }
        }
        if (placesOnly(and + 1, b - 1)) {
          if (and > a) {
            classifyPart(a, and);
          }
          return add(and + 1, b, EntityType.ORG, STRONG, "ner.org.place_tail", initial && and < a);
        }
      }
      if (cover[b - 1] == FREE) {
        if (in(b - 1, NameWords.C_ORG_HEADS)) {
          int from = a;
          while (from < b - 2 && cover[from] == SOFT) {
            from++;
          }
          // "Chinese Ministry of Commerce": the demonym is no part of a "Ministry of" name.
          from = from > a && is(from + 1, "of") && isDemonymMention(a, from)
              && in(from, NameWords.C_ORG_OF_HEADS) ? from : a;
          // "Belarusian Foreign Ministry", "British Foreign Office": a demonym before a ministry or office
          // named by common words says whose it is and is no part of its name (as "Russian" + "Ministry
          // of Defence"); it stays in other names ("Philippine Coast Guard", "Austrian Airlines").
          int d = a;
          while (d < b - 1 && isNorpWord(d)) {
            d++;
          }
          if (d > a && commonWords(d, b) && (is(b - 1, "Ministry") || is(b - 1, "Office") || is(b - 1, "Embassy"))) {
            if (allFree(a, d)) {
              classifyPart(a, d);
            }
            return add(d, b, EntityType.ORG, STRONG, "ner.org.head", initial);
          }
          // "China's Commerce Ministry": the place whose it is, with its possessive, is no part of the name.
          int p = a;
          while (p < b - 2 && cover[p] == SOFT) {
            p++;
          }
          if (p > a && p < b - 2 && (is(p, "'s") || is(p, "’s"))) {
            from = p + 1;
          }
          return add(from, b, EntityType.ORG, STRONG, "ner.org.head", initial);
        }
        if (in(b - 1, NameWords.C_FAC_HEADS) && !tokens.has(b - 1, TokenFlags.ALL_UPPER)) { // not "CLOSE ... SMELTER"
          return add(a, b, EntityType.FAC, STRONG, "ner.fac.head", initial);
        }
        if (in(b - 1, NameWords.C_GPE_HEADS) && tokens.has(b - 1, TokenFlags.CAPITALIZED)) {
          int from = a;
          for (int k = a; k < b - 1; k++) {
            if (is(k, "and") || is(k, "&") || is(k, "of")) {
              from = k + 1; // "New Jersey and Dutchess County", "Trust Co of Charles City": the last place only
            }
          }
          return add(from, b, EntityType.GPE, STRONG, "ner.gpe.head", initial); // "Dade County", "Morgan City"
        }
        if (in(b - 1, NameWords.C_LOC_HEADS)) {
          return add(a, b, EntityType.LOC, STRONG, "ner.loc.head", initial);
        }
      }
      // "Brazilian Ministry of Foreign Affairs": places before the head belong to the name.
      int h = a;
      while (h < b - 2 && cover[h] == SOFT) {
        h++;
      }
      if (cover[h] == FREE && is(h + 1, "of") && h + 2 < b
          && in(h, NameWords.C_ORG_OF_HEADS)) {
        // "Russian Ministry of Defence": the demonym says whose ministry, it is no part of the name.
        int from = h > a && isDemonymMention(a, h) ? h : a;
        return add(from, personAfterPlace(a, h + 2, b), EntityType.ORG, STRONG, "ner.org.of", initial);
      }
      // "Competition Authority of Kenya", "Superior Court of Justice of Apurimac": an organization's head
      // and "of" a name, places included, further in the run.
      for (int k = h; k + 2 < b; k++) {
        if (cover[k] == FREE && is(k + 1, "of") && tokens.has(k, TokenFlags.CAPITALIZED)
            && in(k, NameWords.C_ORG_HEADS | NameWords.C_ORG_OF_HEADS) && namePartsFrom(k + 2, b)
            && (k == a || !NameWords.LEGAL_FORMS.contains(text, tokens.start(k), tokens.end(k)))) {
          // "Data Corp of Boston" is a company of a town, "Group of Rio" (a legal form opens no company) a body
          int from = h > a && isDemonymMention(a, h) ? h : a;
          // "Taiwanese Ministry of Defence": a demonym says whose body it is and is no part of it.
          while (from < k && isNorpWord(from)) {
            from++;
          }
          if (from > a) {
            classifyPart(a, from);
          }
          return add(from, personAfterPlace(a, k + 2, b), EntityType.ORG, STRONG, "ner.org.head_of", initial);
        }
      }
      // "Regional Centre for Energy Policy Research", "Asan Institute for Policy Studies".
      for (int k = a; k + 2 < b; k++) {
        if (cover[k] == FREE && (is(k + 1, "for") || is(k + 1, "on") && isCommittee(k))
            && (isNamePart(k + 2) || is(k + 1, "for") && is(k + 2, "the") && k + 3 < b && isNamePart(k + 3))
            && (in(k, NameWords.C_ORG_HEADS)
                || in(k, NameWords.C_ORG_OF_HEADS))) {
          return add(a, b, EntityType.ORG, STRONG, "ner.org.for", initial);
        }
      }
      int fs = tokens.start(a);
      int fe = tokens.end(a);
      boolean ofNext = a + 1 < b && is(a + 1, "of");
      if (cover[a] == FREE && ofNext && is(a, "Port")) {
        return add(a, b, EntityType.FAC, STRONG, "ner.fac.of", false);
      }
      if (cover[a] != HARD && in(a, NameWords.C_LOC_PREFIXES) && cover[a + 1] != HARD
          && (ofNext || a + 2 == b) && cover[b - 1] == FREE) {
        return add(a, b, EntityType.LOC, STRONG, "ner.loc.prefix", false);
      }
      return false;
    }

    /**
     * "the governor of the Central Bank of Kenya Kamau Thugge": after the place that ends an "X of Y"
     * name, two or three free words with a person's shape (a given name first, initials) are a person
     * named after their institution, with the comma left out. Adds the person and returns where the
     * organization's name ends ({@code b} when no person follows).
     */
    int personAfterPlace(int a, int k, int b) {
      for (int m = k; m < b - 2; m++) {
        if (cover[m] != SOFT || owner[m] < 0 || owner[m + 1] == owner[m] || cover[m + 1] != FREE
            || b - m - 1 > 3 || !allFree(m + 1, b)) {
          continue;
        }
        // a given name first, or two words of no dictionary after "the <title> of the" ("the governor of the")
        boolean titled = b - m - 1 == 2 && a - 3 >= sentenceFirst && is(a - 1, "the") && is(a - 2, "of")
            && anyTitleEndsAt(a - 2) && allNonDictionary(m + 1, b);
        if (!titled && !hasPersonShape(m + 1, b)) {
          continue;
        }
        addPerson(m + 1, b, MEDIUM, "ner.person.after_org");
        return m + 1;
      }
      return b;
    }

    /** Whether a title of the table ("governor", "chief executive") ends right before token {@code p}. */
    boolean anyTitleEndsAt(int p) {
      for (int len = 1; len <= MAX_TITLE_TOKENS && p - len >= sentenceFirst; len++) {
        int from = p - len;
        if (cover[from] == HARD) {
          return false;
        }
        if (anyTitleKeys.contains(text, tokens.start(from), tokens.end(p - 1))) {
          return true;
        }
      }
      return false;
    }

    /**
     * "Athletics Kenya", "Statistics Canada": a sport's or a public service's word right before a
     * country or region and nothing else names that place's body; "Radio Okapi", "Air Senegal", "Royal
     * Air Maroc": a broadcaster's or an airline's first word opens an organization's name whatever
     * capitalized words follow (places included), unless the run ends with a head of its own ("Kenya Air
     * Force"), a title follows ("Air Marshal"), or the sentence is a headline in capitals. Places before
     * the opener stay places ("Havana Radio Rebelde": a dateline).
     */
    boolean orgByOpener(int a, int b, boolean initial) {
      for (int k = a; k + 1 < b; k++) {
        if (cover[k] != FREE || !in(k, NameWords.C_ORG_OPENERS) || !isPlainCapitalized(k)) {
          continue;
        }
        int s = tokens.start(k);
        int e = tokens.end(k);
        boolean body = NameWords.PLACE_BODY_PREFIXES.contains(text, s, e);
        boolean opener = !body && NameWords.ORG_OPENERS.contains(text, s, e);
        if (!body && !opener) {
          continue;
        }
        if (body) {
          if (!placesOnly(k + 1, b) || !isGpeMention(k + 1)) {
            continue;
          }
        } else if (headline && !placesOnly(k + 1, b) || b - k > 5 || titleAt(k, b) > 0 || !namePartsOnly(k + 1, b)
            || k > a && cover[k - 1] != FREE) {
          continue; // "Kenya Air Force", "Air Marshal", "Burlington Air Express"
        }
        int from = k;
        while (from > a && opener && cover[from - 1] == FREE && isPlainCapitalized(from - 1)
            && !isCapitalizedNonName(from - 1)) {
          from--; // "Royal Air Maroc"
        }
        if (from > a && !placesOnly(a, from)) {
          continue;
        }
        return add(from, b, EntityType.ORG, STRONG, body ? "ner.org.place_body" : "ner.org.opener",
            initial && from == a);
      }
      return false;
    }

    /** Whether the mention over token {@code k} is a country's or a region's (GPE). */
    boolean isGpeMention(int k) {
      return owner[k] >= 0 && ws.mentions().get(owner[k]).type().equals(EntityType.GPE);
    }

    /**
     * Whether {@code [p, q)} is capitalized name parts only, free or places, no connectors, and no head
     * of another name ("Air Force", "Air Corp").
     */
    boolean namePartsOnly(int p, int q) {
      for (int k = p; k < q; k++) {
        if (!isNamePart(k) || !tokens.has(k, TokenFlags.CAPITALIZED) || isCapitalizedNonName(k)
            || cover[k] == FREE && isHeadWord(k)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether tokens {@code [a, h)} are one or more whole knowledge-base city, region, country or
     * location mentions, and nothing else: "Boston", "New York".
     */
    boolean placesOnly(int a, int h) {
      if (h <= a) {
        return false;
      }
      for (int i = a; i < h; i++) {
        if (cover[i] != SOFT || owner[i] < 0) {
          return false;
        }
        Mention m = ws.mentions().get(owner[i]);
        if (m.type().equals(EntityType.NORP) || i == a && m.start() != tokens.start(i)
            || i + 1 == h && m.end() != tokens.end(i)) {
          return false;
        }
      }
      return true;
    }

    /** Whether {@code [k, b)} is names and connectors, with a name at the end ("the Council of Ministers"). */
    boolean namePartsFrom(int k, int b) {
      if (k < b && is(k, "the")) {
        k++;
      }
      if (k >= b) {
        return false;
      }
      for (int i = k; i < b; i++) {
        if (cover[i] == HARD || !(isNamePart(i) || tokens.has(i, TokenFlags.ALL_LOWER) || is(i, ",") || is(i, "&"))) {
          return false;
        }
      }
      return isNamePart(b - 1);
    }

    /** A run of free name parts without a head: a person, an organization, a group, or nothing. */
    void classifySegment(int p, int q) {
      boolean initial = isSentenceInitial(p);
      // A title at the start: "Foreign Minister Wang Yi", "Chancellor Scholz".
      int title = titleAt(p, q);
      if (title > 0) {
        if (p + title < q && !(q - p - title == 1 && isHeadWord(q - 1))) {
          addPerson(p + title, q, STRONG, "ner.person.title"); // not "CEO Forum"
        }
        return;
      }
      // "Chief Olufemi Adeyemi", "Lord Fakafanua": an honorific before a name is no part of it.
      if (q - p >= 2 && in(p, NameWords.C_NAME_HONORIFICS) && isPlainCapitalized(p + 1)
          && !isDictionaryWord(p + 1) && !isHeadWord(q - 1)) {
        addPerson(p + 1, q, MEDIUM, "ner.person.honorific");
        return;
      }
      // A sentence start proves nothing: drop a dictionary word there ("True", "Founded"), unless a
      // name and a title in apposition follow ("Transform Aqorau, a former chief executive of").
      if (initial && isDictionaryWord(p) && !isGivenName(p)
          && !(q - p == 2 && isPlainCapitalized(p) && isPlainCapitalized(p + 1) && !isDictionaryWord(p + 1)
              && isApposition(q))
          && !(q - p == 1 && ageAfter(q))) {
        if (q - p == 1) {
          if (!tokens.has(p, TokenFlags.ALL_UPPER) && NameWords.isProperName(text, tokens.start(p), tokens.end(p))) {
            // no type of its own, but the article may name it in full ("Will Rogers ... Rogers said")
            add(p, q, null, 0, null, initial);
          }
          return;
        }
        p++;
        initial = false;
        if (titleAt(p, q) > 0) {
          classifySegment(p, q);
          return;
        }
      }
      int n = q - p;
      if (titleBefore(p) > 0 || n >= 2 && n <= 4 && titlePhraseCommaBefore(p) && setOffAfter(q)) {
        addPerson(p, q, STRONG, "ner.person.title");
        return;
      }
      Candidate acronym = acronymAfter(p, q);
      if (n >= 2 && acronym != null) {
        add(p, q, EntityType.ORG, STRONG, "ner.org.acronym", initial);
        return;
      }
      if (orgCueBefore(p)) {
        add(p, q, EntityType.ORG, MEDIUM, "ner.org.cue", initial);
        return;
      }
      if (describedOrgBefore(p, NameWords.C_DESCRIBED_ORG_NOUNS)
          || describedOrgBefore(p, NameWords.C_ORG_PARTNER_NOUNS) && !(n >= 2 && hasPersonShape(p, q))) {
        add(p, q, EntityType.ORG, MEDIUM, "ner.org.described", initial);
        return;
      }
      if (n == 1 && takenOverBefore(p) && (q >= sentenceEnd || !tokens.has(q, TokenFlags.CAPITALIZED))) {
        add(p, q, EntityType.ORG, MEDIUM, "ner.org.cue", initial); // "the acquisition of Graphcore"
        return;
      }
      if (n == 1) {
        classifySingle(p, initial);
        return;
      }
      if (n - lowerCaseWithin(p, q) > 6) {
        return; // a title-case headline, not a name ("Maria del Carmen Quispe de la Cruz" is one)
      }
      if (hasPersonShape(p, q)) {
        addPerson(p, q, MEDIUM, "ner.person.shape");
        return;
      }
      if (n >= 3 && !isGivenName(p) && isGivenName(p + 1) && hasPersonShape(p + 1, q)) {
        addPerson(p + 1, q, MEDIUM, "ner.person.shape"); // "President-elect George Bush"
        if (!initial && !isDictionaryWord(p) && !tokens.has(p, TokenFlags.HYPHENATED)) {
          // "the chief executive of Orlen Daniel Obajtek": the word before is a name of its own, typed if
          // the article names it elsewhere ("the group Orlen announced").
          add(p, p + 1, null, 0, null, initial);
        }
        return;
      }
      if (isApposition(q)) {
        addPerson(p, q, MEDIUM, "ner.person.apposition");
        return;
      }
      if (n <= 3 && !headline && allNonDictionary(p, q)) {
        boolean speech = speechVerbAfter(q) || speechVerbBefore(p);
        addPerson(p, q, WEAK, speech ? "ner.person.speech" : "ner.person.name");
        return;
      }
      add(p, q, null, 0, null, initial);
    }

    void classifySingle(int p, boolean initial) {
      int s = tokens.start(p);
      int e = tokens.end(p);
      if (in(p, NameWords.C_GROUP_NAMES)) {
        add(p, p + 1, EntityType.NORP, STRONG, "ner.norp.group", initial);
        return;
      }
      if (tokens.has(p, TokenFlags.ALL_UPPER) && e - s >= 2 && e - s <= 6 && !headline
          && (!initial || !isDictionaryWord(p))) {
        add(p, p + 1, null, 0, null, initial); // an acronym defined elsewhere, or a bare one (ORG)
        return;
      }
      if (!initial && p > sentenceFirst && is(p - 1, "the") && in(p, NameWords.C_NATIONAL_BODIES)) {
        add(p, p + 1, EntityType.ORG, MEDIUM, "ner.org.body", initial); // "the Navy", "the Congress"
        return;
      }
      if (!initial || !isDictionaryWord(p)) {
        Optional<KbEntry> place = demonymOf(s, e);
        if (place.isPresent()) {
          Candidate c = addCandidate(p, p + 1, EntityType.NORP, STRONG, "ner.norp.demonym", initial);
          c.attribute("demonym_of", place.get().id());
          place.get().attribute("country").ifPresent(v -> c.attribute("country", v));
          return;
        }
      }
      if (isApposition(p + 1) && !isDictionaryWord(p) && !initial) {
        addPerson(p, p + 1, WEAK, "ner.person.apposition");
        return;
      }
      if (isPlainCapitalized(p) && !tokens.has(p, TokenFlags.GLUE_CASE) && ageAfter(p + 1) && !headline) {
        addPerson(p, p + 1, WEAK, "ner.person.age"); // "Winter, 53, a former law professor"
        return;
      }
      if (!headline && isPlainCapitalized(p) && !isDictionaryWord(p) && !tokens.has(p, TokenFlags.GLUE_CASE)
          && !NameWords.LEGAL_FORMS.contains(text, s, e)) { // "Sony (U.K.) Ltd said" names no person
        // "Kennedy said", "the plan Derwinski proposed": a known surname or proper name, or any
        // non-dictionary word that a speech verb or a person's verb follows.
        boolean cue = mayBeSpeaker(p) && (speechVerbAfter(p + 1) || personVerbAfter(p + 1)) || speechVerbBefore(p)
            || victimOrKinCue(p);
        // A capitalized word of the English list alone is no person: the list is brands, holidays,
        // places and abbreviations ("Louvre", "Easter", "Midwest", "Sept") as much as surnames.
        boolean known = e - s >= 4 && (isGivenName(p) || kb.surnames().contains(text, s, e))
            && !capitalizedNeighbour(p) && !placePrepositionBefore(p)
            && !(p + 1 < sentenceEnd && tokens.has(p + 1, TokenFlags.ALL_LOWER)
                && in(p + 1, NameWords.C_ORG_CUES | NameWords.C_DESCRIBED_ORG_NOUNS)); // "the Cuzco firm"
        if (cue || known && !initial) {
          addPerson(p, p + 1, WEAK, cue ? "ner.person.name.cue" : "ner.person.name.known");
          return;
        }
      }
      add(p, p + 1, null, 0, null, initial);
    }

    /** A demonym or group word ("Taiwanese", "Korean", "Kurdish"), or "South" or "North" before one. */
    boolean isNorpWord(int i) {
      if (cover[i] != FREE) {
        return isDemonymMention(i, i + 1);
      }
      if ((is(i, "South") || is(i, "North")) && i + 1 < sentenceEnd && isNorpWord(i + 1)) {
        return true;
      }
      return in(i, NameWords.C_GROUP_NAMES) || isPlainCapitalized(i)
          && demonymOf(tokens.start(i), tokens.end(i)).isPresent();
    }

    /** Whether {@code [d, b)} is free capitalized dictionary words: "Foreign Ministry", "Border Guard". */
    boolean commonWords(int d, int b) {
      for (int i = d; i < b; i++) {
        if (cover[i] == HARD || !isPlainCapitalized(i) || !isDictionaryWord(i)) { // "Coast" is also a region
          return false;
        }
      }
      return true;
    }

    /** How many lower-case tokens (name particles) {@code [p, q)} holds. */
    int lowerCaseWithin(int p, int q) {
      int n = 0;
      for (int i = p; i < q; i++) {
        if (tokens.has(i, TokenFlags.ALL_LOWER)) {
          n++;
        }
      }
      return n;
    }

    /** A word that ends names of organizations, facilities, places, laws or events ("Forum", "Bridge"). */
    boolean isHeadWord(int i) {
      return in(i, NameWords.C_ORG_HEADS | NameWords.C_FAC_HEADS | NameWords.C_LOC_HEADS | NameWords.C_GPE_HEADS
          | NameWords.C_LAW_HEADS | NameWords.C_EVENT_HEADS);
    }

    /** Whether a capitalized word touches token {@code p}: then it is a piece of a longer name. */
    boolean capitalizedNeighbour(int p) {
      return p > sentenceFirst && tokens.has(p - 1, TokenFlags.CAPITALIZED) && !isSentenceInitial(p - 1)
          || p + 1 < sentenceEnd && tokens.has(p + 1, TokenFlags.CAPITALIZED);
    }

    /** Whether tokens {@code [p, q)} end with a legal form or hold a company word ("Banca", "Landesbank"). */
    boolean namesACompany(int p, int q) {
      if (NameWords.LEGAL_FORMS.contains(text, tokens.start(q - 1), tokens.end(q - 1))) {
        return true;
      }
      for (int k = p; k < q; k++) {
        if (NameWords.COMPANY_WORDS.contains(text, tokens.start(k), tokens.end(k))) {
          return true;
        }
      }
      return false;
    }

    /** "in Thrace", "near Vassa": a place more likely than a person. */
    boolean placePrepositionBefore(int p) {
      int k = p - 1;
      return k >= sentenceFirst && (is(k, "in") || is(k, "at") || is(k, "near") || is(k, "across")
          || is(k, "outside") || is(k, "inside") || is(k, "into") || is(k, "towards") || is(k, "toward"));
    }

    /**
     * Whether the word at {@code p} may be the one a speech or person verb after it is about: not after
     * "in" or "at", where it is where the speaker is ("officials in Quebec said"), nor after "of" or
     * "from", whom or where the speaker comes from ("Mark Hale of Boston said", "a friend of Kennedy
     * said", "an analyst from Chicago said").
     */
    boolean mayBeSpeaker(int p) {
      return !placePrepositionBefore(p) && !(p - 1 >= sentenceFirst && (is(p - 1, "of") || is(p - 1, "from")));
    }

    /** A verb or pronoun that only follows a person: "X died", "X, who", "X himself". */
    boolean personVerbAfter(int q) {
      if (q < sentenceEnd && is(q, ",")) {
        q++;
        return q < sentenceEnd && (is(q, "who") || is(q, "whose"));
      }
      return q < sentenceEnd && in(q, NameWords.C_PERSON_VERBS)
          && tokens.has(q, TokenFlags.ALL_LOWER);
    }

    void addPerson(int p, int q, int strength, String rule) {
      // An honorific or a leftover dictionary word before the name is not part of it.
      while (q - p > 1 && cover[p] == FREE && (isCapitalizedNonName(p))) {
        p++;
      }
      if (q - p == 1 && (isSpeechVerb(p) || in(p, NameWords.C_PERSON_VERBS))) {
        return; // a headline's verb after a title: "KUWAIT MINISTER SAYS ..."
      }
      if (q - p >= 2 && namesACompany(p, q)) {
        add(p, q, EntityType.ORG, strength, "ner.org.company_word", false); // "Du Pont Co said"
        return;
      }
      add(p, q, EntityType.PERSON, strength, rule, false);
    }

    boolean add(int from, int to, EntityType type, int strength, String rule, boolean initial) {
      addCandidate(from, to, type, strength, rule, initial);
      return true;
    }

    Candidate addCandidate(int from, int to, EntityType type, int strength, String rule, boolean initial) {
      Candidate c = new Candidate(from, to, headline);
      if (type != null) {
        c.label(type, strength, rule);
      }
      found.add(c);
      Candidate acronym = acronymAfter(from, to);
      if (acronym != null) {
        if (c.type == null) {
          c.label(EntityType.ORG, STRONG, "ner.org.acronym");
        }
        acronym.label(c.type, STRONG, "ner.acronym");
        found.add(acronym);
      }
      return c;
    }

    // ------------------------------------------------------------------ evidence

    /** Tokens of the longest title starting at {@code i} (before {@code limit}), or 0. */
    int titleAt(int i, int limit) {
      if (cover[i] != FREE || !isTitleFirstWord(i)) {
        return 0;
      }
      for (int len = Math.min(MAX_TITLE_TOKENS, limit - i); len >= 1; len--) {
        if (titleKeys.contains(text, tokens.start(i), tokens.end(i + len - 1))) {
          return len;
        }
      }
      return 0;
    }

    /** Tokens of a title ending right before {@code p} ("spokesman", "chief executive"), or 0. */
    int titleBefore(int p) {
      for (int len = 1; len <= MAX_TITLE_TOKENS && p - len >= sentenceFirst; len++) {
        int from = p - len;
        if (cover[from] == HARD) {
          return 0;
        }
        if (isTitleFirstWord(from)
            && titleKeys.contains(text, tokens.start(from), tokens.end(p - 1))) {
          return len;
        }
      }
      return 0;
    }

    /**
     * "The Minister of Health, Armindo Tiago,", "The European Commissioner for Crisis Management, Janez
     * Lenarcic,": a comma before {@code p} closes a capitalized title and its portfolio (a title word,
     * then "of" or "for" and capitalized words, "the" or "and"), which the name after it is set off from.
     */
    boolean titlePhraseCommaBefore(int p) {
      if (p - 3 < sentenceFirst || !is(p - 1, ",")) {
        return false;
      }
      boolean portfolio = false;
      for (int k = p - 2; k >= sentenceFirst && k >= p - 2 - 8; k--) {
        if (is(k, "of") || is(k, "for")) {
          portfolio = true;
        } else if (!(is(k, "the") || is(k, "and") || tokens.has(k, TokenFlags.CAPITALIZED) && !tokens.has(k, TokenFlags.ALL_UPPER))) {
          return false;
        } else if (portfolio && tokens.has(k, TokenFlags.CAPITALIZED) && anyTitleAt(k)) {
          return true;
        }
      }
      return false;
    }

    /** Whether the name ending before {@code q} is closed: by a comma, the sentence's end or a verb of persons. */
    boolean setOffAfter(int q) {
      return q >= sentenceEnd || is(q, ",") || is(q, ".") || personVerbAfter(q) || speechVerbAfter(q);
    }

    /**
     * "the Texas exporter Venture Global", "its partner Nissan", "the chipmaker Micron": a lower-case
     * noun for a kind of company or a business relation right before the name, after a determiner,
     * a possessive, a place or a demonym. A person's name shape wins after a business relation noun
     * ({@link NameWords#ORG_PARTNER_NOUNS}).
     */
    boolean describedOrgBefore(int p, int nouns) {
      int k = p - 1;
      if (k - 1 < sentenceFirst || cover[k] != FREE || !tokens.has(k, TokenFlags.ALL_LOWER)
          || !in(k, nouns)) {
        return false;
      }
      int d = k - 1;
      return is(d, "the") || is(d, "its") || is(d, "their") || is(d, "a") || is(d, "an")
          || cover[d] != FREE && owner[d] >= 0 && (isPlace(ws.mentions().get(owner[d]).type())
              || ws.mentions().get(owner[d]).type().equals(EntityType.NORP));
    }

    /** Whether hyphenated word {@code i} ends with a dash and a lower-case word of {@code tails} ("Miami-based"). */
    boolean compoundTailIn(int i, WordSet tails) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      int dash = e - 1;
      while (dash > s && text.charAt(dash) != '-') {
        dash--;
      }
      return dash > s && dash + 1 < e && Character.isLowerCase(text.charAt(dash + 1)) && tails.contains(text, dash + 1, e);
    }

    /**
     * "announced the acquisition of Graphcore", "the acquisition of the British chip designer Graphcore": a
     * word no table knows after "acquisition of", "takeover of" or "buyout of" (and a determiner, a demonym
     * and a few lower-case words) is what is taken over, a company. Only a one-word name with no
     * capitalized word after it: a longer one ("Schult Homes Corp") is read by its own shape.
     */
    boolean takenOverBefore(int p) {
      int k = p - 1;
      // "of the British chip designer Graphcore": a determiner, a demonym and lower-case words between
      for (int words = 0; k > sentenceFirst && words < 3 && tokens.has(k, TokenFlags.ALL_LOWER) && !is(k, "of"); words++) {
        k--;
      }
      if (k > sentenceFirst && cover[k] != FREE && owner[k] >= 0 && ws.mentions().get(owner[k]).type().equals(EntityType.NORP)) {
        k--;
      }
      if (k > sentenceFirst && (is(k, "the") || is(k, "a") || is(k, "an"))) {
        k--;
      }
      return k - 1 >= sentenceFirst && is(k, "of") && tokens.has(k - 1, TokenFlags.ALL_LOWER)
          && NameWords.TAKEOVER_NOUNS.contains(text, tokens.start(k - 1), tokens.end(k - 1));
    }

    boolean orgCueBefore(int p) {
      int k = p - 1;
      if (k >= sentenceFirst && tokens.has(k, TokenFlags.HYPHENATED) && compoundTailIn(k, NameWords.COMPANY_COMPOUND_TAILS)) {
        return true; // "the Miami-based Wallco", "the state-owned Petrobras"
      }
      return k >= sentenceFirst && tokens.has(k, TokenFlags.ALL_LOWER) && in(k, NameWords.C_ORG_CUES)
          && (cover[k] == FREE || (is(k, "daily") || is(k, "weekly")) && isDateToken(k) && k - 1 >= sentenceFirst
              && (is(k - 1, "the") || is(k - 1, "a") || tokens.has(k - 1, TokenFlags.ALL_LOWER) && k - 1 > sentenceFirst
                  && is(k - 2, "the"))); // "the daily El Informador", "the financial daily X"; not "three daily Atlanta flights"
    }

    /** Whether token {@code k} is covered by a date or time ("daily" is read as a recurring time). */
    boolean isDateToken(int k) {
      if (owner[k] < 0) {
        return false;
      }
      EntityType t = ws.mentions().get(owner[k]).type();
      return t.equals(EntityType.DATE) || t.equals(EntityType.TIME);
    }

    /** "X, the chief executive of...", "X, who...", "X, 45, ...": the run names a person. */
    boolean isApposition(int q) {
      if (q + 1 >= sentenceEnd || !is(q, ",")) {
        return false;
      }
      int k = q + 1;
      if (is(k, "who") || is(k, "aged")) {
        return true;
      }
      if (tokens.kind(k) == TokenKind.NUMBER && k + 1 < sentenceEnd && is(k + 1, ",")) {
        int s = tokens.start(k);
        return tokens.end(k) - s <= 3 && !text.substring(s, tokens.end(k)).contains(".");
      }
      if (is(k, "the") || is(k, "a") || is(k, "an") || is(k, "its") || is(k, "their")) {
        k++;
      }
      for (int skip = 0; skip < 3 && k < sentenceEnd; skip++, k++) {
        int len = titleAt(k, sentenceEnd);
        if (len > 0 || tokens.has(k, TokenFlags.ALL_LOWER) && anyTitleAt(k) && text.charAt(tokens.end(k) - 1) != 's') {
          return true; // "X, the chief executive of", "X, an analyst at", "X, a researcher at"
        }
        if (cover[k] == HARD || !(cover[k] == SOFT || tokens.has(k, TokenFlags.ALL_LOWER))) {
          return false;
        }
      }
      return false;
    }

    /**
     * An age in apposition: ", 53," after the name, then a lower-case word or a title ("Winter, 53, a
     * former professor", "Sanders, 45, was found guilty"); not a count in a list ("Tours, 12, 14 and").
     */
    boolean ageAfter(int q) {
      int k = q + 1;
      if (k + 2 >= sentenceEnd || !is(q, ",") || tokens.kind(k) != TokenKind.NUMBER || !is(k + 1, ",")) {
        return false;
      }
      int s = tokens.start(k);
      int e = tokens.end(k);
      if (e - s != 2 || !Character.isDigit(text.charAt(s)) || !Character.isDigit(text.charAt(s + 1))
          || text.charAt(s) < '1') {
        return false;
      }
      return tokens.has(k + 2, TokenFlags.ALL_LOWER) && tokens.kind(k + 2) == TokenKind.WORD;
    }

    /** A defined acronym right after {@code [p, q)}: "( FCA )" whose letters are the words' initials. */
    Candidate acronymAfter(int p, int q) {
      if (q + 2 >= sentenceEnd || !is(q, "(") || !is(q + 2, ")") || cover[q + 1] != FREE
          || tokens.kind(q + 1) != TokenKind.WORD || !tokens.has(q + 1, TokenFlags.CAPITALIZED)) {
        return null;
      }
      int s = tokens.start(q + 1);
      int e = tokens.end(q + 1);
      String longForm = text.substring(tokens.start(p), tokens.end(q - 1));
      boolean upper = tokens.has(q + 1, TokenFlags.ALL_UPPER);
      // "(FCA)" from initials; "(COWU)", "(KOICA)" from the first letters of words; "(Afreximbank)"
      // from the first syllables of "African Export-Import Bank".
      boolean match = upper
          ? e - s >= 2 && e - s <= 8
              && (Acronyms.matches(text, s, e, longForm) || Acronyms.matchesByPrefixes(text, s, e, longForm, 3))
          : e - s >= 5 && e - s <= 16 && !isDictionaryWord(q + 1)
              && Acronyms.matchesByPrefixes(text, s, e, longForm, e - s);
      return match ? new Candidate(q + 1, q + 2, headline) : null;
    }

    boolean hasPersonShape(int p, int q) {
      if (isGivenName(p) && isNamePart(p + 1) && !tokens.has(p + 1, TokenFlags.ALL_UPPER)) {
        return true;
      }
      boolean initials = false;
      for (int i = p; i < q; i++) {
        if (isInitial(i)) {
          initials = true;
        } else if (initials) {
          return true; // "J. D. Vance"
        }
        if (tokens.has(i, TokenFlags.ALL_LOWER)) {
          // "von der Leyen", "bin Salman"; not "of" or "the" ("Presidency of the Council of Ministers")
          return i > p && i + 1 < q && in(i, NameWords.C_PARTICLES);
        }
        if (i > p && tokens.has(i, TokenFlags.HYPHENATED)) {
          int dash = indexOfDash(tokens.start(i), tokens.end(i));
          if (dash > 0 && dash + 1 < tokens.end(i) && Character.isLowerCase(text.charAt(dash + 1))) {
            return true; // "Tsai Ing-wen", "Kim Jong-un"
          }
        }
      }
      return false;
    }

    boolean allNonDictionary(int p, int q) {
      for (int i = p; i < q; i++) {
        if (!tokens.has(i, TokenFlags.CAPITALIZED) || tokens.has(i, TokenFlags.ALL_UPPER)
            || isDictionaryWord(i) && !isGivenName(i)) {
          return false;
        }
      }
      return true;
    }

    boolean speechVerbAfter(int q) {
      return q < sentenceEnd && isSpeechVerb(q);
    }

    boolean speechVerbBefore(int p) {
      int k = p - 1;
      if (k >= sentenceFirst && isSpeechVerb(k)) {
        return true;
      }
      return k - 1 >= sentenceFirst && is(k, "to") && is(k - 1, "according");
    }

    /**
     * Adds to token i's memos what the thread's cache knows of its word, the first time the token asks
     * a word table; the tables' answers depend on the case-folded word only.
     */
    void recall(int i) {
      if (cache.tokenKeys[i] != 0) {
        return;
      }
      long key = WordCache.pack(text, tokens.start(i), tokens.end(i));
      cache.tokenKeys[i] = key;
      if (key != WordCache.NONE) {
        int slot = WordCache.slot(key);
        if (cache.entries[slot] == key) {
          long answers = cache.entries[slot + 1];
          classes[i] |= (int) (answers >>> 32);
          wordMemo[i] |= (byte) answers;
        }
      }
    }

    /** Records answers of token i's word (after {@link #recall}) in the cache, in the memos' layouts. */
    void remember(int i, int classBits, int memoBits) {
      long key = cache.tokenKeys[i];
      if (key == WordCache.NONE) {
        return;
      }
      int slot = WordCache.slot(key);
      if (cache.entries[slot] != key) {
        cache.entries[slot] = key; // another word's answers give way
        cache.entries[slot + 1] = 0;
      }
      cache.entries[slot + 1] |= (long) classBits << 32 | memoBits & 0xFF;
    }

    /** Whether a list of {@code bits} ({@code NameWords.C_...}) holds token {@code i}. */
    boolean in(int i, int bits) {
      int c = classes[i];
      if ((c & CLASSES_KNOWN) == 0) {
        recall(i);
        c = classes[i];
        if ((c & CLASSES_KNOWN) == 0) {
          int v = NameWords.CLASSES.valueOf(text, tokens.start(i), tokens.end(i)) | CLASSES_KNOWN;
          c |= v;
          classes[i] = c;
          remember(i, v, 0);
        }
      }
      return (c & bits) != 0;
    }

    boolean isSpeechVerb(int i) {
      int c = classes[i];
      if ((c & SPEECH_KNOWN) == 0) {
        recall(i);
        c = classes[i];
        if ((c & SPEECH_KNOWN) == 0) {
          int v = SPEECH_KNOWN | (SentenceCues.SPEECH_VERBS.contains(text, tokens.start(i), tokens.end(i)) ? SPEECH : 0);
          c |= v;
          classes[i] = c;
          remember(i, v, 0);
        }
      }
      return (c & SPEECH) != 0;
    }

    boolean isTitleFirstWord(int i) {
      int c = classes[i];
      if ((c & TITLE_FIRST_KNOWN) == 0) {
        recall(i);
        c = classes[i];
        if ((c & TITLE_FIRST_KNOWN) == 0) {
          int v = TITLE_FIRST_KNOWN
              | (titleFirstWords.contains(text, tokens.start(i), tokens.end(i)) ? TITLE_FIRST : 0);
          c |= v;
          classes[i] = c;
          remember(i, v, 0);
        }
      }
      return (c & TITLE_FIRST) != 0;
    }

    boolean isGivenName(int i) {
      byte m = wordMemo[i];
      if ((m & GIVEN_KNOWN) == 0) {
        recall(i);
        m = wordMemo[i];
        if ((m & GIVEN_KNOWN) == 0) {
          int s = tokens.start(i);
          int e = tokens.end(i);
          int v = GIVEN_KNOWN;
          if (isAsciiLetters(text, s, e)
              ? asciiGivenNames.contains(text, s, e)
              : kb.givenNames().contains(text, s, e)) {
            v |= GIVEN;
          }
          m |= (byte) v;
          wordMemo[i] = m;
          remember(i, 0, v);
        }
      }
      return (m & GIVEN) != 0;
    }

    boolean isDictionaryWord(int i) {
      byte m = wordMemo[i];
      if ((m & DICT_KNOWN) == 0) {
        recall(i);
        m = wordMemo[i];
        if ((m & DICT_KNOWN) == 0) {
          int v = DICT_KNOWN | (NameWords.isEnglishWord(text, tokens.start(i), tokens.end(i)) ? DICT : 0);
          m |= (byte) v;
          wordMemo[i] = m;
          remember(i, 0, v);
        }
      }
      return (m & DICT) != 0;
    }

    /**
     * The place a demonym not in the knowledge base derives from: "Siberian" from Siberia, "Bavarians"
     * from Bavaria, "Tibetan" from Tibet.
     */
    Optional<KbEntry> demonymOf(int s, int e) {
      if (e - s < 5) {
        return Optional.empty();
      }
      // Every ending below ends in 'n', 'e' or 'i' (before a plural 's'): other words, most, are
      // rejected before their substring is made.
      char last = text.charAt(text.charAt(e - 1) == 's' ? e - 2 : e - 1);
      if (last != 'n' && last != 'e' && last != 'i') {
        return Optional.empty();
      }
      String w = text.substring(s, e);
      if (w.endsWith("s")) {
        w = w.substring(0, w.length() - 1);
      }
      List<String> stems = new ArrayList<>(4);
      if (w.endsWith("ian") || w.endsWith("ean")) {
        stems.add(w.substring(0, w.length() - 1)); // Siberia, Crimea
        stems.add(w.substring(0, w.length() - 3)); // Tibet? no: Brazil-ian
      } else if (w.endsWith("an")) {
        stems.add(w.substring(0, w.length() - 2)); // Tibetan
        stems.add(w.substring(0, w.length() - 1) + ""); // Chechnya? rarely
      } else if (w.endsWith("ese")) {
        stems.add(w.substring(0, w.length() - 3));
      } else if (w.endsWith("i") && w.length() > 5) {
        stems.add(w.substring(0, w.length() - 1)); // Azerbaijan-i, Punjab-i
      } else {
        return Optional.empty();
      }
      for (String stem : stems) {
        if (stem.length() < 3) {
          continue;
        }
        for (KbEntry entry : kb.lookup(stem)) {
          if ((entry.type().equals("GPE") || entry.type().equals("LOC"))
              && entry.attribute("kind").filter(k -> !k.equals("city")).isPresent()) {
            return Optional.of(entry);
          }
        }
      }
      return Optional.empty();
    }

    boolean isSentenceInitial(int i) {
      if (tokens.has(i, TokenFlags.GLUE_CASE)) {
        return true;
      }
      for (int k = i - 1; k >= sentenceFirst; k--) {
        TokenKind kind = tokens.kind(k);
        if (kind == TokenKind.QUOTE || kind == TokenKind.DASH || kind == TokenKind.PUNCT && !is(k, ",")) {
          if (is(k, ":") || kind == TokenKind.DASH) {
            return true; // a headline's topic: "Oil: Russia..."
          }
          continue;
        }
        return false;
      }
      return true;
    }

    // ------------------------------------------------------------------ the article as a whole

    /**
     * Gives every occurrence of the same words the type of its best-evidenced occurrence, and types a
     * surname alone as the person named in full, an organization's distinctive first word as it.
     */
    void makeConsistent() {
      ByKey best = scratch.best.clear();
      ByKey surnames = scratch.surnames.clear();
      ByKey orgFirstWords = scratch.orgFirstWords.clear();
      for (Candidate c : found) {
        if (c.type == null || c.headline && c.strength <= WEAK) {
          continue;
        }
        int key = keyOf(c);
        Candidate b = best.get(key);
        if (b == null || c.strength > b.strength) {
          best.put(key, c);
        }
        if (c.to - c.from >= 2 && c.type.equals(EntityType.PERSON) && !isInitial(c.to - 1)) {
          surnames.putIfAbsent(key(c.to - 1, c.to), c);
        }
        if (c.to - c.from >= 2 && c.type.equals(EntityType.ORG)) {
          // "Lufthansa" for "Deutsche Lufthansa AG", "Nordvik" for "Nordvik Energy"
          for (int i = c.from; i < c.to; i++) {
            if (cover[i] == FREE && !isDictionaryWord(i) && tokens.has(i, TokenFlags.CAPITALIZED)
                && !tokens.has(i, TokenFlags.ALL_UPPER)
                && !in(i, NameWords.C_ORG_HEADS)) {
              orgFirstWords.putIfAbsent(key(i, i + 1), c);
            }
          }
        }
      }
      // "Massa" alone, a town the knowledge base knows, after "Sergio Massa": the person's surname.
      for (int i = 0; i < tokens.size(); i++) {
        if (cover[i] != SOFT || owner[i] < 0 || !isPlainCapitalized(i) || !isMinorPlaceToken(i, false)
            || i + 1 < tokens.size() && tokens.has(i + 1, TokenFlags.CAPITALIZED)
            || i > 0 && (isPlainCapitalized(i - 1) || is(i - 1, "in") || is(i - 1, "at") || is(i - 1, "near")
                || is(i - 1, "from") || is(i - 1, "to") || is(i - 1, "of"))) {
          continue;
        }
        Candidate person = surnames.get(key(i, i + 1));
        if (person != null && person.strength >= MEDIUM) {
          Candidate c = new Candidate(i, i + 1, false);
          c.label(EntityType.PERSON, WEAK, "ner.person.surname");
          found.add(c);
        }
      }
      // Runs with places inside that the article names elsewhere replace their pieces, in one pass.
      boolean[] replaced = null;
      List<Candidate> wholeRuns = new ArrayList<>();
      for (int[] run : softRuns) {
        Candidate b = best.get(key(run[0], run[1]));
        if (b != null) {
          replaced = replaced != null ? replaced : new boolean[tokens.size()];
          java.util.Arrays.fill(replaced, run[0], run[1], true);
          Candidate c = new Candidate(run[0], run[1], false);
          c.label(b.type, b.strength, "ner.same_name");
          c.attributes = b.attributes;
          wholeRuns.add(c);
        }
      }
      if (replaced != null) {
        boolean[] r = replaced;
        found.removeIf(c -> r[c.from]);
        found.addAll(wholeRuns);
      }
      for (Candidate c : found) {
        int key = keyOf(c);
        Candidate b = best.get(key);
        if (b != null && b != c && (c.type == null || b.strength > c.strength)) {
          c.type = b.type;
          c.strength = b.strength;
          c.rule = "ner.same_name";
          c.attributes = b.attributes;
          continue;
        }
        // A one-word name typed only by a weak cue ("Kallisto said") takes the type of the longer name
        // the article gives it ("Kallisto Breeze Holdings").
        boolean weakSingle = c.type != null && c.strength == WEAK && c.rule.startsWith("ner.person.name.");
        if ((c.type == null || weakSingle) && c.to - c.from == 1) {
          Candidate person = surnames.get(key);
          Candidate org = orgFirstWords.get(key);
          if (person != null) {
            c.label(EntityType.PERSON, WEAK, "ner.person.surname");
          } else if (org != null) {
            c.type = EntityType.ORG;
            c.rule = "ner.org.short";
          } else if (weakSingle) {
            continue;
          } else if (tokens.has(c.from, TokenFlags.ALL_UPPER)) {
            labelAsAcronym(c);
            if (c.type == null && isBareAcronym(c.from)) {
              c.label(EntityType.ORG, WEAK, "ner.org.acronym.bare"); // "NASA", "the FAA"
            }
          }
        }
      }
    }

    /**
     * An undefined acronym of letters that is not a common abbreviation (TV, GDP, CEO), a time zone or a
     * Roman numeral: news names organizations so.
     */
    boolean isBareAcronym(int i) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      if (e - s < 2 || e - s > 5 || in(i, NameWords.C_NON_ORG_ACRONYMS)) {
        return false;
      }
      if (e - s >= 4 && isDictionaryWord(i) && (upperWordAt(i - 1) || upperWordAt(i + 1))) {
        return false; // "SELLS CAMBRIDGE PLANT", "TO CLOSE NORWOOD PLANT": a headline in capitals
      }
      boolean roman = true;
      for (int k = s; k < e; k++) {
        char ch = text.charAt(k);
        if (ch < 'A' || ch > 'Z') {
          return false;
        }
        roman &= "IVXLCDM".indexOf(ch) >= 0;
      }
      return !roman;
    }

    /** Whether token {@code k} exists and is a word in capitals. */
    boolean upperWordAt(int k) {
      return k >= 0 && k < tokens.size() && tokens.kind(k) == TokenKind.WORD && tokens.has(k, TokenFlags.ALL_UPPER)
          && tokens.end(k) - tokens.start(k) >= 2;
    }

    /**
     * "CERC" alone, after "Caribbean Energy Regulatory Commission": the acronym of a name found. Each
     * distinct acronym is compared once with each distinct name.
     */
    void labelAsAcronym(Candidate c) {
      String acronym = text.substring(tokens.start(c.from), tokens.end(c.from));
      if (!acronymTypes.containsKey(acronym)) {
        if (longForms == null) {
          longForms = new LinkedHashMap<>();
          for (Candidate full : found) {
            if (full.type != null && full.to - full.from >= 2 && !full.type.equals(EntityType.PERSON)) {
              longForms.putIfAbsent(text.substring(tokens.start(full.from), tokens.end(full.to - 1)), full.type);
            }
          }
          // In order, with the initial Acronyms.mayMatch compares, once per long form.
          longFormTexts = longForms.keySet().toArray(new String[0]);
          longFormTypes = longForms.values().toArray(new EntityType[0]);
          longFormInitials = new int[longFormTexts.length];
          for (int f = 0; f < longFormTexts.length; f++) {
            longFormInitials[f] = Acronyms.initialOf(longFormTexts[f]);
          }
        }
        EntityType type = null;
        int first = Acronyms.firstLetterOf(acronym, 0, acronym.length());
        for (int f = 0; f < longFormTexts.length; f++) {
          // mayMatch, a necessary condition at the cost of a compare, rejects most pairs
          int initial = longFormInitials[f];
          if ((initial == -1 || initial == first) && Acronyms.matches(acronym, 0, acronym.length(), longFormTexts[f])) {
            type = longFormTypes[f];
            break;
          }
        }
        acronymTypes.put(acronym, Optional.ofNullable(type));
      }
      acronymTypes.get(acronym).ifPresent(t -> c.label(t, WEAK, "ner.acronym"));
    }

    void emit() {
      List<Mention> mentions = ws.mentions();
      List<Mention> added = new ArrayList<>();
      // A defined acronym is found twice, when its long form is typed and when its own run is read:
      // one mention per span.
      SpanSet spans = scratch.spans.clear();
      for (Candidate c : found) {
        if (c.type == null || c.headline && c.strength <= WEAK && c.rule.startsWith("ner.person.name")) {
          continue;
        }
        if (!spans.add((long) c.from << 32 | c.to)) {
          continue;
        }
        // Most names take no attributes, or one absorbed mention's map as is: the map builder is made
        // only when two sources of attributes are merged (a later value replacing an earlier in place).
        Map<String, String> attributes = c.attributes;
        boolean merged = false;
        for (int i = c.from; i < c.to; i++) {
          if (owner[i] >= 0 && cover[i] != HARD && !dropped.get(owner[i])) {
            dropped.set(owner[i]);
            Mention absorbed = mentions.get(owner[i]);
            if (keepsAttributesOf(c, absorbed, owner[i])) {
              if (attributes == null) {
                attributes = absorbed.attributes();
              } else {
                if (!merged) {
                  attributes = new LinkedHashMap<>(attributes);
                  merged = true;
                }
                attributes.putAll(absorbed.attributes());
              }
            }
          }
        }
        int start = nameStart(c);
        int end = nameEnd(c);
        Mention.Builder mention = Mention.builder(new Span(start, end), text.substring(start, end), c.type).rule(c.rule);
        if (attributes != null) {
          mention.attributes(attributes);
        }
        added.add(mention.build());
      }
      if (added.isEmpty() && dropped.isEmpty()) {
        return;
      }
      List<Mention> kept = new ArrayList<>(mentions.size() + added.size());
      for (int m = 0; m < mentions.size(); m++) {
        if (!dropped.get(m)) {
          kept.add(mentions.get(m));
        }
      }
      kept.addAll(added);
      mentions.clear();
      mentions.addAll(kept);
    }

    /** Whether name {@code c} takes the attributes (the id) of mention {@code m}, {@code absorbed} into it. */
    boolean keepsAttributesOf(Candidate c, Mention absorbed, int m) {
      if (absorbed.type().equals(c.type) && !c.type.equals(EntityType.PERSON) && !c.distinct) {
        // "Baltic" + "Sea" keeps the sea's id; "Amazon Fund" is not Amazon; "Ford Motor Co" is Ford
        return !(c.type.equals(EntityType.ORG) && !onlyLegalFormsAfter(c, absorbed));
      }
      // "Ferdinand Marcos": the known person whose given name is the one before "Marcos", not a
      // namesake ("Stephanie Powell" is not Jerome Powell)
      return c.type.equals(EntityType.PERSON) && absorbed.type().equals(EntityType.PERSON)
          && absorbed.rule().equals("kb") && isKnownGivenName(c.from, m);
    }

    /** Whether token {@code t} is the given name the knowledge base records for the person of mention {@code m}. */
    boolean isKnownGivenName(int t, int m) {
      int e = entry(m);
      String given = e < 0 ? null : kb.attributeOrNull(e, "given");
      return given != null && given.contentEquals(text.subSequence(tokens.start(t), tokens.end(t)));
    }

    /** Whether the tokens of {@code c} after {@code absorbed} are legal forms only ("Co", "AG", "Group"). */
    boolean onlyLegalFormsAfter(Candidate c, Mention absorbed) {
      for (int t = c.from; t < c.to; t++) {
        if (tokens.start(t) >= absorbed.end()
            && !NameWords.LEGAL_FORMS.contains(text, tokens.start(t), tokens.end(t)) && !is(t, ".")) {
          return false;
        }
        if (tokens.end(t) <= absorbed.start() && !is(t, "the")) {
          return false;
        }
      }
      return true;
    }

    /**
     * Where a name starts: at its first token, or inside it after a glued place name the tokenizer could
     * not split ("GdanskTomasz Wisniewski" starts at "Tomasz").
     */
    int nameStart(Candidate c) {
      int s = tokens.start(c.from);
      int e = tokens.end(c.from);
      if (c.to - c.from < 2 || tokens.has(c.from, TokenFlags.ALL_UPPER)) {
        return s;
      }
      for (int k = s + 3; k < e - 1; k++) {
        if (Character.isUpperCase(text.charAt(k)) && Character.isLowerCase(text.charAt(k - 1))) {
          return kb.hasAlias(text.subSequence(s, k)) ? k : s;
        }
      }
      return s;
    }

    /**
     * "Bank of Ghanawhich said", "Kamau Thuggewho": where a name ends whose last word was glued to a
     * lower-case relative word when a quotation mark or a comma was lost in scraping ("which", "who",
     * "whose", "that", "where", "when", "while"), or to a function word or verb of four letters or more
     * after a known name ("Accrawill", "Sahelwith"; not "Parishad", Paris + "had"). The glued word is no
     * part of the name.
     */
    int nameEnd(Candidate c) {
      int i = c.to - 1;
      int s = tokens.start(i);
      int e = tokens.end(i);
      if (e - s < 7 || tokens.kind(i) != TokenKind.WORD || !tokens.has(i, TokenFlags.CAPITALIZED)
          || tokens.has(i, TokenFlags.ALL_UPPER | TokenFlags.HYPHENATED) || !Character.isLowerCase(text.charAt(e - 1))) {
        return e;
      }
      for (String tail : GLUED_RELATIVES) {
        int k = e - tail.length();
        if (k - s >= 4 && text.startsWith(tail, k) && !isDictionaryWord(i)
            && !NameWords.isProperName(text, s, e) && !kb.hasAlias(text.subSequence(s, e))) {
          return k;
        }
      }
      for (String tail : GLUED_WORDS) {
        int k = e - tail.length();
        if (k - s >= 4 && text.startsWith(tail, k) && !isDictionaryWord(i) && !NameWords.isProperName(text, s, e)
            && !kb.hasAlias(text.subSequence(s, e))
            && (NameWords.isProperName(text, s, k) || kb.hasAlias(text.subSequence(s, k)))) {
          return k;
        }
      }
      return e;
    }

    // ------------------------------------------------------------------ helpers

    /** {@code key(c.from, c.to)}, made once per candidate (its range never changes). */
    int keyOf(Candidate c) {
      if (c.key < 0) {
        c.key = key(c.from, c.to);
      }
      return c.key;
    }

    /** The id of {@code text.substring(start of from, end of to - 1).toLowerCase(Locale.ROOT)}. */
    int key(int from, int to) {
      if (keys == null) {
        keys = scratch.keys.reset(text);
      }
      return keys.id(tokens.start(from), tokens.end(to - 1));
    }

    /** The first '-' in {@code [s, e)}, or -1: never searches past the token. */
    int indexOfDash(int s, int e) {
      for (int k = s; k < e; k++) {
        if (text.charAt(k) == '-') {
          return k;
        }
      }
      return -1;
    }

    boolean is(int i, String word) {
      int s = tokens.start(i);
      return tokens.end(i) - s == word.length() && CaseFold.regionEquals(text, s, word);
    }
  }

  /**
   * One thread's tables for {@link Pass#makeConsistent}, reused from article to article (each is
   * cleared before use): most articles need them, and allocating them per article cost more than
   * clearing the part the last one used.
   */
  private static final class Scratch {
    final LowerCaseKeys keys = new LowerCaseKeys("");
    final ByKey best = new ByKey();
    final ByKey surnames = new ByKey();
    final ByKey orgFirstWords = new ByKey();
    /** The plain capitalized tokens of a sentence ({@link Pass#readSentence}). */
    private int[] caps = new int[64];

    int[] caps(int size) {
      if (caps.length < size) {
        caps = new int[Math.max(size, caps.length * 2)];
      }
      return caps;
    }

    /** The token spans {@link Pass#emit} made mentions of. */
    final SpanSet spans = new SpanSet();
  }

  /** A set of token spans {@code from << 32 | to} ({@code to > 0}, so never 0): open addressing. */
  private static final class SpanSet {
    private long[] slots = new long[64];
    private int size;

    SpanSet clear() {
      if (size > 0) {
        java.util.Arrays.fill(slots, 0L);
        size = 0;
      }
      return this;
    }

    /** Adds {@code span}; whether it was absent. */
    boolean add(long span) {
      int mask = slots.length - 1;
      int s = slot(span) & mask;
      for (long v; (v = slots[s]) != 0; s = (s + 1) & mask) {
        if (v == span) {
          return false;
        }
      }
      slots[s] = span;
      if (++size * 2 > slots.length) {
        long[] old = slots;
        slots = new long[old.length * 2];
        int m = slots.length - 1;
        for (long v : old) {
          if (v != 0) {
            int t = slot(v) & m;
            while (slots[t] != 0) {
              t = (t + 1) & m;
            }
            slots[t] = v;
          }
        }
      }
      return true;
    }

    private static int slot(long v) {
      return (int) ((v * 0x9E3779B97F4A7C15L) >>> 32);
    }
  }

  /** Candidates by key id ({@link LowerCaseKeys}), ids being dense from 0: a map of an array. */
  private static final class ByKey {
    private Candidate[] byKey = new Candidate[32];
    /** Keys below this may hold a candidate. */
    private int used;

    /** Empties the map (only the part used), for another article. */
    ByKey clear() {
      java.util.Arrays.fill(byKey, 0, used, null);
      used = 0;
      return this;
    }

    Candidate get(int key) {
      return key < byKey.length ? byKey[key] : null;
    }

    void put(int key, Candidate c) {
      grow(key);
      byKey[key] = c;
    }

    void putIfAbsent(int key, Candidate c) {
      grow(key);
      if (byKey[key] == null) {
        byKey[key] = c;
      }
    }

    private void grow(int key) {
      if (key >= byKey.length) {
        byKey = java.util.Arrays.copyOf(byKey, Math.max(key + 1, byKey.length * 2));
      }
      used = Math.max(used, key + 1);
    }
  }

  /** Relative words a name's last word may be glued to (see {@code Pass.nameEnd}). */
  private static final String[] GLUED_RELATIVES = {"which", "whose", "who", "that", "where", "when", "while"};

  /** Function words and verbs a known name may be glued to (see {@code Pass.nameEnd}). */
  private static final String[] GLUED_WORDS = {
    "have", "were", "will", "would", "with", "also", "after", "from"
  };

  private static boolean isPlace(EntityType type) {
    return type.equals(EntityType.GPE) || type.equals(EntityType.NORP) || type.equals(EntityType.LOC);
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return 0L;
    }
  }

  private static boolean inside(Optional<Span> span, int offset) {
    return span.isPresent() && span.get().start() <= offset && offset < span.get().end();
  }

  private static final class Holder {
    static final NameStage INSTANCE = new NameStage(KnowledgeBase.defaults());
  }
}
