package dev.gazette.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gazette.Article;
import dev.gazette.Span;

/**
 * Fuzzes the article reader ({@link Article#of}): any text gives an article whose header, paragraphs,
 * lead and related links are valid spans of that text. Runs its seed corpus in {@code ArticleFuzzTestInputs}
 * under plain {@code mvn test}; see api-docs/testing.md for a fuzzing run.
 */
class ArticleFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void fuzzArticle(byte[] data) {
    String text = Invariants.text(data);
    Article a = Article.of(text);
    assertThat(a.text()).isSameAs(text);
    assertThat(a.id()).isNotNull();
    a.header().ifPresent(s -> Invariants.checkSpan(text, s, "header"));
    a.lead().ifPresent(s -> Invariants.checkSpan(text, s, "lead"));
    a.leadRepeat().ifPresent(s -> Invariants.checkSpan(text, s, "lead repeat"));
    for (Span s : a.paragraphs()) {
      Invariants.checkSpan(text, s, "paragraph");
    }
    for (Span s : a.relatedLinks()) {
      Invariants.checkSpan(text, s, "related link");
    }
    for (Span s : a.relatedLinkMarkers()) {
      Invariants.checkSpan(text, s, "related link marker");
    }
    assertThat(a.metadata()).isNotNull();
    assertThat(a.toString()).isNotNull();
  }
}
