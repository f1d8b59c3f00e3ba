package dev.gazette.internal.json;

import dev.gazette.Article;
import dev.gazette.Entity;
import dev.gazette.EntityType;
import dev.gazette.Mention;
import dev.gazette.Relation;
import dev.gazette.RelationType;
import dev.gazette.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * The sample article of the docs ({@code api-docs/output-format.md}, {@code api-docs/cli.md}): the shape
 * later stages will fill in, built by hand with correct offsets, so that doc tests can check the samples
 * shown there are what the writers produce.
 */
public final class SampleArticle {
  public static final String SOURCE = "examples/summit.txt";
  public static final String TEXT =
      " date 2023-03-02 \n\nNarendra Modi and Lula will hold talks on Monday by videoconference, New Delhi announced.\n";
  public static final Article ARTICLE =
      Article.builder().text(TEXT).id("summit").date(LocalDate.of(2023, 3, 2)).metadata("date", "2023-03-02").build();
  public static final List<Entity> ENTITIES;
  public static final List<Relation> RELATIONS;

  static {
    Entity published =
        Entity.builder("e1", EntityType.DATE, "2023-03-02")
            .value("2023-03-02")
            .mention(mention("2023-03-02", EntityType.DATE, "time:iso"))
            .attribute("timex_type", "DATE")
            .build();
    Entity modi =
        Entity.builder("e2", EntityType.PERSON, "Narendra Modi")
            .mention(mention("Narendra Modi", EntityType.PERSON, "kb"))
            .attribute("kb_id", "person:narendra-modi")
            .attribute("country", "IN")
            .build();
    Entity lula =
        Entity.builder("e3", EntityType.PERSON, "Luiz Inácio Lula da Silva")
            .mention(mention("Lula", EntityType.PERSON, "kb"))
            .attribute("kb_id", "person:lula")
            .attribute("country", "BR")
            .build();
    Entity monday =
        Entity.builder("e4", EntityType.DATE, "Monday")
            .value("2023-03-06")
            .mention(mention("Monday", EntityType.DATE, "time:weekday"))
            .attribute("timex_type", "DATE")
            .attribute("anchor", "2023-03-02")
            .attribute("anchor_reason", "tense: future (will hold)")
            .build();
    Entity delhi =
        Entity.builder("e5", EntityType.GPE, "New Delhi")
            .mention(mention("New Delhi", EntityType.GPE, "kb"))
            .attribute("kb_id", "gpe:city:new-delhi-in")
            .attribute("country", "IN")
            .build();
    Span talks = span("Narendra Modi and Lula will hold talks on Monday by videoconference");
    Span announced = span("Narendra Modi and Lula will hold talks on Monday by videoconference, New Delhi announced");
    Relation consult =
        Relation.builder("r1", RelationType.CONSULT, "e2", talks, talks.text(TEXT))
            .object("e3")
            .attribute("date", "2023-03-06")
            .attribute("mode", "videoconference")
            .rule("consult.hold-talks")
            .confidence(0.9)
            .build();
    Relation statement =
        Relation.builder("r2", RelationType.STATEMENT, "e5", announced, announced.text(TEXT))
            .attribute("content", talks.text(TEXT))
            .rule("statement.announced")
            .confidence(0.75)
            .build();
    ENTITIES = List.of(published, modi, lula, monday, delhi);
    RELATIONS = List.of(consult, statement);
  }

  private SampleArticle() {}

  /** The sample as pretty-printed JSON. */
  public static String json() {
    StringWriter out = new StringWriter();
    try {
      ExtractionJson.writeArticle(out, true, 0, ARTICLE, ENTITIES, RELATIONS, SOURCE);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }

  /** The fenced block of {@code language} in a Markdown file that follows {@code marker}. */
  public static String fencedBlock(String markdown, String marker, String language) {
    int at = markdown.indexOf(marker);
    if (at < 0) {
      throw new AssertionError("no '" + marker + "' in the docs");
    }
    int open = markdown.indexOf("```" + language + "\n", at);
    int close = markdown.indexOf("\n```", open + 1);
    if (open < 0 || close < 0) {
      throw new AssertionError("no ```" + language + " block after '" + marker + "'");
    }
    return markdown.substring(open + language.length() + 4, close);
  }

  private static Mention mention(String words, EntityType type, String rule) {
    return Mention.builder(span(words), words, type).rule(rule).build();
  }

  private static Span span(String words) {
    int i = TEXT.indexOf(words);
    return Span.of(i, i + words.length());
  }
}
