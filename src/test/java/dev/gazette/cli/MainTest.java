package dev.gazette.cli;

import static dev.gazette.internal.json.JsonTrees.list;
import static dev.gazette.internal.json.JsonTrees.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.gazette.EntityType;
import dev.gazette.Extractor;
import dev.gazette.Gazette;
import dev.gazette.Mention;
import dev.gazette.Span;
import dev.gazette.internal.json.JsonTrees;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, in-process, with captured standard streams and files in a temp dir. */
class MainTest {
  private static final String OSLO =
      " date 2023-03-14 \n\nOslo and Helsinki agreed on Tuesday to link their grids.\n\n"
          + "The cable is a signal to the whole regionadded Helsinki. Oslo agreed.\n";
  private static final String BERGEN = "Bergen said nothing about Oslo.\n";

  /** Marks every occurrence of a few city names as a GPE; throws on "BOOM" to stand for a crashing stage. */
  private static final Extractor CITIES =
      doc -> {
        String text = doc.text();
        if (text.contains("BOOM")) {
          throw new IllegalStateException("stage exploded");
        }
        for (String city : List.of("Oslo", "Helsinki", "Bergen", "Gdańsk")) {
          for (int i = text.indexOf(city); i >= 0; i = text.indexOf(city, i + 1)) {
            doc.addMention(Mention.builder(Span.of(i, i + city.length()), city, EntityType.GPE).rule("test:city").build());
          }
        }
      };

  @TempDir Path dir;

  /** The outcome of one run. */
  record Run(int status, String out, byte[] outBytes, String err) {
    Object json() {
      return JsonTrees.parse(out);
    }
  }

  private Run run(String... args) {
    return runWith(new byte[0], false, args);
  }

