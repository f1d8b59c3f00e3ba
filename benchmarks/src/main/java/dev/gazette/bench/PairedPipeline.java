package dev.gazette.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A paired before/after comparison of the whole default pipeline for a shared, noisy machine: two (or
 * more) builds of the library, each in its own class loader in one JVM, run
 * {@code Gazette.defaults().extract(Article.of(text))} in alternating rounds over the same slice of the
 * corpus (the order of the versions rotates every round). Each version's time per round is measured as
 * wall time and as the thread's CPU time; the ratio of two versions within a round sees nearly the same
 * load, and the median (with quartiles) over rounds is reported, next to each version's median tokens/s.
 *
 * <pre>
 * java -cp target/benchmarks.jar dev.gazette.bench.PairedPipeline before.jar after.jar [rounds [articlesPerRound [warmupRounds]]]
 * </pre>
 * Each version's class loader sees its jar first, then the benchmark jar (for Guava, Jackson and the
 * other dependencies) or the jars in the system property {@code paired.deps} (path-separated). Defaults:
 * 60 rounds of 500 articles, 30 warm-up rounds not counted (the pipeline needs tens of thousands of
 * articles before C2 has compiled its hot methods). Ratios are {@code other / first}: above 1
 * means the later version is faster.
 */
public final class PairedPipeline {
  private PairedPipeline() {}

  /** One build of the library and the work of one round. */
  private static final class Version {
    final String name;
    final LibraryJar jar;

    Version(Path jar, URL[] deps) throws Exception {
      this.jar = new LibraryJar(jar, deps);
      this.name = this.jar.name;
    }

    /** Extracts articles {@code [from, from + n)} (wrapping) and returns the number of tokens. */
    long run(List<String> articles, int from, int n) throws Exception {
      long t = 0;
      for (int i = 0; i < n; i++) {
        t += jar.tokenCount(jar.extract(articles.get((from + i) % articles.size())));
      }
      return t;
    }
  }

  public static void main(String[] args) throws Exception {
    List<Path> jars = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    for (String a : args) {
      if (a.endsWith(".jar")) {
        jars.add(Path.of(a));
      } else {
        numbers.add(a);
      }
    }
    if (jars.size() < 2) {
      System.err.println("usage: PairedPipeline before.jar after.jar [rounds [articlesPerRound [warmupRounds]]]");
      System.exit(2);
    }
    int rounds = numbers.size() > 0 ? Integer.parseInt(numbers.get(0)) : 60;
    int perRound = numbers.size() > 1 ? Integer.parseInt(numbers.get(1)) : 500;
    int warmup = numbers.size() > 2 ? Integer.parseInt(numbers.get(2)) : 30;
    URL[] deps = deps();
    List<String> articles = Corpus.get().articles();
    Version[] versions = new Version[jars.size()];
    for (int v = 0; v < versions.length; v++) {
      versions[v] = new Version(jars.get(v), deps);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int k = versions.length;
    double[][] wall = new double[k][rounds];
    double[][] cpu = new double[k][rounds];
    double[][] tokens = new double[k][rounds];
    int from = 0;
    System.out.printf(Locale.ROOT, "# %d versions, %d rounds of %d articles (+%d warm-up), load %s%n",
        k, rounds, perRound, warmup, load());
    for (int r = -warmup; r < rounds; r++) {
      for (int j = 0; j < k; j++) {
        int v = Math.floorMod(r + j, k);
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        long t = versions[v].run(articles, from, perRound);
        long w1 = System.nanoTime();
        long c1 = mx.getCurrentThreadCpuTime();
        if (r >= 0) {
          wall[v][r] = w1 - w0;
          cpu[v][r] = c1 - c0;
          tokens[v][r] = t;
        }
      }
      from = (from + perRound) % articles.size();
      if (r >= 0 && (r + 1) % 10 == 0) {
        System.out.printf(Locale.ROOT, "# round %d, load %s%n", r + 1, load());
      }
    }
    for (int v = 0; v < k; v++) {
      double[] tps = new double[rounds];
      double[] tpsCpu = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        tps[r] = tokens[v][r] / wall[v][r] * 1e3; // M tokens/s
        tpsCpu[r] = tokens[v][r] / cpu[v][r] * 1e3;
        if (tokens[v][r] != tokens[0][r]) {
          System.out.printf("# WARNING: round %d: %s gave %.0f tokens, %s %.0f%n",
              r, versions[v].name, tokens[v][r], versions[0].name, tokens[0][r]);
        }
      }
      System.out.printf(Locale.ROOT, "%s: M tokens/s wall median %.3f (q1 %.3f, q3 %.3f), per cpu second median %.3f%n",
          versions[v].name, median(tps), Stats.quantile(tps, 0.25), Stats.quantile(tps, 0.75), median(tpsCpu));
    }
    for (int v = 1; v < k; v++) {
      double[] rw = new double[rounds];
      double[] rc = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        rw[r] = wall[0][r] / wall[v][r];
        rc[r] = cpu[0][r] / cpu[v][r];
      }
      System.out.printf(Locale.ROOT, "speed-up %s / %s: wall median %.3f (q1 %.3f, q3 %.3f); cpu median %.3f (q1 %.3f, q3 %.3f)%n",
          versions[v].name, versions[0].name, Stats.quantile(rw, 0.5), Stats.quantile(rw, 0.25), Stats.quantile(rw, 0.75),
          Stats.quantile(rc, 0.5), Stats.quantile(rc, 0.25), Stats.quantile(rc, 0.75));
    }
    System.out.printf(Locale.ROOT, "# end, load %s%n", load());
  }

  private static URL[] deps() throws Exception {
    String prop = System.getProperty("paired.deps");
    if (prop == null || prop.isEmpty()) {
      return new URL[] {PairedPipeline.class.getProtectionDomain().getCodeSource().getLocation()};
    }
    String[] parts = prop.split(java.io.File.pathSeparator);
    URL[] out = new URL[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Path.of(parts[i]).toUri().toURL();
    }
    return out;
  }

  private static String load() {
    double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return String.format(Locale.ROOT, "%.2f", l);
  }

  private static double median(double[] a) {
    return Stats.quantile(a, 0.5);
  }
}
