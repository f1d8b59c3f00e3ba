package dev.gazette.bench;

import dev.gazette.Article;
import dev.gazette.internal.text.SentenceBuffer;
import dev.gazette.internal.text.SentenceSplitter;
import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.Tokenizer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Our sentence splitting on the corpus chunks: {@code tokenizeAndSplit} runs the tokenizer and the
 * splitter (what the pipeline pays for sentences), {@code tokenizeOnly} the tokenizer alone on the same
 * input, so the splitter's own cost is the difference. The chunks are wrapped in {@link Article}s once, at
 * setup (the splitter reads the article's paragraphs), so article parsing is not measured here.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SentenceBenchmark {

  /** chars/s, tokens/s and sentences/s (see {@link Counters}). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class SentenceCounters {
    public long chars;
    public long tokens;
    public long sentences;

    @Setup(Level.Iteration)
    public void clear() {
      chars = 0;
      tokens = 0;
      sentences = 0;
    }
  }

  /** The chunks as articles, and one tokenizer, splitter and pair of buffers per thread. */
  @State(Scope.Thread)
  public static class Work {
    Article[] articles;
    int next;
    final Tokenizer tokenizer = new Tokenizer();
    final SentenceSplitter splitter = new SentenceSplitter();
    final TokenBuffer tokens = new TokenBuffer();
    final SentenceBuffer sentences = new SentenceBuffer();

    @Setup
    public void setUp() {
      String[] chunks = Corpus.get().chunks();
      articles = new Article[chunks.length];
      for (int i = 0; i < chunks.length; i++) {
        articles[i] = Article.of(chunks[i]);
      }
      next = (int) ((Thread.currentThread().getId() * 7919L) % articles.length);
    }

    Article next() {
      Article a = articles[next];
      if (++next == articles.length) {
        next = 0;
      }
      return a;
    }
  }

  @Benchmark
  public int tokenizeAndSplit(Work w, SentenceCounters c) {
    Article a = w.next();
    w.tokenizer.tokenize(a.text(), w.tokens);
    w.splitter.split(a, w.tokens, w.sentences);
    c.chars += a.text().length();
    c.tokens += w.tokens.size();
    int s = w.sentences.size();
    c.sentences += s;
    return s == 0 ? 0 : w.sentences.endToken(s - 1);
  }

  @Benchmark
  public int tokenizeOnly(Work w, SentenceCounters c) {
    Article a = w.next();
    w.tokenizer.tokenize(a.text(), w.tokens);
    c.chars += a.text().length();
    int n = w.tokens.size();
    c.tokens += n;
    return n == 0 ? 0 : w.tokens.end(n - 1);
  }
}
