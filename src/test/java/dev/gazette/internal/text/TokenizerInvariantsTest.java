package dev.gazette.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gazette.TokenKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Offsets, boundary flags, odd input and scale: what must hold for any text. */
class TokenizerInvariantsTest {
  private static final Tokenizer TOKENIZER = new Tokenizer();

  /** An article in the style of scraped news, written for this test. */
  private static final String ARTICLE =
      " date 2023-03-14 \n\n\n"
          + "Ukraine's President Volodymyr Zelenskiy met Dr. Anna Kowalska in Łódź on Tuesday.\r\n\r\n"
          + "\"We will not give up,\" he said. The talks, held at 10 a.m., covered a $2.5bn aid package "
          + "(about 1,200 tanks) and a 3.5% rise in exports.read alsoGas: Poland's reserves are full "
          + "The ministry's spokeswoman told reporters the plan was a long-term partnershipstressed "
          + "Kowalska, who met U.S. envoys on Jan. 5 \u2014 see https://example.org/news?id=7 or "
          + "write to press@example.org. #Ukraine @kyivindependent \uD83C\uDDFA\uD83C\uDDE6\n";

  static void assertWellFormed(String text, TokenBuffer buf) {
    int prevEnd = 0;
    for (int i = 0; i < buf.size(); i++) {
      int s = buf.start(i);
      int e = buf.end(i);
      assertThat(s).as("start of token %d", i).isGreaterThanOrEqualTo(prevEnd);
      assertThat(e).as("end of token %d", i).isGreaterThan(s).isLessThanOrEqualTo(text.length());
      for (int j = prevEnd; j < s; j++) {
        char c = text.charAt(j);
        assertThat(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT)
            .as("char %d (U+%04X) skipped between tokens", j, (int) c)
            .isTrue();
      }
      assertThat(Character.isLowSurrogate(text.charAt(s)) && s > 0 && Character.isHighSurrogate(text.charAt(s - 1)))
          .as("token %d starts inside a surrogate pair", i)
          .isFalse();
      prevEnd = e;
    }
  }

  private static TokenBuffer tokenize(String text) {
    TokenBuffer buf = new TokenBuffer(2);
    TOKENIZER.tokenize(text, buf);
    assertWellFormed(text, buf);
    return buf;
  }

  private static List<String> texts(String text, TokenBuffer buf) {
    List<String> list = new ArrayList<>();
    for (int i = 0; i < buf.size(); i++) {
      list.add(text.substring(buf.start(i), buf.end(i)));
    }
    return list;
  }

  @Test
  void articleTokensAreWellFormedAndCoverAllNonSpace() {
    TokenBuffer buf = tokenize(ARTICLE);
    List<String> t = texts(ARTICLE, buf);
    assertThat(t).contains("Ukraine", "'s", "Dr.", "Łódź", "10", "a.m.", "$", "2.5", "bn", "1,200", "%",
        "also", "Gas", "partnership", "stressed", "U.S.", "Jan.", "\u2014",
        "https://example.org/news?id=7", "press@example.org", "#Ukraine", "@kyivindependent",
        "\uD83C\uDDFA\uD83C\uDDE6", "2023-03-14");
    assertThat(t).containsSequence("exports", ".", "read");
  }

  @Test
  void emptyAndBlankInputGiveNoTokens() {
    assertThat(tokenize("").size()).isZero();
    assertThat(tokenize(" \t\r\n\n\u00A0\u2003\u3000\uFEFF").size()).isZero();
  }

  @Test
  void bufferIsClearedAndReused() {
    TokenBuffer buf = new TokenBuffer(2);
    TOKENIZER.tokenize("one two three four five six", buf);
    assertThat(buf.size()).isEqualTo(6);
    TOKENIZER.tokenize("seven", buf);
    assertThat(buf.size()).isEqualTo(1);
    assertThat(buf.start(0)).isZero();
  }

  @Test
  void staleCharsFromALongerEarlierTextAreNeverRead() {
    TokenBuffer buf = new TokenBuffer(2);
    TOKENIZER.tokenize("abcdefghijklmnopqrstuvwxyz abcdefghij", buf);
    TOKENIZER.tokenize("ab", buf);
    assertThat(buf.size()).isEqualTo(1);
    assertThat(buf.end(0)).isEqualTo(2);
    TOKENIZER.tokenize("U.S", buf);
    assertThat(buf.size()).isEqualTo(1);
    assertThat(buf.end(0)).isEqualTo(3);
  }

  @Test
  void boundaryFlags() {
    String text = "First line\nsecond line\r\n\r\nNew para.\n \n\tAgain\u2029Last";
    TokenBuffer buf = tokenize(text);
    assertThat(texts(text, buf))
        .containsExactly("First", "line", "second", "line", "New", "para", ".", "Again", "Last");
    assertThat(buf.flags(0) & (TokenFlags.SPACE_BEFORE | TokenFlags.NEWLINE_BEFORE | TokenFlags.PARAGRAPH_BEFORE)).isZero();
    assertThat(buf.has(1, TokenFlags.SPACE_BEFORE)).isTrue();
    assertThat(buf.has(1, TokenFlags.NEWLINE_BEFORE)).isFalse();
    assertThat(buf.has(2, TokenFlags.NEWLINE_BEFORE | TokenFlags.SPACE_BEFORE)).isTrue();
    assertThat(buf.has(2, TokenFlags.PARAGRAPH_BEFORE)).isFalse();
    assertThat(buf.has(4, TokenFlags.PARAGRAPH_BEFORE | TokenFlags.NEWLINE_BEFORE)).isTrue(); // CRLF CRLF
    assertThat(buf.flags(6) & (TokenFlags.SPACE_BEFORE | TokenFlags.NEWLINE_BEFORE)).isZero(); // "."
    assertThat(buf.has(7, TokenFlags.PARAGRAPH_BEFORE)).isTrue(); // blank line holding a space
    assertThat(buf.has(8, TokenFlags.PARAGRAPH_BEFORE)).isTrue(); // U+2029
  }

