package dev.gazette.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Article;
import dev.gazette.Span;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden articles in {@code src/test/resources/articles/}: each {@code NAME.txt} (written for this project
 * in the style of scraped, machine-translated wire copy) has a {@code NAME.expected} listing its layout
 * (date, title, metadata, paragraphs, lead, lead repeat, related links) and every sentence with its
 * flags, as produced by the real {@link Tokenizer} and the {@link SentenceSplitter}.
 *
 * <p>To review a deliberate change, regenerate with {@code -Dgazette.updateGolden=true} (writes to
 * {@code src/test/resources/articles/}) and read the diff before committing it.
 */
class SentenceGoldenTest {

  static Stream<String> articles() throws IOException, URISyntaxException {
    Path dir = Paths.get(SentenceGoldenTest.class.getResource("/articles").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = new ArrayList<>();
      files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .sorted()
          .forEach(n -> names.add(n.substring(0, n.length() - 4)));
      return names.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void matchesGolden(String name) throws Exception {
    Path dir = Paths.get(SentenceGoldenTest.class.getResource("/articles").toURI());
    String text = Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
    String actual = render(Article.of(text));
    if (Boolean.getBoolean("gazette.updateGolden")) {
      Files.writeString(Path.of("src/test/resources/articles", name + ".expected"), actual, StandardCharsets.UTF_8);
    }
    Path expectedFile = dir.resolve(name + ".expected");
    assertThat(Files.exists(expectedFile)).as("golden file %s", expectedFile).isTrue();
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
    assertThat(actual).as(name).isEqualTo(expected);
  }

  static String render(Article a) {
    String text = a.text();
    StringBuilder sb = new StringBuilder();
    sb.append("date: ").append(a.date().map(Object::toString).orElse("-")).append('\n');
    sb.append("title: ").append(a.title().orElse("-")).append('\n');
    a.metadata().forEach((k, v) -> sb.append("meta: ").append(k).append(" = ").append(v).append('\n'));
    for (Span p : a.paragraphs()) {
      sb.append("paragraph: ").append(p).append(' ').append(head(p.text(text))).append('\n');
    }
    sb.append("lead: ").append(a.lead().map(s -> s.toString()).orElse("-")).append('\n');
    sb.append("leadRepeat: ").append(a.leadRepeat().map(s -> s + " " + s.text(text)).orElse("-")).append('\n');
    for (int i = 0; i < a.relatedLinks().size(); i++) {
      sb.append("related: [").append(a.relatedLinkMarkers().get(i).text(text)).append("] ")
          .append(a.relatedLinks().get(i).text(text)).append('\n');
    }
    TokenBuffer tokens = new TokenBuffer();
    new Tokenizer().tokenize(text, tokens);
    SentenceBuffer sentences = new SentenceBuffer();
    new SentenceSplitter().split(a, tokens, sentences);
    sb.append("sentences:\n");
    for (int i = 0; i < sentences.size(); i++) {
      int f = sentences.flags(i);
      sb.append(flag(f, SentenceBuffer.PARAGRAPH_START, 'P'))
          .append(flag(f, SentenceBuffer.IN_LEAD, 'L'))
          .append(flag(f, SentenceBuffer.IN_LEAD_REPEAT, 'R'))
          .append(flag(f, SentenceBuffer.RELATED_LINK, 'X'))
          .append(flag(f, SentenceBuffer.LOST_QUOTE, 'Q'))
          .append(" | ")
          .append(text, tokens.start(sentences.firstToken(i)), tokens.end(sentences.endToken(i) - 1))
          .append('\n');
    }
    return sb.toString();
  }

  private static char flag(int flags, int bit, char c) {
    return (flags & bit) != 0 ? c : '.';
  }

  private static String head(String s) {
    return s.length() <= 50 ? s : s.substring(0, 50) + "...";
  }
}
