package dev.gazette.bench;

import dev.gazette.Article;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.text.SentenceSplitter;
import dev.gazette.internal.text.Tokenizer;
import dev.gazette.internal.time.DateStage;
import java.time.LocalDate;
import java.util.List;
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
 * Date tagging per article: {@code tokenizeSplitDates} runs the tokenizer, the sentence splitter and
 * the date stage (tagging and TIMEX3 normalization against the article date) on one corpus article;
 * {@code tokenizeSplit} the same without dates, so the date stage's own cost is the difference. The
 * articles are built once at setup with a publication date (the corpus has none in its text), so
 * article parsing is not measured. Secondary counters: chars/s, tokens/s and dates/s (date mentions).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DateBenchmark {

  /** chars/s, tokens/s and dates/s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class DateCounters {
    public long chars;
    public long tokens;
    public long dates;

    @Setup(Level.Iteration)
    public void clear() {
      chars = 0;
      tokens = 0;
      dates = 0;
    }
  }

  /** The articles and one workspace and set of stages per thread. */
  @State(Scope.Thread)
  public static class Work {
    Article[] articles;
    int next;
    final Workspace ws = new Workspace();
    final Tokenizer tokenizer = new Tokenizer();
    final SentenceSplitter splitter = new SentenceSplitter();
    final DateStage dates = new DateStage();

    @Setup
    public void setUp() {
      List<String> texts = Corpus.get().articles();
      articles = new Article[texts.size()];
      LocalDate date = LocalDate.of(1987, 3, 2);
      for (int i = 0; i < articles.length; i++) {
        articles[i] = Article.builder().text(texts.get(i)).date(date).build();
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

    void prepare(Article a) {
      ws.reset(a);
      tokenizer.tokenize(a.text(), ws.tokens());
      splitter.split(a, ws.tokens(), ws.sentences());
    }
  }

  @Benchmark
  public int tokenizeSplit(Work w, DateCounters c) {
    Article a = w.next();
    w.prepare(a);
    c.chars += a.text().length();
    c.tokens += w.ws.tokens().size();
    return w.ws.sentences().size();
  }

  @Benchmark
  public int tokenizeSplitDates(Work w, DateCounters c) {
    Article a = w.next();
    w.prepare(a);
    w.dates.process(w.ws);
    c.chars += a.text().length();
    c.tokens += w.ws.tokens().size();
    int found = w.ws.mentions().size();
    c.dates += found;
    return found;
  }
}
