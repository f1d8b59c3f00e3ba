package dev.gazette.bench;

import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.rules.RuleBench;
import dev.gazette.rules.RuleSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rule matching cost per token as the rule set grows: 10, 1,000 and 100,000 generated relation-style
 * rules ({@code RuleBench.syntheticRules}: each rule has its own trigger word, and every thousandth also
 * fires on "said", so a few rules are live on real text and the prefilter skips the rest), compiled once
 * into one program and run over the corpus chunks, tokenized, split and given stand-in PERSON mentions at
 * setup. Only prefilter, Pike VM and overlap resolution are measured; read {@code :tokens} (tokens/s),
 * which should stay nearly flat across the sizes.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RulesBenchmark {

  /** The rule set, built once per fork for each size, and the prepared chunks. */
  @State(Scope.Benchmark)
  public static class Rules {
    @Param({"10", "1000", "100000"})
    int rules;

    RuleSet ruleSet;
    Workspace[] chunks;

    @Setup
    public void setUp() {
      long start = System.nanoTime();
      ruleSet = RuleBench.syntheticRules(rules, 42);
      System.out.printf("%n%,d rules compiled in %,d ms%n", rules, (System.nanoTime() - start) / 1_000_000);
      chunks = RuleChunks.prepare();
    }
  }

  @Benchmark
  public int match(Rules r, RuleChunks cursor, Counters c) {
    return cursor.matchNext(r.ruleSet, r.chunks, c);
  }
}
