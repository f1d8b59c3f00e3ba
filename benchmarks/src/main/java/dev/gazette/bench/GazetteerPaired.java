package dev.gazette.bench;

import dev.gazette.internal.ner.PhraseIndex;
import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.Tokenizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToLongFunction;

/**
 * Gazetteer cost per token, paired for a shared, noisy machine: one JVM, each build of the library in
 * its own class loader, one gazetteer per (build, {@code hits} mode, size) cell (see
 * {@link GazetteerPhrases}), and rounds in which every cell matches the next {@code chunks} corpus
 * chunks (the order of the cells rotates every round). Each turn is timed in the thread's CPU time
 * (wall time with {@code -Dpaired.wall=true}); the median ns/token per cell, its matches per token and
 * the throughput ratio of each size to the smallest (per build and mode) are printed.
 *
 * <pre>
 * java -Xmx6g -cp target/benchmarks.jar dev.gazette.bench.GazetteerPaired before.jar,after.jar same,growing 10000,100000,1000000 [rounds [chunks]]
 * </pre>
 * A build is a jar or a classes directory, seen first by its class loader, then the benchmark jar.
 * Defaults: 20 rounds of 60 chunks after 5 warm-up rounds.
 */
public final class GazetteerPaired {
  private GazetteerPaired() {}

  /** One cell, loaded through a build's class loader; returns the CPU (or wall) ns of a turn. */
  public static final class Runner implements IntToLongFunction {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final boolean WALL = Boolean.getBoolean("paired.wall");
    private final PhraseIndex index;
    private final String[] texts;
    private final TokenBuffer[] tokens;
    private int next;
    private int[] ids = new int[4096];
    private long matches;
    private long allTokens;
    /** Tokens of the last turn. */
    public long lastTokens;
    private final PhraseIndex.Sink sink = (from, to, payload) -> {
      matches++;
      return true;
    };

    public Runner(String hits, Integer entries) {
      GazetteerPhrases g = GazetteerPhrases.get();
      texts = g.texts();
      tokens = g.tokens();
      List<String> phrases = g.phrases(hits, entries);
      PhraseIndex.Builder b = PhraseIndex.builder(new Tokenizer());
      for (int e = 0; e < phrases.size(); e++) {
        b.add(phrases.get(e), e);
      }
      index = b.build();
    }

    @Override
    public long applyAsLong(int chunks) {
      long t0 = WALL ? System.nanoTime() : MX.getCurrentThreadCpuTime();
      long n = 0;
      for (int c = 0; c < chunks; c++) {
        int i = next;
        next = i + 1 == texts.length ? 0 : i + 1;
        TokenBuffer tb = tokens[i];
        ids = index.keyIds(texts[i], tb, ids);
        index.match(ids, 0, tb.size(), sink);
        n += tb.size();
      }
      lastTokens = n;
      allTokens += n;
      return (WALL ? System.nanoTime() : MX.getCurrentThreadCpuTime()) - t0;
    }

    /** Matches per token over every turn so far. */
    public double matchesPerToken() {
      return (double) matches / allTokens;
    }
  }

  public static void main(String[] args) throws Exception {
    String[] builds = args[0].split(",");
    String[] modes = args[1].split(",");
    int[] sizes = Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray();
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    int chunks = args.length > 4 ? Integer.parseInt(args[4]) : 60;
    URL self = GazetteerPaired.class.getProtectionDomain().getCodeSource().getLocation();
    List<String> names = new ArrayList<>();
    List<Object> runners = new ArrayList<>();
    for (String build : builds) {
      ClassLoader loader = new URLClassLoader(new URL[] {Path.of(build).toUri().toURL(), self},
          ClassLoader.getPlatformClassLoader());
      Class<?> runner = Class.forName(Runner.class.getName(), true, loader);
      for (String mode : modes) {
        for (int size : sizes) {
          long t0 = System.nanoTime();
          runners.add(runner.getConstructor(String.class, Integer.class).newInstance(mode, size));
          String name = Path.of(build).getFileName() + "/" + mode + "/" + size;
          names.add(name);
          System.err.printf("# %s built in %,d ms%n", name, (System.nanoTime() - t0) / 1_000_000);
        }
      }
    }
    int n = runners.size();
    List<List<Double>> nsPerToken = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      nsPerToken.add(new ArrayList<>());
    }
    for (int round = -5; round < rounds; round++) {
      for (int j = 0; j < n; j++) {
        int i = (j + Math.max(round, 0)) % n;
        Object r = runners.get(i);
        long ns = ((IntToLongFunction) r).applyAsLong(chunks);
        long t = r.getClass().getField("lastTokens").getLong(r);
        if (round >= 0) {
          nsPerToken.get(i).add((double) ns / t);
        }
      }
    }
    double[] median = new double[n];
    for (int i = 0; i < n; i++) {
      List<Double> l = nsPerToken.get(i);
      Collections.sort(l);
      median[i] = l.get(l.size() / 2);
      Object r = runners.get(i);
      double mpt = (Double) r.getClass().getMethod("matchesPerToken").invoke(r);
      System.out.printf(Locale.ROOT, "%-34s median %6.1f ns/token (%5.2f M tokens/s), p25 %6.1f, p75 %6.1f; matches/token %.4f%n",
          names.get(i), median[i], 1000 / median[i], l.get(l.size() / 4), l.get(3 * l.size() / 4), mpt);
    }
    int per = sizes.length;
    for (int g = 0; g < n / per; g++) {
      StringBuilder sb = new StringBuilder(names.get(g * per).replaceAll("/[0-9]+$", "") + ": throughput ratio");
      for (int s = 1; s < per; s++) {
        sb.append(String.format(Locale.ROOT, "  %d/%d = %.2f", sizes[s], sizes[0], median[g * per] / median[g * per + s]));
      }
      System.out.println(sb);
    }
  }
}
