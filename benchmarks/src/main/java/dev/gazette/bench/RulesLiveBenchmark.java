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
 * Rule matching cost per token as the rule set grows, like for like: a FIXED number of live rules
 * ({@code live}, default 10) among 10, 1,000 and 100,000 generated relation-style rules
 * ({@code RuleBench.syntheticRules(count, live, seed)}: the live rules also fire on "said" and need only
 * a PERSON mention besides, which the stand-in entity recognition gives nearly every sentence; every
 * other rule has its own trigger word, absent from real text). On the corpus chunks (tokenized, split and
 * given stand-in PERSON mentions at setup) the same live rules run and match at every size, so the
 * difference between the sizes is the cost of the rules the prefilter skips. Read {@code :tokens}.
 * {@link RulesBenchmark} keeps the older set, where the number of live rules grows with the size.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RulesLiveBenchmark {

  /** The rule set, built once per fork for each size, and the prepared chunks. */
  @State(Scope.Benchmark)
  public static class Rules {
    @Param({"10", "1000", "100000"})
    int rules;

    @Param({"10"})
    int live;

    RuleSet ruleSet;
    Workspace[] chunks;

    @Setup
    public void setUp() {
      long start = System.nanoTime();
      ruleSet = RuleBench.syntheticRules(rules, live, 42);
      System.out.printf("%n%,d rules (%d live) compiled in %,d ms%n", rules, live, (System.nanoTime() - start) / 1_000_000);
      chunks = RuleChunks.prepare();
    }
  }

  @Benchmark
  public int match(Rules r, RuleChunks cursor, Counters c) {
    return cursor.matchNext(r.ruleSet, r.chunks, c);
  }
}
