package dev.gazette.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer's speed work must not change its output: this compares it token by token (start, end,
 * kind, flags) with {@link ReferenceTokenizerPass}, a frozen copy of the tokenizer before that work,
 * over every article of the news corpus ({@code ${gazette.shared}/corpus/news-en.txt}, skipped when
 * absent), the first 2 M chars of it as one text, every test resource, and fuzzed text that mixes
 * corpus-like words with the chars the general scanner handles (quotes, dashes, clitics, periods,
 * non-ASCII letters, format chars, surrogates, line breaks, camel case, speech-verb tails).
 */
class TokenizerDifferentialTest {

  private final Tokenizer tokenizer = new Tokenizer();
  private final TokenBuffer actual = new TokenBuffer();
  private final TokenBuffer expected = new TokenBuffer();
  private final ReferenceTokenizerPass reference = new ReferenceTokenizerPass();
  private long tokens;
  private long hash = 1;

  @Test
  void sameTokensAsReferenceOnTheNewsCorpus() throws IOException {
    String shared = System.getProperty("gazette.shared");
    assumeTrue(shared != null, "system property gazette.shared is not set; skipping corpus comparison");
    Path corpus = Path.of(shared, "corpus", "news-en.txt");
    assumeTrue(Files.isReadable(corpus), "no corpus at " + corpus + "; skipping corpus comparison");
    String text = Files.readString(corpus, StandardCharsets.UTF_8);
    int articles = 0;
    for (String article : text.split("\n\\s*\n")) {
      compare(article);
      articles++;
    }
    compare(text.substring(0, Math.min(text.length(), 2_000_000)));
    System.out.printf(
        "tokenizer differential: %d corpus articles + 2 M chars as one text, %d tokens identical,"
            + " token hash %016x%n",
        articles, tokens, hash);
    assertThat(articles).isGreaterThan(1000);
  }

  @Test
  void sameTokensAsReferenceOnTestResources() throws IOException {
    Path root = Path.of("src", "test", "resources");
    assumeTrue(Files.isDirectory(root), "no test resources at " + root);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).forEach(files::add);
    }
    for (Path p : files) {
      try {
        compare(Files.readString(p, StandardCharsets.UTF_8));
      } catch (java.nio.charset.MalformedInputException e) {
        // binary fixtures of the bad-input tests: not text
      } catch (UncheckedIOException e) {
        throw e;
      }
    }
    assertThat(files).isNotEmpty();
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
  void sameTokensAsReferenceOnFuzzedText() {
    Random random = new Random(20261128L);
    StringBuilder sb = new StringBuilder();
    String[] glue = {" ", " ", " ", " ", "", "", "\n", ".", ",", "-", "'", "\u2019", "\u200D", "\u00AD"};
    for (int round = 0; round < 100_000; round++) {
      sb.setLength(0);
      int parts = 1 + random.nextInt(12);
      for (int k = 0; k < parts; k++) {
        String piece = PIECES[random.nextInt(PIECES.length)];
        if (random.nextInt(8) == 0) {
          piece = piece.toUpperCase(java.util.Locale.ROOT);
        } else if (random.nextInt(8) == 0 && !piece.isEmpty()) {
          piece = Character.toUpperCase(piece.charAt(0)) + piece.substring(1);
        }
        sb.append(piece).append(glue[random.nextInt(glue.length)]);
      }
      if (random.nextBoolean()) {
        sb.setLength(sb.length() - 1); // end right after a piece, at the sentinel
      }
      compare(sb.toString());
    }
  }

  private void compare(String text) {
    tokenizer.tokenize(text, actual);
    expected.clear();
    reference.run(text, expected);
    int n = Math.min(actual.size(), expected.size());
    for (int i = 0; i < n; i++) {
      if (actual.start(i) != expected.start(i)
          || actual.end(i) != expected.end(i)
          || actual.kind(i) != expected.kind(i)
          || actual.flags(i) != expected.flags(i)) {
        throw new AssertionError(
            String.format(
                "token %d differs: got %s, expected %s, in %s",
                i, describe(text, actual, i), describe(text, expected, i), context(text, expected.start(i))));
      }
      hash = hash * 31 + actual.start(i);
      hash = hash * 31 + actual.end(i);
      hash = hash * 31 + actual.kindOrdinal(i);
      hash = hash * 31 + actual.flags(i);
    }
    assertThat(actual.size()).as("token count of %s", context(text, 0)).isEqualTo(expected.size());
    tokens += n;
  }

  private static String describe(String text, TokenBuffer b, int i) {
    return String.format(
        "[%d,%d) %s flags=%s \"%s\"",
        b.start(i), b.end(i), b.kind(i), Integer.toBinaryString(b.flags(i)),
        text.substring(b.start(i), b.end(i)));
  }

  private static String context(String text, int at) {
    int s = Math.max(0, at - 40);
    int e = Math.min(text.length(), at + 40);
    return "\"" + text.substring(s, e).replace("\n", "\\n") + "\"";
  }
}
