package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.internal.json.SampleArticle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the help text and the text-format sample in {@code api-docs/cli.md} identical to the tool's. */
class CliDocTest {
  private static final Path DOC = Path.of("api-docs/cli.md");

  @Test
  void helpInTheDocsIsWhatTheToolPrints() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Io io = new Io(new ByteArrayInputStream(new byte[0]), out, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
    assertThat(Main.commandLine(io).execute("extract", "--help")).isZero();
    String help = out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").stripTrailing();
    assertThat(SampleArticle.fencedBlock(doc(), "## Help", "text"))
        .as("the help in " + DOC + "; paste the output of 'extract --help'")
        .isEqualTo(help);
  }

  @Test
  void textSampleInTheDocsIsWhatTheToolWrites() throws IOException {
    String rendered =
        new TextSummary().render(SampleArticle.ARTICLE, SampleArticle.ENTITIES, SampleArticle.RELATIONS, SampleArticle.SOURCE);
    assertThat(SampleArticle.fencedBlock(doc(), "## Text format", "text"))
        .as("the text-format sample in " + DOC)
        .isEqualTo(rendered.stripTrailing());
  }

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }
}
