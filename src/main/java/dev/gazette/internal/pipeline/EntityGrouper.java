package dev.gazette.internal.pipeline;

import dev.gazette.Entity;
import dev.gazette.Mention;
import dev.gazette.Relation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges mentions into entities: mentions of one type that share a knowledge-base id, a normalized
 * value, or else the same case-folded text are one entity. The canonical name is the longest mention.
 * Entities are numbered in order of first mention; relation drafts are then rewritten between entities.
 */
public final class EntityGrouper {
  private final List<Entity> entities = new ArrayList<>();
  private final Map<Mention, String> entityOfMention = new IdentityHashMap<>();

  /** Groups {@code mentions}; read the result with {@link #entities()} and {@link #relations}. */
  public EntityGrouper(List<Mention> mentions) {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(null);
    Map<String, List<Mention>> groups = new LinkedHashMap<>();
    for (Mention m : sorted) {
      groups.computeIfAbsent(key(m), k -> new ArrayList<>()).add(m);
    }
    for (List<Mention> group : groups.values()) {
      Mention first = group.get(0);
      String name = first.text();
      for (Mention m : group) {
        if (m.text().length() > name.length()) {
          name = m.text();
        }
      }
      String id = "e" + (entities.size() + 1);
      Entity.Builder b = Entity.builder(id, first.type(), name);
      first.value().ifPresent(b::value);
      for (Mention m : group) {
        b.attributes(m.attributes());
        b.mention(m);
        entityOfMention.put(m, id);
      }
      entities.add(b.build());
    }
  }

  public List<Entity> entities() {
    return entities;
  }

  /**
   * The drafts as relations between entities, in text order of their evidence, numbered from r1.
   *
   * @throws IllegalStateException if a draft names a mention that was never added
   */
  public List<Relation> relations(String text, List<RelationDraft> drafts) {
    List<RelationDraft> sorted = new ArrayList<>(drafts);
    sorted.sort((a, b) -> a.evidence().compareTo(b.evidence()));
    List<Relation> out = new ArrayList<>(sorted.size());
    for (RelationDraft d : sorted) {
      String subject = entityOf(d.subject());
      Relation.Builder b =
          Relation.builder("r" + (out.size() + 1), d.type(), subject, d.evidence(), d.evidence().text(text))
              .attributes(d.attributes())
              .rule(d.rule())
              .confidence(d.confidence());
      d.object().ifPresent(o -> b.object(entityOf(o)));
      out.add(b.build());
    }
    return out;
  }

  private String entityOf(Mention m) {
    String id = entityOfMention.get(m);
    if (id == null) {
      throw new IllegalStateException("relation argument " + m + " was not added as a mention");
    }
    return id;
  }

  private static String key(Mention m) {
    String kbId = m.attributes().get("kb_id");
    String identity =
        kbId != null ? "kb:" + kbId : m.value().map(v -> "value:" + v).orElseGet(() -> "text:" + m.text().toLowerCase(Locale.ROOT));
    return m.type().name() + '\u0000' + identity;
  }
}
