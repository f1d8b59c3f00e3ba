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
 * {@link PhraseIndex} against {@link NaivePhraseMatcher} (a map from folded token lists to payloads,
 * tried at every start for every length): same candidates in the same order, whatever the sink accepts, with
 * and without skipped tokens. Small vocabularies make phrases share prefixes, deep chains and
 * duplicate payloads; the large one (40,000 keys) takes the memo path of the index. Restricting the
 * tokens that may start a match ({@code mayStart}) changes only which starts are offered.
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
    NaivePhraseMatcher reference = new NaivePhraseMatcher();
    for (int p = 0; p < phrases; p++) {
      int n = 1 + (rnd.nextInt(10) == 0 ? 3 + rnd.nextInt(3) : rnd.nextInt(3));
      List<String> phrase = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        phrase.add(words.get(rnd.nextInt(words.size())));
      }
      int payload = rnd.nextInt(5) == 0 ? -1 - rnd.nextInt(50) : rnd.nextInt(phrases);
      builder.add(String.join(" ", phrase), payload);
      reference.add(phrase, payload);
    }
    PhraseIndex index = builder.build();
    assertThat(index.size()).isEqualTo(reference.size());

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
      List<String> expected = new ArrayList<>();
      reference.match(s, tokens, skip, from, to, (a, b, p) -> offer(expected, a, b, p, salt));
      assertThat(got).as("document %d", doc).isEqualTo(expected);

      // With starts restricted: the same offers as a sink that rejects every other start, less those.
      boolean[] mayStart = new boolean[tokens.size()];
      for (int i = 0; i < mayStart.length; i++) {
        mayStart[i] = rnd.nextInt(doc % 2 == 0 ? 4 : 20) == 0;
      }
      codes = index.keyIds(s, tokens, doc % 2 == 1 ? skip : null, mayStart, codes);
      List<String> gotStarts = new ArrayList<>();
      index.match(codes, from, to, (a, b, p) -> mayStart[a] && offer(gotStarts, a, b, p, salt));
      List<String> expectedStarts = new ArrayList<>();
      reference.match(s, tokens, skip, from, to, (a, b, p) -> mayStart[a] && offer(expectedStarts, a, b, p, salt));
      assertThat(gotStarts).as("document %d, restricted starts", doc).isEqualTo(expectedStarts);
      assertThat(expectedStarts).as("document %d, restricted starts", doc).isNotEmpty();
    }
  }

  /** Records an offer; accepts some (a fixed function of the candidate) so that rejections happen. */
  private static boolean offer(List<String> log, int from, int to, int payload, int salt) {
    boolean take = Math.floorMod(payload * 7 + from + salt, 3) != 0;
    log.add(from + "-" + to + "=" + payload + (take ? "+" : "-"));
    return take;
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
