package dev.gazette.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark input, loaded once per JVM (per JMH fork) and shared read-only by every benchmark.
 *
 * <p>Where the text comes from, first match wins:
 * <ol>
 *   <li>the file named by system property {@code gazette.corpus};
 *   <li>{@code news-en.txt} in {@code <gazette.shared>/corpus/} when {@code gazette.shared} is set;
 *   <li>{@code ../../shared/corpus/news-en.txt} (run from {@code benchmarks/}) or
 *       {@code ../shared/corpus/news-en.txt} (run from the repository root);
 *   <li>the parent project's own test articles, {@code *.txt} under {@code src/test/resources}
 *       (found from {@code benchmarks/} or from the repository root), repeated up to ~1 MB;
 *   <li>a few built-in paragraphs of invented news text, repeated up to ~1 MB.
 * </ol>
 * The choice is printed on stderr so it lands in the benchmark log.
 *
 * <p>Two views of the same text: {@link #articles()}, one string per article (split on blank lines, as
 * articles are written in the corpus), and {@link #chunks()}, whole articles packed into chunks of
 * about 4 KB (2&ndash;8 KB, a typical news article), which is what the tokenizer benchmarks feed.
 * System property {@code gazette.corpus.maxChars} caps how much text is loaded (default: all of it).
 */
public final class Corpus {

  /** Chunks grow by whole articles until they reach this size. */
  static final int CHUNK_TARGET = 4096;
  /** An article longer than this is cut at line ends. */
  static final int CHUNK_MAX = 8192;
  /** Size the fallback texts are repeated to. */
  static final int FALLBACK_CHARS = 1 << 20;

  private static volatile Corpus instance;

  private final String description;
  private final List<String> articles;
  private final String[] chunks;
  private final long totalChars;

  private Corpus(String description, List<String> articles) {
    this.description = description;
    this.articles = List.copyOf(articles);
    this.chunks = pack(articles);
    long n = 0;
    for (String c : chunks) {
      n += c.length();
    }
    this.totalChars = n;
  }

  /** The corpus, loaded on first use. */
  public static Corpus get() {
    Corpus c = instance;
    if (c == null) {
      synchronized (Corpus.class) {
        c = instance;
        if (c == null) {
          c = load();
          System.err.printf("# gazette-benchmarks input: %s%n#   %,d articles, %,d chunks, %,d chars%n",
              c.description, c.articles.size(), c.chunks.length, c.totalChars);
          instance = c;
        }
      }
    }
    return c;
  }

  public String description() {
    return description;
  }

  /** One string per article. */
  public List<String> articles() {
    return articles;
  }

  /** Whole articles packed into chunks of 2&ndash;8 KB; the array is shared, do not modify it. */
  public String[] chunks() {
    return chunks;
  }

  /** The longest chunk, in chars: enough to size preallocated buffers. */
  public int maxChunkLength() {
    int max = 0;
    for (String c : chunks) {
      max = Math.max(max, c.length());
    }
    return max;
  }

  public long totalChars() {
    return totalChars;
  }

  private static Corpus load() {
    long maxChars = Long.getLong("gazette.corpus.maxChars", Long.MAX_VALUE);
    for (Path p : corpusCandidates()) {
      if (Files.isRegularFile(p)) {
        String text = read(p);
        if (text.length() > maxChars) {
          text = text.substring(0, (int) maxChars);
        }
        return new Corpus("news corpus " + p.toAbsolutePath().normalize(), splitArticles(text));
      }
    }
    for (Path dir : List.of(Paths.get("../src/test/resources"), Paths.get("src/test/resources"))) {
      List<String> own = testArticles(dir);
      if (!own.isEmpty()) {
        return new Corpus("NO news corpus found; " + own.size() + " test articles of the project under "
            + dir.toAbsolutePath().normalize() + ", repeated", repeat(own, Math.min(maxChars, FALLBACK_CHARS)));
      }
    }
    return new Corpus("NO news corpus and no test articles found; built-in sample paragraphs, repeated",
        repeat(splitArticles(SampleText.TEXT), Math.min(maxChars, FALLBACK_CHARS)));
  }

  private static List<Path> corpusCandidates() {
    List<Path> out = new ArrayList<>();
    String explicit = System.getProperty("gazette.corpus");
    if (explicit != null && !explicit.isBlank()) {
      Path p = Paths.get(explicit);
      if (!Files.isRegularFile(p)) {
        System.err.println("# gazette.corpus=" + explicit + " is not a file; looking elsewhere");
      }
      out.add(p);
    }
    String shared = System.getProperty("gazette.shared");
    if (shared != null && !shared.isBlank()) {
      out.add(Paths.get(shared, "corpus", "news-en.txt"));
    }
    out.add(Paths.get("../../shared/corpus/news-en.txt"));
    out.add(Paths.get("../shared/corpus/news-en.txt"));
    return out;
  }

  private static List<String> testArticles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".txt"))
          .sorted(Comparator.naturalOrder())
          .map(Corpus::read)
          .filter(t -> !t.isBlank())
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read benchmark input " + p, e);
    }
  }

  /** Articles are separated by one or more blank lines. */
  static List<String> splitArticles(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.split("\\n[ \\t]*\\n")) {
      String a = part.strip();
      if (!a.isEmpty()) {
        out.add(a);
      }
    }
    return out;
  }

  private static List<String> repeat(List<String> articles, long chars) {
    List<String> out = new ArrayList<>();
    long n = 0;
    while (n < chars) {
      for (String a : articles) {
        out.add(a);
        n += a.length();
      }
    }
    return out;
  }

  /** Packs whole articles (joined by a blank line) into chunks of about {@link #CHUNK_TARGET} chars. */
  private static String[] pack(List<String> articles) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder(CHUNK_MAX + 1024);
    for (String a : articles) {
      for (String piece : cut(a)) {
        if (sb.length() > 0 && sb.length() + piece.length() > CHUNK_MAX) {
          out.add(sb.toString());
          sb.setLength(0);
        }
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        sb.append(piece);
        if (sb.length() >= CHUNK_TARGET) {
          out.add(sb.toString());
          sb.setLength(0);
        }
      }
    }
    if (sb.length() > 0) {
      out.add(sb.toString());
    }
    return out.toArray(new String[0]);
  }

  /** Cuts an over-long article at line ends (or hard, for a line longer than the limit). */
  private static List<String> cut(String article) {
    if (article.length() <= CHUNK_MAX) {
      return List.of(article);
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < article.length()) {
      int end = Math.min(article.length(), start + CHUNK_MAX);
      if (end < article.length()) {
        int nl = article.lastIndexOf('\n', end);
        if (nl > start) {
          end = nl;
        }
      }
      out.add(article.substring(start, end));
      start = end;
    }
    return out;
  }
}
