package dev.gazette.bench;

import dev.gazette.internal.kb.KnowledgeBase;
import dev.gazette.internal.ner.KbMentionStage;
import dev.gazette.internal.text.Tokenizer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the default knowledge base (targets: under 300 ms, under 50 MB retained). Single shot in a
 * fresh JVM per fork, i.e. what an application pays at startup, class loading and a cold JIT included:
 * {@code loadTables} reads the shipped tables; {@code loadTablesAndIndex} also loads the alias phrase
 * index the default pipeline matches with, as {@code Gazette.defaults()} does (since 2026-11-28 the
 * index compiled at build time, {@code kb-index.bin}; before, built from the aliases);
 * {@code loadTablesAndBuildIndex} builds that index from the aliases at run time, as every
 * integrator's gazetteer does. The score is ms per load (lower is better).
 *
 * <p>Retained heap: each fork prints {@code # retained heap: ... MB}, the used heap after two
 * {@code System.gc()} with the loaded object still referenced, minus the same before the load. An
 * estimate (it also counts whatever the load initialized statically, which is right for a first load).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class KnowledgeBaseBenchmark {

  /** Keeps the last loaded object reachable and measures the heap around the load. */
  @State(Scope.Benchmark)
  public static class Heap {
    Object loaded;
    long before;

    @Setup(Level.Trial)
    public void before() {
      before = usedAfterGc();
    }

    @TearDown(Level.Trial)
    public void after() {
      long retained = usedAfterGc() - before;
      System.err.printf("# retained heap: %.1f MB (%s)%n", retained / 1e6, loaded.getClass().getSimpleName());
    }

    private static long usedAfterGc() {
      MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
      System.gc();
      System.gc();
      return mem.getHeapMemoryUsage().getUsed();
    }
  }

  @Benchmark
  public Object loadTables(Heap h) {
    KnowledgeBase kb = KnowledgeBase.loadDefaultTables();
    h.loaded = kb;
    return kb;
  }

  @Benchmark
  public Object loadTablesAndIndex(Heap h) {
    KbMentionStage stage = KbMentionStage.load(KnowledgeBase.loadDefaultTables());
    h.loaded = stage;
    return stage;
  }

  @Benchmark
  public Object loadTablesAndBuildIndex(Heap h) {
    KbMentionStage stage = new KbMentionStage(KnowledgeBase.loadDefaultTables(), new Tokenizer());
    h.loaded = stage;
    return stage;
  }
}
