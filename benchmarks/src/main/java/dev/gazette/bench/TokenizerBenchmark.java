package dev.gazette.bench;

import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.Tokenizer;
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
 * Tokenizers on the same corpus chunks in the same run: ours, Lucene's StandardTokenizer, OpenNLP's
 * SimpleTokenizer, CoreNLP's PTBTokenizer, and a char-class loop that only records token offsets into
 * preallocated int arrays (the physical limit). Compare the secondary {@code chars} scores (chars/s):
 * token counts differ between tokenizers, so tokens/s is only comparable where tokenizations are alike.
 *
 * <p>Every benchmark reuses its tokenizer (and for ours, its {@code TokenBuffer}) per thread, as a
 * batch job would. The peers' APIs hand out each token's offsets, so their loops read them; ours and the
 * char loop leave the offsets in their arrays, where later stages read them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TokenizerBenchmark {

  /** Per-thread tokenizer instances, created once and reused for every chunk. */
  @State(Scope.Thread)
  public static class Tokenizers {
    CharClassLoop charLoop;
    Peers.Lucene lucene;
    Peers.OpenNlp openNlp;
    Peers.CoreNlp coreNlp;
    Tokenizer ours;
    TokenBuffer ourTokens;

    @Setup
    public void setUp() {
      charLoop = new CharClassLoop(Corpus.get().maxChunkLength() + 1);
      lucene = new Peers.Lucene();
      openNlp = new Peers.OpenNlp();
      coreNlp = new Peers.CoreNlp();
      ours = new Tokenizer();
      ourTokens = new TokenBuffer();
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
  public int gazette(Input in, Tokenizers t, Counters c) {
    String text = in.next();
    TokenBuffer tokens = t.ourTokens;
    t.ours.tokenize(text, tokens);
    int n = tokens.size();
    c.add(text, n);
    return n == 0 ? 0 : tokens.end(n - 1);
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
