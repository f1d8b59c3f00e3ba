package dev.gazette.bench;

import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A paired comparison of the tokenizers for a shared, noisy machine, next to the JMH benchmarks (which
 * run one benchmark after the other, so a burst of load from other processes lands on whichever runs
 * at that moment). Here all tokenizers run in one JVM, in short turns that alternate (order rotated
 * every round), over the same slice of the corpus in each round; the ratio of their times within a
 * round sees nearly the same load, and the median over rounds is reported.
 *
 * <pre>
 * java -cp target/benchmarks.jar dev.gazette.bench.Interleaved [rounds [chunksPerTurn [warmupSeconds]]]
 * </pre>
 * Defaults: 60 rounds, 40 chunks (~160 KB) per turn, 10 s warmup per tokenizer. Turns are timed in
 * the thread's CPU time, so a turn during which the thread waited for a core is not counted as slow
 * (a loaded machine still costs some speed through shared caches); {@code -Dgazette.clock=wall}
 * times them by the wall clock instead.
 */
public final class Interleaved {
  private Interleaved() {}

  private interface Tok {
    /** Tokenizes chunks {@code [from, from + n)} (wrapping) and returns the number of tokens. */
    long run(String[] chunks, int from, int n);
  }

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int perTurn = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    int warmupSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    String[] chunks = Corpus.get().chunks();
    boolean wall = "wall".equals(System.getProperty("gazette.clock"));
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();

    CharClassLoop loop = new CharClassLoop(Corpus.get().maxChunkLength() + 1);
    Tokenizer ours = new Tokenizer();
    TokenBuffer buffer = new TokenBuffer();
    Peers.Lucene lucene = new Peers.Lucene();
    Peers.OpenNlp openNlp = new Peers.OpenNlp();
    Peers.CoreNlp coreNlp = new Peers.CoreNlp();
    String[] names = {"gazette", "luceneStandard", "charClassLoop", "openNlpSimple", "coreNlpPtb"};
    Tok[] toks = {
      (c, from, n) -> {
        long t = 0;
        for (int i = 0; i < n; i++) {
          ours.tokenize(c[(from + i) % c.length], buffer);
          t += buffer.size();
        }
        return t;
      },
      (c, from, n) -> {
        long t = 0;
        for (int i = 0; i < n; i++) {
          t += lucene.tokenize(c[(from + i) % c.length]);
        }
        return t;
      },
      (c, from, n) -> {
        long t = 0;
        for (int i = 0; i < n; i++) {
          t += loop.scan(c[(from + i) % c.length]);
        }
        return t;
      },
      (c, from, n) -> {
        long t = 0;
        for (int i = 0; i < n; i++) {
          t += openNlp.tokenize(c[(from + i) % c.length]);
        }
        return t;
      },
      (c, from, n) -> {
        long t = 0;
        for (int i = 0; i < n; i++) {
          t += coreNlp.tokenize(c[(from + i) % c.length]);
        }
        return t;
      },
    };
    // CoreNLP is ~50x slower: it gets a proportionally smaller slice so a round stays short, and its
    // times are scaled by chars.
    int[] share = {perTurn, perTurn, perTurn, perTurn, Math.max(1, perTurn / 20)};
    long sink = 0;
    for (int k = 0; k < toks.length; k++) {
      long end = System.nanoTime() + warmupSeconds * 1_000_000_000L;
      int from = 0;
      while (System.nanoTime() < end) {
        sink += toks[k].run(chunks, from, share[k]);
        from = (from + share[k]) % chunks.length;
      }
    }
    double[][] charsPerSec = new double[toks.length][rounds];
    long[] tokens = new long[toks.length];
    long[] chars = new long[toks.length];
    int from = 0;
    for (int r = 0; r < rounds; r++) {
      for (int j = 0; j < toks.length; j++) {
        int k = (j + r) % toks.length;
        long c = 0;
        for (int i = 0; i < share[k]; i++) {
          c += chunks[(from + i) % chunks.length].length();
        }
        long t0 = wall ? System.nanoTime() : threads.getCurrentThreadCpuTime();
        long n = toks[k].run(chunks, from, share[k]);
        long dt = (wall ? System.nanoTime() : threads.getCurrentThreadCpuTime()) - t0;
        sink += n;
        tokens[k] += n;
        chars[k] += c;
        charsPerSec[k][r] = c * 1e9 / dt;
      }
      from = (from + perTurn) % chunks.length;
    }
    System.out.printf(Locale.ROOT, "# %d rounds, %d chunks per turn (CoreNLP %d), %d s warmup each, %s time%n",
        rounds, perTurn, share[4], warmupSeconds, wall ? "wall-clock" : "thread CPU");
    System.out.printf(Locale.ROOT, "%-16s %14s %14s %14s %12s%n", "tokenizer", "M chars/s med", "M chars/s best",
        "M tokens/s med", "chars/token");
    for (int k = 0; k < toks.length; k++) {
      double med = median(charsPerSec[k]);
      double cpt = (double) chars[k] / tokens[k];
      System.out.printf(Locale.ROOT, "%-16s %14.1f %14.1f %14.1f %12.2f%n", names[k], med / 1e6,
          max(charsPerSec[k]) / 1e6, med / cpt / 1e6, cpt);
    }
    for (int k = 1; k < toks.length; k++) {
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = charsPerSec[0][r] / charsPerSec[k][r];
      }
      double[] sorted = ratio.clone();
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "ours / %-14s median %.3f  (quartiles %.3f .. %.3f)%n", names[k],
          median(ratio), sorted[rounds / 4], sorted[(3 * rounds) / 4]);
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  private static double max(double[] xs) {
    double m = 0;
    for (double x : xs) {
      m = Math.max(m, x);
    }
    return m;
  }
}
