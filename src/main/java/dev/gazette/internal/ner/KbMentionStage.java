package dev.gazette.internal.ner;

import com.google.common.collect.ImmutableMap;
import dev.gazette.EntityType;
import dev.gazette.Mention;
import dev.gazette.Span;
import dev.gazette.TokenKind;
import dev.gazette.internal.kb.KbEntry;
import dev.gazette.internal.kb.KnowledgeBase;
import dev.gazette.internal.pipeline.Stage;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.text.SentenceBuffer;
import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.TokenFlags;
import dev.gazette.internal.text.WordSet;
import dev.gazette.internal.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the knowledge base's names in the text: countries, cities, organizations, seats of power,
 * demonyms, people, places. Every alias (and, for people, the surname alone) is matched leftmost-longest
 * over tokens; case keeps "US" apart from "us" and "Turkey" apart from "turkey". When several entries
 * share a name, the most salient wins: a country over a city, a capital over another city, a region
 * over a town of another country, the larger city over the smaller.
 *
 * <p>The phrase index is built once per knowledge base and shared by all threads.
 */
public final class KbMentionStage implements Stage {
  /** Token key ids, reused per thread across articles (only {@code [0, tokens.size())} is read). */
  private static final ThreadLocal<int[]> KEY_IDS = ThreadLocal.withInitial(() -> new int[1024]);
  /** Per token, whether a match may start there ({@link #mayStartMatch}), reused per thread. */
  private static final ThreadLocal<boolean[]> MAY_START = ThreadLocal.withInitial(() -> new boolean[256]);

  private final String rule;

  private final KnowledgeBase kb;
  private final PhraseIndex index;
  /** Per alias, the most salient entry among those sharing its folded key (see {@link #bestEntry}). */
  private final int[] bestEntryOfAlias;
  /** Per entry, its type as an {@link EntityType}. */
  private final EntityType[] entityTypes;
  /**
   * Per entry, {@link Compiled#PERSON} and {@link Compiled#GPE} (its type), {@link Compiled#MINOR_CITY}
   * (a city that is no capital and has under a million people): one array, one cache miss per match.
   */
  private final byte[] entryFlags;
  /** Per entry, its {@code country} attribute or null (equal values share one String). */
  private final String[] country;
  /**
   * Per entry, what its mentions carry, once one was made (see {@link #factsOf}): shared by all of them
   * rather than built per mention. Filled racily by any thread: {@link MentionFacts} has only final
   * fields, so it is safe to publish so, and two threads build equal ones.
   */
  private final MentionFacts[] mentionFacts;

  public KbMentionStage(KnowledgeBase kb, Tokenizer tokenizer) {
    this(kb, tokenizer, "kb");
  }

  /** A stage over {@code kb} whose mentions carry the rule id {@code rule}. */
  public KbMentionStage(KnowledgeBase kb, Tokenizer tokenizer, String rule) {
    this(kb, rule, Compiled.build(kb, tokenizer));
  }

  private KbMentionStage(KnowledgeBase kb, String rule, Compiled c) {
    this.kb = kb;
    this.rule = rule;
    this.index = c.index;
    this.bestEntryOfAlias = c.bestEntryOfAlias;
    int n = kb.size();
    this.entityTypes = new EntityType[n];
    this.entryFlags = new byte[n];
    this.country = new String[n];
    this.mentionFacts = new MentionFacts[n];
    // One EntityType per type name (a knowledge base has a handful), not one validation per entry.
    String lastTypeName = null;
    EntityType lastType = null;
    Map<String, EntityType> types = new HashMap<>();
    for (int e = 0; e < n; e++) {
      String typeName = kb.type(e);
      if (!typeName.equals(lastTypeName)) {
        lastTypeName = typeName;
        lastType = types.computeIfAbsent(typeName, KbMentionStage::entityTypeOrNull);
      }
      entityTypes[e] = lastType; // null: an invalid type, reported when matched, as before
      entryFlags[e] = (byte) (c.entryFlags[e] & (Compiled.PERSON | Compiled.GPE | Compiled.MINOR_CITY));
      int k = c.countryOf[e];
      country[e] = k < 0 ? null : c.countries[k];
    }
  }

