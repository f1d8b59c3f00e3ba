package dev.gazette.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The peer tokenizers and the char-class loop, on the corpus chunks. Abstract: {@code TokenizerBenchmark}
 * inherits these benchmarks (JMH generates them for the concrete subclass) and adds ours when the
 * installed gazette jar has a tokenizer (see the profiles in pom.xml), so all of them run in one run.
 * Compare the secondary {@code chars} scores (chars/s): token counts differ between tokenizers, so
 * tokens/s is only comparable where the tokenizations are alike.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public abstract class PeerTokenizers {

  /** Per-thread tokenizer instances, created once and reused for every chunk. */
  @State(Scope.Thread)
  public static class Tokenizers {
    CharClassLoop charLoop;
    Peers.Lucene lucene;
    Peers.OpenNlp openNlp;
    Peers.CoreNlp coreNlp;

    @Setup
    public void setUp() {
      charLoop = new CharClassLoop(Corpus.get().maxChunkLength() + 1);
      lucene = new Peers.Lucene();
      openNlp = new Peers.OpenNlp();
      coreNlp = new Peers.CoreNlp();
    }
  }

  @Benchmark
  public int charClassLoop(Input in, Tokenizers t, Counters c) {
    String text = in.next();
    int n = t.charLoop.scan(text);
    c.add(text, n);
    return n == 0 ? 0 : t.charLoop.ends[n - 1];
  }

  @Benchmark
  public long luceneStandard(Input in, Tokenizers t, Counters c) {
    String text = in.next();
    c.add(text, t.lucene.tokenize(text));
    return t.lucene.checksum;
  }

  @Benchmark
  public long openNlpSimple(Input in, Tokenizers t, Counters c) {
    String text = in.next();
    c.add(text, t.openNlp.tokenize(text));
    return t.openNlp.checksum;
  }

  @Benchmark
  public long coreNlpPtb(Input in, Tokenizers t, Counters c) {
    String text = in.next();
    c.add(text, t.coreNlp.tokenize(text));
    return t.coreNlp.checksum;
  }
}
