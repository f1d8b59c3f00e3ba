package dev.gazette.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * New articles made by recombining the sentences of the project's own golden and example articles
 * (src/test/resources/golden, examples/), deterministically from a seed.
 */
final class Corpus {
  private static final List<String> SENTENCES = load();

  private Corpus() {}

  private static List<String> load() {
    List<String> sentences = new ArrayList<>();
    for (Path dir : List.of(Path.of("src/test/resources/golden"), Path.of("examples"))) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          for (String line : Files.readString(f, StandardCharsets.UTF_8).split("\\R")) {
            if (line.isBlank() || line.startsWith(" date ") || line.contains(":") && line.length() < 60) {
              continue; // header lines
            }
            for (String s : line.split("(?<=[.!?])\\s+(?=\\p{Lu})")) {
              if (s.length() > 20) {
                sentences.add(s.strip());
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (sentences.size() < 100) {
      throw new IllegalStateException("too few sentences in the golden and example articles: " + sentences.size());
    }
    return List.copyOf(sentences);
  }

  /** An article of at least {@code minChars}: a dated header and paragraphs of random sentences. */
  static String article(int minChars, long seed) {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder(minChars + 1000);
    sb.append(String.format(" date 2023-%02d-%02d %n%n", 1 + random.nextInt(12), 1 + random.nextInt(28)));
    while (sb.length() < minChars) {
      int n = 2 + random.nextInt(6);
      for (int i = 0; i < n; i++) {
        sb.append(SENTENCES.get(random.nextInt(SENTENCES.size()))).append(' ');
      }
      sb.setLength(sb.length() - 1);
      sb.append("\n\n");
    }
    return sb.toString();
  }

  /** {@code count} articles of 300 to 3,000 chars. */
  static List<String> articles(int count, long seed) {
    Random random = new Random(seed);
    List<String> articles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      articles.add(article(300 + random.nextInt(2_700), random.nextLong()));
    }
    return articles;
  }
}
