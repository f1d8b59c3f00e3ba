package dev.gazette.internal.pipeline;

import dev.gazette.Entity;
import dev.gazette.Mention;
import dev.gazette.Relation;
import dev.gazette.internal.ner.AliasResolver;
import dev.gazette.internal.ner.AnaphorStage;
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
  /** The groups, at the index of their entity. */
  private final List<AliasResolver.Group> groups;
  /** The descriptions and pronouns linked to the entities, which their mention lists leave out. */
  private final List<Mention> links = new ArrayList<>();
  /** The entity id of each mention and original, made on the first relation: most articles have none. */
  private Map<Mention, String> entityOfMention;

  /** Groups {@code mentions} with the default knowledge base's names. */
  public EntityGrouper(List<Mention> mentions) {
    this(mentions, Map.of(), AliasResolver.defaults());
  }

  /**
   * Groups {@code mentions}, naming linked entities from {@code canonicalNames} (by {@code kb_id}) before
   * the default knowledge base; read the result with {@link #entities()} and {@link #relations}.
   */
  public EntityGrouper(List<Mention> mentions, Map<String, String> canonicalNames, AliasResolver resolver) {
    groups = resolver.resolve(sortedBySpan(mentions), canonicalNames);
    for (int g = 0; g < groups.size(); g++) {
      entities.add(entity(id(ENTITY_IDS, 'e', g + 1), groups.get(g)));
    }
  }

  /**
   * A copy of {@code mentions} in span order, equal ones in their given order (as a stable sort makes
   * it). The stages append their mentions in runs, so the list is seldom sorted: it is sorted on one
   * long per mention (start, end and index packed) rather than by comparing Mention objects.
   */
  static List<Mention> sortedBySpan(List<Mention> mentions) {
    int n = mentions.size();
    Mention[] given = mentions.toArray(new Mention[0]);
    boolean sorted = true;
    int maxEnd = 0;
    for (int i = 0; i < n; i++) {
      Mention m = given[i];
      maxEnd = Math.max(maxEnd, m.end());
      if (i > 0 && sorted) {
        Mention p = given[i - 1];
        sorted = p.start() < m.start() || p.start() == m.start() && p.end() <= m.end();
      }
    }
    List<Mention> out = new ArrayList<>(n);
    if (sorted) {
      java.util.Collections.addAll(out, given);
      return out;
    }
    if (maxEnd >= 1 << 23 || n >= 1 << 16) {
      java.util.Collections.addAll(out, given);
      out.sort(null); // offsets or counts too large to pack: the plain stable sort
      return out;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = (long) given[i].start() << 40 | (long) given[i].end() << 16 | i;
    }
    java.util.Arrays.sort(keys);
    for (int i = 0; i < n; i++) {
      out.add(given[(int) (keys[i] & 0xFFFF)]);
    }
    return out;
  }

  /**
   * The entity of {@code group}: its mentions but the descriptions linked to it ("the group", a link
   * that lets relations name the entity, not one of its names), and their attributes merged.
   */
  private Entity entity(String id, AliasResolver.Group group) {
    List<Mention> mentions = group.mentions();
    Entity.Builder b = Entity.builder(id, group.type(), withoutFormatChars(group.name()));
    mentions.get(0).value().ifPresent(b::value);
    // The mentions' attributes merged here first (a key keeps its first place and its last value, as
    // the builder's buildKeepingLast does), so the builder gets each key once.
    Map<String, String> attributes = null;
    boolean merged = false;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Map<String, String> more = m.attributes();
      if (!more.isEmpty() && more.containsKey(AnaphorStage.ANAPHOR)) {
        links.add(m);
        continue;
      }
      if (!more.isEmpty()) {
        if (attributes == null) {
          attributes = more; // most entities: one mention with attributes, taken as is
        } else if (!holdsAll(attributes, more)) {
          if (!merged) {
            attributes = new LinkedHashMap<>(attributes); // a copy: mentions' maps stay untouched
            merged = true;
          }
          attributes.putAll(more);
        }
      }
      b.mention(m);
    }
    if (attributes != null) {
      b.attributes(attributes);
    }
    return b.build();
  }

  /**
   * Whether {@code attributes} already has every entry of {@code more}, so that putting them would
   * change nothing: the mentions of one thing mostly carry the same id and country.
   */
  private static boolean holdsAll(Map<String, String> attributes, Map<String, String> more) {
    for (Map.Entry<String, String> e : more.entrySet()) {
      if (!e.getValue().equals(attributes.get(e.getKey()))) {
        return false;
      }
    }
    return true;
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
   * The descriptions and pronouns linked to the entities ("the Serbian leader", "he"): the relation rules
   * matched them, but no entity lists them among its mentions. Grouped by entity, not in text order.
   */
  public List<Mention> links() {
    return links;
  }

  /**
   * The drafts as relations between entities, in text order of their evidence, numbered from r1.
   *
   * @throws IllegalStateException if a draft names a mention that was never added
   */
  public List<Relation> relations(String text, List<RelationDraft> drafts) {
    if (drafts.isEmpty()) {
      return new ArrayList<>(0);
    }
    List<RelationDraft> sorted = new ArrayList<>(drafts);
    sorted.sort((a, b) -> a.evidence().compareTo(b.evidence()));
    List<Relation> out = new ArrayList<>(sorted.size());
    for (RelationDraft d : sorted) {
      String subject = entityOf(d.subject());
      String object = d.object().isPresent() ? entityOf(d.object().get()) : null;
      if (subject.equals(object)) {
        // Two mentions of one entity in both roles ("Hutton ... was rejected by Hutton"): a relation of
        // an entity with itself says nothing.
        continue;
      }
      Relation.Builder b =
          Relation.builder(id(RELATION_IDS, 'r', out.size() + 1), d.type(), subject, d.evidence(), d.evidence().text(text))
              .attributes(d.attributes())
              .rule(d.rule())
              .confidence(d.confidence());
      if (object != null) {
        b.object(object);
      }
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

  /** Relation arguments looked up so far: past a few, a map from mention to entity pays. */
  private int lookups;

  private String entityOf(Mention m) {
    if (entityOfMention == null && lookups++ < 16) {
      // Most articles have a few relations: a scan of the groups costs less than the map. Backwards,
      // so that a mention found twice gives the entity the map would (its last put).
      for (int g = groups.size() - 1; g >= 0; g--) {
        AliasResolver.Group group = groups.get(g);
        List<Mention> ms = group.mentions();
        List<Mention> os = group.originals();
        for (int i = ms.size() - 1; i >= 0; i--) {
          if (os.get(i) == m || ms.get(i) == m) {
            return entities.get(g).id();
          }
        }
      }
      throw new IllegalStateException("relation argument " + m + " was not added as a mention");
    }
    if (entityOfMention == null) {
      entityOfMention = entityOfMention();
    }
    String id = entityOfMention.get(m);
    if (id == null) {
      throw new IllegalStateException("relation argument " + m + " was not added as a mention");
    }
    return id;
  }

  /** Each mention's entity id, and each original's: relation drafts name the mentions as given. */
  private Map<Mention, String> entityOfMention() {
    int n = 0;
    for (int g = 0; g < groups.size(); g++) {
      n += groups.get(g).mentions().size();
    }
    Map<Mention, String> ids = new IdentityHashMap<>(n + 8);
    for (int g = 0; g < groups.size(); g++) {
      AliasResolver.Group group = groups.get(g);
      String id = entities.get(g).id();
      for (int i = 0; i < group.mentions().size(); i++) {
        ids.put(group.mentions().get(i), id);
        ids.put(group.originals().get(i), id); // a retyped mention: relations name the original
      }
    }
    return ids;
  }
}
