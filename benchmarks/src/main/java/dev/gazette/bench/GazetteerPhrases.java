package dev.gazette.bench;

import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The generated gazetteers of {@link GazetteerBenchmark} and {@link GazetteerPaired}, over the corpus
 * chunks (tokenized once). Two ways to grow a gazetteer from 10k to 1M phrases:
 * <ul>
 *   <li>{@code growing}: every phrase is 1&ndash;3 words, each drawn uniformly from the corpus's
 *       vocabulary (80%; 65,019 words, "the" and "The" included) or invented (20%), seed 42. The corpus
 *       has only ~65k distinct words, so the larger gazetteers turn nearly every word of the text into a
 *       phrase (1M: every word is a one-word phrase about four times over): matches per token grow from
 *       0.067 (10k) to 0.58 (100k) and 0.82 (1M). Output grows twelvefold, so this mode measures the
 *       matcher <em>and</em> its output.
 *   <li>{@code same}: the first 10,000 phrases of {@code growing}, then phrases of invented words that
 *       are no token of the corpus (seed 4242). Every size produces exactly the same matches as the 10k
 *       gazetteer (0.067 per token) while the tables grow to 2M keys: this mode measures what the
 *       size of the gazetteer costs, at equal hit rate, which is what "cost per token flat as the
 *       gazetteer grows" asks.
 * </ul>
 */
public final class GazetteerPhrases {
  /** The phrases of a {@code same} gazetteer shared with {@code growing}; the rest are filler. */
  public static final int SHARED = 10_000;

  private static volatile GazetteerPhrases instance;

  private final String[] texts;
  private final TokenBuffer[] tokens;
  private final List<String> words;
  private final Set<String> foldedTokens;

  private GazetteerPhrases() {
    Tokenizer tokenizer = new Tokenizer();
    texts = Corpus.get().chunks();
    tokens = new TokenBuffer[texts.length];
    TokenBuffer scratch = new TokenBuffer();
    Set<String> vocabulary = new LinkedHashSet<>();
    foldedTokens = new HashSet<>();
    for (int i = 0; i < texts.length; i++) {
      tokenizer.tokenize(texts[i], scratch);
      tokens[i] = scratch.snapshot();
      for (int t = 0; t < scratch.size(); t++) {
        String token = texts[i].substring(scratch.start(t), scratch.end(t));
        foldedTokens.add(token.toLowerCase(Locale.ROOT));
        if (token.length() >= 2 && Character.isLetter(token.charAt(0))) {
          vocabulary.add(token);
        }
      }
    }
    words = new ArrayList<>(vocabulary);
  }

  /** The corpus chunks and their tokens, loaded on first use. */
  public static GazetteerPhrases get() {
    GazetteerPhrases g = instance;
    if (g == null) {
      synchronized (GazetteerPhrases.class) {
        g = instance;
        if (g == null) {
          g = new GazetteerPhrases();
          instance = g;
        }
      }
    }
    return g;
  }

  public String[] texts() {
    return texts;
  }

  public TokenBuffer[] tokens() {
    return tokens;
  }

  /** Number of distinct corpus words phrases are drawn from. */
  public int vocabularySize() {
    return words.size();
  }

  /** The {@code entries} phrases of a gazetteer; phrase {@code e} gets payload {@code e}. */
  public List<String> phrases(String hits, int entries) {
    boolean same = hits.equals("same");
    if (!same && !hits.equals("growing")) {
      throw new IllegalArgumentException("hits must be growing or same: " + hits);
    }
    List<String> out = new ArrayList<>(entries);
    Random rnd = new Random(42);
    Random filler = new Random(4242);
    StringBuilder phrase = new StringBuilder();
    StringBuilder word = new StringBuilder();
    for (int e = 0; e < entries; e++) {
      phrase.setLength(0);
      boolean fill = same && e >= SHARED;
      Random r = fill ? filler : rnd;
      int n = 1 + r.nextInt(3);
      for (int k = 0; k < n; k++) {
        if (k > 0) {
          phrase.append(' ');
        }
        if (!fill && r.nextInt(5) > 0) {
          phrase.append(words.get(r.nextInt(words.size())));
        } else {
          do {
            word.setLength(0);
            word.append((char) ('A' + r.nextInt(26)));
            for (int c = 3 + r.nextInt(6); c > 0; c--) {
              word.append((char) ('a' + r.nextInt(26)));
            }
          } while (fill && foldedTokens.contains(word.toString().toLowerCase(Locale.ROOT)));
          phrase.append(word);
        }
      }
      out.add(phrase.toString());
    }
    return out;
  }
}
