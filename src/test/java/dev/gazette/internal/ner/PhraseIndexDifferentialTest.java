package dev.gazette.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PhraseIndex} against {@link NaivePhraseMatcher} on randomly generated gazetteers, small ones (tables in cache, looked up token by token)
 * and large ones (filters, per-thread memo of packed keys): every candidate offered, in order, must be
 * the same, whatever the sink accepts, with skipped tokens and sub-ranges. Texts reuse a skewed
 * vocabulary (so the memo is hit across documents and within one, and evicts) with mixed case,
 * diacritics, format chars inside words, words around the memo's 16-char limit and longer, words
 * beyond Latin-1 (not packed) and words in no phrase.
 */
class PhraseIndexDifferentialTest {
  private final Tokenizer tokenizer = new Tokenizer();

  @ParameterizedTest(name = "{0} words, {1} phrases, seed {2}")
  @CsvSource({"30, 400, 1", "2000, 20000, 2", "60000, 90000, 3", "70000, 200000, 4"})
  void offersTheSameCandidatesAsTheReference(int vocabulary, int phrases, long seed) {
    Random rnd = new Random(seed);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < vocabulary; i++) {
      words.add(word(rnd, i));
    }
    PhraseIndex.Builder builder = PhraseIndex.builder(tokenizer);
    NaivePhraseMatcher reference = new NaivePhraseMatcher();
    for (int p = 0; p < phrases; p++) {
      int n = 1 + (rnd.nextInt(12) == 0 ? 3 + rnd.nextInt(4) : rnd.nextInt(3));
      List<String> phrase = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        phrase.add(words.get(skewed(rnd, words.size())));
      }
      // Duplicate phrases and payloads, negative payloads: several payloads per node.
      int payload = rnd.nextInt(6) == 0 ? -1 - rnd.nextInt(40) : rnd.nextInt(phrases / 2 + 1);
      builder.add(String.join(" ", phrase), payload);
      reference.add(phrase, payload);
    }
    PhraseIndex index = builder.build();
    assertThat(index.size()).isEqualTo(reference.size());

    int[] codes = new int[0];
    TokenBuffer tokens = new TokenBuffer();
    long offers = 0;
    for (int doc = 0; doc < 60; doc++) {
      String text = text(rnd, words);
      tokenizer.tokenize(text, tokens);
      boolean[] skip = null;
      if (doc % 3 == 1) {
        skip = new boolean[tokens.size()];
        for (int i = 0; i < skip.length; i++) {
          skip[i] = rnd.nextInt(12) == 0;
        }
      }
      codes = index.keyIds(text, tokens, skip, codes);
      int from = rnd.nextInt(3);
      int to = Math.max(from, tokens.size() - rnd.nextInt(3));
      int salt = rnd.nextInt(4);
      List<String> got = new ArrayList<>();
      List<String> expected = new ArrayList<>();
      index.match(codes, from, to, (a, b, p) -> offer(got, a, b, p, salt));
      reference.match(text, tokens, skip, from, to, (a, b, p) -> offer(expected, a, b, p, salt));
      assertThat(got).as("document %d", doc).isEqualTo(expected);
      offers += got.size();
    }
    assertThat(offers).as("candidates offered").isGreaterThan(100);
  }

  /** Accepts all (salt 0) or a fixed function of the candidate, so that rejections happen. */
  private static boolean offer(List<String> log, int from, int to, int payload, int salt) {
    boolean take = salt == 0 || Math.floorMod(payload * 7 + from + salt, 3) != 0;
    log.add(from + "-" + to + "=" + payload + (take ? "+" : "-"));
    return take;
  }

  /** A document: ~600 words, mostly from the phrases' vocabulary (skewed), some in no phrase. */
  private static String text(Random rnd, List<String> words) {
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      String w;
      int kind = rnd.nextInt(40);
      if (kind == 0) {
        w = "Unlisted" + Integer.toString(rnd.nextInt(5000), 36);
      } else if (kind == 1) {
        w = "Counterrevolutionarinesses" + Integer.toString(rnd.nextInt(50), 36); // longer than the memo holds
      } else {
        w = words.get(skewed(rnd, words.size()));
        if (kind == 2 && w.length() > 2) {
          w = w.substring(0, 2) + (rnd.nextBoolean() ? "\u00AD" : "\u200D") + w.substring(2); // format char: same key
        } else if (kind == 3) {
          w = w.toUpperCase();
        } else if (kind == 4) {
          w = w.toLowerCase();
        }
      }
      t.append(w).append(rnd.nextInt(15) == 0 ? ", " : rnd.nextInt(30) == 0 ? ". " : " ");
    }
    return t.toString();
  }

  /** Index in {@code [0, n)}, small ones much more often (news repeats its common words). */
  private static int skewed(Random rnd, int n) {
    double u = rnd.nextDouble();
    return (int) Math.min(n - 1, Math.floor(Math.pow(n, u * u)) - 1 + (u < 0.5 ? 0 : rnd.nextInt(2)));
  }

  /** Word {@code i}: letters, sometimes with diacritics or capitalized, sometimes long. */
  private static String word(Random rnd, int i) {
    StringBuilder b = new StringBuilder();
    b.append(i % 5 == 0 ? "Ł" : i % 5 == 1 ? "é" : i % 5 == 2 ? "W" : "w");
    if (i % 11 == 4) {
      b.append(i % 2 == 0 ? "ж" : "Λ"); // folds beyond Latin-1: never packed
    }
    int x = i;
    do {
      b.append((char) ('a' + x % 26));
      x /= 26;
    } while (x > 0);
    if (rnd.nextInt(30) == 0) {
      b.append("abcdefghijklmnopqrstuvwxyz", 0, 10 + rnd.nextInt(16));
    } else if (rnd.nextInt(20) == 0) {
      b.append("abcdefghijklmnopqrstuvwxyz", 0, Math.max(0, 15 + rnd.nextInt(3) - b.length())); // 15-17 chars
    }
    return b.toString();
  }
}
