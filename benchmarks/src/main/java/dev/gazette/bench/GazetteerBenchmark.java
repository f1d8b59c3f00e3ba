package dev.gazette.bench;

import dev.gazette.internal.ner.PhraseIndex;
import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.Tokenizer;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Gazetteer matching cost per token as the gazetteer grows: 10k, 100k and 1M generated phrases in a
 * {@code PhraseIndex}, matched over the corpus chunks (key lookup of every token, then leftmost-longest
 * trie matching, every candidate accepted). The chunks are tokenized once at setup, so only matching is
 * measured; read {@code :tokens} (tokens/s).
 *
 * <p>{@code hits} chooses how the gazetteer grows (see {@link GazetteerPhrases}): {@code same} keeps the
 * matches identical at every size (0.067 per token) while the tables grow, so its {@code :tokens} is
 * the cost per token the gazetteer's size adds and should stay flat; {@code growing} (the benchmark's
 * only mode until 2026-11-28) draws every phrase word from the corpus vocabulary, so the larger
 * gazetteers also produce twelve times more matches (0.067 / 0.58 / 0.82 per token, printed at the end
 * of each fork as {@code # matches/token}): compare its sizes only with that in mind.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class GazetteerBenchmark {

  /** The index, built once per fork for each size. */
  @State(Scope.Benchmark)
  public static class Index {
    @Param({"10000", "100000", "1000000"})
    int entries;

    @Param({"same", "growing"})
    String hits;

    PhraseIndex index;
    String[] texts;
    TokenBuffer[] tokens;

    @Setup
    public void setUp() {
      GazetteerPhrases g = GazetteerPhrases.get();
      texts = g.texts();
      tokens = g.tokens();
      long start = System.nanoTime();
      List<String> phrases = g.phrases(hits, entries);
      PhraseIndex.Builder b = PhraseIndex.builder(new Tokenizer());
      for (int e = 0; e < phrases.size(); e++) {
        b.add(phrases.get(e), e);
      }
      index = b.build();
      System.err.printf("# gazetteer (%s): %,d phrases (%,d corpus words) built in %,d ms%n",
          hits, index.size(), g.vocabularySize(), (System.nanoTime() - start) / 1_000_000);
    }
  }

  /** Per-thread cursor and key-id scratch array. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
    int[] keyIds = new int[4096];
    long matches;
    long tokens;
    final PhraseIndex.Sink sink = (from, to, payload) -> {
      matches++;
      return true;
    };

    @TearDown
    public void report() {
      System.err.printf("# matches/token %.4f (%,d matches, %,d tokens)%n", (double) matches / tokens, matches, tokens);
    }
  }

  @Benchmark
  public long match(Index ix, Cursor cur, Counters c) {
    int i = cur.next;
    cur.next = i + 1 == ix.texts.length ? 0 : i + 1;
    String text = ix.texts[i];
    TokenBuffer tokens = ix.tokens[i];
    int[] ids = ix.index.keyIds(text, tokens, cur.keyIds);
    cur.keyIds = ids;
    ix.index.match(ids, 0, tokens.size(), cur.sink);
    cur.tokens += tokens.size();
    c.add(text, tokens.size());
    return cur.matches;
  }
}
