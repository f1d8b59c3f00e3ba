package dev.gazette.internal.ner;

import dev.gazette.EntityType;
import dev.gazette.Mention;
import dev.gazette.Span;
import dev.gazette.internal.kb.KbEntry;
import dev.gazette.internal.kb.AliasKeys;
import dev.gazette.internal.kb.KnowledgeBase;
import dev.gazette.internal.pipeline.Stage;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.text.CaseFold;
import dev.gazette.internal.text.SentenceBuffer;
import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.TokenFlags;
import dev.gazette.internal.text.WordSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the definite descriptions the knowledge base lists as {@code anaphors} of an entry ("the Fund"
 * for the IMF, "the Alliance" for NATO), but only for entries the article already names: "the Fund"
 * alone is any fund. The mention covers the words after "the" and carries the entry's id, so the
 * grouper makes it one entity with the name.
 *
 * <p>Then it links definite descriptions of a company ("the company", "the group", "the carmaker") to
 * the organization they refer to: the organization the article names most often among those named in
 * the same or the two sentences before, the first named of equals. Such a mention carries the
 * attribute {@code anaphor=1}: it is a link, not a name, so that relation rules can use "the group
 * announced" as the company's statement; entities never list it among their mentions (news annotation,
 * ours and CoNLL's, does not mark descriptions as names).
 *
 * <p>Cost: one scan of the tokens per anaphor of an entry present in the article, a handful at most,
 * and one scan of the tokens for descriptions.
 */
public final class AnaphorStage implements Stage {
  private static final String RULE = "kb.anaphor";
  private static final String DESCRIPTION_RULE = "ner.anaphor";

  /**
   * The attribute that marks a mention as referring back to an entity named elsewhere ("the Fund",
   * "he"): such mentions join their antecedent's entity and never name an entity of their own.
   */
  public static final String ANAPHOR = "anaphor";

  /** Titles that describe a person after "the": "the minister said", "the Chinese leader". */
  private static final WordSet PERSON_NOUNS =
      WordSet.of(
          "minister", "president", "premier", "chancellor", "leader", "spokesman", "spokeswoman", "ambassador",
          "governor", "mayor", "commander", "envoy", "chairman", "chairwoman", "king", "emir", "pope");

  /**
   * Words of a title before its person noun, in either case: "the Kosovar Prime Minister", "the
   * foreign minister", "the Deputy Prime Minister".
   */
  private static final WordSet TITLE_MODIFIERS =
      WordSet.of(
          "prime", "foreign", "defence", "defense", "finance", "economy", "interior", "justice", "energy",
          "trade", "health", "deputy", "vice");

  /** Sentences before the description's own in which its company may be named. */
  private static final int WINDOW_SENTENCES = 2;

  /** Sentences before the description's own in which an organization of a strict kind may be named. */
  private static final int STRICT_WINDOW_SENTENCES = 3;

  /**
   * What a definite description of an organization fits, by its head noun. A loose one ("the company",
   * "the group", "the bank") takes the organization named most often nearby that nothing shows to be of
   * another kind, as the company descriptions always did; a strict one ("the ministry", "the court",
   * "the federation") only an organization its knowledge-base kind or a word of its name shows to be of
   * that kind ("Ministry", "Court", "Federation"), and only when one such organization is named nearby.
   *
   * @param loose whether an organization of unknown kind fits (the most frequent is taken)
   * @param kinds knowledge-base kinds that fit
   * @param names capitalized words of a name that show the kind ("Ministry of Defence")
   * @param notNames words of a name that show another kind (loose descriptions only)
   * @param notKinds knowledge-base kinds that do not fit (loose descriptions only; others of a known kind
   *     fit when {@code kinds} is empty)
   */
  private record Desc(boolean loose, Set<String> kinds, Set<String> names, Set<String> notNames,
      Set<String> notKinds) {
    static Desc strict(Set<String> kinds, String... names) {
      return new Desc(false, kinds, Set.of(names), Set.of(), Set.of());
    }
  }

  /** Words of a name that show an organization not to be a company. */
  private static final Set<String> PUBLIC_NAME_WORDS = Set.of(
      "Ministry", "Department", "Court", "Tribunal", "Army", "Police", "Federation", "Association", "Council",
      "Committee", "Commission", "Parliament", "Assembly", "Party", "League", "Agency", "Authority",
      "University", "Government", "Forces", "Militia", "Brigades", "Front", "Movement", "Organisation",
      "Organization", "Nations", "Alliance", "Congress", "Senate", "Office", "Navy", "Military", "Athletics");
  /** Words that end a company's name: they outweigh a word of {@link #PUBLIC_NAME_WORDS}. */
  private static final Set<String> COMPANY_SUFFIXES = Set.of(
      "Ltd", "Inc", "Corp", "Co", "PLC", "Plc", "plc", "AG", "SA", "NV", "LLC", "SpA", "GmbH", "Limited",
      "Corporation", "Holdings");
  /** Knowledge-base kinds of organizations that are not companies. */
  private static final Set<String> PUBLIC_KINDS = Set.of(
      "ministry", "court", "military", "legislature", "government", "party", "armed_group", "international",
      "agency", "ngo", "sport", "university", "central_bank", "think_tank", "religion", "seat_of_power", "exchange");

