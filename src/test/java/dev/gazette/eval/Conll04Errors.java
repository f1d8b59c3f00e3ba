package dev.gazette.eval;

import dev.gazette.Article;
import dev.gazette.Entity;
import dev.gazette.Extraction;
import dev.gazette.Gazette;
import dev.gazette.Mention;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Development aid (not in the suite): dumps CoNLL04 entity errors of a split, one block per sentence. */
class Conll04Errors {
  @Test
  void dump() throws Exception {
    String shared = System.getProperty("gazette.shared");
    Assumptions.assumeTrue(shared != null);
    String split = System.getProperty("gazette.conll04.split", "train_dev");
    Assumptions.assumeFalse(split.equals("test"), "never dump the test split");
    List<Conll04Corpus.Sentence> sentences = Conll04Corpus.read(Path.of(shared, "datasets", "conll04", "conll04_" + split + ".json"));
    StringBuilder out = new StringBuilder();
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    Gazette g = Gazette.defaults();
    for (Conll04Corpus.Sentence s : sentences) {
      Extraction x = g.extract(Article.builder().text(s.text()).id("c" + s.origId()).build());
      Map<String, String> pred = new LinkedHashMap<>();
      for (Entity e : x.entities()) {
        for (Mention m : e.mentions()) {
          Conll04EvaluationTest.conllType(m.type()).ifPresent(t ->
              pred.put(m.span().start() + ":" + m.span().end(), t + "\t" + m.type().name() + "\t" + m.rule()));
        }
      }
      Map<String, String> gold = new LinkedHashMap<>();
      for (Conll04Corpus.GoldEntity ge : s.entities()) {
        gold.put(ge.span().start() + ":" + ge.span().end(), ge.type());
      }
      for (Entity e : x.entities()) {
        for (Mention m : e.mentions()) {
          String gt = gold.getOrDefault(m.span().start() + ":" + m.span().end(), "O");
          if (gt.equals("O")) {
            for (Conll04Corpus.GoldEntity ge : s.entities()) {
              if (ge.span().start() < m.span().end() && m.span().start() < ge.span().end()) {
                gt = "~" + ge.type();
              }
            }
          }
          confusion.computeIfAbsent(m.type().name(), k -> new TreeMap<>()).merge(gt, 1, Integer::sum);
          if (m.rule().startsWith("ner")) {
            confusion.computeIfAbsent("rule " + m.rule() + " " + m.type().name(), k -> new TreeMap<>()).merge(gt, 1, Integer::sum);
          }
        }
      }
      StringBuilder b = new StringBuilder();
      for (Map.Entry<String, String> e : gold.entrySet()) {
        String p = pred.get(e.getKey());
        String t = text(s.text(), e.getKey());
        if (p == null) {
          b.append("FN\t").append(e.getValue()).append("\t").append(t).append("\n");
        } else if (!p.startsWith(e.getValue() + "\t")) {
          b.append("WT\t").append(e.getValue()).append("\t").append(t).append("\t").append(p).append("\n");
        }
      }
      for (Map.Entry<String, String> e : pred.entrySet()) {
        if (!gold.containsKey(e.getKey())) {
          b.append("FP\t").append(e.getValue().split("\t")[0]).append("\t").append(text(s.text(), e.getKey())).append("\t").append(e.getValue()).append("\n");
        }
      }
      if (b.length() > 0) {
        out.append("## ").append(s.origId()).append(": ").append(s.text()).append("\n").append(b).append("\n");
      }
    }
    StringBuilder head = new StringBuilder("# predicted type -> gold (exact span; ~ overlapping)\n");
    confusion.forEach((k, v) -> head.append(k).append(" ").append(v).append("\n"));
    out.insert(0, head.append("\n"));
    Files.writeString(GoldenEvaluationTest.buildDir().resolve("conll04-errors-" + split + ".md"), out, StandardCharsets.UTF_8);
  }

  private static String text(String t, String key) {
    String[] p = key.split(":");
    return t.substring(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
  }
}