  private Run runWith(byte[] stdin, boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io = new Io(new ByteArrayInputStream(stdin), out, new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
    int status =
        Main.commandLine(io, max -> Gazette.builder().builtInRecognizers(false).addExtractor(CITIES).maxArticleChars(max)).execute(args);
    return new Run(status, out.toString(StandardCharsets.UTF_8), out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  private Path write(String relative, String text) throws IOException {
    return write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String relative, byte[] bytes) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  private static List<String> sources(Object jsonArray) {
    return list(jsonArray).stream().map(o -> (String) map(o).get("source")).collect(Collectors.toList());
  }

  @Test
  void oneFileGivesOnePrettyObjectNamedAsGiven() throws IOException {
    Path f = write("oslo.txt", OSLO);
    Run r = run("extract", f.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("{\n  \"schema\": \"gazette/1\",\n").endsWith("}\n");
    Map<String, Object> json = map(r.json());
    assertThat(json.get("source")).isEqualTo(f.toString());
    assertThat(map(json.get("article")).get("id")).isEqualTo("oslo");
    List<Object> entities = list(json.get("entities"));
    assertThat(entities).extracting(e -> map(e).get("name")).containsExactly("Oslo", "Helsinki");
    for (Object e : entities) {
      for (Object m : list(map(e).get("mentions"))) {
        Map<String, Object> mention = map(m);
        assertThat(mention.get("text"))
            .isEqualTo(OSLO.substring(((Long) mention.get("start")).intValue(), ((Long) mention.get("end")).intValue()));
      }
    }
  }

  @Test
  void emptyAndBlankFilesAreValidArticlesWithNothingInThem() throws IOException {
    for (String text : List.of("", " \n\r\n\t \u00A0\n")) {
      Path f = write("empty.txt", text);
      Run r = run("extract", f.toString());
      assertThat(r.status()).isZero();
      assertThat(r.err()).isEmpty();
      Map<String, Object> json = map(r.json());
      assertThat(map(json.get("article")).get("id")).isEqualTo("empty");
      assertThat(json.get("entities")).isEqualTo(List.of());
      assertThat(json.get("relations")).isEqualTo(List.of());
    }
  }

  @Test
  void invalidUtf8IsReportedWithFileAndByteOffsetAndTheOtherFilesStillProcessed() throws IOException {
    Path good = write("a.txt", OSLO);
    byte[] bad = {'O', 's', 'l', 'o', ' ', (byte) 0xC3, '(', ' ', 's', 'a', 'i', 'd'};
    Path broken = write("b.txt", bad);
    Path after = write("c.txt", BERGEN);
    Run r = run("extract", good.toString(), broken.toString(), after.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("gazette: " + broken + ": not UTF-8 text: invalid UTF-8 at byte offset 5\n");
    assertThat(sources(r.json())).containsExactly(good.toString(), after.toString());
  }

  @Test
  void byteOffsetsCountTheByteOrderMark() throws IOException {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC5, (byte) 0x84, 'b', (byte) 0xFF};
    Path f = write("bom.txt", bytes);
    Run r = run("extract", f.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains(f + ": not UTF-8 text: invalid UTF-8 at byte offset 7");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aByteOrderMarkIsSkippedAndOffsetsReferToTheTextAfterIt() throws IOException {
    Path f = write("bom.txt", "\uFEFFOslo said.");
    Run r = run("extract", "-f", "jsonl", f.toString());
    assertThat(r.status()).isZero();
    Map<String, Object> mention = map(list(map(list(map(r.json()).get("entities")).get(0)).get("mentions")).get(0));
    assertThat(mention).containsEntry("start", 0L).containsEntry("end", 4L).containsEntry("text", "Oslo");
  }

  @Test
  void binaryFilesAreRefusedWithTheOffsetOfTheirFirstNulByte() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    Path image = write("image.txt", png);
    Path nul = write("nul.txt", "Oslo\u0000said".getBytes(StandardCharsets.UTF_8));
    Run r = run("extract", "-f", "jsonl", image.toString(), nul.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "gazette: " + image + ": binary file, not text: NUL byte at byte offset 8\n"
                + "gazette: " + nul + ": binary file, not text: NUL byte at byte offset 4\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void missingFilesAreReportedAndTheRestProcessed() throws IOException {
    Path good = write("a.txt", OSLO);
    String missing = dir.resolve("nope.txt").toString();
    Run r = run("extract", "-f", "jsonl", missing, good.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("gazette: " + missing + ": no such file or directory\n");
    assertThat(r.out().lines()).hasSize(1);
  }

  @Test
  void directoriesAreSearchedRecursivelyInNameOrderForTxtFilesOnly() throws IOException {
    write("news/b.txt", OSLO);
    write("news/Z.txt", BERGEN);
    write("news/c/d.txt", BERGEN);
    write("news/c/a.txt", OSLO);
    write("news/ca.txt", OSLO);
    write("news/notes.md", OSLO);
    write("news/.hidden.txt", OSLO);
    write("news/.git/x.txt", OSLO);
    write("news/e.TXT", OSLO);
    Path news = dir.resolve("news");
    Run r = run("extract", news.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(sources(r.json()))
        .containsExactly(
            news.resolve("Z.txt").toString(),
            news.resolve("b.txt").toString(),
            news.resolve("c/a.txt").toString(),
            news.resolve("c/d.txt").toString(),
            news.resolve("ca.txt").toString());
  }

  @Test
  void includeChoosesWhichFilesAreReadUnderDirectories() throws IOException {
    write("news/a.txt", OSLO);
    write("news/b.md", OSLO);
    write("news/c.text", OSLO);
    Path news = dir.resolve("news");
    Run r = run("extract", "--include", "*.md", "--include", "*.{text,txt}", news.toString());
    assertThat(r.status()).isZero();
    assertThat(sources(r.json()))
        .containsExactly(news.resolve("a.txt").toString(), news.resolve("b.md").toString(), news.resolve("c.text").toString());
  }

  @Test
  void aFileNamedOnTheCommandLineIsReadWhateverItsName() throws IOException {
    Path md = write("notes.md", OSLO);
    Run r = run("extract", md.toString());
    assertThat(r.status()).isZero();
    assertThat(map(map(r.json()).get("article")).get("id")).isEqualTo("notes");
  }

  @Test
  void aDirectoryAlwaysGivesAnArrayEvenWithOneOrNoArticle() throws IOException {
    write("one/a.txt", OSLO);
    Files.createDirectories(dir.resolve("none"));
    Run one = run("extract", dir.resolve("one").toString());
    assertThat(one.status()).isZero();
    assertThat(list(one.json())).hasSize(1);
    assertThat(one.out()).startsWith("[\n  {\n    \"schema\": \"gazette/1\",\n").endsWith("\n  }\n]\n");
    Run none = run("extract", dir.resolve("none").toString());
    assertThat(none.status()).isZero();
    assertThat(none.out()).isEqualTo("[]\n");
  }

  @Test
  void severalFilesGiveAnArrayInCommandLineOrder() throws IOException {
    Path a = write("a.txt", OSLO);
    Path b = write("b.txt", BERGEN);
    Run r = run("extract", b.toString(), a.toString());
    assertThat(r.status()).isZero();
    assertThat(sources(r.json())).containsExactly(b.toString(), a.toString());
  }

  @Test
  void standardInputIsReadForDash() {
    Run r = runWith(OSLO.getBytes(StandardCharsets.UTF_8), false, "extract", "-");
    assertThat(r.status()).isZero();
    Map<String, Object> json = map(r.json());
    assertThat(json.get("source")).isEqualTo("-");
    assertThat((String) map(json.get("article")).get("id")).matches("[0-9a-f]{16}");
    assertThat(list(json.get("entities"))).hasSize(2);
  }

  @Test
  void invalidUtf8OnStandardInputIsReported() {
    Run r = runWith(new byte[] {'a', 'b', (byte) 0x80}, false, "extract", "-");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("gazette: -: not UTF-8 text: invalid UTF-8 at byte offset 2\n");
  }

  @Test
  void standardInputCanBeNamedOnlyOnce() {
    Run r = run("extract", "-", "-");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("only once");
  }

  @Test
  void jsonlWritesOneCompactObjectPerArticle() throws IOException {
    write("news/a.txt", OSLO);
    write("news/b.txt", BERGEN);
    write("news/c/d.txt", "Helsinki\nsaid\r\nyes.\u2028Oslo");
    Run r = run("extract", "--format=jsonl", dir.resolve("news").toString());
    assertThat(r.status()).isZero();
    List<String> lines = r.out().lines().collect(Collectors.toList());
    assertThat(lines).hasSize(3);
    assertThat(r.out()).endsWith("}\n");
    for (String line : lines) {
      assertThat(line).startsWith("{\"schema\":\"gazette/1\",");
      assertThat(map(JsonTrees.parse(line))).containsKey("entities");
    }
  }

  @Test
  void formatNamesAreCaseInsensitive() throws IOException {
    Path a = write("a.txt", OSLO);
    assertThat(run("extract", "-f", "JSONL", a.toString()).out().lines()).hasSize(1);
  }

  @Test
  void textFormatSummarizesEntitiesByType() throws IOException {
    Path a = write("a.txt", OSLO);
    Path b = write("b.txt", BERGEN);
    Run r = run("extract", "--format", "text", a.toString(), b.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .startsWith("== " + a + "\nid a, date ")
        .contains("\nEntities (2)\n  GPE\n    Oslo  x2\n    Helsinki  x2\n")
        .contains("\nDates and times (0)\n  none\n")
        .contains("\nRelations (0)\n  none\n")
        .contains("\n\n== " + b + "\n");
  }

  @Test
  void aCrashingStageFailsThatArticleOnly() throws IOException {
    Path boom = write("a.txt", "Oslo BOOM");
    Path good = write("b.txt", BERGEN);
    Run r = run("extract", "-f", "jsonl", boom.toString(), good.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).startsWith("gazette: " + boom + ": internal error, please report it: java.lang.IllegalStateException: stage exploded\n");
    assertThat(r.out().lines()).hasSize(1);
  }

  @Test
  void articlesOverTheSizeLimitAreRefused() throws IOException {
    Path small = write("a.txt", "Oslo said.");
    Path big = write("b.txt", "Oslo said it twice. ".repeat(6));
    Path huge = write("c.txt", "x".repeat(400));
    Run r = run("extract", "-f", "jsonl", "--max-chars", "100", small.toString(), big.toString(), huge.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out().lines()).hasSize(1);
    assertThat(r.err().lines().collect(Collectors.toList()))
        .satisfiesExactly(
            line -> assertThat(line).isEqualTo("gazette: " + big + ": too long: 120 chars, more than the limit of 100 chars (see --max-chars)"),
            line -> assertThat(line).isEqualTo("gazette: " + huge + ": too long: 400 bytes, more than the limit of 100 chars (see --max-chars)"));
  }

  @Test
  void outputIsUtf8AndDeterministic() throws IOException {
    Path f;
    try {
      f = write("gdańsk/wiadomości.txt", "Gdańsk and Oslo signed.");
    } catch (InvalidPathException e) {
      assumeThat(false).as("file system cannot name files in Unicode").isTrue();
      return;
    }
    Run first = run("extract", dir.resolve("gdańsk").toString());
    Run second = run("extract", dir.resolve("gdańsk").toString());
    assertThat(first.outBytes()).isEqualTo(second.outBytes());
    assertThat(new String(first.outBytes(), StandardCharsets.UTF_8)).contains("\"name\": \"Gdańsk\"", f.toString());
  }

  @Test
  void progressBarOnlyOnATerminalAndForMoreThanOneArticle() throws IOException {
    Path a = write("a.txt", OSLO);
    Path b = write("b.txt", BERGEN);
    Run two = runWith(new byte[0], true, "extract", "-f", "jsonl", a.toString(), b.toString());
    assertThat(two.status()).isZero();
    assertThat(two.err()).contains("\r[", "] 2/2 ").endsWith("\r");
    assertThat(two.out().lines()).hasSize(2);
    assertThat(runWith(new byte[0], true, "extract", a.toString()).err()).isEmpty();
    assertThat(runWith(new byte[0], false, "extract", a.toString(), b.toString()).err()).isEmpty();
    assertThat(runWith(new byte[0], true, "extract", "--no-progress", a.toString(), b.toString()).err()).isEmpty();
  }

  @Test
  void messagesDoNotMixWithTheProgressBar() throws IOException {
    Path a = write("a.txt", OSLO);
    String missing = dir.resolve("missing.txt").toString();
    Run r = runWith(new byte[0], true, "extract", a.toString(), missing, a.toString());
    assertThat(r.status()).isEqualTo(1);
    // Each message starts on a clean line: the bar, if drawn, was erased with spaces and a carriage return.
    assertThat(r.err()).containsPattern("(^|\r)gazette: " + java.util.regex.Pattern.quote(missing) + ": no such file or directory\n");
  }

  @Test
  void usageErrorsExitWithTwo() throws IOException {
    Path a = write("a.txt", OSLO);
    Run noOperand = run("extract");
    assertThat(noOperand.status()).isEqualTo(2);
    assertThat(noOperand.err()).contains("Missing required parameter").contains("Try 'gazette extract --help'");
    assertThat(noOperand.out()).isEmpty();
    assertThat(run("extract", "--frobnicate", a.toString()).status()).isEqualTo(2);
    Run badFormat = run("extract", "--format", "xml", a.toString());
    assertThat(badFormat.status()).isEqualTo(2);
    assertThat(badFormat.err()).contains("xml");
    assertThat(run("extract", "--max-chars", "0", a.toString()).status()).isEqualTo(2);
    assertThat(run("extract", "--include", "[", a.toString()).status()).isEqualTo(2);
    assertThat(run().status()).isEqualTo(2);
    assertThat(run("summarize").status()).isEqualTo(2);
  }

  @Test
  void rulesFilesAddRelations() throws IOException {
    Path a = write("a.txt", OSLO);
    Path rules =
        write("r.rules", "# test rule\nrule test.pair: (?<a> <GPE>) \"and\" (?<b> <GPE>) => relation COOPERATE subject=a object=b\n");
    Run r = run("extract", "-f", "jsonl", "--rules", rules.toString(), a.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("\"rule\":\"test.pair\"");
  }

  @Test
  void explainWritesWhichRulesMatchedOnStandardError() throws IOException {
    Path a = write("a.txt", OSLO);
    Path rules =
        write("r.rules", "rule test.pair: (?<a> <GPE>) \"and\" (?<b> <GPE>) => relation COOPERATE subject=a object=b\n");
    Run plain = run("extract", "-f", "jsonl", "--rules", rules.toString(), a.toString());
    Run r = run("extract", "-f", "jsonl", "--explain", "--rules", rules.toString(), a.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(plain.out());
    assertThat(r.err()).contains("sentence 1").contains("matched test.pair");
  }

  @Test
  void noDefaultRelationsLeavesOutTheShippedRulesOnly() throws IOException {
    Path a = write("a.txt", " date 2024-03-05 \n\nHungary rejected the proposal of Poland on Monday.\n");
    java.util.function.Function<String[], Run> withDefaults = args -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Io io = new Io(new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true, StandardCharsets.UTF_8), false);
      int status = Main.commandLine(io).execute(args);
      return new Run(status, out.toString(StandardCharsets.UTF_8), out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    };
    Run all = withDefaults.apply(new String[] {"extract", "-f", "jsonl", a.toString()});
    Run entities = withDefaults.apply(new String[] {"extract", "-f", "jsonl", "--no-default-relations", "--explain", a.toString()});
    assertThat(all.status()).isZero();
    assertThat(entities.status()).isZero();
    assertThat(all.out()).contains("\"REJECT\"").contains("\"Hungary\"");
    assertThat(entities.out()).doesNotContain("\"REJECT\"").contains("\"Hungary\"").contains("\"relations\":[]");
    assertThat(entities.err()).doesNotContain("matched reject.");
  }

  @Test
  void rulesThatCanNeverMatchAreReportedAsWarnings() throws IOException {
    Path a = write("a.txt", OSLO);
    Path rules = write("r.rules", "rule never: (?<x> [lower=oslo & !lower=oslo]) => entity GPE from x\n");
    Run r = run("extract", "--rules", rules.toString(), a.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).contains("warning").contains("never");
  }

  @Test
  void aRulesFileWithASyntaxErrorStopsTheToolWithItsPosition() throws IOException {
    Path a = write("a.txt", OSLO);
    Path rules = write("r.rules", "rule ok: (?<c> [lower=oslo]) => entity GPE from c\nrule bad: [nosuchtest] => entity GPE from 0\n");
    Run r = run("extract", "--rules", rules.toString(), a.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(rules + ":2:");
    assertThat(r.out()).isEmpty();
    Run missing = run("extract", "--rules", rules.resolveSibling("none.rules").toString(), a.toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read rules file");
  }

  @Test
  void helpReadsLikeAManPage() {
    for (String[] args : new String[][] {{"extract", "--help"}, {"help", "extract"}}) {
      Run r = run(args);
      assertThat(r.status()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.out())
          .startsWith("NAME\n  gazette extract - ")
          .containsSubsequence(
              "\nSYNOPSIS\n  gazette extract ",
              "\nDESCRIPTION\n",
              "\nOPERANDS\n",
              "\nOPTIONS\n",
              "--format=FORMAT",
              "--include=GLOB",
              "--rules=FILE",
              "\nEXIT STATUS\n",
              "\nEXAMPLES\n");
      assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }
    Run top = run("--help");
    assertThat(top.status()).isZero();
    assertThat(top.out()).startsWith("NAME\n  gazette - ").contains("\nCOMMANDS\n", "extract", "\nEXIT STATUS\n");
  }

  @Test
  void versionNamesTheSchema() {
    Run r = run("--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("gazette ").contains("JSON schema gazette/1");
    assertThat(run("extract", "--version").out()).startsWith("gazette ");
  }

  @Test
  void aClosedPipeStopsQuietly() throws IOException {
    Path a = write("a.txt", OSLO);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OutputStream closed =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
          }
        };
    Io io = new Io(new ByteArrayInputStream(new byte[0]), closed, new PrintStream(err, true, StandardCharsets.UTF_8), false);
    assertThat(Main.commandLine(io).execute("extract", a.toString(), a.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void anUnwritableOutputFailsWithAMessage() throws IOException {
    Path a = write("a.txt", OSLO);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    Io io = new Io(new ByteArrayInputStream(new byte[0]), broken, new PrintStream(err, true, StandardCharsets.UTF_8), false);
    int status = Main.commandLine(io).execute("extract", a.toString());
    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("gazette: cannot write the output: No space left on device\n");
  }
}
