package dev.gazette.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gazette.Article;
import dev.gazette.Extraction;
import dev.gazette.Gazette;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Articles at the size limit ({@link Gazette#DEFAULT_MAX_ARTICLE_CHARS}, 50 million chars) and over it.
 *
 * <p>The 50 MB extraction takes about 35 s of CPU and about 2 GB of heap (measured: it runs in
 * {@code -Xmx2g}; 34 bytes per char retained with its result, the same at 10 MB and 50 MB), too much for
 * every {@code mvn test}; it runs with
 *
 * <pre>{@code mvn test -Dtest=BigArticleTest -Dgazette.bigArticles=true}</pre>
 *
 * The 10 MB article of {@link BadInputTest} runs every time.
 */
class BigArticleTest {
  private static final Duration HANG_GUARD = Duration.ofMinutes(10);

  @Test
  @EnabledIfSystemProperty(named = "gazette.bigArticles", matches = "true")
  void fiftyMegabyteArticleAtTheDefaultLimit() {
    String text = Corpus.article(Gazette.DEFAULT_MAX_ARTICLE_CHARS - 10_000, 50);
    assertThat(text.length()).isBetween(Gazette.DEFAULT_MAX_ARTICLE_CHARS - 10_000, Gazette.DEFAULT_MAX_ARTICLE_CHARS);
    Extraction x = assertTimeoutPreemptively(HANG_GUARD, () -> Gazette.defaults().extract(text));
    assertThat(x.tokens().size()).isGreaterThan(8_000_000);
    assertThat(x.entities()).isNotEmpty();
    assertThat(x.sentences().size()).isGreaterThan(100_000);
    Invariants.checkExtraction(text, x);
  }

  /** One char over the default limit: refused at once, the message naming the limit and where to raise it. */
  @Test
  void oneCharOverTheDefaultLimitIsRefusedClearly() {
    String text = "x".repeat(Gazette.DEFAULT_MAX_ARTICLE_CHARS + 1);
    assertThatThrownBy(() -> Gazette.defaults().extract(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("50000001 chars")
        .hasMessageContaining("limit of 50000000")
        .hasMessageContaining("Gazette.Builder.maxArticleChars");
    Article article = Article.builder().text(text).id("wire-50m").build();
    assertThatThrownBy(() -> Gazette.defaults().extract(article))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wire-50m")
        .hasMessageContaining("limit of 50000000")
        .hasMessageContaining("Gazette.Builder.maxArticleChars");
  }

  /** A raised limit lets a longer article through. */
  @Test
  void raisedLimitAcceptsALongerArticle() {
    String text = "Ankara said so. ".repeat(200);
    assertThatThrownBy(() -> Gazette.builder().maxArticleChars(3_000).build().extract(text))
        .isInstanceOf(IllegalArgumentException.class);
    Extraction x = Gazette.builder().maxArticleChars(3_200).build().extract(text);
    Invariants.checkExtraction(text, x);
  }
}