  private static EntityType entityTypeOrNull(String name) {
    try {
      return EntityType.of(name);
    } catch (IllegalArgumentException invalid) {
      return null;
    }
  }

  /** The stage over the default knowledge base, built once per JVM. */
  public static KbMentionStage defaults() {
    return Holder.INSTANCE;
  }

  /**
   * A new stage over {@code kb}, from the phrase index compiled at build time ({@link KbIndexFile})
   * when it was compiled from the same tables, else built here (the same stage, slower). For the
   * default knowledge base; load-time benchmarks and tests call it directly.
   */
  public static KbMentionStage load(KnowledgeBase kb) {
    Compiled c = KbIndexFile.readDefault(kb);
    return new KbMentionStage(kb, "kb", c != null ? c : Compiled.build(kb, new Tokenizer()));
  }

  /** Whether {@link #load} finds a compiled index for {@code kb} (for tests). */
  static boolean hasCompiledIndex(KnowledgeBase kb) {
    return KbIndexFile.readDefault(kb) != null;
  }

  /**
   * What the stage derives from its knowledge base before matching: the phrase index of every alias
   * (and person's bare surname), the most salient entry per alias, and per entry the facts matching
   * reads. Built from the knowledge base ({@link #build}) or read back from its compiled form
   * ({@link KbIndexFile}); both give the same arrays.
   */
  static final class Compiled {
    static final int PERSON = 1;
    static final int GPE = 2;
    static final int MINOR_CITY = 4;

    final PhraseIndex index;
    final int[] bestEntryOfAlias;
    /** Per entry: {@link #PERSON}, {@link #GPE}, {@link #MINOR_CITY}. */
    final byte[] entryFlags;
    /** Per entry, its {@code country} attribute as an index into {@link #countries}, or -1. */
    final int[] countryOf;
    /** The distinct {@code country} values, in order of first use. */
    final String[] countries;

    Compiled(PhraseIndex index, int[] bestEntryOfAlias, byte[] entryFlags, int[] countryOf, String[] countries) {
      this.index = index;
      this.bestEntryOfAlias = bestEntryOfAlias;
      this.entryFlags = entryFlags;
      this.countryOf = countryOf;
      this.countries = countries;
    }

    static Compiled build(KnowledgeBase kb, Tokenizer tokenizer) {
      PhraseIndex.Builder b = PhraseIndex.builder(tokenizer);
      for (int alias = 0; alias < kb.aliasCount(); alias++) {
        b.add(kb.aliasText(alias), alias);
      }
      int n = kb.size();
      byte[] flags = new byte[n];
      int[] countryOf = new int[n];
      Map<String, Integer> countryIndex = new HashMap<>();
      List<String> countries = new ArrayList<>();
      for (int e = 0; e < n; e++) {
        String type = kb.type(e);
        if (type.equals("PERSON")) {
          int surnameOnly = -1 - e;
          kb.attribute(e, "surname").ifPresent(s -> b.add(s, surnameOnly));
        }
        flags[e] = (byte) ((type.equals("PERSON") ? PERSON : 0) | (type.equals("GPE") ? GPE : 0)
            | (isMinorCity(kb, e) ? MINOR_CITY : 0));
        countryOf[e] = kb.attribute(e, "country").map(c -> countryIndex.computeIfAbsent(c, c2 -> {
          countries.add(c2);
          return countries.size() - 1;
        })).orElse(-1);
      }
      // The best entry depends only on the alias's key: compute it once per key, at its first alias.
      int[] bestEntryOfAlias = new int[kb.aliasCount()];
      Map<String, Long> cityPeople = cityPeople(kb);
      for (int a = 0; a < bestEntryOfAlias.length; a++) {
        int head = kb.firstAliasWithSameKey(a);
        bestEntryOfAlias[a] = head == a ? bestEntry(kb, a, cityPeople) : bestEntryOfAlias[head];
      }
      return new Compiled(b.build(), bestEntryOfAlias, flags, countryOf, countries.toArray(new String[0]));
    }
  }

  @Override
  public String name() {
    return rule;
  }

