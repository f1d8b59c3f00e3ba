package dev.gazette.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures the glue-repair false-split rate on the clean news corpus ({@code
 * ${gazette.shared}/corpus/news-en.txt}, Reuters newswire: no scraping damage, so every glue split there
 * is a false split), and checks the offset invariants on all of it. Prints the rate and the most
 * frequent splits; skipped when the shared data is absent.
 */
class TokenizerCorpusTest {

  /** Generous ceiling: glue splits per million tokens on clean text. */
  private static final double MAX_FALSE_SPLITS_PER_MILLION = 20.0;

  @Test
  void falseSplitRateOnCleanNewsIsTiny() throws IOException {
    String shared = System.getProperty("gazette.shared");
    assumeTrue(shared != null, "system property gazette.shared is not set; skipping corpus test");
    Path corpus = Path.of(shared, "corpus", "news-en.txt");
    assumeTrue(Files.isReadable(corpus), "no corpus at " + corpus + "; skipping corpus test");
    String text = Files.readString(corpus, StandardCharsets.UTF_8);

    TokenBuffer buf = new TokenBuffer();
    new Tokenizer().tokenize(text, buf);

    int caseSplits = 0;
    int wordSplits = 0;
    Map<String, Integer> examples = new HashMap<>();
    int prevEnd = 0;
    for (int i = 0; i < buf.size(); i++) {
      int s = buf.start(i);
      int e = buf.end(i);
      if (s < prevEnd || e <= s || e > text.length()) {
        throw new AssertionError("bad offsets at token " + i + ": " + s + ".." + e + " after " + prevEnd);
      }
      prevEnd = e;
      int f = buf.flags(i);
      if ((f & TokenFlags.GLUED) != 0) {
        if ((f & TokenFlags.GLUE_CASE) != 0) {
          caseSplits++;
        } else {
          wordSplits++;
        }
        String pair = text.substring(buf.start(i - 1), buf.end(i - 1)) + "|" + text.substring(s, e);
        examples.merge(pair, 1, Integer::sum);
      }
    }
    double perMillion = (caseSplits + wordSplits) * 1e6 / buf.size();
    System.out.printf(
        "[glue] corpus %s: %,d chars, %,d tokens; glue splits: %d case + %d word = %.2f per million tokens%n",
        corpus, text.length(), buf.size(), caseSplits, wordSplits, perMillion);
    examples.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(60)
        .forEach(en -> System.out.printf("[glue]   %5d  %s%n", en.getValue(), en.getKey()));
    assertThat(perMillion).isLessThan(MAX_FALSE_SPLITS_PER_MILLION);
  }

  /**
   * Differential run: the corpus with invisible format chars (zero-width joiners, soft hyphens, bidi
   * marks, word joiner, BOM) put between two letters of words without digits (about one word in four)
   * tokenizes exactly like
   * the corpus itself: same tokens at the same places once offsets are mapped back, same kinds, same
   * flags (but NON_ASCII, which the format chars set). Texts without format chars take the same path as
   * before the change (checked once against the previous tokenizer on the whole corpus: 3,121,799
   * tokens, offsets, kinds and flags identical).
   */
  @Test
  void formatCharsInsideWordsChangeNoToken() throws IOException {
    String shared = System.getProperty("gazette.shared");
    assumeTrue(shared != null, "system property gazette.shared is not set; skipping corpus test");
    Path corpus = Path.of(shared, "corpus", "news-en.txt");
    assumeTrue(Files.isReadable(corpus), "no corpus at " + corpus + "; skipping corpus test");
    String clean = Files.readString(corpus, StandardCharsets.UTF_8);
    clean = clean.substring(0, Math.min(clean.length(), 3_000_000));

    String formats = "\u200C\u200D\u00AD\u2060\u200E\u200F\u202A\u202C\u202E\u2066\u2069\uFEFF";
    java.util.Random random = new java.util.Random(6);
    StringBuilder dirty = new StringBuilder(clean.length() + clean.length() / 16);
    int[] cleanAt = new int[clean.length() + clean.length() / 4 + 1]; // dirty offset -> clean offset
    // Only in runs of letters not next to a digit, an apostrophe or a period: ordinals ("4TH"),
    // clitics ("we're") and letter-dot abbreviations ("W.Va.") are read from their letters, which do
    // not skip format chars.
    boolean lettersOnly = false;
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (!Character.isLetter(c)) {
        lettersOnly = false;
      } else if (i == 0 || !Character.isLetter(clean.charAt(i - 1))) {
        int j = i;
        while (j < clean.length() && Character.isLetter(clean.charAt(j))) {
          j++;
        }
        lettersOnly = !(j < clean.length() && isDigitOrApostrophe(clean.charAt(j)))
            && !(i > 0 && isDigitOrApostrophe(clean.charAt(i - 1)));
      }
      cleanAt[dirty.length()] = i;
      dirty.append(c);
      if (i + 1 < clean.length()
          && lettersOnly
          && Character.isLetter(c)
          && Character.isLetter(clean.charAt(i + 1))
          && random.nextInt(16) == 0) {
        cleanAt[dirty.length()] = i + 1;
        dirty.append(formats.charAt(random.nextInt(formats.length())));
      }
    }
    cleanAt[dirty.length()] = clean.length();
    assertThat(dirty.length()).isGreaterThan(clean.length() + clean.length() / 100);

    TokenBuffer want = new TokenBuffer();
    TokenBuffer got = new TokenBuffer();
    new Tokenizer().tokenize(clean, want);
    new Tokenizer().tokenize(dirty.toString(), got);
    for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
      int gs = cleanAt[got.start(i)];
      int ge = cleanAt[got.end(i)];
      if (gs != want.start(i)
          || ge != want.end(i)
          || got.kindOrdinal(i) != want.kindOrdinal(i)
          || (got.flags(i) | TokenFlags.NON_ASCII) != (want.flags(i) | TokenFlags.NON_ASCII)) {
        throw new AssertionError(String.format(
            "token %d: %s (%d..%d, kind %d, flags %x) with format chars, %s (%d..%d, kind %d, flags %x) without",
            i, dirty.substring(got.start(i), got.end(i)).replaceAll("\\p{Cf}", "<Cf>"), gs, ge, got.kindOrdinal(i),
            got.flags(i), clean.substring(want.start(i), want.end(i)), want.start(i), want.end(i),
            want.kindOrdinal(i), want.flags(i)));
      }
    }
    assertThat(got.size()).isEqualTo(want.size());
  }

  private static boolean isDigitOrApostrophe(char c) {
    return Character.isDigit(c) || c == '\'' || c == '\u2019' || c == '.';
  }
}
