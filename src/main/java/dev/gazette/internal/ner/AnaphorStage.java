package dev.gazette.internal.ner;

import dev.gazette.EntityType;
import dev.gazette.Mention;
import dev.gazette.Span;
import dev.gazette.internal.kb.KbEntry;
import dev.gazette.internal.kb.KnowledgeBase;
import dev.gazette.internal.pipeline.Stage;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.text.TokenBuffer;
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
 * <p>Cost: one scan of the tokens per anaphor of an entry present in the article, a handful at most.
 */
public final class AnaphorStage implements Stage {
  private static final String RULE = "kb.anaphor";

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