  private static final Desc COMPANY = new Desc(true, Set.of(), Set.of(), PUBLIC_NAME_WORDS, PUBLIC_KINDS);
  /** "the group": also a militant group, a party or a charity. */
  private static final Desc GROUP = new Desc(true, Set.of(), Set.of(),
      Set.of("Ministry", "Department", "Court", "Tribunal", "Police", "Parliament", "Assembly", "Government",
          "Senate", "Congress", "Army", "Navy", "Military", "Agency", "Authority", "University", "Nations"),
      Set.of("ministry", "court", "military", "legislature", "government", "agency", "university",
          "central_bank", "seat_of_power", "international", "sport", "exchange"));
  private static final Desc BANK = new Desc(true, Set.of("central_bank"), Set.of("Bank"),
      minus(PUBLIC_NAME_WORDS, "Authority", "Agency"), minus(PUBLIC_KINDS, "central_bank"));
  private static final Desc CENTRAL_BANK = Desc.strict(Set.of("central_bank"), "Central", "Reserve");
  private static final Desc ARMED = Desc.strict(Set.of("armed_group"), "Militia", "Brigades", "Brigade", "Front",
      "Movement", "Army", "Forces", "Rebels");
  private static final Desc BODY = Desc.strict(Set.of("sport", "international", "agency", "ngo", "legislature",
      "court"), "Federation", "Confederation", "Association", "Union", "League", "Council", "Committee",
      "Commission", "Authority", "Agency", "Board", "Organisation", "Organization", "Athletics", "Assembly",
      "Tribunal", "Court", "Body");

  /** The descriptions of organizations, by head noun; the value is an index in {@link #DESCS}. */
  private static final WordSet ORG_NOUNS;
  private static final Desc[] DESCS;

  static {
    Map<String, Desc> m = new HashMap<>();
    for (String w : new String[] {"company", "firm", "carmaker", "automaker", "chipmaker", "manufacturer", "maker",
        "insurer", "airline", "carrier", "miner", "operator", "conglomerate", "retailer", "producer", "supplier",
        "exporter", "refiner", "shipper", "broadcaster", "newspaper", "startup", "start-up", "drugmaker",
        "steelmaker", "giant", "utility"}) {
      m.put(w, COMPANY);
    }
    m.put("group", GROUP);
    m.put("bank", BANK);
    m.put("lender", BANK);
    m.put("ministry", Desc.strict(Set.of("ministry"), "Ministry", "Department"));
    m.put("department", Desc.strict(Set.of("ministry"), "Department", "Ministry"));
    Desc court = Desc.strict(Set.of("court"), "Court", "Tribunal");
    m.put("court", court);
    m.put("tribunal", court);
    Desc military = Desc.strict(Set.of("military"), "Army", "Military", "Navy", "Forces");
    m.put("army", military);
    m.put("military", military);
    m.put("navy", Desc.strict(Set.of(), "Navy"));
    for (String w : new String[] {"militia", "rebels", "insurgents", "militants", "guerrillas", "jihadists"}) {
      m.put(w, ARMED);
    }
    Desc alliance = Desc.strict(Set.of(), "Alliance", "Coalition", "Bloc", "Union", "Pact", "Treaty");
    m.put("alliance", alliance);
    m.put("bloc", alliance);
    m.put("coalition", Desc.strict(Set.of(), "Coalition", "Alliance"));
    Desc federation = Desc.strict(Set.of("sport"), "Federation", "Confederation", "Association", "Athletics", "FA");
    m.put("federation", federation);
    m.put("confederation", federation);
    m.put("association", Desc.strict(Set.of("sport"), "Association"));
    m.put("union", Desc.strict(Set.of(), "Union"));
    m.put("league", Desc.strict(Set.of(), "League"));
    m.put("council", Desc.strict(Set.of(), "Council"));
    m.put("committee", Desc.strict(Set.of(), "Committee"));
    m.put("commission", Desc.strict(Set.of(), "Commission"));
    m.put("board", Desc.strict(Set.of(), "Board"));
    m.put("agency", Desc.strict(Set.of("agency"), "Agency"));
    m.put("authority", Desc.strict(Set.of(), "Authority"));
    m.put("party", Desc.strict(Set.of("party"), "Party"));
    m.put("foundation", Desc.strict(Set.of(), "Foundation"));
    m.put("institute", Desc.strict(Set.of(), "Institute"));
    Desc legislature = Desc.strict(Set.of("legislature"), "Parliament", "Assembly", "Congress", "Senate");
    m.put("parliament", legislature);
    m.put("assembly", legislature);
    Desc regulator = Desc.strict(Set.of("agency"), "Authority", "Commission", "Agency", "Regulator", "Office",
        "Board", "Administration", "Watchdog");
    m.put("regulator", regulator);
    m.put("watchdog", regulator);
    m.put("organisation", Desc.strict(Set.of("international", "ngo", "sport", "agency"), "Organisation",
        "Organization"));
    m.put("organization", m.get("organisation"));
    m.put("body", BODY);
    Map<String, Integer> values = new HashMap<>();
    List<Desc> list = new ArrayList<>();
    list.add(null);
    for (Map.Entry<String, Desc> e : m.entrySet()) {
      values.put(e.getKey(), list.size());
      list.add(e.getValue());
    }
    ORG_NOUNS = WordSet.withValues(values);
    DESCS = list.toArray(new Desc[0]);
  }

