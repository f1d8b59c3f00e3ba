package dev.gazette.bench;

import dev.gazette.internal.ner.PhraseIndex;
import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
 * Gazetteer matching cost per token as the gazetteer grows: 10k, 100k and 1M generated phrases in a
 * {@code PhraseIndex}, matched over the corpus chunks (key lookup of every token, then leftmost-longest
 * trie matching, every candidate accepted). The chunks are tokenized once at setup, so only matching is
 * measured; read {@code :tokens} (tokens/s), which should stay flat across the three sizes.
 *
 * <p>Phrases are 1&ndash;3 tokens, each a word drawn uniformly from the corpus's vocabulary (80%) or an
 * invented capitalized word (20%), from a fixed seed: the larger gazetteers hold more keys (more cache
 * misses per lookup) and produce more matches, as a real one would.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class GazetteerBenchmark {

  /** The index, built once per fork for each size. */
  @State(Scope.Benchmark)
  public static class Index {
    @Param({"10000", "100000", "1000000"})
    int entries;

    PhraseIndex index;
    String[] texts;
    TokenBuffer[] tokens;

    @Setup
    public void setUp() {
      Tokenizer tokenizer = new Tokenizer();
      texts = Corpus.get().chunks();
      tokens = new TokenBuffer[texts.length];
      TokenBuffer scratch = new TokenBuffer();
      Set<String> vocabulary = new LinkedHashSet<>();
      for (int i = 0; i < texts.length; i++) {
        tokenizer.tokenize(texts[i], scratch);
        tokens[i] = scratch.snapshot();
        for (int t = 0; t < scratch.size(); t++) {
          if (scratch.end(t) - scratch.start(t) >= 2 && Character.isLetter(texts[i].charAt(scratch.start(t)))) {
            vocabulary.add(texts[i].substring(scratch.start(t), scratch.end(t)));
          }
        }
      }
      List<String> words = new ArrayList<>(vocabulary);
      Random rnd = new Random(42);
      PhraseIndex.Builder b = PhraseIndex.builder(tokenizer);
      StringBuilder phrase = new StringBuilder();
      long start = System.nanoTime();
      for (int e = 0; e < entries; e++) {
        phrase.setLength(0);
        int n = 1 + rnd.nextInt(3);
        for (int k = 0; k < n; k++) {
          if (k > 0) {
            phrase.append(' ');
          }
          if (rnd.nextInt(5) > 0) {
            phrase.append(words.get(rnd.nextInt(words.size())));
          } else {
            phrase.append((char) ('A' + rnd.nextInt(26)));
            for (int c = 3 + rnd.nextInt(6); c > 0; c--) {
              phrase.append((char) ('a' + rnd.nextInt(26)));
            }
          }
        }
        b.add(phrase.toString(), e);
      }
      index = b.build();
      System.err.printf("# gazetteer: %,d phrases (%,d corpus words) built in %,d ms%n",
          index.size(), words.size(), (System.nanoTime() - start) / 1_000_000);
    }
  }

  /** Per-thread cursor and key-id scratch array. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
    int[] keyIds = new int[4096];
    long matches;
    final PhraseIndex.Sink sink = (from, to, payload) -> {
      matches++;
      return true;
    };
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
    c.add(text, tokens.size());
    return cur.matches;
  }
}
