package dev.gazette.internal.rules;

import dev.gazette.Article;
import dev.gazette.Extraction;
import dev.gazette.Gazette;
import dev.gazette.Relation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchExplain {
  @Test
  void run() throws Exception {
    String text = Files.readString(Path.of(System.getProperty("scratch.file")));
    String needle = System.getProperty("scratch.needle", "");
    Extraction x = Gazette.defaults().extract(Article.builder().text(text).id("s").build());
    for (Relation r : x.relations()) {
      System.out.println("REL " + r.type() + " " + x.entity(r.subject()).get().name() + " -> "
          + r.object().flatMap(x::entity).map(e -> e.name()).orElse("*") + " " + r.rule() + " " + r.attributes());
    }
    x.entities().forEach(e -> System.out.println("ENT " + e.type() + " " + e.name() + " " + e.mentions().size()));
    for (int i = 0; i < x.sentences().size(); i++) {
      if (!needle.isEmpty() && x.sentences().get(i).text().contains(needle)) {
        System.out.println(DefaultRules.ruleSet().explain(x, i));
      }
    }
  }
}