  private static Set<String> minus(Set<String> set, String... out) {
    Set<String> copy = new HashSet<>(set);
    copy.removeAll(Set.of(out));
    return Set.copyOf(copy);
  }

  /**
   * Lower-case words that may stand between "the" (and a nationality) and the noun of a description:
   * "the governing body", "the Swiss food group", "the state-owned lender", "the foreign ministry".
   */
  private static final WordSet MODIFIERS = WordSet.of(
      "governing", "disciplinary", "world", "global", "sports", "sport's", "football", "athletics", "national",
      "state", "state-owned", "state-run", "central", "foreign", "interior", "defence", "defense", "finance",
      "justice", "health", "economy", "trade", "energy", "militant", "rebel", "armed", "islamist", "jihadist",
      "paramilitary", "ruling", "supreme", "top", "high", "constitutional", "appeals", "regional",
      "international", "food", "oil", "mining", "tech", "technology", "media", "telecoms", "telecom", "chemicals",
      "pharmaceutical", "pharmaceuticals", "car", "steel", "investment", "insurance", "retail", "tobacco",
      "shipping", "construction", "engineering", "defence-industry", "aerospace", "software", "internet",
      "e-commerce", "banking", "private", "listed", "anti-doping", "electoral", "competition", "antitrust",
      "financial", "securities", "nuclear", "military", "intelligence", "security");
  /** Modifiers that make "the group" or "the movement" an armed group: "the militant group". */
  private static final WordSet ARMED_MODIFIERS =
      WordSet.of("militant", "rebel", "armed", "islamist", "jihadist", "paramilitary");
  /**
   * Words after which a strict description opens a clause, as its subject ("..., the ministry said",
   * "and the court ruled", "said the federation"), or is the source of a statement ("according to the
   * ministry"); after any other word it is an object ("told the court", "to head the commission").
   */
  private static final WordSet CLAUSE_OPENERS = WordSet.of(
      ",", "and", "but", "that", "while", "as", "when", "though", "although", "because", "\"", "“", "”", "'",
      "‘", "’", ":", ";", "(", "-", "—", "–", "said", "says", "added", "adds", "wrote", "warned", "announced",
      "stated", "insisted", "noted", "explained", "where", "so", "yet", "then",
      "also", "meanwhile", "however", "now", "later", "earlier", "if", "once", "whereas");

  private final KnowledgeBase kb;
  private final PronounLinker pronouns;
  private final byte[] anaphorsKnown;
  private final java.util.concurrent.ConcurrentHashMap<Integer, String[][]> phrasesOfEntry =
      new java.util.concurrent.ConcurrentHashMap<>();

  public AnaphorStage(KnowledgeBase kb) {
    this(kb, new PronounLinker(kb));
  }

  private AnaphorStage(KnowledgeBase kb, PronounLinker pronouns) {
    this.kb = kb;
    this.pronouns = pronouns;
    this.anaphorsKnown = new byte[kb.size()];
  }

