package dev.gazette.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gazette.Article;
import dev.gazette.Entity;
import dev.gazette.EntityType;
import dev.gazette.Extraction;
import dev.gazette.Gazette;
import dev.gazette.Mention;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Untrusted text from the web: every odd input gives a valid extraction (offsets into the original text,
 * texts equal to its substrings) or a documented exception, never a crash or a hang. Big inputs run
 * under a generous timeout that only catches hangs; speed is measured in benchmarks/.
 */
class BadInputTest {
  private static final Duration HANG_GUARD = Duration.ofMinutes(2);

  /** Extracts with the default pipeline and checks every offset and text. */
  private static Extraction extract(String text) {
    Extraction x = Gazette.defaults().extract(text);
    Invariants.checkExtraction(text, x);
    return x;
  }

  private static Mention onlyMention(Extraction x, String name) {
    Entity e = x.entities().stream()
        .filter(en -> en.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not found in " + x.entities()));
    return e.mentions().get(0);
  }

  @Test
  void emptyText() {
    Extraction x = extract("");
    assertThat(x.tokens()).isEmpty();
    assertThat(x.entities()).isEmpty();
    assertThat(x.relations()).isEmpty();
  }

  @Test
  void whitespaceOnly() {
    Extraction x = extract(" \t\n\r\n\u00a0\u2003\u3000 \n\n");
    assertThat(x.tokens()).isEmpty();
    assertThat(x.entities()).isEmpty();
  }

  @Test
  void binaryBytesDecodedLeniently() {
    byte[] bytes = new byte[64 * 1024];
    new Random(6).nextBytes(bytes);
    String text = Invariants.lenientUtf8(bytes);
    assertThat(text).contains("\uFFFD");
    extract(text);
  }

  @Test
  void invalidUtf8FileIsRefusedWithByteOffset(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.txt");
    byte[] good = "Ankara said on Friday".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 2];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xC3; // a lead byte followed by a byte that cannot continue it
    bytes[good.length + 1] = (byte) 0x28;
    Files.write(file, bytes);
    assertThatThrownBy(() -> Article.read(file))
        .isInstanceOf(CharacterCodingException.class)
        .hasMessageContaining(String.valueOf(good.length));
  }

  @Test
  void nulBytes() {
    String text = "Emmanuel\0Macron met Olaf Scholz\0 in Berlin\0\0 on Monday.\0";
    Extraction x = extract(text);
    assertThat(onlyMention(x, "Olaf Scholz").start()).isEqualTo(text.indexOf("Olaf"));
    assertThat(x.entities(EntityType.GPE)).extracting(Entity::name).contains("Berlin");
  }

  @Test
  void loneSurrogates() {
    String text = "\uDC00Emmanuel Macron\uD800 met \uDC00Olaf Scholz in Berlin on Monday.\uD83D";
    Extraction x = extract(text);
    assertThat(onlyMention(x, "Olaf Scholz").start()).isEqualTo(text.indexOf("Olaf"));
    assertThat(x.toJson()).isNotEmpty(); // JSON escapes the lone surrogates rather than failing
  }

  @Test
  void byteOrderMarkBeforeTheHeader() {
    String text = "\uFEFF date 2023-03-02 \n\nEmmanuel Macron met Olaf Scholz in Berlin on Monday.";
    Extraction x = extract(text);
    assertThat(x.article().date()).contains(LocalDate.of(2023, 3, 2));
    assertThat(onlyMention(x, "Emmanuel Macron").start()).isEqualTo(text.indexOf("Emmanuel"));
  }

