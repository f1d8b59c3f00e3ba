package dev.gazette.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the sample in {@code api-docs/output-format.md} identical to what the writer produces. */
class OutputFormatDocTest {
  private static final Path DOC = Path.of("api-docs/output-format.md");

  @Test
  void sampleInTheDocsIsWhatTheWriterWrites() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    assertThat(doc).as("the sample's text, shown in the docs").contains(SampleArticle.TEXT.replace("\n", "\\n"));
    assertThat(SampleArticle.fencedBlock(doc, "## A sample", "json"))
        .as("the sample in " + DOC + "; regenerate it from SampleArticle.json()")
        .isEqualTo(SampleArticle.json());
  }
}
