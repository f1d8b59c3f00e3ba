package dev.gazette.eval;

import dev.gazette.Article;
import dev.gazette.Entity;
import dev.gazette.Extraction;
import dev.gazette.Gazette;
import dev.gazette.Mention;
import dev.gazette.Relation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Development aid (not in the suite): dumps, for a CoNLL04 split other than test, every sentence with a
 * missed or wrong relation: the gold relations (marked when an argument's exact span was not predicted
 * as an entity, so that entity misses and rule misses can be told apart) and the predicted relations of
 * the five mapped types with their rule ids. Run with {@code -Dtest=Conll04RelationErrors
 * -Dgazette.conll04.split=train}; writes {@code <build dir>/conll04-relation-errors-<split>.md}.
 */
class Conll04RelationErrors {
  @Test
  void dump() throws Exception {
    String shared = System.getProperty("gazette.shared");
    Assumptions.assumeTrue(shared != null);
    String split = System.getProperty("gazette.conll04.split", "train");
    Assumptions.assumeFalse(split.equals("test"), "never dump the test split");
    List<Conll04Corpus.Sentence> sentences =
        Conll04Corpus.read(Path.of(shared, "datasets", "conll04", "conll04_" + split + ".json"));
    Gazette g = Gazette.defaults();
    StringBuilder out = new StringBuilder();
    for (Conll04Corpus.Sentence s : sentences) {
      Extraction x = g.extract(Article.builder().text(s.text()).id("c" + s.origId()).build());
      List<String> predicted = new ArrayList<>();
      for (Relation r : x.relations()) {
        Optional<Entity> subj = x.entity(r.subject());
        Optional<Entity> obj = r.object().flatMap(x::entity);
        if (subj.isEmpty() || obj.isEmpty()) {
          continue;
        }
        for (Mention sm : subj.get().mentions()) {
          for (Mention om : obj.get().mentions()) {
            var st = Conll04EvaluationTest.conllType(sm.type());
            var ot = Conll04EvaluationTest.conllType(om.type());
            if (st.isEmpty() || ot.isEmpty()) {
              continue;
            }
            Conll04EvaluationTest.mapRelation(r, st.get(), ot.get()).ifPresent(t -> predicted.add(
                t + "(" + text(s.text(), sm) + " -> " + text(s.text(), om) + ") " + r.rule()));
          }
        }
      }
      List<String> gold = new ArrayList<>();
      boolean allFound = true;
      for (Conll04Corpus.GoldRelation gr : s.relations()) {
        String key = gr.type() + "(" + sub(s.text(), gr.head()) + " -> " + sub(s.text(), gr.tail()) + ")";
        boolean hit = predicted.stream().anyMatch(p -> p.startsWith(key + " "));
        allFound &= hit;
        String marks = (found(x, gr.head()) ? "" : " [head not an entity of its type]") + (found(x, gr.tail()) ? "" : " [tail not an entity of its type]");
        gold.add((hit ? "OK  " : "MISS ") + key + marks);
      }
      boolean wrong = predicted.stream().anyMatch(p -> gold.stream().noneMatch(gl -> gl.startsWith("OK  " + p.substring(0, p.lastIndexOf(' ')))));
      if (!allFound || wrong) {
        out.append("## ").append(s.origId()).append(": ").append(s.text()).append('\n');
        gold.forEach(l -> out.append("  gold ").append(l).append('\n'));
        predicted.forEach(l -> out.append("  pred ").append(l).append('\n'));
        out.append('\n');
      }
    }
    Files.writeString(GoldenEvaluationTest.buildDir().resolve("conll04-relation-errors-" + split + ".md"), out, StandardCharsets.UTF_8);
  }

  private static boolean found(Extraction x, Conll04Corpus.GoldEntity ge) {
    for (Entity e : x.entities()) {
      for (Mention m : e.mentions()) {
        if (m.span().equals(ge.span()) && Conll04EvaluationTest.conllType(m.type()).filter(ge.type()::equals).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String text(String t, Mention m) {
    return t.substring(m.start(), m.end());
  }

  private static String sub(String t, Conll04Corpus.GoldEntity e) {
    return t.substring(e.span().start(), e.span().end());
  }
}
