package dev.gazette.internal.pipeline;

import dev.gazette.Entity;
import dev.gazette.Mention;
import dev.gazette.Relation;
import dev.gazette.internal.ner.AliasResolver;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges mentions into entities, one per real-world thing: see {@link AliasResolver} for which
 * mentions are one thing (same knowledge-base id, value or folded text; a surname and the full name; an
 * acronym and its long form) and for the canonical name (the knowledge base's, else the longest
 * mention). Entities are numbered in order of first mention; relation drafts are then rewritten between
 * entities.
 */
public final class EntityGrouper {
  private final List<Entity> entities = new ArrayList<>();
  private final Map<Mention, String> entityOfMention;

  /** Groups {@code mentions} with the default knowledge base's names. */
  public EntityGrouper(List<Mention> mentions) {
    this(mentions, Map.of(), AliasResolver.defaults());
  }

  /**
   * Groups {@code mentions}, naming linked entities from {@code canonicalNames} (by {@code kb_id}) before
   * the default knowledge base; read the result with {@link #entities()} and {@link #relations}.
   */
  public EntityGrouper(List<Mention> mentions, Map<String, String> canonicalNames, AliasResolver resolver) {
    // Sized for every mention at once: growing it was a tenth of the grouping's time.
    entityOfMention = new IdentityHashMap<>(mentions.size() + 8);
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(null);
    for (AliasResolver.Group group : resolver.resolve(sorted, canonicalNames)) {
      Mention first = group.mentions().get(0);
      String id = id(ENTITY_IDS, 'e', entities.size() + 1);
      Entity.Builder b = Entity.builder(id, group.type(), withoutFormatChars(group.name()));
      first.value().ifPresent(b::value);
      // The mentions' attributes merged here first (a key keeps its first place and its last value, as
      // the builder's buildKeepingLast does), so the builder gets each key once.
      Map<String, String> attributes = null;
      boolean merged = false;
      for (int i = 0; i < group.mentions().size(); i++) {
        Mention m = group.mentions().get(i);
        if (m.attributes().containsKey("anaphor")) {
          // "the group": a link that lets relations name the entity, not one of its names
          entityOfMention.put(m, id);
          entityOfMention.put(group.originals().get(i), id);
          continue;
        }
        if (!m.attributes().isEmpty()) {
          if (attributes == null) {
            attributes = m.attributes(); // most entities: one mention with attributes, taken as is
          } else {
            if (!merged) {
              attributes = new LinkedHashMap<>(attributes); // a copy: mentions' maps stay untouched
              merged = true;
            }
            attributes.putAll(m.attributes());
          }
        }
        b.mention(m);
        entityOfMention.put(m, id);
        Mention original = group.originals().get(i);
        if (original != m) {
          entityOfMention.put(original, id); // a retyped mention: relations name the original
        }
      }
      if (attributes != null) {
        b.attributes(attributes);
      }
      entities.add(b.build());
    }
  }

  /**
   * An unlinked entity is named after its longest mention, whose text may hold invisible format chars
   * ("Mac\u200Dron", a soft hyphen, bidi marks): the name leaves them out, as lookup keys do, so it is
   * the name the clean text gives. Mentions keep the original text.
   */
  static String withoutFormatChars(String name) {
    int i = 0;
    while (i < name.length() && !(name.charAt(i) >= 0x80 && Character.getType(name.charAt(i)) == Character.FORMAT)) {
      i++;
    }
    if (i == name.length()) {
      return name;
    }
    StringBuilder b = new StringBuilder(name.length());
    b.append(name, 0, i);
    for (; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x80 || Character.getType(c) != Character.FORMAT) {
        b.append(c);
      }
    }
    return b.toString();
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
          Relation.builder(id(RELATION_IDS, 'r', out.size() + 1), d.type(), subject, d.evidence(), d.evidence().text(text))
              .attributes(d.attributes())
              .rule(d.rule())
              .confidence(d.confidence());
      d.object().ifPresent(o -> b.object(entityOf(o)));
      out.add(b.build());
    }
    return out;
  }

  /** Ids "e1", "e2"... and "r1", "r2"... made once: an article has a few dozen of each. */
  private static final String[] ENTITY_IDS = ids('e', 256);
  private static final String[] RELATION_IDS = ids('r', 256);

  private static String[] ids(char prefix, int n) {
    String[] ids = new String[n];
    for (int i = 0; i < n; i++) {
      ids[i] = prefix + Integer.toString(i);
    }
    return ids;
  }

  private static String id(String[] cached, char prefix, int n) {
    return n < cached.length ? cached[n] : prefix + Integer.toString(n);
  }

  private String entityOf(Mention m) {
    String id = entityOfMention.get(m);
    if (id == null) {
      throw new IllegalStateException("relation argument " + m + " was not added as a mention");
    }
    return id;
  }

}
