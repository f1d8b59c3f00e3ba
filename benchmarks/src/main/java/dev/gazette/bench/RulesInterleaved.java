package dev.gazette.bench;

import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.rules.RuleBench;
import dev.gazette.rules.RuleSet;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * {@link RulesLiveBenchmark} for a shared, noisy machine: the rule sets of every size (a fixed number of
 * live rules among 10, 1,000 and 100,000) run in one JVM in short alternating turns over the same corpus
 * chunks (order rotated every round), timed by the thread's CPU time; reports per size the median
 * ns/token and the median per-round ratio to the smallest size (1.0 = the skipped rules cost nothing).
 *
 * <pre>
 * java -Dgazette.corpus.maxChars=2000000 -cp target/benchmarks.jar dev.gazette.bench.RulesInterleaved [rounds [chunksPerTurn [live]]]
 * </pre>
 * Defaults: 40 rounds, 60 chunks (~240 KB) per turn, 10 live rules; 5 warm-up rounds not counted.
 */
public final class RulesInterleaved {
  private RulesInterleaved() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    int perTurn = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int live = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    int warmup = 5;
    int[] sizes = {10, 1000, 100_000};
    RuleSet[] sets = new RuleSet[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      long t0 = System.nanoTime();
      sets[i] = RuleBench.syntheticRules(sizes[i], live, 42);
      System.out.printf(Locale.ROOT, "# %,d rules (%d live) compiled in %,d ms%n", sizes[i], live, (System.nanoTime() - t0) / 1_000_000);
    }
    Workspace[] chunks = RuleChunks.prepare();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[][] nsPerToken = new double[sizes.length][rounds];
    long[] matches = new long[sizes.length];
    int from = 0;
    System.out.printf(Locale.ROOT, "# %d rounds of %d chunks per size, load %.2f%n", rounds, perTurn, load());
    for (int r = -warmup; r < rounds; r++) {
      for (int j = 0; j < sizes.length; j++) {
        int k = Math.floorMod(r + j, sizes.length);
        long tokens = 0;
        long m = 0;
        long c0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < perTurn; i++) {
          Workspace ws = chunks[(from + i) % chunks.length];
          m += RuleBench.matchCount(sets[k], ws);
          tokens += ws.tokens().size();
        }
        long c1 = mx.getCurrentThreadCpuTime();
        if (r >= 0) {
          nsPerToken[k][r] = (double) (c1 - c0) / tokens;
          matches[k] += m;
        }
      }
      from = (from + perTurn) % chunks.length;
    }
    for (int k = 0; k < sizes.length; k++) {
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = nsPerToken[k][r] / nsPerToken[0][r];
      }
      System.out.printf(Locale.ROOT, "%,7d rules, %d live: %.1f ns/token (q1 %.1f, q3 %.1f), / %d rules: %.2f (q1 %.2f, q3 %.2f), matches %d%n",
          sizes[k], live, Stats.quantile(nsPerToken[k], 0.5), Stats.quantile(nsPerToken[k], 0.25), Stats.quantile(nsPerToken[k], 0.75),
          sizes[0], Stats.quantile(ratio, 0.5), Stats.quantile(ratio, 0.25), Stats.quantile(ratio, 0.75), matches[k]);
    }
    System.out.printf(Locale.ROOT, "# end, load %.2f%n", load());
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
