package dev.gazette.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@link RulesBenchmark}'s rule sets (10, 1,000 and 100,000 generated rules, {@code RuleBench.syntheticRules(n, 42)})
 * for two builds of the library in one JVM, each in its own class loader: every (build, size) pair runs in
 * short alternating turns over the same corpus chunks, timed with the thread's CPU clock. Prints per pair
 * the median ns/token, per size the median per-round ratio of the builds (above 1: the second is
 * faster), and per build the ratio of each size to 10 rules (the cost of the rule set's size).
 *
 * <pre>
 * java -Dgazette.corpus.maxChars=2000000 -cp target/benchmarks.jar dev.gazette.bench.RulesSizesPaired a.jar b.jar [rounds [chunksPerTurn]]
 * </pre>
 */
public final class RulesSizesPaired {
  private RulesSizesPaired() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int perTurn = args.length > 3 ? Integer.parseInt(args[3]) : 60;
    int warmup = 5;
    int[] sizes = {10, 1000, 100_000};
    URL deps = LibraryJar.benchmarkJar();
    String[] texts = Corpus.get().chunks();
    Object[][] sets = new Object[2][sizes.length];
    Object[][] chunks = new Object[2][];
    Method[] match = new Method[2];
    for (int v = 0; v < 2; v++) {
      ClassLoader l = new URLClassLoader(new URL[] {Path.of(args[v]).toUri().toURL(), deps}, ClassLoader.getPlatformClassLoader());
      Class<?> bench = Class.forName("dev.gazette.internal.rules.RuleBench", true, l);
      Class<?> ruleSet = Class.forName("dev.gazette.rules.RuleSet", true, l);
      Class<?> ws = Class.forName("dev.gazette.internal.pipeline.Workspace", true, l);
      Method synthetic = bench.getMethod("syntheticRules", int.class, long.class);
      Method workspace = bench.getMethod("workspace", String.class);
      match[v] = bench.getMethod("matchCount", ruleSet, ws);
      Method tokens = ws.getMethod("tokens");
      Method size = Class.forName("dev.gazette.internal.text.TokenBuffer", true, l).getMethod("size");
      for (int k = 0; k < sizes.length; k++) {
        long t0 = System.nanoTime();
        sets[v][k] = synthetic.invoke(null, sizes[k], 42L);
        System.out.printf(Locale.ROOT, "# %s: %,d rules compiled in %,d ms%n", Path.of(args[v]).getFileName(), sizes[k],
            (System.nanoTime() - t0) / 1_000_000);
      }
      chunks[v] = new Object[texts.length];
      for (int i = 0; i < texts.length; i++) {
        chunks[v][i] = workspace.invoke(null, texts[i]);
      }
      if (v == 0) {
        tokenSizes = new int[texts.length];
        for (int i = 0; i < texts.length; i++) {
          tokenSizes[i] = (Integer) size.invoke(tokens.invoke(chunks[v][i]));
        }
      }
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[][][] ns = new double[2][sizes.length][rounds];
    long[][] matches = new long[2][sizes.length];
    int from = 0;
    int pairs = 2 * sizes.length;
    System.out.printf(Locale.ROOT, "# %d rounds of %d chunks per (build, size), load %.2f%n", rounds, perTurn, load());
    for (int r = -warmup; r < rounds; r++) {
      for (int j = 0; j < pairs; j++) {
        int p = Math.floorMod(r + j, pairs);
        int v = p % 2;
        int k = p / 2;
        long tok = 0;
        long m = 0;
        long c0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < perTurn; i++) {
          int c = (from + i) % texts.length;
          m += (Integer) match[v].invoke(null, sets[v][k], chunks[v][c]);
          tok += tokenSizes[c];
        }
        long c1 = mx.getCurrentThreadCpuTime();
        if (r >= 0) {
          ns[v][k][r] = (double) (c1 - c0) / tok;
          matches[v][k] += m;
        }
      }
      from = (from + perTurn) % texts.length;
    }
    for (int k = 0; k < sizes.length; k++) {
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = ns[0][k][r] / ns[1][k][r];
      }
      System.out.printf(Locale.ROOT, "%,7d rules: A %.1f ns/token, B %.1f ns/token, speed-up B/A %.3f (q1 %.3f, q3 %.3f), matches %d / %d%n",
          sizes[k], Stats.quantile(ns[0][k], 0.5), Stats.quantile(ns[1][k], 0.5), Stats.quantile(ratio, 0.5),
          Stats.quantile(ratio, 0.25), Stats.quantile(ratio, 0.75), matches[0][k], matches[1][k]);
    }
    for (int v = 0; v < 2; v++) {
      StringBuilder b = new StringBuilder(v == 0 ? "A" : "B").append(" / 10 rules:");
      for (int k = 1; k < sizes.length; k++) {
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          ratio[r] = ns[v][k][r] / ns[v][0][r];
        }
        b.append(String.format(Locale.ROOT, "  %,d rules %.2f (q1 %.2f, q3 %.2f)", sizes[k], Stats.quantile(ratio, 0.5),
            Stats.quantile(ratio, 0.25), Stats.quantile(ratio, 0.75)));
      }
      System.out.println(b);
    }
    System.out.printf(Locale.ROOT, "# A = %s, B = %s; end, load %.2f%n", args[0], args[1], load());
  }

  private static int[] tokenSizes;

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
