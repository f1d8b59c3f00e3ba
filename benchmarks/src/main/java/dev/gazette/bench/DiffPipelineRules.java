package dev.gazette.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * A differential run for output-preserving work: two builds of the library, each in its own class
 * loader, extract the same corpus articles with {@code Gazette.defaults()} and their JSON output
 * ({@code Extraction.toJson()}) is compared article by article. Prints the number of articles, how
 * many differ (with the first few indices and a short excerpt of the first difference) and a hash of
 * each version's whole output.
 *
 * <pre>
 * java -cp target/benchmarks.jar dev.gazette.bench.DiffPipelineRules before.jar after.jar [articles [from]]
 * </pre>
 * Each class loader sees its jar first, then the benchmark jar (for the dependencies). Exit status 1
 * when any article differs.
 */
public final class DiffPipelineRules {
  private DiffPipelineRules() {}

  private static final class Version {
    final Object gazette;
    final Method articleOf;
    final Method extract;
    final Method toJson;

    Version(Path jar, URL deps) throws Exception {
      ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL(), deps}, ClassLoader.getPlatformClassLoader());
      Class<?> gazetteClass = Class.forName("dev.gazette.Gazette", true, loader);
      Class<?> articleClass = Class.forName("dev.gazette.Article", true, loader);
      Class<?> extractionClass = Class.forName("dev.gazette.Extraction", true, loader);
      gazette = gazetteClass.getMethod("defaults").invoke(null);
      articleOf = articleClass.getMethod("of", String.class);
      extract = gazetteClass.getMethod("extract", articleClass);
      toJson = extractionClass.getMethod("toJson");
    }

    String json(String text) throws Exception {
      return (String) toJson.invoke(extract.invoke(gazette, articleOf.invoke(null, text)));
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: DiffPipelineRules before.jar after.jar [articles [from]]");
      System.exit(2);
    }
    List<String> articles = Corpus.get().articles();
    int n = args.length > 2 ? Integer.parseInt(args[2]) : articles.size();
    int from = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    n = Math.min(n, articles.size() - from);
    URL deps = DiffPipelineRules.class.getProtectionDomain().getCodeSource().getLocation();
    Version a = new Version(Path.of(args[0]), deps);
    Version b = new Version(Path.of(args[1]), deps);
    MessageDigest ha = MessageDigest.getInstance("SHA-256");
    MessageDigest hb = MessageDigest.getInstance("SHA-256");
    int differ = 0;
    long chars = 0;
    StringBuilder firstDiffs = new StringBuilder();
    for (int i = from; i < from + n; i++) {
      String text = articles.get(i);
      chars += text.length();
      String ja = a.json(text);
      String jb = b.json(text);
      ha.update(ja.getBytes(StandardCharsets.UTF_8));
      hb.update(jb.getBytes(StandardCharsets.UTF_8));
      if (!ja.equals(jb)) {
        if (differ < 10) {
          firstDiffs.append(' ').append(i);
        }
        if (differ == 0) {
          int k = 0;
          while (k < Math.min(ja.length(), jb.length()) && ja.charAt(k) == jb.charAt(k)) {
            k++;
          }
          int s = Math.max(0, k - 120);
          System.out.println("first difference, article " + i + ", char " + k + ":");
          System.out.println("  A: " + ja.substring(s, Math.min(ja.length(), k + 200)));
          System.out.println("  B: " + jb.substring(s, Math.min(jb.length(), k + 200)));
        }
        differ++;
      }
    }
    HexFormat hex = HexFormat.of();
    System.out.printf("articles %d (from %d, %,d chars), differing %d%s%n", n, from, chars, differ,
        differ > 0 ? " (first:" + firstDiffs + ")" : "");
    System.out.println("sha256 A " + hex.formatHex(ha.digest()));
    System.out.println("sha256 B " + hex.formatHex(hb.digest()));
    System.exit(differ > 0 ? 1 : 0);
  }
}
