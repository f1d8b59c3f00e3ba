package dev.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class GazetteTest {
  private static final String TEXT = "Oslo and Helsinki will sign a grid deal on Monday. Oslo said so.";

  /** Marks every capitalized token as a GPE: a stand-in recognizer for pipeline tests. */
  private static final Extractor CAPITALS =
      doc -> {
        for (Token t : doc.tokens()) {
          if (t.text().matches("\\p{Lu}\\p{Ll}+") && !t.text().equals("Monday")) {
            doc.addMention(Mention.builder(t.span(), t.text(), EntityType.GPE).rule("test:caps").build());
          }
        }
      };

  @Test
  void defaultsIsShared() {
    assertThat(Gazette.defaults()).isSameAs(Gazette.defaults());
  }

  @Test
  void extractKeepsTheArticleAndItsTokens() {
    Extraction x = Gazette.defaults().extract(TEXT);
    assertThat(x.article().text()).isEqualTo(TEXT);
    assertThat(x.tokens()).isNotEmpty();
    for (Token t : x.tokens()) {
      assertThat(t.text()).isEqualTo(TEXT.substring(t.start(), t.end()));
    }
    assertThat(x.sentences()).isNotEmpty();
  }

  @Test
  void customExtractorMentionsAreMergedIntoEntities() {
    Gazette g = Gazette.builder().builtInRecognizers(false).addExtractor(CAPITALS).build();
    Extraction x = g.extract(TEXT);
    assertThat(x.entities()).extracting(Entity::name).containsExactly("Oslo", "Helsinki");
    Entity oslo = x.entities().get(0);
    assertThat(oslo.id()).isEqualTo("e1");
    assertThat(oslo.mentions()).hasSize(2);
    assertThat(oslo.mentions()).allSatisfy(m -> assertThat(TEXT.substring(m.start(), m.end())).isEqualTo(m.text()));
    assertThat(x.entity("e2")).map(Entity::name).contains("Helsinki");
    assertThat(x.entities(EntityType.PERSON)).isEmpty();
  }

  @Test
  void documentRejectsMentionsThatDoNotMatchTheText() {
    Gazette g =
        Gazette.builder()
            .addExtractor(doc -> doc.addMention(Mention.builder(Span.of(0, 4), "Rome", EntityType.GPE).build()))
            .build();
    assertThatThrownBy(() -> g.extract(TEXT)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Rome");
  }

  @Test
  void articleLongerThanTheLimitIsRefusedWithAClearMessage() {
    Gazette g = Gazette.builder().maxArticleChars(10).build();
    assertThatThrownBy(() -> g.extract(TEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit of 10");
  }

  @Test
  void builderValuesOverrideTheHeader() {
    Article a = Article.builder().text(TEXT).id("wire-1").date(LocalDate.of(2023, 5, 2)).title("Grid").build();
    assertThat(a.id()).isEqualTo("wire-1");
    assertThat(a.date()).contains(LocalDate.of(2023, 5, 2));
    assertThat(a.title()).contains("Grid");
    assertThat(Article.of(TEXT).id()).hasSize(16).isEqualTo(Article.of(TEXT).id());
  }

  @Test
  void oneGazetteSharedByThreadsGivesTheSameResultsAsOneThread() throws Exception {
    Gazette g = Gazette.builder().builtInRecognizers(false).addExtractor(CAPITALS).build();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      texts.add("Report " + i + ". Oslo and Lima met Quito" + " and Bern".repeat(i % 7) + ".");
    }
    List<String> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(g.extract(t).entities().toString());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (String t : texts) {
        results.add(pool.submit(() -> g.extract(t).entities().toString()));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(expected.get(i));
      }
    } finally {
      pool.shutdown();
    }
  }
}
