package dev.gazette.internal.ner;

import dev.gazette.Entity;
import dev.gazette.Extraction;
import dev.gazette.Gazette;
import dev.gazette.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** Runs the default pipeline on a sentence and describes what it found, for table-driven tests. */
final class NerTesting {
  private NerTesting() {}

  static Extraction extract(String text) {
    return Gazette.defaults().extract(text);
  }

  /** Every mention as {@code text/TYPE}, or {@code text/TYPE=value} when {@code withValues}. */
  static List<String> mentions(String text, boolean withValues) {
    List<String> out = new ArrayList<>();
    for (Entity e : extract(text).entities()) {
      for (Mention m : e.mentions()) {
        String value = withValues ? m.value().map(v -> "=" + v).orElse("") : "";
        out.add(m.text() + "/" + m.type().name() + value);
      }
    }
    return out;
  }

  /**
   * Asserts that the sentence's mentions ({@link #mentions}, without values) hold every one of the
   * {@code ;}-separated {@code expected} ("Gaza/GPE; Lincoln/GPE") and none that {@code forbidden}
   * accepts.
   */
  static void assertMentions(String sentence, String expected, Predicate<String> forbidden) {
    List<String> found = mentions(sentence, false);
    org.assertj.core.api.Assertions.assertThat(found).containsAll(cell(expected));
    org.assertj.core.api.Assertions.assertThat(found).noneMatch(forbidden);
  }

  /** The {@code ;}-separated expectations of a table cell, trimmed; empty for an empty cell. */
  static List<String> cell(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
