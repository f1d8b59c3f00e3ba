package dev.gazette.internal.time;

import dev.gazette.Article;
import dev.gazette.EntityType;
import dev.gazette.Mention;
import dev.gazette.Span;
import dev.gazette.internal.pipeline.Stage;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.text.TokenBuffer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Tags date and time expressions and normalizes them to TIMEX3 values against the article date.
 *
 * <p>Each mention is a {@link EntityType#DATE} (or {@link EntityType#TIME} for clock times, parts of
 * day and sub-day durations) whose value is the TIMEX3 value, with attributes {@code timex_type} (DATE,
 * TIME, DURATION, SET), and when they apply {@code timex_mod}, {@code anchor} (the reference date, ISO),
 * {@code anchor_reason} (why that anchor and direction), {@code timezone} and {@code timex_freq}. The
 * rule id names the grammar rule ({@code time:weekday}, {@code time:ago}...).
 *
 * <p>The stage cuts the article's tokens into its own pieces (so it does not depend on how the
 * tokenizer treats hyphens and abbreviation periods), reads them once left to right and keeps, at each
 * position, the longest expression. Sentences that repeat the lead are skipped. Stateless apart from a
 * per-thread scratch buffer; one instance serves every thread.
 */
public final class DateStage implements Stage {
  private final ThreadLocal<TimePieces> scratch = ThreadLocal.withInitial(TimePieces::new);

  @Override
  public String name() {
    return "time";
  }

  @Override
  public void process(Workspace workspace) {
    Article article = workspace.article();
    TokenBuffer tokens = workspace.tokens();
    TimePieces pieces = scratch.get();
    pieces.fill(article.text(), tokens, 0, tokens.size());
    find(article.text(), pieces, article.date().orElse(null), skipRange(article), workspace.mentions());
  }

  /** Finds the expressions of {@code text} without a token layer (tests and tools). */
  static void findInText(String text, LocalDate anchor, List<Mention> out) {
    TimePieces pieces = new TimePieces();
    pieces.fillText(text, 0, text.length());
    find(text, pieces, anchor, null, out);
  }

  /** Char ranges not to read: the header lines (their date is the anchor) and the lead's repeat. */
  private static int[] skipRange(Article article) {
    Optional<Span> header = article.header();
    Optional<Span> repeat = article.leadRepeat();
    if (header.isEmpty() && repeat.isEmpty()) {
      return null;
    }
    int[] r = new int[4];
    r[0] = header.map(Span::start).orElse(0);
    r[1] = header.map(Span::end).orElse(0);
    r[2] = repeat.map(Span::start).orElse(0);
    r[3] = repeat.map(Span::end).orElse(0);
    return r;
  }

  private static void find(String text, TimePieces pieces, LocalDate anchor, int[] skip, List<Mention> out) {
    DateGrammar grammar = new DateGrammar(pieces, anchor);
    int n = pieces.size();
    grammar.sentence(0, n);
    int i = 0;
    while (i < n) {
      int at = pieces.start(i);
      if (skip != null && (at >= skip[0] && at < skip[1] || at >= skip[2] && at < skip[3])) {
        i++;
        continue;
      }
      TimexMatch m = grammar.match(i);
      if (m == null || m.end() <= i) {
        i++;
        continue;
      }
      grammar.accept(m);
      out.add(toMention(text, pieces, m));
      i = m.end();
    }
  }

  static Mention toMention(String text, TimePieces pieces, TimexMatch m) {
    int start = pieces.start(m.first());
    int end = pieces.end(m.end() - 1);
    Mention.Builder b =
        Mention.builder(Span.of(start, end), text.substring(start, end), entityType(m))
            .value(m.value())
            .rule(m.rule())
            .attribute("timex_type", m.type());
    if (!m.mod().isEmpty()) {
      b.attribute("timex_mod", m.mod());
    }
    if (!m.anchor().isEmpty()) {
      b.attribute("anchor", m.anchor());
    }
    if (!m.anchorReason().isEmpty()) {
      b.attribute("anchor_reason", m.anchorReason());
    }
    if (!m.timezone().isEmpty()) {
      b.attribute("timezone", m.timezone());
    }
    if (!m.freq().isEmpty()) {
      b.attribute("timex_freq", m.freq());
    }
    return b.build();
  }

  /** TIME for times of day and durations shorter than a day (OntoNotes), else DATE. */
  private static EntityType entityType(TimexMatch m) {
    if (m.type().equals("TIME")) {
      return EntityType.TIME;
    }
    if (m.type().equals("DURATION") && m.value().startsWith("PT")) {
      return EntityType.TIME;
    }
    return EntityType.DATE;
  }
}
