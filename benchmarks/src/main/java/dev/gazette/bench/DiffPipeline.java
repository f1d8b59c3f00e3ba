package dev.gazette.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A differential check of two builds of the library for output-preserving work: each corpus article
 * is extracted by both builds (each in its own class loader, as in {@link PairedPipeline}) and the
 * JSON of the two extractions compared; the first differences are printed with their context.
 *
 * <pre>
 * java -cp target/benchmarks.jar dev.gazette.bench.DiffPipeline before.jar after.jar [articles [first]]
 * </pre>
 * Exits with status 1 when any article differs. With one jar only, extracts the articles in a loop
 * ({@code articles} per round, forever, or {@code first} rounds): a driver for a profiler.
 */
public final class DiffPipeline {
  private DiffPipeline() {}

  public static void main(String[] args) throws Exception {
    List<String> articles = Corpus.get().articles();
    if (args.length < 2 || !args[1].endsWith(".jar")) {
      loop(new LibraryJar(Path.of(args[0]), LibraryJar.benchmarkJar()), articles, args.length > 1 ? Integer.parseInt(args[1]) : 400,
          args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE);
      return;
    }
    LibraryJar a = new LibraryJar(Path.of(args[0]), LibraryJar.benchmarkJar());
    LibraryJar b = new LibraryJar(Path.of(args[1]), LibraryJar.benchmarkJar());
    int n = args.length > 2 ? Integer.parseInt(args[2]) : articles.size();
    int first = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    int differ = 0;
    long chars = 0;
    for (int i = first; i < first + n && i < articles.size(); i++) {
      String text = articles.get(i);
      String ja = a.json(text);
      String jb = b.json(text);
      chars += ja.length();
      if (!ja.equals(jb)) {
        differ++;
        if (differ <= 5) {
          int k = 0;
          while (k < ja.length() && k < jb.length() && ja.charAt(k) == jb.charAt(k)) {
            k++;
          }
          int from = Math.max(0, k - 200);
          System.out.printf(Locale.ROOT, "article %d differs at char %d:%n  before: ...%s%n  after:  ...%s%n", i, k,
              ja.substring(from, Math.min(ja.length(), k + 200)), jb.substring(from, Math.min(jb.length(), k + 200)));
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d articles from %d compared (%d chars of JSON each side): %d differ%n",
        Math.min(n, articles.size() - first), first, chars, differ);
    System.exit(differ == 0 ? 0 : 1);
  }

  private static void loop(LibraryJar v, List<String> articles, int perRound, int rounds) throws Exception {
    int from = 0;
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < perRound; i++) {
        sink += v.extract(articles.get((from + i) % articles.size())).hashCode();
      }
      from = (from + perRound) % articles.size();
      System.out.printf(Locale.ROOT, "# round %d: %.0f ms%n", r, (System.nanoTime() - t0) / 1e6);
    }
    System.out.println(sink == 42 ? "" : "# done");
  }
}
