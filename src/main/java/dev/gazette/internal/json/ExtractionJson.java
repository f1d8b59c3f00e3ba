package dev.gazette.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.google.common.base.Preconditions;
import dev.gazette.Article;
import dev.gazette.Entity;
import dev.gazette.Extraction;
import dev.gazette.Mention;
import dev.gazette.Relation;
import dev.gazette.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes extractions as JSON in the format documented in {@code api-docs/output-format.md}.
 *
 * <p>The output is deterministic: the same extraction and source give byte-identical JSON, on every
 * platform. Keys come in a fixed order, attribute maps are sorted by key, lines end with {@code "\n"},
 * confidences are rounded to four decimals, and every UTF-16 surrogate is written as a JSON escape
 * (backslash, {@code u}, four upper-case hex digits), so that a lone surrogate in the input survives
 * and offsets computed on the decoded strings stay exact. All other non-ASCII characters are written as themselves; the caller encodes them (the CLI
 * uses UTF-8).
 *
 * <p>Every {@code text} field is taken from the article's text at the field's offsets, so it always
 * equals that substring.
 */
public final class ExtractionJson {
  /** The value of the {@code schema} field; bumped when a field is renamed, removed or changes meaning. */
  public static final String SCHEMA = "gazette/1";

  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .characterEscapes(new SurrogateEscapes())
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private ExtractionJson() {}

  /** One JSON object for {@code extraction}, read from {@code source}, pretty-printed or on one line. */
  public static String toJson(Extraction extraction, String source, boolean pretty) {
    StringWriter out = new StringWriter();
    try {
      write(extraction, source, out, pretty);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not throw
    }
    return out.toString();
  }

  /**
   * Writes one JSON object for {@code extraction} to {@code out}, without a trailing line end, and
   * flushes it; {@code out} is not closed.
   */
  public static void write(Extraction extraction, String source, Writer out, boolean pretty) throws IOException {
    write(extraction, source, out, pretty, 0);
  }

  /**
   * Like {@link #write(Extraction, String, Writer, boolean)}, pretty-printed with the object's inner
   * lines indented as if it were nested {@code depth} levels deep (for an object inside an array). The
   * caller writes the indentation before the opening brace.
   */
  public static void writeIndented(Extraction extraction, String source, Writer out, int depth) throws IOException {
    Preconditions.checkArgument(depth >= 0, "depth %s < 0", depth);
    write(extraction, source, out, true, depth);
  }

  private static void write(Extraction extraction, String source, Writer out, boolean pretty, int depth)
      throws IOException {
    Preconditions.checkNotNull(extraction, "extraction");
    writeArticle(
        out, pretty, depth, extraction.article(), extraction.entities(), extraction.relations(),
        extraction.warnings(), source);
  }

  /** Writes the parts of an extraction; separate so that tests can write relations the pipeline does not make yet. */
  static void writeArticle(
      Writer out,
      boolean pretty,
      int depth,
      Article article,
      List<Entity> entities,
      List<Relation> relations,
      String source)
      throws IOException {
    writeArticle(out, pretty, depth, article, entities, relations, List.of(), source);
  }

