package dev.gazette.internal.ner;

import dev.gazette.EntityType;
import dev.gazette.Mention;
import dev.gazette.Span;
import dev.gazette.internal.kb.KbEntry;
import dev.gazette.internal.kb.KnowledgeBase;
import dev.gazette.internal.pipeline.Stage;
import dev.gazette.internal.kb.AliasKeys;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.text.SentenceBuffer;
import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.TokenFlags;
import dev.gazette.internal.text.WordSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

  /** Sentences before the description's own in which its company may be named. */
  private static final int WINDOW_SENTENCES = 2;

  private final KnowledgeBase kb;

  public AnaphorStage(KnowledgeBase kb) {
    this.kb = kb;
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
    Set<String> present = new LinkedHashSet<>();
    for (Mention m : ws.mentions()) {
      String id = m.attributes().get("kb_id");
      if (id != null) {
        present.add(id);
      }
    }
    List<Mention> found = new ArrayList<>();
    boolean[] covered = null;
    for (String id : present) {
      int index = kb.indexOf(id);
      if (index < 0 || kb.attributeOrNull(index, "anaphors") == null) {
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
      for (String phrase : anaphors.get().split(",")) {
        find(ws, covered, entry.get(), phrase.trim().split(" +"), found);
      }
    }
    ws.mentions().addAll(found);
    linkCompanyDescriptions(ws);
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
    List<Mention> orgs = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type().equals(EntityType.ORG) && !m.attributes().containsKey("anaphor")) {
        orgs.add(m);
      }
    }
    if (orgs.isEmpty()) {
      return;
    }
    orgs.sort(null);
    boolean[] covered = ws.tokensCoveredByMentions();
    Optional<Span> leadRepeat = ws.article().leadRepeat();
    List<Mention> found = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      int first = sentences.firstToken(s);
      int end = sentences.endToken(s);
      for (int i = first; i + 1 < end; i++) {
        int n = i + 1;
        if (!matches(text, tokens, i, "the", true) || covered[n] || !tokens.has(n, TokenFlags.ALL_LOWER)
            || !COMPANY_NOUNS.contains(text, tokens.start(n), tokens.end(n))
            || n + 1 < end && (tokens.has(n + 1, TokenFlags.CAPITALIZED) || matches(text, tokens, n + 1, "of", true))) {
          continue;
        }
        int start = tokens.start(n);
        if (leadRepeat.isPresent() && leadRepeat.get().start() <= start && start < leadRepeat.get().end()) {
          continue;
        }
        int windowStart = tokens.start(sentences.firstToken(Math.max(0, s - WINDOW_SENTENCES)));
        Mention antecedent = antecedent(orgs, windowStart, tokens.start(i), leadRepeat);
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

  /**
   * The organization named most often in the article up to {@code before} among those named in
   * {@code [windowStart, before)}, the first named of equals; null if none.
   */
  private static Mention antecedent(List<Mention> orgs, int windowStart, int before, Optional<Span> leadRepeat) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    java.util.Map<String, Mention> firstInWindow = new java.util.LinkedHashMap<>();
    for (Mention m : orgs) {
      if (m.start() >= before) {
        break;
      }
      if (leadRepeat.isPresent() && leadRepeat.get().start() <= m.start() && m.start() < leadRepeat.get().end()) {
        continue;
      }
      String key = m.attributes().getOrDefault("kb_id", AliasKeys.fold(m.text()));
      counts.merge(key, 1, Integer::sum);
      if (m.start() >= windowStart) {
        firstInWindow.putIfAbsent(key, m);
      }
    }
    Mention best = null;
    int bestCount = 0;
    for (java.util.Map.Entry<String, Mention> e : firstInWindow.entrySet()) {
      int c = counts.get(e.getKey());
      if (c > bestCount) {
        best = e.getValue();
        bestCount = c;
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

  private static boolean matches(String text, TokenBuffer tokens, int t, String word, boolean ignoreCase) {
    int s = tokens.start(t);
    return tokens.end(t) - s == word.length() && text.regionMatches(ignoreCase, s, word, 0, word.length());
  }

  private static final class Holder {
    static final AnaphorStage INSTANCE = new AnaphorStage(KnowledgeBase.defaults());
  }
}