  @Test
  void crlfLineEnds() {
    String text = " date 2023-03-02 \r\n\r\nEmmanuel Macron met Olaf Scholz in Berlin on Monday.\r\n\r\nThe talks ended.\r\n";
    Extraction x = extract(text);
    assertThat(x.article().date()).contains(LocalDate.of(2023, 3, 2));
    assertThat(x.article().paragraphs()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(onlyMention(x, "Olaf Scholz").start()).isEqualTo(text.indexOf("Olaf"));
  }

  @Test
  void crLineEnds() {
    String text = " date 2023-03-02 \r\rEmmanuel Macron met Olaf Scholz in Berlin on Monday.\r\rThe talks ended.\r";
    Extraction x = extract(text);
    assertThat(x.article().date()).contains(LocalDate.of(2023, 3, 2));
    assertThat(x.sentences()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(onlyMention(x, "Olaf Scholz").start()).isEqualTo(text.indexOf("Olaf"));
  }

  @Test
  void rightToLeftMarksInsideNames() {
    String text = "Vladimir Putin\u200F met Recep\u200E Tayyip Erdogan in Sochi on Friday.";
    Extraction x = extract(text);
    assertThat(x.entities(EntityType.PERSON)).hasSize(2);
    Mention erdogan = x.entities(EntityType.PERSON).get(1).mentions().get(0);
    assertThat(erdogan.text()).isEqualTo("Recep\u200E Tayyip Erdogan");
  }

  @Test
  void zeroWidthCharactersInsideNames() {
    String text = "Emmanuel Mac\u200Dron met Olaf Sch\u200Col\u2060z and Vladimir\u200B Putin in Berlin.";
    Extraction x = extract(text);
    assertThat(x.entities(EntityType.PERSON)).hasSizeGreaterThanOrEqualTo(3);
    assertThat(x.entities(EntityType.GPE)).extracting(Entity::name).contains("Berlin");
  }

  @Test
  void emojiAndCharactersOutsideTheBmpKeepUtf16Offsets() {
    String text = "\uD83D\uDE00 Emmanuel Macron \uD83C\uDDEB\uD83C\uDDF7 met Olaf Scholz in \uD835\uDC01erlin and Berlin.";
    Extraction x = extract(text);
    assertThat(onlyMention(x, "Emmanuel Macron").start()).isEqualTo(3); // the emoji is two UTF-16 chars
    assertThat(onlyMention(x, "Olaf Scholz").start()).isEqualTo(text.indexOf("Olaf"));
    assertThat(onlyMention(x, "Berlin").start()).isEqualTo(text.lastIndexOf("Berlin"));
    for (var t : x.tokens()) {
      assertThat(Character.isLowSurrogate(text.charAt(t.start()))).as("token %s splits a pair", t).isFalse();
    }
  }

  @Test
  void tenMegabyteArticle() {
    String text = Corpus.article(10_000_000, 10);
    assertThat(text.length()).isGreaterThanOrEqualTo(10_000_000);
    Extraction x = assertTimeoutPreemptively(HANG_GUARD, () -> Gazette.defaults().extract(text));
    assertThat(x.tokens().size()).isGreaterThan(1_000_000);
    assertThat(x.entities()).isNotEmpty();
    Invariants.checkExtraction(text, x);
  }

  @Test
  void oneMillionCharToken() {
    String text = "Ankara said " + "x".repeat(1_000_000) + " on Friday.";
    Extraction x = assertTimeoutPreemptively(HANG_GUARD, () -> extract(text));
    assertThat(x.tokens()).anySatisfy(t -> assertThat(t.text().length()).isEqualTo(1_000_000));
  }

  @Test
  void oneMillionDigitNumber() {
    // Found by these tests: parsing the token as a BigDecimal took quadratic time (about a minute).
    String text = "Exports reached " + "7".repeat(1_000_000) + " tonnes, and " + "$1" + " billion".repeat(100_000) + ".";
    assertTimeoutPreemptively(HANG_GUARD, () -> extract(text));
  }

  @Test
  void hundredThousandNestedBrackets() {
    String text = "(".repeat(100_000) + "Olaf Scholz" + ")".repeat(100_000);
    assertTimeoutPreemptively(HANG_GUARD, () -> extract(text));
  }

  @Test
  void hundredThousandNestedQuotes() {
    String text = "\"\u201C\u00AB'".repeat(25_000) + "Olaf Scholz said so" + "'\u00BB\u201D\"".repeat(25_000);
    assertTimeoutPreemptively(HANG_GUARD, () -> extract(text));
  }

  @Test
  void hundredThousandMixedBracketsAndQuotes() {
    String text = "([{\"".repeat(100_000) + "Berlin" + "\"}])".repeat(100_000);
    assertTimeoutPreemptively(HANG_GUARD, () -> extract(text));
  }

  @Test
  void articleOverTheSizeLimitIsRefusedClearly() {
    Gazette small = Gazette.builder().maxArticleChars(1_000).build();
    Article article = Article.builder().text("Ankara said so. ".repeat(100)).id("wire-7").build();
    assertThatThrownBy(() -> small.extract(article))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wire-7")
        .hasMessageContaining("1600")
        .hasMessageContaining("1000")
        .hasMessageContaining("maxArticleChars");
    String atLimit = "x".repeat(1_000);
    Invariants.checkExtraction(atLimit, small.extract(atLimit));
  }

  @Test
  void sizeLimitMustBePositive() {
    assertThatThrownBy(() -> Gazette.builder().maxArticleChars(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
