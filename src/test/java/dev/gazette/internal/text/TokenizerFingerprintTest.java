package dev.gazette.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Speed work on the tokenizer must not change its output unnoticed. This hashes every token (start,
 * end, kind, flags) of two fixed inputs and compares the hash with the one recorded when the output
 * was last checked token by token: the news corpus ({@code ${gazette.shared}/corpus/news-en.txt},
 * every article and the first 2 M chars as one text; skipped when absent) and 100,000 fuzzed texts
 * from a fixed seed that mix corpus-like words with the chars the general scanner handles (quotes,
 * dashes, clitics, periods, non-ASCII letters, format chars, surrogates, line breaks, camel case,
 * speech-verb tails).
 *
 * <p>The hashes were recorded on 2026-11-28 after the fast-loop rewrite of {@code TokenizerPass} was
 * compared token by token with the tokenizer before it (3,496,915 corpus tokens identical; see
 * {@code benchmarks/results/2026-11-28-tokperf2.md}). A change that is meant to alter tokens updates
 * them: run this test, check the differences on the corpus with the previous jar, copy the printed hash.
 * The fuzz hash changed on 2026-11-28 (session 5, corpus hash unchanged): a format char after "'s",
 * "'d" or "n't" followed by a letter ("it's", U+FEFF, "good") no longer ends the word at the clitic,
 * as the same text without the format char does not.
 */
class TokenizerFingerprintTest {

  private static final long CORPUS_HASH = 0xf8aee925fd50be28L;
  private static final long FUZZ_HASH = 0x778f3f1596a1e3dcL;

  private final Tokenizer tokenizer = new Tokenizer();
  private final TokenBuffer tokens = new TokenBuffer();
  private long count;
  private long hash = 1;

  @Test
  void newsCorpusTokensAreUnchanged() throws IOException {
    String shared = System.getProperty("gazette.shared");
    assumeTrue(shared != null, "system property gazette.shared is not set; skipping corpus fingerprint");
    Path corpus = Path.of(shared, "corpus", "news-en.txt");
    assumeTrue(Files.isReadable(corpus), "no corpus at " + corpus + "; skipping corpus fingerprint");
    String text = Files.readString(corpus, StandardCharsets.UTF_8);
    int articles = 0;
    for (String article : text.split("\n\\s*\n")) {
      add(article);
      articles++;
    }
    add(text.substring(0, Math.min(text.length(), 2_000_000)));
    System.out.printf(
        Locale.ROOT, "tokenizer fingerprint: %d corpus articles + 2 M chars, %d tokens, hash %016x%n",
        articles, count, hash);
    assertThat(articles).isGreaterThan(1000);
    assertThat(Long.toHexString(hash)).as("corpus token hash").isEqualTo(Long.toHexString(CORPUS_HASH));
  }

  private static final String[] PIECES = {
    "said", "added", "Londonsaid", "partnershipadded", "Ottawainsisted", "alsoOil", "ChinaRussian",
    "iPhone", "McDonald", "NATO", "U.S.", "U.S", "a.m.", "Dr.", "No.", "Jan.", "J.", "v.", "e.g.",
    "Ph.D.", "Russia's", "don't", "can't", "O'Neill", "two-day", "COVID-19", "AT&T", "S&P", "3D",
    "1980s", "22nd", "5km", "$1.5bn", "US$", "HK$", "10a.m.", "2022-12-29", "2023-05-02T14:00Z",
    "1,000.5", "14:00", "1986/87", ".5", "...", "\u2026", "www.example.com", "https://x.org/a(b)",
    "news.bbc.co.uk/path", "mail@example.org", "#hashtag", "@handle", "\u2019s", "\u2019", "'",
    "\"", "`", "\u201C", "\u201D", "-", "--", "\u2014", "\u2013", "(", ")", ",", ";", ":", "!", "?",
    "Kılıçdaroğlu", "Łódź", "Gdańsk", "Mac\u200Dron", "Ma\u00ADcron", "Mos\u200Dcow\u200DKazakh",
    "Se\u00ADn.", "\uD83D\uDE00", "\uD83C\uDDFA\uD83C\uDDE6", "\uD835\uDC00bc", "\uD800", "\uDC00",
    "\u00A0", "\t", "\n", "\r\n", "\r", "\n\n", "\u2029", "\u200B", "\uFEFF", "\u0001", "\u00E9t\u00E9",
    "understated", "foretold", "Peskovtold", "officialsBiden", "YouTube", "deGrasse", "eBay",
    "reportedly", "governments", "The", "A", "I", "OK", "x", "Xi", "abcdefgh", "ABCDEFGHS",
    "announced", "stressed", "warned", "declared", "wrote", "insisted", "continued", "+", "_", "%",
    "&", "@", "$", "*", "/", "\\", "=", "a_b", "a+b", "x:y", "http://a.b", "ftp://f.g/h", "no.",
    "Nos. 5", "No 5", "1st", "3-2", "1990-1995", "5-year", "1.5-fold", "S$", "\u20AC", "\u00A3",
  };

  @Test
  void fuzzedTextTokensAreUnchanged() {
    Random random = new Random(20261128L);
    StringBuilder sb = new StringBuilder();
    String[] glue = {" ", " ", " ", " ", "", "", "\n", ".", ",", "-", "'", "\u2019", "\u200D", "\u00AD"};
    for (int round = 0; round < 100_000; round++) {
      sb.setLength(0);
      int parts = 1 + random.nextInt(12);
      for (int k = 0; k < parts; k++) {
        String piece = PIECES[random.nextInt(PIECES.length)];
        if (random.nextInt(8) == 0) {
          piece = piece.toUpperCase(Locale.ROOT);
        } else if (random.nextInt(8) == 0 && !piece.isEmpty()) {
          piece = Character.toUpperCase(piece.charAt(0)) + piece.substring(1);
        }
        sb.append(piece).append(glue[random.nextInt(glue.length)]);
      }
      if (random.nextBoolean()) {
        sb.setLength(sb.length() - 1); // end right after a piece, at the sentinel
      }
      add(sb.toString());
    }
    System.out.printf(Locale.ROOT, "tokenizer fingerprint: fuzzed text, %d tokens, hash %016x%n", count, hash);
    assertThat(Long.toHexString(hash)).as("fuzzed text token hash").isEqualTo(Long.toHexString(FUZZ_HASH));
  }

  private void add(String text) {
    tokenizer.tokenize(text, tokens);
    for (int i = 0; i < tokens.size(); i++) {
      hash = hash * 31 + tokens.start(i);
      hash = hash * 31 + tokens.end(i);
      hash = hash * 31 + tokens.kindOrdinal(i);
      hash = hash * 31 + tokens.flags(i);
    }
    count += tokens.size();
  }
}