  @Override
  public void process(Workspace ws) {
    String text = ws.text();
    TokenBuffer tokens = ws.tokens();
    SentenceBuffer sentences = ws.sentences();
    boolean[] skip = ws.tokensCoveredByMentions(); // a new array: ours to mark
    Optional<Span> leadRepeat = ws.article().leadRepeat();
    boolean[] leadSentence = null;
    if (leadRepeat.isPresent()) {
      // The body's repeat of the lead adds nothing new: its sentences are not matched, so their
      // tokens are not even looked up.
      leadSentence = new boolean[sentences.size()];
      for (int s = 0; s < sentences.size(); s++) {
        int first = sentences.firstToken(s);
        int end = sentences.endToken(s);
        if (first < end && inside(leadRepeat, tokens.start(first))) {
          leadSentence[s] = true;
          Arrays.fill(skip, first, end, true);
        }
      }
    }
    int n = tokens.size();
    boolean[] mayStart = MAY_START.get();
    if (mayStart.length < n) {
      mayStart = new boolean[Math.max(n, mayStart.length * 2)];
      MAY_START.set(mayStart);
    }
    for (int i = 0; i < n; i++) {
      mayStart[i] = mayStartMatch(text, tokens, i);
    }
    int[] keyIds = index.keyIds(text, tokens, skip, mayStart, KEY_IDS.get());
    KEY_IDS.set(keyIds);
    IntSet peopleNamedInFull = new IntSet();
    IntSet named = new IntSet();
    Map<Integer, String> otherBodies = new HashMap<>(); // empty (no table) in most articles
    for (int s = 0; s < sentences.size(); s++) {
      int first = sentences.firstToken(s);
      if (leadSentence != null && leadSentence[s]) {
        continue;
      }
      index.match(
          keyIds,
          first,
          sentences.endToken(s),
          (from, to, payload) -> accept(ws, first, from, to, payload, peopleNamedInFull, named, otherBodies));
    }
  }

  /**
   * Whether a match starting at token {@code i} may fit {@link #caseFits}: its first char is a capital,
   * or it has no lower-case letter, or it is "the" before a capital. A match from any other token is
   * rejected whatever it names, so the phrase index does not look up the tokens only it would reach.
   */
  private static boolean mayStartMatch(String text, TokenBuffer tokens, int i) {
    int s = tokens.start(i);
    int e = tokens.end(i);
    if (capitalFirst(text, s) || !hasLowerCaseLetter(text, s, e)) {
      return true;
    }
    return e - s == 3 && i + 1 < tokens.size() && text.regionMatches(true, s, "the", 0, 3)
        && capitalFirst(text, tokens.start(i + 1));
  }