  @Test
  void crlfIsOneLineBreakAndLoneCrIsOne() {
    String text = "a\r\nb\rc\r\n\r\nd";
    TokenBuffer buf = tokenize(text);
    assertThat(texts(text, buf)).containsExactly("a", "b", "c", "d");
    assertThat(buf.has(1, TokenFlags.NEWLINE_BEFORE)).isTrue();
    assertThat(buf.has(1, TokenFlags.PARAGRAPH_BEFORE)).isFalse();
    assertThat(buf.has(2, TokenFlags.NEWLINE_BEFORE)).isTrue();
    assertThat(buf.has(2, TokenFlags.PARAGRAPH_BEFORE)).isFalse();
    assertThat(buf.has(3, TokenFlags.PARAGRAPH_BEFORE)).isTrue();
  }

  @Test
  void emojiOutsideTheBmpIsOneTokenWithUtf16Offsets() {
    String text = "Hi \uD83D\uDE80!";
    TokenBuffer buf = tokenize(text);
    assertThat(texts(text, buf)).containsExactly("Hi", "\uD83D\uDE80", "!");
    assertThat(buf.start(1)).isEqualTo(3);
    assertThat(buf.end(1)).isEqualTo(5);
    assertThat(buf.kind(1)).isEqualTo(TokenKind.SYMBOL);
  }

  @Test
  void supplementaryLettersStayInWords() {
    String text = "\uD835\uDC00bc \uD840\uDC00\uD840\uDC01"; // math bold A + "bc", two CJK ext. B ideographs
    TokenBuffer buf = tokenize(text);
    assertThat(texts(text, buf)).containsExactly("\uD835\uDC00bc", "\uD840\uDC00\uD840\uDC01");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD800", "\uDC00", "a\uD800b", "\uDC00\uD800", "x\uD83D", "\u0000", "a\u0000\u0001b"})
  void loneSurrogatesAndControlCharsAreOtherTokens(String text) {
    TokenBuffer buf = tokenize(text);
    for (int i = 0; i < buf.size(); i++) {
      char c = text.charAt(buf.start(i));
      if (Character.isSurrogate(c) || c < 32) {
        assertThat(buf.kind(i)).isEqualTo(TokenKind.OTHER);
      }
    }
    int covered = 0;
    for (int i = 0; i < buf.size(); i++) {
      covered += buf.end(i) - buf.start(i);
    }
    assertThat(covered).isEqualTo(text.length());
  }

  @Test
  void combiningMarkAtStartAndEndIsKept() {
    String text = "\u0301abc d\u0308";
    TokenBuffer buf = tokenize(text);
    assertThat(texts(text, buf)).containsExactly("\u0301abc", "d\u0308");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "A", "1", "-", ".", "'", "x-", "U.", "$", "#", "@", "http", "1,", "2022-12-2", "'s"})
  void tinyInputsAtEndOfText(String text) {
    TokenBuffer buf = tokenize(text);
    assertThat(buf.size()).isPositive();
  }

  @Test
  void millionCharRunsWithoutSpacesAreLinearAndSafe() {
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      String[] units = {"a", "aB", "1,", "a-", "a.", "'s", "\u00e9", "\uD83D\uDE00", "-", "x@", "a'b"};
      for (String u : units) {
        StringBuilder sb = new StringBuilder(1_000_000 + 8);
        while (sb.length() < 1_000_000) {
          sb.append(u);
        }
        String text = sb.toString();
        TokenBuffer buf = new TokenBuffer();
        TOKENIZER.tokenize(text, buf);
        assertWellFormed(text, buf);
        assertThat(buf.size()).as("tokens for run of %s", u).isPositive();
      }
    });
  }

  @Test
  void randomTextNeverBreaksInvariants() {
    String alphabet = "aZ9 .,'\u2019-\u2013\"$%@#:/\n\r\u00e9\u0301\uD83D\uDE00\uD800\u0000_&+";
    Random random = new Random(42);
    TokenBuffer buf = new TokenBuffer(4);
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(40);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      TOKENIZER.tokenize(text, buf);
      assertWellFormed(text, buf);
    }
  }

  @Test
  void isThreadSafe() throws Exception {
    String expected = String.join(" ", texts(ARTICLE, tokenize(ARTICLE)));
    List<Thread> threads = new ArrayList<>();
    List<Throwable> errors = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      Thread th = new Thread(() -> {
        TokenBuffer buf = new TokenBuffer();
        for (int r = 0; r < 200; r++) {
          TOKENIZER.tokenize(ARTICLE, buf);
          String got = String.join(" ", texts(ARTICLE, buf));
          if (!got.equals(expected)) {
            synchronized (errors) {
              errors.add(new AssertionError(got));
            }
          }
        }
      });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertThat(errors).isEmpty();
  }
}