  /**
   * Like {@link #writeArticle(Writer, boolean, int, Article, List, List, String)}, with the extraction's
   * warnings: a {@code warnings} array after {@code relations}, written only when there is one, so that
   * the output of an article without warnings is unchanged (an additive field of schema gazette/1).
   */
  static void writeArticle(
      Writer out,
      boolean pretty,
      int depth,
      Article article,
      List<Entity> entities,
      List<Relation> relations,
      List<String> warnings,
      String source)
      throws IOException {
    Preconditions.checkNotNull(source, "source");
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.setPrettyPrinter(new LeafInliningPrettyPrinter(depth));
      }
      String text = article.text();
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeStringField("source", source);
      writeArticleFields(g, article);
      g.writeArrayFieldStart("entities");
      for (Entity e : entities) {
        writeEntity(g, text, e);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("relations");
      for (Relation r : relations) {
        writeRelation(g, text, r);
      }
      g.writeEndArray();
      if (!warnings.isEmpty()) {
        g.writeArrayFieldStart("warnings");
        for (String w : warnings) {
          g.writeString(w);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
  }

  private static void writeArticleFields(JsonGenerator g, Article a) throws IOException {
    String text = a.text();
    g.writeObjectFieldStart("article");
    g.writeStringField("id", a.id());
    writeNullable(g, "date", a.date().map(Object::toString));
    writeNullable(g, "title", a.title());
    g.writeFieldName("metadata");
    writeSortedMap(g, a.metadata());
    g.writeFieldName("lead");
    writeNullableSpan(g, text, a.lead());
    g.writeFieldName("leadRepeat");
    writeNullableSpan(g, text, a.leadRepeat());
    g.writeArrayFieldStart("relatedLinks");
    for (Span s : a.relatedLinks()) {
      writeSpanWithText(g, text, s, null);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeEntity(JsonGenerator g, String text, Entity e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("type", e.type().name());
    g.writeStringField("name", e.name());
    g.writeFieldName("aliases");
    LeafInliningPrettyPrinter.inlineNext(g);
    g.writeStartArray();
    for (String alias : e.aliases()) {
      g.writeString(alias);
    }
    g.writeEndArray();
    writeNullable(g, "value", e.value());
    g.writeArrayFieldStart("mentions");
    for (Mention m : e.mentions()) {
      writeSpanWithText(g, text, m.span(), m.rule());
    }
    g.writeEndArray();
    g.writeFieldName("attributes");
    writeSortedMap(g, e.attributes());
    g.writeEndObject();
  }

  private static void writeRelation(JsonGenerator g, String text, Relation r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("type", r.type().name());
    g.writeStringField("subject", r.subject());
    writeNullable(g, "object", r.object());
    g.writeFieldName("attributes");
    writeSortedMap(g, r.attributes());
    g.writeFieldName("evidence");
    writeSpanWithText(g, text, r.evidence(), null);
    g.writeStringField("rule", r.rule());
    g.writeFieldName("confidence");
    g.writeNumber(confidence(r.confidence()));
    g.writeEndObject();
  }

  /** {@code {start, end, text}} and, when {@code rule} is not null, {@code rule}; on one line. */
  private static void writeSpanWithText(JsonGenerator g, String text, Span s, String rule) throws IOException {
    LeafInliningPrettyPrinter.inlineNext(g);
    g.writeStartObject();
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeStringField("text", textAt(text, s));
    if (rule != null) {
      g.writeStringField("rule", rule);
    }
    g.writeEndObject();
  }

  /** {@code {start, end}} or null; paragraphs can be long, so no text. */
  private static void writeNullableSpan(JsonGenerator g, String text, Optional<Span> span) throws IOException {
    if (span.isEmpty()) {
      g.writeNull();
      return;
    }
    Span s = span.get();
    checkInside(text, s);
    LeafInliningPrettyPrinter.inlineNext(g);
    g.writeStartObject();
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeEndObject();
  }

  private static void writeSortedMap(JsonGenerator g, Map<String, String> map) throws IOException {
    LeafInliningPrettyPrinter.inlineNext(g);
    g.writeStartObject();
    for (Map.Entry<String, String> entry : new TreeMap<>(map).entrySet()) {
      g.writeStringField(entry.getKey(), entry.getValue());
    }
    g.writeEndObject();
  }

  private static void writeNullable(JsonGenerator g, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    } else {
      g.writeNullField(field);
    }
  }

  private static String textAt(String text, Span s) {
    checkInside(text, s);
    return text.substring(s.start(), s.end());
  }

  private static void checkInside(String text, Span s) {
    if (s.end() > text.length()) {
      throw new IllegalStateException("span " + s + " lies outside the article text (" + text.length() + " chars)");
    }
  }

  /**
   * The confidence rounded to four decimals, with at least one ({@code 1.0}, {@code 0.75}), so that its
   * digits do not depend on the JDK's double-to-string algorithm.
   */
  public static BigDecimal confidence(double c) {
    BigDecimal d = BigDecimal.valueOf(Math.round(c * 10_000), 4).stripTrailingZeros();
    return d.scale() < 1 ? d.setScale(1) : d;
  }

  /**
   * Jackson's standard JSON escapes, plus a backslash-u escape for every surrogate code unit. Jackson decides
   * char by char, so it cannot tell a lone surrogate (which an encoder would turn into '?') from one
   * half of a pair; escaping both keeps the output valid UTF-8 and the decoded string exact.
   */
  private static final class SurrogateEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch >= Character.MIN_SURROGATE && ch <= Character.MAX_SURROGATE) {
        return new SerializedString(String.format("\\u%04X", ch));
      }
      return null;
    }
  }
}
