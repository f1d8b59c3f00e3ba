package dev.gazette.internal.pipeline;

import dev.gazette.Entity;
import dev.gazette.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges mentions into entities: mentions of one type that share a knowledge-base id, a normalized
 * value, or else the same case-folded text are one entity. The canonical name is the longest mention.
 * Entities are numbered in order of first mention.
 */
public final class EntityGrouper {
  private EntityGrouper() {}

  public static List<Entity> group(List<Mention> mentions) {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(null);
    Map<String, List<Mention>> groups = new LinkedHashMap<>();
    for (Mention m : sorted) {
      groups.computeIfAbsent(key(m), k -> new ArrayList<>()).add(m);
    }
    List<Entity> entities = new ArrayList<>(groups.size());
    for (List<Mention> group : groups.values()) {
      Mention first = group.get(0);
      String name = first.text();
      for (Mention m : group) {
        if (m.text().length() > name.length()) {
          name = m.text();
        }
      }
      Entity.Builder b = Entity.builder("e" + (entities.size() + 1), first.type(), name);
      first.value().ifPresent(b::value);
      for (Mention m : group) {
        b.attributes(m.attributes());
        b.mention(m);
      }
      entities.add(b.build());
    }
    return entities;
  }

  private static String key(Mention m) {
    String kbId = m.attributes().get("kb_id");
    String identity =
        kbId != null ? "kb:" + kbId : m.value().map(v -> "value:" + v).orElseGet(() -> "text:" + m.text().toLowerCase(Locale.ROOT));
    return m.type().name() + '\u0000' + identity;
  }
}