  /** The stage over the default knowledge base. */
  public static AnaphorStage defaults() {
    return Holder.INSTANCE;
  }

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void process(Workspace ws) {
    // The ids in order of first mention (as a LinkedHashSet's would be); a set only to skip repeats,
    // and only entries that have anaphors cost more than a lookup of the id.
    Set<String> seen = null;
    List<Mention> found = new ArrayList<>();
    boolean[] covered = null;
    List<Mention> mentions = ws.mentions();
    int note = 0; // the knowledge-base stage noted its mentions' entries, in the order it added them
    for (int k = 0, size = mentions.size(); k < size; k++) {
      Mention mention = mentions.get(k);
      int index = -1;
      if (note < ws.kbNotes() && ws.kbNoteMention(note) == mention) {
        index = ws.kbNoteSource(note) == kb ? ws.kbNoteEntry(note) : -1;
        note++;
        if (index >= 0 && !hasAnaphors(index)) {
          continue; // most entries have none: no id to look up or remember
        }
      }
      String id = mention.attributes().get("kb_id");
      if (id == null) {
        continue;
      }
      if (seen == null) {
        seen = new HashSet<>();
      }
      if (!seen.add(id)) {
        continue;
      }
      if (index < 0) {
        index = kb.indexOf(id);
      }
      if (index < 0 || !hasAnaphors(index)) {
        continue; // most entries have none: skip building the entry
      }
      Optional<KbEntry> entry = kb.byId(id);
      Optional<String> anaphors = entry.flatMap(e -> e.attribute("anaphors"));
      if (anaphors.isEmpty()) {
        continue;
      }
      if (covered == null) {
        covered = ws.tokensCoveredByMentions();
      }
      for (String[] words : phrases(index, anaphors.get())) {
        find(ws, covered, entry.get(), words, found);
      }
    }
    mentions.addAll(found);
    linkCompanyDescriptions(ws);
    pronouns.link(ws);
  }

  /**
   * Whether entry {@code index} lists anaphors, remembered per entry (0 not yet asked, 1 no, 2 yes): a
   * byte read instead of the attribute lookup for the entries an article names. Threads that race on an
   * entry write the same answer.
   */
  private boolean hasAnaphors(int index) {
    byte known = anaphorsKnown[index];
    if (known == 0) {
      known = kb.attributeOrNull(index, "anaphors") == null ? (byte) 1 : (byte) 2;
      anaphorsKnown[index] = known;
    }
    return known == 2;
  }

  /**
   * The words of each of entry {@code index}'s anaphors ({@code "the Fund,the Alliance"}), split once per
   * entry rather than once per article that names it (the stage is shared between threads).
   */
  private String[][] phrases(int index, String anaphors) {
    return phrasesOfEntry.computeIfAbsent(index, k -> {
      String[] list = anaphors.split(",");
      String[][] out = new String[list.length][];
      for (int p = 0; p < list.length; p++) {
        out[p] = list[p].trim().split(" +");
      }
      return out;
    });
  }

