package dev.gazette.internal.json;

import static dev.gazette.internal.json.JsonTrees.list;
import static dev.gazette.internal.json.JsonTrees.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.Article;
import dev.gazette.Entity;
import dev.gazette.EntityType;
import dev.gazette.Extraction;
import dev.gazette.Extractor;
import dev.gazette.Gazette;
import dev.gazette.Mention;
import dev.gazette.Relation;
import dev.gazette.RelationType;
import dev.gazette.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractionJsonTest {
  private static final String ARTICLE =
      " date 2023-03-14 \n\n"
          + "Oslo and Helsinki agreed on Tuesday to link their power grids, the Finnish ministry said.\n\n"
          + "The cable is a signal to the whole regionadded Helsinki, while Oslo called it \"historic\".";

  /** Marks every occurrence of each word as an entity of the given type: a stand-in recognizer. */
  private static Extractor mark(EntityType type, String rule, String... words) {
    return doc -> {
      String text = doc.text();
      for (String w : words) {
        for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length())) {
          doc.addMention(Mention.builder(Span.of(i, i + w.length()), w, type).rule(rule).build());
        }
      }
    };
  }

  private static Extraction extract(String text, Extractor... extractors) {
    Gazette.Builder b = Gazette.builder().builtInRecognizers(false);
    for (Extractor e : extractors) {
      b.addExtractor(e);
    }
    return b.build().extract(Article.builder().text(text).id("grid").build());
  }

  private static Map<String, Object> parsed(Extraction x) {
    return map(JsonTrees.parse(ExtractionJson.toJson(x, "in/grid.txt", true)));
  }

  @Test
  void topLevelFieldsComeInAFixedOrder() {
    Map<String, Object> json = parsed(extract(ARTICLE, mark(EntityType.GPE, "t:gpe", "Oslo", "Helsinki")));
    assertThat(json.keySet()).containsExactly("schema", "source", "article", "entities", "relations");
    assertThat(json.get("schema")).isEqualTo("gazette/1");
    assertThat(json.get("source")).isEqualTo("in/grid.txt");
    assertThat(map(json.get("article")).keySet())
        .containsExactly("id", "date", "title", "metadata", "lead", "leadRepeat", "relatedLinks");
    Map<String, Object> oslo = map(list(json.get("entities")).get(0));
    assertThat(oslo.keySet()).containsExactly("id", "type", "name", "aliases", "value", "mentions", "attributes");
    assertThat(oslo)
        .containsEntry("id", "e1")
        .containsEntry("type", "GPE")
        .containsEntry("name", "Oslo")
        .containsEntry("aliases", List.of())
        .containsEntry("value", null)
        .containsEntry("attributes", Map.of());
    assertThat(map(list(oslo.get("mentions")).get(0)).keySet()).containsExactly("start", "end", "text", "rule");
    assertThat(json.get("relations")).isEqualTo(List.of());
  }

  @Test
  void prettyOutputHasOneLinePerMentionAndUnixLineEnds() {
    String text = "Oslo met Bergen. Oslo left.";
    Extraction x = extract(text, mark(EntityType.GPE, "t:gpe", "Oslo", "Bergen"));
    String json = ExtractionJson.toJson(x, "-", true);
    assertThat(json)
        .isEqualTo(
            String.join(
                "\n",
                "{",
                "  \"schema\": \"gazette/1\",",
                "  \"source\": \"-\",",
                "  \"article\": {",
                "    \"id\": \"grid\",",
                "    \"date\": null,",
                "    \"title\": null,",
                "    \"metadata\": {},",
                "    \"lead\": null,",
                "    \"leadRepeat\": null,",
                "    \"relatedLinks\": []",
                "  },",
                "  \"entities\": [",
                "    {",
                "      \"id\": \"e1\",",
                "      \"type\": \"GPE\",",
                "      \"name\": \"Oslo\",",
                "      \"aliases\": [],",
                "      \"value\": null,",
                "      \"mentions\": [",
                "        {\"start\": 0, \"end\": 4, \"text\": \"Oslo\", \"rule\": \"t:gpe\"},",
                "        {\"start\": 17, \"end\": 21, \"text\": \"Oslo\", \"rule\": \"t:gpe\"}",
                "      ],",
                "      \"attributes\": {}",
                "    },",
                "    {",
                "      \"id\": \"e2\",",
                "      \"type\": \"GPE\",",
                "      \"name\": \"Bergen\",",
                "      \"aliases\": [],",
                "      \"value\": null,",
                "      \"mentions\": [",
                "        {\"start\": 9, \"end\": 15, \"text\": \"Bergen\", \"rule\": \"t:gpe\"}",
                "      ],",
                "      \"attributes\": {}",
                "    }",
                "  ],",
                "  \"relations\": []",
                "}"));
  }

  @Test
  void compactOutputIsOneLineEvenWhenTextsHoldLineBreaks() {
    String text = "Oslo\nsaid\r\nno.";
    Extraction x = extract(text, mark(EntityType.GPE, "t", "Oslo\nsaid\r\nno"));
    String json = ExtractionJson.toJson(x, "a\nb", false);
    assertThat(json).doesNotContain("\n", "\r").startsWith("{\"schema\":\"gazette/1\",\"source\":\"a\\nb\",");
    assertThat(map(list(map(JsonTrees.parse(json)).get("entities")).get(0)).get("name")).isEqualTo("Oslo\nsaid\r\nno");
  }

  @Test
  void everyTextEqualsTheSubstringAtItsOffsets() {
    Extraction x =
        extract(
            ARTICLE,
            mark(EntityType.GPE, "t:gpe", "Oslo", "Helsinki"),
            mark(EntityType.NORP, "t:norp", "Finnish"),
            mark(EntityType.DATE, "t:date", "Tuesday"));
    Map<String, Object> json = parsed(x);
    List<Object> entities = list(json.get("entities"));
    assertThat(entities).hasSize(4);
    int mentions = 0;
    for (Object e : entities) {
      for (Object m : list(map(e).get("mentions"))) {
        Map<String, Object> mention = map(m);
        int start = ((Long) mention.get("start")).intValue();
        int end = ((Long) mention.get("end")).intValue();
        assertThat(mention.get("text")).isEqualTo(ARTICLE.substring(start, end));
        mentions++;
      }
    }
    assertThat(mentions).isEqualTo(6);
  }

  /** Texts with characters JSON must escape, and characters outside the BMP before and inside mentions. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "quotes          | Oslo called it \"historic\" and left",
        "backslash       | a path C:\\grid\\cable here",
        "control chars   | bell\u0007 nul\u0000 esc\u001b tab\t end",
        "line separators | one\u2028two\u2029three",
        "emoji before    | \uD83D\uDE00\uD83D\uDE00 Helsinki said \uD83C\uDDEB\uD83C\uDDEE",
        "non-BMP inside  | the \uD801\uDC37\uD801\uDC37 tribe",
        "lone high       | broken \uD800 surrogate",
        "lone low        | broken \uDC00 surrogate",
        "reversed pair   | broken \uDC00\uD800 pair",
      })
  void escapesRoundTripExactly(String what, String sentence) throws CharacterCodingException {
    String text = "Oslo: " + sentence + " (Oslo)";
    String needle = sentence.substring(sentence.length() / 3, sentence.length() - 2);
    Extraction x = extract(text, mark(EntityType.GPE, "t", "Oslo", needle));
    for (boolean pretty : new boolean[] {true, false}) {
      String json = ExtractionJson.toJson(x, "src \"" + sentence + "\"", pretty);
      // The JSON must survive a strict UTF-8 round trip: no lone surrogate reaches the encoder.
      byte[] utf8 = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(java.nio.CharBuffer.wrap(json))
          .array();
      assertThat(utf8).isNotEmpty();
      for (int i = 0; i < json.length(); i++) {
        assertThat(Character.isSurrogate(json.charAt(i))).as(what + ": raw surrogate at " + i).isFalse();
        assertThat(json.charAt(i) < 0x20 && json.charAt(i) != '\n').as(what + ": raw control char at " + i).isFalse();
      }
      Map<String, Object> parsed = map(JsonTrees.parse(json));
      assertThat(parsed.get("source")).isEqualTo("src \"" + sentence + "\"");
      List<Object> entities = list(parsed.get("entities"));
      assertThat(entities).hasSize(2);
      Map<String, Object> second = map(entities.get(1));
      assertThat(second.get("name")).isEqualTo(needle);
      Map<String, Object> mention = map(list(second.get("mentions")).get(0));
      int start = ((Long) mention.get("start")).intValue();
      int end = ((Long) mention.get("end")).intValue();
      assertThat(start).isEqualTo(text.indexOf(needle));
      assertThat(mention.get("text")).isEqualTo(text.substring(start, end)).isEqualTo(needle);
    }
  }

  @Test
  void surrogatesAreEscapedInUpperCaseHex() {
    String text = "\uD83D\uDE00 Oslo";
    Extraction x = extract(text, mark(EntityType.GPE, "t", "\uD83D\uDE00 Oslo"));
    assertThat(ExtractionJson.toJson(x, "-", false)).contains("\"name\":\"\\uD83D\\uDE00 Oslo\"");
  }

  @Test
  void longStringsBeyondTheGeneratorBufferAreEscapedToo() {
    String filler = "grid ".repeat(4000);
    String text = "Oslo " + filler + "\uD800 \uD83D\uDE00 \"end\" " + filler + "Oslo";
    Relation r =
        Relation.builder("r1", RelationType.STATEMENT, "e1", Span.of(0, text.length()), text).build();
    Map<String, Object> json = map(JsonTrees.parse(write(Article.of(text), List.of(), List.of(r), true)));
    Map<String, Object> evidence = map(map(list(json.get("relations")).get(0)).get("evidence"));
    assertThat(evidence.get("text")).isEqualTo(text);
  }

  @Test
  void attributesAreSortedByKeyWhateverTheInsertionOrder() {
    Extractor forward =
        doc -> doc.addMention(gpe(doc.text(), "Oslo").attribute("kb_id", "Q585").attribute("country", "NO").attribute("a", "1").build());
    Extractor backward =
        doc -> doc.addMention(gpe(doc.text(), "Oslo").attribute("a", "1").attribute("country", "NO").attribute("kb_id", "Q585").build());
    String one = ExtractionJson.toJson(extract(ARTICLE, forward), "x", true);
    String two = ExtractionJson.toJson(extract(ARTICLE, backward), "x", true);
    assertThat(one).isEqualTo(two);
    assertThat(map(map(list(map(JsonTrees.parse(one)).get("entities")).get(0)).get("attributes")).keySet())
        .containsExactly("a", "country", "kb_id");
    assertThat(one).contains("\"attributes\": {\"a\": \"1\", \"country\": \"NO\", \"kb_id\": \"Q585\"}");
  }

  @Test
  void sameInputGivesByteIdenticalJson() {
    Extractor[] stages = {
      mark(EntityType.GPE, "t:gpe", "Oslo", "Helsinki"), mark(EntityType.NORP, "t:norp", "Finnish")
    };
    String first = ExtractionJson.toJson(extract(ARTICLE, stages), "in/grid.txt", true);
    for (int i = 0; i < 5; i++) {
      assertThat(ExtractionJson.toJson(extract(ARTICLE, stages), "in/grid.txt", true)).isEqualTo(first);
    }
    String compact = ExtractionJson.toJson(extract(ARTICLE, stages), "in/grid.txt", false);
    assertThat(JsonTrees.parse(compact)).isEqualTo(JsonTrees.parse(first));
  }

  @Test
  void articleFieldsAreNullWhenAbsentAndIsoWhenPresent() {
    Article bare = Article.builder().text("Oslo.").id("bare").build();
    Map<String, Object> a = map(map(JsonTrees.parse(write(bare, List.of(), List.of(), true))).get("article"));
    assertThat(a).containsEntry("id", "bare").containsEntry("date", null).containsEntry("title", null);
    assertThat(a).containsEntry("lead", null).containsEntry("leadRepeat", null).containsEntry("relatedLinks", List.of());

    Article full =
        Article.builder()
            .text("Oslo.")
            .id("full")
            .date(LocalDate.of(2023, 3, 14))
            .title("Grid \"deal\"")
            .metadata("url", "https://example.org/a")
            .metadata("lang", "en")
            .build();
    Map<String, Object> b = map(map(JsonTrees.parse(write(full, List.of(), List.of(), true))).get("article"));
    assertThat(b).containsEntry("date", "2023-03-14").containsEntry("title", "Grid \"deal\"");
    assertThat(map(b.get("metadata")).keySet()).containsExactly("lang", "url");
  }

  @Test
  void entityValueAndAliasesAreWritten() {
    String text = "Vladimir Poutine, or Putin, spoke on Friday.";
    Entity e =
        Entity.builder("e1", EntityType.PERSON, "Vladimir Putin")
            .mention(Mention.builder(Span.of(0, 16), "Vladimir Poutine", EntityType.PERSON).rule("kb").build())
            .mention(Mention.builder(Span.of(21, 26), "Putin", EntityType.PERSON).rule("kb").build())
            .attribute("kb_id", "Q7747")
            .build();
    Entity date =
        Entity.builder("e2", EntityType.DATE, "on Friday")
            .value("2022-12-30")
            .mention(Mention.builder(Span.of(34, 43), "on Friday", EntityType.DATE).rule("dates").build())
            .build();
    Map<String, Object> json = map(JsonTrees.parse(write(Article.of(text), List.of(e, date), List.of(), true)));
    List<Object> entities = list(json.get("entities"));
    assertThat(map(entities.get(0))).containsEntry("aliases", List.of("Vladimir Poutine", "Putin")).containsEntry("value", null);
    assertThat(map(entities.get(1))).containsEntry("value", "2022-12-30").containsEntry("aliases", List.of());
  }

  @Test
  void relationsHaveAllFieldsWithNullObjectAndRoundedConfidence() {
    String text = "Oslo and Helsinki agreed on Tuesday. Oslo said it was historic.";
    Relation agree =
        Relation.builder("r1", RelationType.AGREE, "e1", Span.of(0, 36), text.substring(0, 36))
            .object("e2")
            .attribute("date", "2023-03-14")
            .attribute("content", "link grids")
            .rule("agree.verb")
            .confidence(0.75)
            .build();
    Relation said =
        Relation.builder("r2", RelationType.STATEMENT, "e1", Span.of(37, 63), text.substring(37, 63))
            .rule("statement.said")
            .confidence(1.0 / 3)
            .build();
    String json = write(Article.of(text), List.of(), List.of(agree, said), true);
    List<Object> relations = list(map(JsonTrees.parse(json)).get("relations"));
    Map<String, Object> r1 = map(relations.get(0));
    assertThat(r1.keySet())
        .containsExactly("id", "type", "subject", "object", "attributes", "evidence", "rule", "confidence");
    assertThat(r1)
        .containsEntry("type", "AGREE")
        .containsEntry("subject", "e1")
        .containsEntry("object", "e2")
        .containsEntry("rule", "agree.verb")
        .containsEntry("confidence", new BigDecimal("0.75"));
    assertThat(map(r1.get("attributes")).keySet()).containsExactly("content", "date");
    assertThat(map(r1.get("evidence")))
        .containsEntry("start", 0L)
        .containsEntry("end", 36L)
        .containsEntry("text", "Oslo and Helsinki agreed on Tuesday.");
    Map<String, Object> r2 = map(relations.get(1));
    assertThat(r2).containsEntry("object", null).containsEntry("confidence", new BigDecimal("0.3333"));
    assertThat(json).contains("\"confidence\": 0.75\n", "\"confidence\": 0.3333\n");
    assertThat(map(r2.get("evidence")).get("text")).isEqualTo("Oslo said it was historic.");
  }

  @ParameterizedTest
  @CsvSource({"1.0, 1.0", "0.0, 0.0", "0.5, 0.5", "0.75, 0.75", "0.33333333, 0.3333", "0.99995, 1.0", "0.00004, 0.0", "0.1, 0.1"})
  void confidenceIsRoundedToFourDecimals(double in, String out) {
    assertThat(ExtractionJson.confidence(in).toString()).isEqualTo(out);
  }

  @Test
  void evidenceTextComesFromTheArticle() {
    Relation r = Relation.builder("r1", RelationType.STATEMENT, "e1", Span.of(0, 4), "Rome").build();
    Map<String, Object> json = map(JsonTrees.parse(write(Article.of("Oslo said."), List.of(), List.of(r), false)));
    assertThat(map(map(list(json.get("relations")).get(0)).get("evidence")).get("text")).isEqualTo("Oslo");
  }

  @Test
  void spansOutsideTheTextAreRefused() {
    Relation r = Relation.builder("r1", RelationType.STATEMENT, "e1", Span.of(0, 40), "x".repeat(40)).build();
    assertThatThrownBy(() -> write(Article.of("Oslo said."), List.of(), List.of(r), true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("outside the article text");
  }

  @Test
  void indentedOutputNestsInsideAnArray() throws IOException {
    Extraction x = extract("Oslo.", mark(EntityType.GPE, "t", "Oslo"));
    StringWriter out = new StringWriter();
    out.write("[\n  ");
    ExtractionJson.writeIndented(x, "a.txt", out, 1);
    out.write(",\n  ");
    ExtractionJson.writeIndented(x, "b.txt", out, 1);
    out.write("\n]");
    String json = out.toString();
    assertThat(json).contains("\n    \"schema\": \"gazette/1\",\n").contains("\n  },\n  {\n").endsWith("\n  }\n]");
    assertThat(list(JsonTrees.parse(json))).hasSize(2);
  }

  @Test
  void extractionToJsonUsesTheArticleIdAsSource() {
    Extraction x = extract("Oslo.", mark(EntityType.GPE, "t", "Oslo"));
    assertThat(map(JsonTrees.parse(x.toJson()))).containsEntry("source", "grid");
    assertThat(x.toJson()).contains("\n  \"source\": \"grid\",\n");
  }

  private static Mention.Builder gpe(String text, String word) {
    int i = text.indexOf(word);
    return Mention.builder(Span.of(i, i + word.length()), word, EntityType.GPE).rule("t");
  }

  private static String write(Article article, List<Entity> entities, List<Relation> relations, boolean pretty) {
    StringWriter out = new StringWriter();
    try {
      ExtractionJson.writeArticle(out, pretty, 0, article, entities, relations, "-");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }
}
