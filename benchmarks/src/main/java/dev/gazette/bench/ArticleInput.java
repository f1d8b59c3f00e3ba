package dev.gazette.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Per-thread cursor over the corpus's articles (one string per article), round robin. */
@State(Scope.Thread)
public class ArticleInput {
  private String[] articles;
  private int next;

  @Setup
  public void setUp() {
    List<String> all = Corpus.get().articles();
    articles = all.toArray(new String[0]);
    next = (int) ((Thread.currentThread().getId() * 7919L) % articles.length);
  }

  String next() {
    String t = articles[next];
    if (++next == articles.length) {
      next = 0;
    }
    return t;
  }
}
