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

  /** Nouns that describe a company after "the": "the group announced", "the carmaker said". */
  private static final WordSet COMPANY_NOUNS =
      WordSet.of(
          "company", "group", "firm", "carmaker", "automaker", "chipmaker", "manufacturer", "maker", "lender",
          "insurer", "airline", "carrier", "miner", "operator", "conglomerate", "retailer", "producer",
          "supplier", "exporter", "refiner", "shipper", "broadcaster", "newspaper", "bank", "startup",
          "start-up", "drugmaker", "steelmaker", "giant", "utility");

  /** Titles that describe a person after "the": "the minister said", "the Chinese leader". */
  private static final WordSet PERSON_NOUNS =
      WordSet.of(
          "minister", "president", "premier", "chancellor", "leader", "spokesman", "spokeswoman", "ambassador",
          "governor", "mayor", "commander", "envoy", "chairman", "chairwoman", "king", "emir", "pope");

  /** Sentences before the description's own in which its company may be named. */
  private static final int WINDOW_SENTENCES = 2;

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
      if (m.type().equals(EntityType.ORG) && !m.attributes().containsKey("anaphor")) {
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
        if (n >= end || !tokens.has(n, TokenFlags.ALL_LOWER)
            || n + 1 < end && (tokens.has(n + 1, TokenFlags.CAPITALIZED) || matches(text, tokens, n + 1, "of", true))) {
          continue;
        }
        boolean company = COMPANY_NOUNS.contains(text, tokens.start(n), tokens.end(n));
        boolean person = !company && PERSON_NOUNS.contains(text, tokens.start(n), tokens.end(n));
        if (!company && !person || person && n > i + 1 && tokens.has(n - 1, TokenFlags.ALL_LOWER)) {
          continue;
        }
        if (covered == null) {
          covered = ws.tokensCoveredByMentions();
          orgs.sort(null);
          people.sort(null);
          counts = new Counts(orgs, leadRepeat);
        }
        if (covered[n]) {
          continue;
        }
        int start = tokens.start(n);
        if (leadRepeat.isPresent() && leadRepeat.get().start() <= start && start < leadRepeat.get().end()) {
          continue;
        }
        int windowStart = tokens.start(sentences.firstToken(Math.max(0, s - WINDOW_SENTENCES)));
        Mention antecedent = company
            ? antecedent(orgs, counts, windowStart, tokens.start(i), country)
            : person(people, windowStart, tokens.start(i), leadRepeat, country,
                text.substring(tokens.start(n), tokens.end(n)), text);
        if (antecedent == null) {
          continue;
        }
        Mention.Builder m =
            Mention.builder(new Span(start, tokens.end(n)), text.substring(start, tokens.end(n)), antecedent.type())
                .rule(DESCRIPTION_RULE)
                .attribute("anaphor", "1");
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
  private static Mention antecedent(List<Mention> orgs, Counts counts, int windowStart, int before, String country) {
    int end = counts.advanceTo(before);
    Mention best = null;
    int bestCount = 0;
    Set<String> seen = new HashSet<>();
    for (int k = firstFrom(orgs, windowStart); k < end; k++) {
      Mention m = orgs.get(k);
      String c = m.attributes().get("country");
      if (counts.inLeadRepeat[k] || country != null && c != null && !c.equals(country) || !seen.add(counts.keys[k])) {
        continue;
      }
      int n = counts.counts.getOrDefault(counts.keys[k], 0);
      if (n > bestCount) {
        best = m;
        bestCount = n;
      }
    }
    return best;
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
          || m.attributes().containsKey("anaphor")
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

  private boolean hasTitle(Mention m, String noun, String text) {
    String lower = noun.toLowerCase(Locale.ROOT);
    String id = m.attributes().get("kb_id");
    int e = id == null ? -1 : kb.indexOf(id);
    if (e >= 0) {
      String title = kb.attributeOrNull(e, "title");
      String role = kb.attributeOrNull(e, "role");
      if (title != null && title.toLowerCase(Locale.ROOT).contains(lower)
          || lower.equals("leader") && role != null && role.startsWith("head_of")) {
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
