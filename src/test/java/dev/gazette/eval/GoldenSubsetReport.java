package dev.gazette.eval;

import dev.gazette.Gazette;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scores a range of golden articles on their own, so that a set of newly written articles can be
 * reported apart from the others (their "unseen" score) and the older ones compared before and after.
 * Runs only when {@code -Dgolden.range=FROM-TO} is given (article number prefixes, inclusive), e.g.
 * {@code mvn -q -o test -Dtest=GoldenSubsetReport -Dgolden.range=42-44}; writes
 * {@code golden-report-FROM-TO.md} and {@code golden-details-FROM-TO.md} to the build directory.
 * No assertions: {@link GoldenEvaluationTest} holds the floors.
 */
class GoldenSubsetReport {

  @Test
  void scoresTheRange() throws IOException {
    String range = System.getProperty("golden.range", "");
    Assumptions.assumeTrue(range.matches("\\d+-\\d+"), "no -Dgolden.range=FROM-TO given: nothing to score");
    int from = Integer.parseInt(range.substring(0, range.indexOf('-')));
    int to = Integer.parseInt(range.substring(range.indexOf('-') + 1));
    Path tmp = Files.createTempDirectory("golden-" + range);
    List<Path> files;
    try (Stream<Path> s = Files.list(GoldenEvaluation.DEFAULT_DIR)) {
      files = s.filter(p -> inRange(p.getFileName().toString(), from, to)).toList();
    }
    for (Path p : files) {
      Files.copy(p, tmp.resolve(p.getFileName()));
    }
    GoldenEvaluation.Result r = GoldenEvaluation.run(Gazette.defaults(), tmp);
    Path dir = GoldenEvaluationTest.buildDir();
    Files.writeString(dir.resolve("golden-report-" + range + ".md"), r.markdown(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("golden-details-" + range + ".md"), r.details(), StandardCharsets.UTF_8);
    try (Stream<Path> s = Files.list(tmp)) {
      s.forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    Files.delete(tmp);
  }

  private static boolean inRange(String name, int from, int to) {
    if (!name.matches("\\d+_.*\\.(txt|expected)")) {
      return false;
    }
    int n = Integer.parseInt(name.substring(0, name.indexOf('_')));
    return n >= from && n <= to;
  }
}
