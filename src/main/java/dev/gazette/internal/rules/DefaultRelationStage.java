package dev.gazette.internal.rules;

import com.google.common.collect.ImmutableMap;
import dev.gazette.EntityType;
import dev.gazette.Mention;
import dev.gazette.Span;
import dev.gazette.internal.pipeline.RelationDraft;
import dev.gazette.internal.pipeline.Stage;
import dev.gazette.internal.pipeline.Workspace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the default relation rules, then completes what the rule language cannot say of the relations
 * they made:
 * <ul>
 *   <li>{@code date}: the TIMEX3 value of the date expression of the relation's sentence nearest to its
 *       arguments (a calendar date, not a duration such as "recent months"), else the article date. A
 *       rule that captured a date expression ({@code date=$when}) gets that expression's value instead
 *       of its text.
 *   <li>{@code title}: lower-cased ("Foreign Minister" and "foreign minister" are one title).
 * </ul>
 */
final class DefaultRelationStage implements Stage {
  private final Stage rules;

  DefaultRelationStage(Stage rules) {
    this.rules = rules;
  }

  @Override
  public String name() {
    return "default-relations";
  }

  @Override
  public void process(Workspace ws) {
    int before = ws.relations().size();
    rules.process(ws);
    List<RelationDraft> drafts = ws.relations();
    for (int i = before; i < drafts.size(); i++) {
      RelationDraft d = drafts.get(i);
      Map<String, String> attrs = new LinkedHashMap<>(d.attributes());
      String title = attrs.get("title");
      if (title != null) {
        attrs.put("title", title.toLowerCase(Locale.ROOT));
      }
      dateOf(ws, d, attrs.get("date")).ifPresentOrElse(v -> attrs.put("date", v), () -> attrs.remove("date"));
      drafts.set(
          i,
          new RelationDraft(d.type(), d.subject(), d.object(), ImmutableMap.copyOf(attrs), d.evidence(), d.rule(), d.confidence()));
    }
  }

  /** The date of a relation; {@code captured} is the text a rule captured as its date, if any. */
  static Optional<String> dateOf(Workspace ws, RelationDraft d, String captured) {
    Span evidence = d.evidence();
    int from = d.subject().start();
    int to = d.subject().end();
    if (d.object().isPresent()) {
      from = Math.min(from, d.object().get().start());
      to = Math.max(to, d.object().get().end());
    }
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : ws.mentions()) {
      if (!m.type().equals(EntityType.DATE) || m.value().isEmpty() || !evidence.contains(m.span())) {
        continue;
      }
      if (captured != null && m.text().equals(captured)) {
        return m.value();
      }
      if (!isCalendarDate(m)) {
        continue;
      }
      int distance = m.end() <= from ? from - m.end() : m.start() >= to ? m.start() - to : 0;
      if (distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
    if (best != null) {
      return best.value();
    }
    return ws.article().date().map(Object::toString);
  }

  /** A point or period of the calendar ("Friday", "March 2023", "last summer"), not a duration or "now". */
  private static boolean isCalendarDate(Mention m) {
    String type = m.attributes().getOrDefault("timex_type", "DATE");
    String value = m.value().orElse("");
    return type.equals("DATE") && !value.isEmpty() && Character.isDigit(value.charAt(0));
  }
}
