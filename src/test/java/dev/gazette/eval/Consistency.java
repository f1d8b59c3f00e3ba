package dev.gazette.eval;

import dev.gazette.Entity;
import dev.gazette.Extraction;
import dev.gazette.Mention;
import dev.gazette.Relation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that an extraction is consistent with its input: every offset inside the text, every mention
 * and evidence text equal to the text at its span, every relation argument an entity of the extraction.
 * These hold whatever the quality of the recognizers, so the evaluations assert them today.
 */
final class Consistency {
  private Consistency() {}

  /** The problems found, each naming the article; empty when the extraction is consistent. */
  static List<String> problems(Extraction x) {
    List<String> out = new ArrayList<>();
    String text = x.article().text();
    String id = x.article().id();
    Set<String> ids = new HashSet<>();
    for (Entity e : x.entities()) {
      if (!ids.add(e.id())) {
        out.add(id + ": duplicate entity id " + e.id());
      }
      if (e.mentions().isEmpty()) {
        out.add(id + ": entity " + e.id() + " " + e.name() + " has no mention");
      }
      for (Mention m : e.mentions()) {
        if (m.end() > text.length()) {
          out.add(id + ": mention " + m + " of " + e.name() + " ends after the text (" + text.length() + ")");
        } else if (!m.text().equals(text.substring(m.start(), m.end()))) {
          out.add(id + ": mention text '" + m.text() + "' differs from the text at " + m.span() + ": '"
              + text.substring(m.start(), m.end()) + "'");
        }
      }
    }
    for (Relation r : x.relations()) {
      if (x.entity(r.subject()).isEmpty()) {
        out.add(id + ": relation " + r.id() + " has unknown subject " + r.subject());
      }
      if (r.object().isPresent() && x.entity(r.object().get()).isEmpty()) {
        out.add(id + ": relation " + r.id() + " has unknown object " + r.object().get());
      }
      if (r.evidence().end() > text.length()) {
        out.add(id + ": relation " + r.id() + " evidence " + r.evidence() + " ends after the text");
      } else if (!r.evidenceText().equals(r.evidence().text(text))) {
        out.add(id + ": relation " + r.id() + " evidence text differs from the text at " + r.evidence());
      }
    }
    return out;
  }
}