  private static boolean capitalFirst(String text, int s) {
    char c = text.charAt(s);
    if (c < 128) {
      return c >= 'A' && c <= 'Z';
    }
    return Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  /**
   * Takes a match unless its case or context says it is not this name. A payload {@code >= 0} is an
   * alias; a negative one, {@code -1 - entry}, is the bare surname of a person in the knowledge base,
   * taken only once the article has named that person in full (so "Friday" stays a day).
   */
  private boolean accept(Workspace ws, int sentenceStart, int from, int to, int payload, IntSet namedInFull,
      IntSet named, Map<Integer, String> otherBodies) {
    TokenBuffer tokens = ws.tokens();
    int entry;
    if (payload < 0) {
      entry = -1 - payload;
      if (!namedInFull.contains(entry) || !caseFits(ws.text(), tokens, from, to, 0)) {
        return false;
      }
    } else {
      if (!caseFits(ws.text(), tokens, from, to, kb.aliasFlags(payload))) {
        return false;
      }
      entry = bestEntryOfAlias[payload];
      if ((entryFlags[entry] & Compiled.PERSON) != 0) {
        namedInFull.add(entry);
      }
    }
    if (to - from > 1 && isWord(ws.text(), tokens, from, "the")) {
      from++; // "the Kremlin": the article is not part of the name
    } else if (from > sentenceStart && tailOfLongerName(ws, tokens, from)
        && (to - from > 1 && EntityType.ORG.equals(entityTypes[entry])
            || EntityType.NORP.equals(entityTypes[entry]) && to < tokens.size() && adjacent(tokens, to - 1, to)
                && tokens.has(to, TokenFlags.CAPITALIZED))) {
      // "the Social Democratic Party", "the New Democratic Party of Canada": inside a longer name, not the
      // US "Democratic Party" nor the demonym "Democratic"
      return false;
    }
    String otherCountry = null;
    if (to - from == 1 && country[entry] != null && EntityType.ORG.equals(entityTypes[entry])
        && "legislature".equals(kb.attributeOrNull(entry, "kind"))) {
      otherCountry = countryOfBody(ws, sentenceStart, tokens, from);
      if (otherCountry == null) {
        otherCountry = otherBodies.get(entry); // "the Senate" again, after "the Brazilian Senate"
      } else if (otherCountry.equals(country[entry])) {
        otherCountry = null;
      } else if (!named.contains(entry)) {
        otherBodies.put(entry, otherCountry); // not where the article already named the entry's own body
      }
    }
    if (otherCountry != null) {
      // "the Brazilian Senate", "Chile's Senate", "the Congress in Buenos Aires": a legislature of another
      // country than the one the knowledge base names by this word (the US Senate), and the same word
      // later in an article that has not named the entry's own body before; an organization of that
      // country, not linked to the entry
      int start = tokens.start(from);
      int end = tokens.end(from);
      ws.mentions().add(
          Mention.builder(new Span(start, end), ws.text().substring(start, end), EntityType.ORG)
              .rule(rule)
              .attributes(ImmutableMap.of("country", otherCountry))
              .build());
      return true;
    }
    boolean minorGpeCity = (entryFlags[entry] & (Compiled.GPE | Compiled.MINOR_CITY)) == (Compiled.GPE | Compiled.MINOR_CITY);
    if (to - from == 1 && from == sentenceStart && minorGpeCity
        && (NameWords.isEnglishWord(ws.text(), tokens.start(from), tokens.end(from))
            || tokens.end(from) - tokens.start(from) <= 4 && tokens.has(from, TokenFlags.ALL_UPPER))) {
      // A sentence-initial capital proves nothing: "Deal", "Bath" and "Mobile" are words first, "ICO"
      // an acronym ("Quebec" and "Denver" are no words: they stay places).
      return false;
    }
    if (minorGpeCity && inPersonName(ws.text(), tokens, from, to)) {
      return false;
    }
    int start = tokens.start(from);
    int end = tokens.end(to - 1);
    MentionFacts facts = factsOf(entry);
    Mention mention =
        Mention.builder(new Span(start, end), ws.text().substring(start, end),
            entityTypes[entry] != null ? entityTypes[entry] : EntityType.of(kb.type(entry)))
            .rule(rule)
            .attributes(facts.attributes)
            .build();
    ws.mentions().add(mention);
    ws.noteKbEntry(kb, mention, entry);
    if (named.add(entry)) {
      // once per entry and article: a later putIfAbsent of the same id would change nothing
      ws.canonicalNames().putIfAbsent(facts.id, facts.name);
    }
    return true;
  }

  /**
   * The country whose body the one-word name at token {@code t} is said to be, when the name is an
   * English word ("Senate", "Congress"): a nationality or a country's possessive right before it, or
   * "of" or "in" and a place right after it; null if the sentence does not say.
   */
  private String countryOfBody(Workspace ws, int sentenceStart, TokenBuffer tokens, int t) {
    String text = ws.text();
    if (!NameWords.isEnglishWord(text, tokens.start(t), tokens.end(t))) {
      return null;
    }
    // A nationality right before ("the Brazilian Senate"), or a place's possessive ("Chile's Senate");
    // a place right before is the end of a longer name more often ("the New York Fed").
    int p = t - 1;
    boolean possessive = p > sentenceStart && (isWord(text, tokens, p, "'s") || isWord(text, tokens, p, "’s"));
    if (possessive) {
      p--;
    }
    String before = p >= sentenceStart ? countryOf(text, tokens, p, p + 1, possessive ? null : "NORP") : null;
    if (before != null) {
      return before;
    }
    int n = t + 1;
    if (n < tokens.size() && (isWord(text, tokens, n, "of") || isWord(text, tokens, n, "in"))) {
      n++;
      if (n < tokens.size() && isWord(text, tokens, n, "the")) {
        n++;
      }
      for (int end = Math.min(tokens.size(), n + 3); end > n; end--) {
        String c = countryOf(text, tokens, n, end, null);
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  /**
   * The country of the first knowledge-base entry (of type {@code type}, if not null) named by tokens
   * {@code [from, to)} that has one, or null.
   */
  private String countryOf(String text, TokenBuffer tokens, int from, int to, String type) {
    if (!tokens.has(from, TokenFlags.CAPITALIZED)) {
      return null;
    }
    for (KbEntry e : kb.lookup(text.substring(tokens.start(from), tokens.end(to - 1)))) {
      Optional<String> c = type == null || type.equals(e.type()) ? e.attribute("country") : Optional.empty();
      if (c.isPresent()) {
        return c.get();
      }
    }
    return null;
  }

  /** The attributes, id and canonical name of an entry, as its mentions carry them. */
  private static final class MentionFacts {
    final ImmutableMap<String, String> attributes;
    final String id;
    final String name;

    MentionFacts(ImmutableMap<String, String> attributes, String id, String name) {
      this.attributes = attributes;
      this.id = id;
      this.name = name;
    }
  }

  /**
   * What a mention of {@code entry} carries: attributes (its id, and its country when it has one), and
   * for the article's canonical names its id and name (the knowledge base builds the name anew per call).
   */
  private MentionFacts factsOf(int entry) {
    MentionFacts facts = mentionFacts[entry];
    if (facts == null) {
      String id = kb.id(entry);
      ImmutableMap<String, String> attributes = country[entry] != null
          ? ImmutableMap.of("kb_id", id, "country", country[entry])
          : ImmutableMap.of("kb_id", id);
      facts = new MentionFacts(attributes, id, kb.name(entry));
      mentionFacts[entry] = facts;
    }
    return facts;
  }

  /**
   * Whether a minor town's name is part of a person's: right after a surname particle ("Le Pen"), after
   * capitalized words that start with a given name ("Robert Dole", "Martin Van Buren"), or itself a
   * given name before a capitalized word ("Martin Van Buren"). Towns named after people are many; a
   * larger city keeps its name ("Paris Hilton" is rare in the news).
   */
  private boolean inPersonName(String text, TokenBuffer tokens, int from, int to) {
    if (from > 0 && adjacent(tokens, from - 1, from)
        && isNameParticle(text, tokens.start(from - 1), tokens.end(from - 1))) {
      return true; // "Le Pen", "Van Buren": a surname after its particle
    }
    for (int t = from - 1; t >= Math.max(0, from - 3) && adjacent(tokens, t, t + 1)
        && Character.isUpperCase(text.charAt(tokens.start(t))); t--) {
      if (isCapitalizedGivenName(text, tokens, t)) {
        return true;
      }
    }
    return to - from == 1 && to < tokens.size() && isCapitalizedGivenName(text, tokens, from)
        && Character.isUpperCase(text.charAt(tokens.start(to))) && adjacent(tokens, from, to);
  }

  /** Particles that open a surname ("Le Pen", "Van Buren", "Della Valle"), as written before one. */
  private static final String[] NAME_PARTICLES = {
      "Le", "La", "De", "Di", "Da", "Du", "Del", "Della", "Van", "Von", "Der", "Den", "Des", "Dos", "Das", "Ter"};

  /** Whether {@code text[start, end)} is one of {@link #NAME_PARTICLES}, case and all (no substring made). */
  private static boolean isNameParticle(String text, int start, int end) {
    int len = end - start;
    if (len < 2 || len > 5) {
      return false;
    }
    for (String p : NAME_PARTICLES) {
      if (p.length() == len && text.startsWith(p, start)) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code a} and {@code b} are separated by one space. */
  /**
   * Whether the words from {@code from} on end a longer name: right before them, inside the sentence,
   * a capitalized word that opens the names of parties and bodies ("Social", "National") and that no
   * other mention covers.
   */
  private static boolean tailOfLongerName(Workspace ws, TokenBuffer tokens, int from) {
    int prev = from - 1;
    int s = tokens.start(prev);
    int e = tokens.end(prev);
    if (!adjacent(tokens, prev, from) || tokens.kind(prev) != TokenKind.WORD
        || !tokens.has(prev, TokenFlags.CAPITALIZED) || tokens.has(prev, TokenFlags.ALL_UPPER)
        || !NAME_INTERNAL_WORDS.contains(ws.text(), s, e)) {
      return false; // "Acting Turkish", "New White House", "U.S. Carmaker General Motors": a modifier
    }
    List<Mention> mentions = ws.mentions();
    Mention last = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
    return last == null || last.end() <= tokens.start(prev); // "Chinese Communist Party": a demonym of its own
  }

  /**
   * Words that open the longer names of parties, movements and national bodies ("Social Democratic
   * Party", "National Security Council"); other capitalized words before a name are mostly modifiers
   * ("Acting", "Latest", "Carmaker").
   */
  private static final WordSet NAME_INTERNAL_WORDS = WordSet.of(
      "social", "free", "liberal", "christian", "popular", "progressive", "socialist", "radical", "civic",
      "patriotic", "workers", "peoples", "people's", "united", "green", "national");

  private static boolean adjacent(TokenBuffer tokens, int a, int b) {
    return tokens.start(b) - tokens.end(a) == 1;
  }

  private boolean isCapitalizedGivenName(String text, TokenBuffer tokens, int t) {
    int s = tokens.start(t);
    return Character.isUpperCase(text.charAt(s)) && kb.givenNames().contains(text, s, tokens.end(t));
  }

  /**
   * Whether the matched tokens are written as a name: an all-capitals alias (US, WHO) needs capitals in
   * the text; any other alias needs its first token capitalized or in capitals.
   */
  private static boolean caseFits(String text, TokenBuffer tokens, int from, int to, int aliasFlags) {
    if ((aliasFlags & KnowledgeBase.FLAG_UPPERCASE) != 0) {
      for (int i = from; i < to; i++) {
        if (hasLowerCaseLetter(text, tokens.start(i), tokens.end(i))) {
          return false;
        }
      }
      return true;
    }
    int first = to - from > 1 && isWord(text, tokens, from, "the") ? from + 1 : from;
    return capitalFirst(text, tokens.start(first));
  }

  private static boolean inside(Optional<Span> span, int offset) {
    return span.isPresent() && span.get().start() <= offset && offset < span.get().end();
  }

  private static boolean isWord(String text, TokenBuffer tokens, int i, String lowerCaseWord) {
    int start = tokens.start(i);
    return tokens.end(i) - start == lowerCaseWord.length()
        && text.regionMatches(true, start, lowerCaseWord, 0, lowerCaseWord.length());
  }

  private static boolean hasLowerCaseLetter(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Among all entries with the same folded name as {@code alias}, the most salient one. At build time
   * only: matching reads {@link #bestEntryOfAlias}.
   */
  private static int bestEntry(KnowledgeBase kb, int alias, Map<String, Long> cityPeople) {
    int best = -1;
    long bestScore = Long.MIN_VALUE;
    for (int a = kb.firstAliasWithSameKey(alias); a >= 0; a = kb.nextAliasWithSameKey(a)) {
      int e = kb.aliasEntry(a);
      if (hasKind(kb, e, "region") && hasCityOfItsCountry(kb, alias, e)) {
        continue; // a province named after its capital ("Granada", "Toledo"): the city stands for both
      }
      long score = salience(kb, e, cityPeople) + ((kb.aliasFlags(a) & KnowledgeBase.FLAG_CANONICAL) != 0 ? 1 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return best;
  }

  /** Whether a city of {@code region}'s country shares the key of {@code alias}. */
  private static boolean hasCityOfItsCountry(KnowledgeBase kb, int alias, int region) {
    Optional<String> country = kb.attribute(region, "country");
    for (int a = kb.firstAliasWithSameKey(alias); a >= 0; a = kb.nextAliasWithSameKey(a)) {
      int e = kb.aliasEntry(a);
      if (hasKind(kb, e, "city") && country.isPresent() && country.equals(kb.attribute(e, "country"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasKind(KnowledgeBase kb, int entry, String kind) {
    return kb.attribute(entry, "kind").filter(kind::equals).isPresent();
  }

  /**
   * Regions weigh against cities of the same name by their country's size, measured as the people of
   * its listed cities: a hundredth of them, at most a million. "Ontario" is the Canadian province, not
   * the Californian town, and "Florida" the American state, but "Portland" stays the Oregon city rather
   * than a Jamaican parish, and a metropolis keeps its name ("New York", "Sao Paulo").
   */
  private static long regionSalience(KnowledgeBase kb, int entry, Map<String, Long> cityPeople) {
    long people = kb.attribute(entry, "country").map(c -> cityPeople.getOrDefault(c, 0L)).orElse(0L);
    return Math.min(1_000_000L, people / 100);
  }

  /** Per country code, the summed population of the knowledge base's cities in it. */
  private static Map<String, Long> cityPeople(KnowledgeBase kb) {
    Map<String, Long> out = new HashMap<>();
    for (int e = 0; e < kb.size(); e++) {
      if (hasKind(kb, e, "city")) {
        Optional<String> country = kb.attribute(e, "country");
        long pop = kb.attribute(e, "pop").map(KbMentionStage::parseLong).orElse(0L);
        if (country.isPresent() && pop > 0) {
          out.merge(country.get(), pop, Long::sum);
        }
      }
    }
    return out;
  }

  private static long salience(KnowledgeBase kb, int entry, Map<String, Long> cityPeople) {
    Optional<String> kind = kb.attribute(entry, "kind");
    String type = kb.type(entry);
    if (type.equals("GPE") && kind.filter("country"::equals).isPresent()) {
      return 1L << 50;
    }
    if (type.equals("PERSON") || type.equals("ORG") || type.equals("NORP")) {
      return 1L << 48;
    }
    if (kb.attribute(entry, "capital_of").isPresent()) {
      return 1L << 46;
    }
    if (type.equals("GPE") && kind.filter("region"::equals).isPresent()) {
      return regionSalience(kb, entry, cityPeople);
    }
    long population = kb.attribute(entry, "pop").map(KbMentionStage::parseLong).orElse(0L);
    return type.equals("GPE") ? population : (1L << 40);
  }

  /** At build time only: matching reads {@link #minorCity}. */
  private static boolean isMinorCity(KnowledgeBase kb, int entry) {
    return hasKind(kb, entry, "city")
        && kb.attribute(entry, "capital_of").isEmpty()
        && kb.attribute(entry, "pop").map(KbMentionStage::parseLong).orElse(0L) < 1_000_000L;
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return 0L;
    }
  }

  /** A set of non-negative ints (entries) for one article: open addressing, no boxing. */
  private static final class IntSet {
    private int[] slots = new int[32]; // entry + 1, 0 when empty
    private int size;

    boolean contains(int v) {
      int mask = slots.length - 1;
      for (int s = mix(v) & mask; slots[s] != 0; s = (s + 1) & mask) {
        if (slots[s] == v + 1) {
          return true;
        }
      }
      return false;
    }

    /** Adds {@code v}; whether it was absent. */
    boolean add(int v) {
      int mask = slots.length - 1;
      int s = mix(v) & mask;
      for (; slots[s] != 0; s = (s + 1) & mask) {
        if (slots[s] == v + 1) {
          return false;
        }
      }
      slots[s] = v + 1;
      if (++size * 2 > slots.length) {
        int[] old = slots;
        slots = new int[old.length * 2];
        for (int o : old) {
          if (o != 0) {
            int t = mix(o - 1) & (slots.length - 1);
            while (slots[t] != 0) {
              t = (t + 1) & (slots.length - 1);
            }
            slots[t] = o;
          }
        }
      }
      return true;
    }

    private static int mix(int v) {
      return (v * 0x9E3779B9) >>> 8;
    }
  }

  private static final class Holder {
    static final KbMentionStage INSTANCE = load(KnowledgeBase.defaults());
  }
}
