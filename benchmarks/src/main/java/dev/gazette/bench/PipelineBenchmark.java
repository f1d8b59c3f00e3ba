package dev.gazette.bench;

import dev.gazette.Article;
import dev.gazette.Extraction;
import dev.gazette.Gazette;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole default pipeline, {@code Gazette.defaults().extract(Article.of(text))}, once per corpus
 * article (article parsing included, as a user pays it), on 1 and 2 threads sharing one {@code Gazette};
 * next to the same pipeline without its relation rules ({@code entities1Thread}) and our tokenizer alone
 * on the same articles in the same run. The {@code tokens} counter is the number of tokens in each
 * extraction (for the tokenizer, in its buffer), so tokens/s of the pipeline and of the tokenizer are
 * directly comparable; the 2-thread scores are totals over both threads.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Long warm-up: throughput climbs for 30 to 50 s (C2 compiles the pipeline's many hot methods late:
// on the eighth session's machine 1,270 ops/s at 6 s, 3,600 at 50 s); a short warm-up measures the
// JIT, not the code.
@Warmup(iterations = 20, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PipelineBenchmark {

  /** One {@code Gazette} shared by all threads, as the documentation recommends. */
  @State(Scope.Benchmark)
  public static class Shared {
    Gazette gazette;

    @Setup
    public void setUp() {
      gazette = Gazette.defaults();
    }
  }

  /** The default pipeline without its relation rules (entities and dates only), shared likewise. */
  @State(Scope.Benchmark)
  public static class EntitiesOnly {
    Gazette gazette;

    @Setup
    public void setUp() {
      gazette = Gazette.builder().defaultRelations(false).build();
    }
  }

  /** Our tokenizer and its buffer, per thread. */
  @State(Scope.Thread)
  public static class Tokens {
    final Tokenizer tokenizer = new Tokenizer();
    final TokenBuffer buffer = new TokenBuffer();
  }

  private static Extraction extract(Gazette gazette, ArticleInput in, Counters c) {
    String text = in.next();
    Extraction x = gazette.extract(Article.of(text));
    c.add(text, x.tokens().size());
    return x;
  }

  private static int tokenize(Tokens t, ArticleInput in, Counters c) {
    String text = in.next();
    t.tokenizer.tokenize(text, t.buffer);
    int n = t.buffer.size();
    c.add(text, n);
    return n == 0 ? 0 : t.buffer.end(n - 1);
  }

  @Benchmark
  @Threads(1)
  public Extraction pipeline1Thread(Shared s, ArticleInput in, Counters c) {
    return extract(s.gazette, in, c);
  }

  @Benchmark
  @Threads(2)
  public Extraction pipeline2Threads(Shared s, ArticleInput in, Counters c) {
    return extract(s.gazette, in, c);
  }

  @Benchmark
  @Threads(1)
  public Extraction entities1Thread(EntitiesOnly s, ArticleInput in, Counters c) {
    return extract(s.gazette, in, c);
  }

  @Benchmark
  @Threads(1)
  public int tokenizer1Thread(Tokens t, ArticleInput in, Counters c) {
    return tokenize(t, in, c);
  }

  @Benchmark
  @Threads(2)
  public int tokenizer2Threads(Tokens t, ArticleInput in, Counters c) {
    return tokenize(t, in, c);
  }
}
