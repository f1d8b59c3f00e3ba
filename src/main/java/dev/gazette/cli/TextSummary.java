package dev.gazette.cli;

import dev.gazette.Article;
import dev.gazette.Entity;
import dev.gazette.EntityType;
import dev.gazette.Extraction;
import dev.gazette.Relation;
import dev.gazette.Span;
import dev.gazette.internal.json.ExtractionJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code text} format: a readable summary of one article, for people rather than programs (its
 * layout may change between versions; programs should read JSON). Entities are grouped by type (the
 * OntoNotes types in their usual order, then custom types by name), dates and times get a section of their
 * own with their normalized values, and each relation shows its arguments by name and its evidence.
 */
final class TextSummary {
  private static final int EVIDENCE_CHARS = 160;

  String render(Extraction x, String source) {
    return render(x.article(), x.entities(), x.relations(), source);
  }

  /** The summary of an extraction given by its parts. */
  String render(Article a, List<Entity> entities, List<Relation> relations, String source) {
    Map<String, Entity> byId = new HashMap<>();
    entities.forEach(e -> byId.put(e.id(), e));
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(oneLine(source)).append('\n');
    sb.append("id ").append(oneLine(a.id()));
    sb.append(", date ").append(a.date().map(Object::toString).orElse("unknown"));
    a.title().ifPresent(t -> sb.append(", title \"").append(oneLine(t)).append('"'));
    sb.append(", ").append(a.text().length()).append(" chars\n");
    a.lead().ifPresent(lead -> {
      sb.append("lead ").append(span(lead));
      a.leadRepeat().ifPresent(r -> sb.append(", repeated at ").append(span(r)));
      sb.append('\n');
    });
    for (Span link : a.relatedLinks()) {
      sb.append("related link ").append(span(link)).append(": ").append(quote(a.text(), link)).append('\n');
    }

    List<Entity> dates = new ArrayList<>();
    Map<EntityType, List<Entity>> byType = new TreeMap<>(TextSummary::compareTypes);
    for (Entity e : entities) {
      if (e.type().equals(EntityType.DATE) || e.type().equals(EntityType.TIME)) {
        dates.add(e);
      } else {
        byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
      }
    }

    sb.append('\n').append("Entities (").append(entities.size() - dates.size()).append(")\n");
    if (byType.isEmpty()) {
      sb.append("  none\n");
    }
    for (Map.Entry<EntityType, List<Entity>> group : byType.entrySet()) {
      sb.append("  ").append(group.getKey().name()).append('\n');
      for (Entity e : group.getValue()) {
        sb.append("    ").append(oneLine(e.name()));
        e.value().ifPresent(v -> sb.append(" = ").append(oneLine(v)));
        sb.append("  x").append(e.mentions().size());
        if (!e.aliases().isEmpty()) {
          sb.append("  aka ").append(oneLine(String.join(", ", e.aliases())));
        }
        appendAttributes(sb, e.attributes());
        sb.append('\n');
      }
    }

    sb.append('\n').append("Dates and times (").append(dates.size()).append(")\n");
    if (dates.isEmpty()) {
      sb.append("  none\n");
    }
    for (Entity e : dates) {
      sb.append("  ").append(e.type().name()).append(' ').append(e.value().map(TextSummary::oneLine).orElse("?"));
      sb.append("  \"").append(oneLine(e.name())).append('"');
      TreeSet<String> others = new TreeSet<>(e.aliases());
      if (!others.isEmpty()) {
        sb.append("  aka ").append(oneLine(String.join(", ", others)));
      }
      appendAttributes(sb, e.attributes());
      sb.append('\n');
    }

    sb.append('\n').append("Relations (").append(relations.size()).append(")\n");
    if (relations.isEmpty()) {
      sb.append("  none\n");
    }
    for (Relation r : relations) {
      sb.append("  ").append(r.type().name()).append("  ").append(name(byId, r.subject()));
      r.object().ifPresent(o -> sb.append(" -> ").append(name(byId, o)));
      sb.append("  (rule ").append(oneLine(r.rule()));
      sb.append(", confidence ").append(ExtractionJson.confidence(r.confidence()).toPlainString()).append(")\n");
      if (!r.attributes().isEmpty()) {
        sb.append("      ");
        String sep = "";
        for (Map.Entry<String, String> kv : new TreeMap<>(r.attributes()).entrySet()) {
          sb.append(sep).append(oneLine(kv.getKey())).append('=').append(shorten(oneLine(kv.getValue()), 100));
          sep = ", ";
        }
        sb.append('\n');
      }
      sb.append("      ").append(quote(a.text(), r.evidence())).append('\n');
    }
    return sb.toString();
  }

  private static String name(Map<String, Entity> byId, String entityId) {
    Entity e = byId.get(entityId);
    return e == null ? entityId : oneLine(e.name());
  }

  private static void appendAttributes(StringBuilder sb, Map<String, String> attributes) {
    if (attributes.isEmpty()) {
      return;
    }
    sb.append("  {");
    String sep = "";
    for (Map.Entry<String, String> kv : new TreeMap<>(attributes).entrySet()) {
      sb.append(sep).append(oneLine(kv.getKey())).append('=').append(oneLine(kv.getValue()));
      sep = ", ";
    }
    sb.append('}');
  }

  /** The standard types in OntoNotes order, then custom types by name. */
  private static int compareTypes(EntityType a, EntityType b) {
    int ia = EntityType.standard().indexOf(a);
    int ib = EntityType.standard().indexOf(b);
    if (ia >= 0 && ib >= 0) {
      return Integer.compare(ia, ib);
    }
    if (ia >= 0 || ib >= 0) {
      return ia >= 0 ? -1 : 1;
    }
    return a.name().compareTo(b.name());
  }

  private static String span(Span s) {
    return "[" + s.start() + ", " + s.end() + ")";
  }

  /** The text at {@code s} on one line, in quotes, shortened in the middle when long. */
  private static String quote(String text, Span s) {
    return "\"" + shorten(oneLine(text.substring(s.start(), Math.min(s.end(), text.length()))), EVIDENCE_CHARS) + "\"";
  }

  /** {@code t}, or its start and end around " ... " when longer than {@code max} chars. */
  private static String shorten(String t, int max) {
    if (t.length() > max) {
      int half = (max - 5) / 2;
      int head = Character.isHighSurrogate(t.charAt(half - 1)) ? half - 1 : half;
      int tail = t.length() - half;
      tail = Character.isLowSurrogate(t.charAt(tail)) ? tail + 1 : tail;
      return t.substring(0, head) + " ... " + t.substring(tail);
    }
    return t;
  }

  /** Line breaks, tabs and other control chars as spaces, so that each item stays on its line. */
  static String oneLine(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, ' ');
      }
    }
    return sb == null ? s : sb.toString();
  }
}
