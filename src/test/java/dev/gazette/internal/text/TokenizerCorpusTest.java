package dev.gazette.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures the glue-repair false-split rate on the clean news corpus ({@code
 * ${gazette.shared}/corpus/news-en.txt}, Reuters newswire: no scraping damage, so every glue split there
 * is a false split), and checks the offset invariants on all of it. Prints the rate and the most
 * frequent splits; skipped when the shared data is absent.
 */
class TokenizerCorpusTest {

  /** Generous ceiling: glue splits per million tokens on clean text. */
  private static final double MAX_FALSE_SPLITS_PER_MILLION = 20.0;

  @Test
  void falseSplitRateOnCleanNewsIsTiny() throws IOException {
    String shared = System.getProperty("gazette.shared");
    assumeTrue(shared != null, "system property gazette.shared is not set; skipping corpus test");
    Path corpus = Path.of(shared, "corpus", "news-en.txt");
    assumeTrue(Files.isReadable(corpus), "no corpus at " + corpus + "; skipping corpus test");
    String text = Files.readString(corpus, StandardCharsets.UTF_8);

    TokenBuffer buf = new TokenBuffer();
    new Tokenizer().tokenize(text, buf);

    int caseSplits = 0;
    int wordSplits = 0;
    Map<String, Integer> examples = new HashMap<>();
    int prevEnd = 0;
    for (int i = 0; i < buf.size(); i++) {
      int s = buf.start(i);
      int e = buf.end(i);
      if (s < prevEnd || e <= s || e > text.length()) {
        throw new AssertionError("bad offsets at token " + i + ": " + s + ".." + e + " after " + prevEnd);
      }
      prevEnd = e;
      int f = buf.flags(i);
      if ((f & TokenFlags.GLUED) != 0) {
        if ((f & TokenFlags.GLUE_CASE) != 0) {
          caseSplits++;
        } else {
          wordSplits++;
        }
        String pair = text.substring(buf.start(i - 1), buf.end(i - 1)) + "|" + text.substring(s, e);
        examples.merge(pair, 1, Integer::sum);
      }
    }
    double perMillion = (caseSplits + wordSplits) * 1e6 / buf.size();
    System.out.printf(
        "[glue] corpus %s: %,d chars, %,d tokens; glue splits: %d case + %d word = %.2f per million tokens%n",
        corpus, text.length(), buf.size(), caseSplits, wordSplits, perMillion);
    examples.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(60)
        .forEach(en -> System.out.printf("[glue]   %5d  %s%n", en.getValue(), en.getKey()));
    assertThat(perMillion).isLessThan(MAX_FALSE_SPLITS_PER_MILLION);
  }
}
