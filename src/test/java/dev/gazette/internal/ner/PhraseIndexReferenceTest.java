package dev.gazette.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PhraseIndex} against a naive matcher (a map from folded token lists to payloads, tried at
 * every start for every length): same candidates in the same order, whatever the sink accepts, with
 * and without skipped tokens. Small vocabularies make phrases share prefixes, deep chains and
 * duplicate payloads; the large one (40,000 keys) takes the per-article cache path of the index.
 */
class PhraseIndexReferenceTest {
  private final Tokenizer tokenizer = new Tokenizer();

  @ParameterizedTest(name = "{0} words, {1} phrases")
  @CsvSource({"12, 300", "200, 3000", "40000, 60000"})
  void matchesLikeANaiveMatcher(int vocabulary, int phrases) {
    Random rnd = new Random(vocabulary * 31L + phrases);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < vocabulary; i++) {
      words.add((i % 3 == 0 ? "Wörd" : i % 3 == 1 ? "word" : "WORD") + letters(i));
    }
    PhraseIndex.Builder builder = PhraseIndex.builder(tokenizer);
    // Reference: folded phrase -> payloads, newest first (the order the index offers them).
    Map<List<String>, List<Integer>> reference = new HashMap<>();
    int maxLength = 0;
    for (int p = 0; p < phrases; p++) {
      int n = 1 + (rnd.nextInt(10) == 0 ? 3 + rnd.nextInt(3) : rnd.nextInt(3));
      List<String> tokens = new ArrayList<>();
      StringBuilder phrase = new StringBuilder();
      for (int k = 0; k < n; k++) {
        String w = words.get(rnd.nextInt(words.size()));
        tokens.add(KeyFolding.fold(w));
        phrase.append(k > 0 ? " " : "").append(w);
      }
      int payload = rnd.nextInt(5) == 0 ? -1 - rnd.nextInt(50) : rnd.nextInt(phrases);
      builder.add(phrase.toString(), payload);
      List<Integer> payloads = reference.computeIfAbsent(tokens, t -> new ArrayList<>());
      if (!payloads.contains(payload)) {
        payloads.add(0, payload);
      }
      maxLength = Math.max(maxLength, n);
    }
    PhraseIndex index = builder.build();
    assertThat(index.size()).isEqualTo(reference.values().stream().mapToInt(List::size).sum());

    int[] codes = new int[0];
    TokenBuffer tokens = new TokenBuffer();
    for (int doc = 0; doc < 40; doc++) {
      StringBuilder text = new StringBuilder();
      for (int t = 0; t < 400; t++) {
        String w = rnd.nextInt(8) == 0 ? "noise" + letters(rnd.nextInt(100)) : words.get(rnd.nextInt(Math.min(words.size(), 300)));
        text.append(rnd.nextBoolean() ? w.toUpperCase() : w).append(rnd.nextInt(20) == 0 ? ", " : " ");
      }
      String s = text.toString();
      tokenizer.tokenize(s, tokens);
      boolean[] skip = new boolean[tokens.size()];
      for (int i = 0; i < skip.length; i++) {
        skip[i] = doc % 2 == 1 && rnd.nextInt(15) == 0;
      }
      int salt = doc;
      codes = index.keyIds(s, tokens, doc % 2 == 1 ? skip : null, codes);
      int from = doc % 3;
      int to = tokens.size() - doc % 4;
      List<String> got = new ArrayList<>();
      index.match(codes, from, to, (a, b, p) -> offer(got, a, b, p, salt));
      List<String> expected = naive(reference, maxLength, s, tokens, skip, from, to, salt);
      assertThat(got).as("document %d", doc).isEqualTo(expected);
    }
  }

  /** Records an offer; accepts some (a fixed function of the candidate) so that rejections happen. */
  private static boolean offer(List<String> log, int from, int to, int payload, int salt) {
    boolean take = Math.floorMod(payload * 7 + from + salt, 3) != 0;
    log.add(from + "-" + to + "=" + payload + (take ? "+" : "-"));
    return take;
  }

  private static List<String> naive(Map<List<String>, List<Integer>> reference, int maxLength, String text,
      TokenBuffer tokens, boolean[] skip, int from, int to, int salt) {
    List<String> log = new ArrayList<>();
    int i = from;
    while (i < to) {
      int next = i + 1;
      outer:
      for (int end = Math.min(to, i + maxLength); end > i; end--) {
        List<String> key = new ArrayList<>();
        for (int t = i; t < end; t++) {
          if (skip[t]) {
            key = null;
            break;
          }
          key.add(KeyFolding.fold(text.substring(tokens.start(t), tokens.end(t))));
        }
        List<Integer> payloads = key == null ? null : reference.get(key);
        if (payloads == null) {
          continue;
        }
        for (int p : payloads) {
          if (offer(log, i, end, p, salt)) {
            next = end;
            break outer;
          }
        }
      }
      i = next;
    }
    return log;
  }

  /** {@code i} written in letters (a, b, ..., z, ba, bb, ...), so that a word stays one token. */
  private static String letters(int i) {
    StringBuilder b = new StringBuilder();
    do {
      b.append((char) ('a' + i % 26));
      i /= 26;
    } while (i > 0);
    return b.reverse().toString();
  }
}
