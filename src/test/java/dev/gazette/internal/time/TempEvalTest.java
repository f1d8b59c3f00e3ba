package dev.gazette.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gazette.Article;
import dev.gazette.Mention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * TempEval-3 Task A on the shared TimeML data: TBAQ-cleaned (TimeBank + AQUAINT, the development set)
 * and the platinum test set, each with the document creation time as article date and without it.
 * Prints the scores; skips when {@code gazette.shared} does not hold the data. Set
 * {@code -Dgazette.eval.dump=FILE} to write every error to FILE.
 */
class TempEvalTest {

  private static Path data(String sub) {
    String shared = System.getProperty("gazette.shared");
    assumeTrue(shared != null, "gazette.shared is not set: TempEval data unavailable, skipping");
    Path dir = Path.of(shared, "datasets", "tempeval3", sub);
    assumeTrue(Files.isDirectory(dir), "no TempEval data at " + dir + ", skipping");
    return dir;
  }

  private static List<TimeMLDocument> read(Path dir) throws IOException {
    List<TimeMLDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
        docs.add(TimeMLDocument.read(f));
      }
    }
    return docs;
  }

  static TempEvalScorer score(List<TimeMLDocument> docs, boolean withDct) {
    TempEvalScorer scorer = new TempEvalScorer();
    for (TimeMLDocument doc : docs) {
      Article.Builder b = Article.builder().text(doc.text()).id(doc.id());
      if (withDct && doc.dct() != null) {
        b.date(doc.dct());
      }
      List<Mention> found = DateTestSupport.run(b.build());
      scorer.add(doc, found);
    }
    return scorer;
  }

  private static void dump(String name, TempEvalScorer s) throws IOException {
    String file = System.getProperty("gazette.eval.dump");
    if (file != null && !file.isBlank()) {
      Files.write(Path.of(file + "-" + name + ".txt"), s.errors());
    }
  }

  @Test
  void tbaqDevelopment() throws IOException {
    List<TimeMLDocument> docs = read(data("TBAQ-cleaned"));
    assertThat(docs).hasSizeGreaterThan(200);
    TempEvalScorer withDct = score(docs, true);
    TempEvalScorer noDct = score(docs, false);
    System.out.println(withDct.report("TBAQ (dev), with DCT"));
    System.out.println(noDct.report("TBAQ (dev), without DCT"));
    dump("tbaq", withDct);
    assertThat(withDct.relaxedF1()).isGreaterThan(70);
    assertThat(withDct.valueF1()).isGreaterThan(60);
  }

  @Test
  void platinumTest() throws IOException {
    List<TimeMLDocument> docs = read(data("te3-platinum"));
    assertThat(docs).hasSize(20);
    TempEvalScorer withDct = score(docs, true);
    TempEvalScorer noDct = score(docs, false);
    System.out.println(withDct.report("platinum (test), with DCT"));
    System.out.println(noDct.report("platinum (test), without DCT"));
    dump("platinum", withDct);
    assertThat(withDct.relaxedF1()).isGreaterThan(70);
    assertThat(withDct.valueF1()).isGreaterThan(60);
  }
}