  /**
   * "the group based in Aarhus announced": a description of a company after "the", in lower case, not
   * followed by a name (then it introduces that name: "the group CMOC") nor by "of", becomes a mention
   * of the organization it refers to (see the class comment), marked {@code anaphor=1}.
   */
  private void linkCompanyDescriptions(Workspace ws) {
    List<Mention> mentions = ws.mentions();
    TokenBuffer tokens = ws.tokens();
    SentenceBuffer sentences = ws.sentences();
    String text = ws.text();
    // Cost: one pass over the mentions to index them, then per description only the mentions of its
    // window (a few sentences), so that the stage stays linear on long texts.
    List<Mention> orgs = new ArrayList<>();
    List<Mention> people = new ArrayList<>();
    Map<Integer, Mention> demonyms = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type().equals(EntityType.ORG) && !m.attributes().containsKey(ANAPHOR)) {
        orgs.add(m);
      } else if (m.type().equals(EntityType.PERSON)) {
        people.add(m);
      } else if (m.type().equals(EntityType.NORP) && m.attributes().containsKey("country")) {
        demonyms.putIfAbsent(m.start(), m);
      }
    }
    // Sorting, counting and the covered tokens wait for the first description: most "the"s are
    // followed by no company or person noun, and many articles have none.
    Counts counts = null;
    boolean[] covered = null;
    Optional<Span> leadRepeat = ws.article().leadRepeat();
    List<Mention> found = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      int first = sentences.firstToken(s);
      int end = sentences.endToken(s);
      for (int i = first; i + 1 < end; i++) {
        if (!matches(text, tokens, i, "the", true)) {
          continue;
        }
        // "the French group": a demonym between "the" and the noun says whose it is
        int n = i + 1;
        String country = null;
        Mention demonym = n < end && !demonyms.isEmpty() ? demonyms.get(tokens.start(n)) : null;
        if (demonym != null) {
          country = demonym.attributes().get("country");
          while (n < end && tokens.start(n) < demonym.end()) {
            n++;
          }
        }
        // "the Kosovar Prime Minister", "the Serbian head of state": a title of more than a lower-case noun
        int title = n < end ? personTitleEnd(text, tokens, n, end) : -1;
        boolean titled = title > n || title == n && !tokens.has(n, TokenFlags.ALL_LOWER);
        if (!titled && (n >= end || !tokens.has(n, TokenFlags.ALL_LOWER))) {
          continue;
        }
        // "the governing body", "the state-owned lender": up to two modifiers before the noun
        int k = titled ? title : n;
        while (!titled && k - n < 2 && k + 1 < end && tokens.has(k + 1, TokenFlags.ALL_LOWER)
            && MODIFIERS.contains(text, tokens.start(k), tokens.end(k))
            && (ORG_NOUNS.valueOf(text, tokens.start(k + 1), tokens.end(k + 1)) != 0
                || MODIFIERS.contains(text, tokens.start(k + 1), tokens.end(k + 1)))) {
          k++;
        }
        if (k + 1 < end && (tokens.has(k + 1, TokenFlags.CAPITALIZED) || matches(text, tokens, k + 1, "of", true))) {
          continue;
        }
        int v = titled ? 0 : ORG_NOUNS.valueOf(text, tokens.start(k), tokens.end(k));
        Desc desc = v == 0 ? null : DESCS[v];
        int titleStart = n;
        boolean person = titled || desc == null && k == n && PERSON_NOUNS.contains(text, tokens.start(n), tokens.end(n));
        if (desc == null && !person || person && n > i + 1 && tokens.has(n - 1, TokenFlags.ALL_LOWER)) {
          continue;
        }
        boolean modified = k > n;
        if (modified && (desc == GROUP || desc == BODY) && ARMED_MODIFIERS.contains(text, tokens.start(k - 1), tokens.end(k - 1))) {
          desc = ARMED; // "the militant group"
        } else if (modified && desc == BANK && matches(text, tokens, k - 1, "central", true)) {
          desc = CENTRAL_BANK;
        }
        if (desc != null && !desc.loose() && i > first && !CLAUSE_OPENERS.contains(text, tokens.start(i - 1), tokens.end(i - 1))
            && !(matches(text, tokens, i - 1, "to", true) && i - 1 > first && matches(text, tokens, i - 2, "according", true))) {
          continue; // "told the court", "to head the commission": not the one who acts
        }
        n = k;
        if (covered == null) {
          covered = ws.tokensCoveredByMentions();
          orgs.sort(null);
          people.sort(null);
          counts = new Counts(orgs, leadRepeat);
        }
        if (covered[n]) {
          continue;
        }
        if (desc != null && n + 2 < end && matches(text, tokens, n + 1, ",", false)
            && tokens.has(n + 2, TokenFlags.CAPITALIZED) && startsOrganization(orgs, tokens.start(n + 2))) {
          continue; // "the securities firm, Walwyn Stodgell Ltd.": it introduces the name that follows
        }
        int start = tokens.start(titled ? titleStart : n);
        if (leadRepeat.isPresent() && leadRepeat.get().start() <= start && start < leadRepeat.get().end()) {
          continue;
        }
        boolean strict = desc != null && (!desc.loose() || modified);
        int windowStart = tokens.start(sentences.firstToken(
            Math.max(0, s - (desc != null && !desc.loose() ? STRICT_WINDOW_SENTENCES : WINDOW_SENTENCES))));
        Mention antecedent = desc == null
            ? person(people, windowStart, tokens.start(i), leadRepeat, country,
                text.substring(start, tokens.end(n)), text)
            : strict
                ? organization(desc, orgs, counts, windowStart, tokens.start(i), country, demonym, text, tokens, n)
                : antecedent(desc, orgs, counts, windowStart, tokens.start(i), country);
        if (antecedent == null) {
          continue;
        }
        Mention.Builder m =
            Mention.builder(new Span(start, tokens.end(n)), text.substring(start, tokens.end(n)), antecedent.type())
                .rule(DESCRIPTION_RULE)
                .attribute(ANAPHOR, "1");
        String kbId = antecedent.attributes().get("kb_id");
        if (kbId != null) {
          m.attribute("kb_id", kbId);
        } else {
          m.attribute("antecedent", antecedent.text());
        }
        found.add(m.build());
        covered[n] = true;
      }
    }
    mentions.addAll(found);
  }

  /** Running counts of the organizations named so far, advanced in text order. */
  private static final class Counts {
    final List<Mention> orgs;
    final String[] keys;
    final boolean[] inLeadRepeat;
    final Map<String, Integer> counts = new HashMap<>();
    int next;

    Counts(List<Mention> orgs, Optional<Span> leadRepeat) {
      this.orgs = orgs;
      this.keys = new String[orgs.size()];
      this.inLeadRepeat = new boolean[orgs.size()];
      for (int k = 0; k < keys.length; k++) {
        Mention m = orgs.get(k);
        String kbId = m.attributes().get("kb_id");
        keys[k] = kbId != null ? kbId : AliasKeys.fold(m.text()); // folded only when unlinked
        inLeadRepeat[k] = leadRepeat.isPresent() && leadRepeat.get().start() <= m.start()
            && m.start() < leadRepeat.get().end();
      }
    }

    /** fit(desc, orgs[k], null) + 1 by description, 0 while not asked: descriptions repeat in an article. */
    private Map<Desc, byte[]> fits;

    /** {@code stage.fit(desc, orgs.get(k), null)}, asked once per description and organization. */
    int fit(AnaphorStage stage, Desc desc, int k) {
      if (fits == null) {
        fits = new java.util.IdentityHashMap<>();
      }
      byte[] known = fits.computeIfAbsent(desc, d -> new byte[orgs.size()]);
      if (known[k] == 0) {
        known[k] = (byte) (stage.fit(desc, orgs.get(k), null) + 1);
      }
      return known[k] - 1;
    }

    /** Counts every organization that starts before {@code offset}; returns the end of those. */
    int advanceTo(int offset) {
      while (next < orgs.size() && orgs.get(next).start() < offset) {
        if (!inLeadRepeat[next]) {
          counts.merge(keys[next], 1, Integer::sum);
        }
        next++;
      }
      return next;
    }
  }

  /** Whether an organization of sorted {@code orgs} starts at {@code offset}. */
  private static boolean startsOrganization(List<Mention> orgs, int offset) {
    int k = firstFrom(orgs, offset);
    return k < orgs.size() && orgs.get(k).start() == offset;
  }

  /** The index of the first mention of sorted {@code list} starting at or after {@code offset}. */
  private static int firstFrom(List<Mention> list, int offset) {
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The organization named most often in the article up to {@code before} among those named in
   * {@code [windowStart, before)} (and, when {@code country} is given, of that country or of none
   * known), the first named of equals; null if none.
   */
  private Mention antecedent(Desc desc, List<Mention> orgs, Counts counts, int windowStart, int before, String country) {
    int end = counts.advanceTo(before);
    Mention best = null;
    int bestCount = 0;
    int from = firstFrom(orgs, windowStart);
    // The keys taken so far: a window holds a few organizations, so a short list, else a set.
    Set<String> seen = end - from > 16 ? new HashSet<>() : null;
    String[] taken = seen == null ? new String[Math.max(0, end - from)] : null;
    int nTaken = 0;
    for (int k = from; k < end; k++) {
      Mention m = orgs.get(k);
      String c = m.attributes().get("country");
      if (counts.inLeadRepeat[k] || country != null && c != null && !c.equals(country)) {
        continue;
      }
      String key = counts.keys[k];
      if (seen != null) {
        if (!seen.add(key)) {
          continue;
        }
      } else {
        boolean again = false;
        for (int j = 0; j < nTaken && !again; j++) {
          again = taken[j].equals(key);
        }
        if (again) {
          continue;
        }
        taken[nTaken++] = key;
      }
      if (counts.fit(this, desc, k) == 0) {
        continue; // "the company" is not the ministry named before it
      }
      int n = counts.counts.getOrDefault(counts.keys[k], 0);
      if (n > bestCount) {
        best = m;
        bestCount = n;
      }
    }
    return best;
  }

  /**
   * The one organization named in {@code [windowStart, before)} that description {@code desc} fits
   * (for a strict one, by kind or name; see {@link Desc}), null if none or several: of several, those
   * of the demonym's country ("the Kenyan federation") or whose name holds the noun ("the federation":
   * "Kenya Athletics Federation") are taken when that leaves one.
   */
  private Mention organization(Desc desc, List<Mention> orgs, Counts counts, int windowStart, int before,
      String country, Mention demonym, String text, TokenBuffer tokens, int noun) {
    int end = counts.advanceTo(before);
    String nounWord = text.substring(tokens.start(noun), tokens.end(noun));
    List<Mention> found = new ArrayList<>(2);
    List<String> keys = new ArrayList<>(2);
    for (int k = firstFrom(orgs, windowStart); k < end; k++) {
      Mention m = orgs.get(k);
      if (counts.inLeadRepeat[k] || fit(desc, m, nounWord) < (desc.loose() ? 1 : 2)) {
        continue;
      }
      if (country != null && countryOf(m, null, null) != null && !country.equals(countryOf(m, null, null))) {
        continue;
      }
      int at = keys.indexOf(counts.keys[k]);
      if (at >= 0) {
        found.set(at, m);
      } else {
        keys.add(counts.keys[k]);
        found.add(m);
      }
    }
    if (found.size() > 1 && country != null) {
      List<Mention> ofCountry = new ArrayList<>();
      for (Mention m : found) {
        if (country.equals(countryOf(m, country, demonym))) {
          ofCountry.add(m);
        }
      }
      if (!ofCountry.isEmpty()) {
        found = ofCountry;
      }
    }
    if (found.size() > 1) {
      String head = Character.toUpperCase(nounWord.charAt(0)) + nounWord.substring(1).toLowerCase(Locale.ROOT);
      List<Mention> named = new ArrayList<>();
      for (Mention m : found) {
        if (hasWord(m.text(), Set.of(head))) {
          named.add(m);
        }
      }
      found = named;
    }
    return found.size() == 1 ? found.get(0) : null;
  }

  /**
   * How well description {@code desc} fits organization {@code m}: 2 when its knowledge-base kind, a
   * word of its name or its listed anaphors ("the Alliance") show the kind, 1 when nothing shows
   * another kind (loose descriptions only), 0 when it does not fit.
   */
  private int fit(Desc desc, Mention m, String noun) {
    String id = m.attributes().get("kb_id");
    int e = id == null ? -1 : kb.indexOf(id);
    String kind = null;
    String sector = null;
    String name = null;
    if (e >= 0) {
      kind = kb.attributeOrNull(e, "kind");
      sector = kb.attributeOrNull(e, "sector");
      name = kb.name(e);
      String anaphors = noun == null ? null : kb.attributeOrNull(e, "anaphors");
      if (anaphors != null && anaphors.toLowerCase(Locale.ROOT).contains("the " + noun.toLowerCase(Locale.ROOT))) {
        return 2;
      }
    }
    if (kind != null && desc.kinds().contains(kind) || hasWord(m.text(), desc.names())
        || name != null && hasWord(name, desc.names())
        || desc == BANK && ("banking".equals(sector) || "finance".equals(sector))) {
      return 2;
    }
    if (!desc.loose()) {
      return 0;
    }
    if (kind != null && desc.notKinds().contains(kind)
        || desc == BANK && sector != null && !"banking".equals(sector) && !"finance".equals(sector)
        || !hasWord(m.text(), COMPANY_SUFFIXES)
            && (hasWord(m.text(), desc.notNames()) || name != null && hasWord(name, desc.notNames()))) {
      return 0; // "Halvard Trade Council", but not "Thomson Organisation Ltd"
    }
    return 1;
  }

  /**
   * The country of organization {@code m}: its {@code country} attribute; else, when {@code country} is
   * given, that country if the name holds the country's name or the demonym's text ("Athletics Kenya",
   * "Kenyan Athletics Federation"); else null.
   */
  private String countryOf(Mention m, String country, Mention demonym) {
    String c = m.attributes().get("country");
    if (c != null || country == null) {
      return c;
    }
    String place = kb.nameOfId("gpe:" + country);
    if (place != null && hasWord(m.text(), Set.of(place)) || demonym != null && hasWord(m.text(), Set.of(demonym.text()))) {
      return country;
    }
    return null;
  }

  /** Whether one of {@code words} stands in {@code name} as a whole word (or words), exact case. */
  private static boolean hasWord(String name, Set<String> words) {
    for (String w : words) {
      int at = name.indexOf(w);
      while (at >= 0) {
        int end = at + w.length();
        if ((at == 0 || !Character.isLetterOrDigit(name.charAt(at - 1)))
            && (end == name.length() || !Character.isLetterOrDigit(name.charAt(end)))) {
          return true;
        }
        at = name.indexOf(w, at + 1);
      }
    }
    return false;
  }

  /** Adds a mention for every uncovered occurrence of {@code words}, exact case after "the". */
  private void find(Workspace ws, boolean[] covered, KbEntry entry, String[] words, List<Mention> out) {
    boolean article = words.length > 1 && words[0].equalsIgnoreCase("the");
    int first = article ? 1 : 0;
    String text = ws.text();
    TokenBuffer tokens = ws.tokens();
    Optional<Span> leadRepeat = ws.article().leadRepeat();
    for (int i = 0; i + words.length <= tokens.size(); i++) {
      boolean match = true;
      for (int w = 0; w < words.length && match; w++) {
        int t = i + w;
        match = !covered[t] && matches(text, tokens, t, words[w], w == 0 && article);
      }
      if (!match) {
        continue;
      }
      int start = tokens.start(i + first);
      int end = tokens.end(i + words.length - 1);
      if (leadRepeat.isPresent() && leadRepeat.get().start() <= start && start < leadRepeat.get().end()) {
        continue;
      }
      Mention.Builder m =
          Mention.builder(new Span(start, end), text.substring(start, end), EntityType.of(entry.type()))
              .rule(RULE)
              .attribute("kb_id", entry.id());
      entry.attribute("country").ifPresent(c -> m.attribute("country", c));
      out.add(m.build());
      for (int t = i; t < i + words.length; t++) {
        covered[t] = true;
      }
    }
  }

  /**
   * "the minister", "the Chinese leader": the last person named in {@code [windowStart, before)} who
   * has that title, if exactly one person there has it. A person has the title when the knowledge base
   * says so (its {@code title}, or a head of state or government for "leader") or when the title word
   * stands in the six tokens before the name or in an apposition right after it; a demonym before the
   * noun must name the person's country when the knowledge base knows it.
   */
  private Mention person(List<Mention> mentions, int windowStart, int before, Optional<Span> leadRepeat,
      String country, String noun, String text) {
    Mention found = null;
    String foundKey = null;
    for (int k = firstFrom(mentions, windowStart); k < mentions.size() && mentions.get(k).start() < before; k++) {
      Mention m = mentions.get(k);
      if (!m.type().equals(EntityType.PERSON) || m.start() < windowStart || m.start() >= before
          || m.attributes().containsKey(ANAPHOR)
          || leadRepeat.isPresent() && leadRepeat.get().start() <= m.start() && m.start() < leadRepeat.get().end()) {
        continue;
      }
      String c = m.attributes().get("country");
      if (country != null && c != null && !c.equals(country)) {
        continue;
      }
      if (!hasTitle(m, noun, text)) {
        continue;
      }
      String key = m.attributes().getOrDefault("kb_id", lastWord(m.text()));
      if (found != null && !key.equals(foundKey)) {
        return null; // two people with that title: ambiguous
      }
      if (found == null || m.start() > found.start()) {
        found = m;
        foundKey = key;
      }
    }
    return found;
  }

  /**
   * The last token of a person's title starting at {@code n}: up to two title words before a person
   * noun ("Prime Minister", "foreign minister"), or "head of state/government"; else -1.
   */
  private static int personTitleEnd(String text, TokenBuffer tokens, int n, int end) {
    if (n + 2 < end && matches(text, tokens, n, "head", true) && matches(text, tokens, n + 1, "of", true)
        && (matches(text, tokens, n + 2, "state", true) || matches(text, tokens, n + 2, "government", true))) {
      return n + 2;
    }
    for (int t = n; t < end && t - n <= 2; t++) {
      if (PERSON_NOUNS.contains(text, tokens.start(t), tokens.end(t))) {
        return t;
      }
      if (!TITLE_MODIFIERS.contains(text, tokens.start(t), tokens.end(t))) {
        return -1;
      }
    }
    return -1;
  }

  private boolean hasTitle(Mention m, String noun, String text) {
    String lower = noun.toLowerCase(Locale.ROOT);
    String id = m.attributes().get("kb_id");
    int e = id == null ? -1 : kb.indexOf(id);
    if (e >= 0) {
      String title = kb.attributeOrNull(e, "title");
      String role = kb.attributeOrNull(e, "role");
      if (title != null && title.toLowerCase(Locale.ROOT).contains(lower)
          || (lower.equals("leader") || lower.startsWith("head of")) && role != null && role.startsWith("head_of")) {
        return true;
      }
    }
    int from = Math.max(0, m.start() - 60);
    String original = text.substring(from, m.start());
    String before = original.toLowerCase(Locale.ROOT);
    int cut = Math.max(before.lastIndexOf(". "), before.lastIndexOf(", "));
    if (cut >= 0 && before.length() - cut > 45) {
      before = before.substring(cut);
      original = original.length() == before.length() + cut ? original.substring(cut) : null;
    }
    int at = before.lastIndexOf(lower);
    if (at >= 0 && (original == null || original.length() != before.length()
        || onlyTitleWords(original, at + lower.length()))) {
      return true; // "the minister of defence Guido Crosetto", not "the spokesman added that Guido Crosetto"
    }
    int to = Math.min(text.length(), m.end() + 60);
    String after = text.substring(m.end(), to).toLowerCase(Locale.ROOT);
    if (after.startsWith(", ") && after.indexOf(lower) >= 0 && after.indexOf(lower) < Math.max(after.indexOf(',', 2), 0)) {
      return true; // "Wang Yi, the foreign minister,"
    }
    return false;
  }

  /**
   * Whether the words of {@code before} from {@code from} on are title words, "of", "the" or
   * capitalized (names, nationalities), as between a title and its holder ("minister of defence",
   * "Chinese Foreign"): a verb or conjunction there ("added that") makes the title someone else's.
   */
  private static boolean onlyTitleWords(String before, int from) {
    for (String w : before.substring(from).split("[\\s,]+")) {
      if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0)) && !BETWEEN_TITLE_AND_NAME.contains(w)
          && !PronounLinker.isTitleWord(w)) {
        return false;
      }
    }
    return true;
  }

  /** Small words that may stand between a title and the name: "of", "the", a possessive. */
  private static final Set<String> BETWEEN_TITLE_AND_NAME = Set.of("of", "the", "'s", "’s", "-", "and", "for");

  private static String lastWord(String s) {
    return AliasKeys.fold(s.substring(s.lastIndexOf(' ') + 1));
  }

  private static boolean matches(String text, TokenBuffer tokens, int t, String word, boolean ignoreCase) {
    int s = tokens.start(t);
    return tokens.end(t) - s == word.length()
        && (ignoreCase ? CaseFold.regionEquals(text, s, word) : text.startsWith(word, s));
  }

  private static final class Holder {
    // The default linker: PronounLinker.pronounFits reads genders with it too.
    static final AnaphorStage INSTANCE = new AnaphorStage(KnowledgeBase.defaults(), PronounLinker.defaults());
  }
}
