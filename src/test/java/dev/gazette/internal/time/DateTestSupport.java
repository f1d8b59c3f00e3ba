package dev.gazette.internal.time;

import dev.gazette.Article;
import dev.gazette.Mention;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.text.SentenceSplitter;
import dev.gazette.internal.text.Tokenizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Runs the date stage the way the pipeline does: tokenize, split, process. */
final class DateTestSupport {
  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  static final DateStage STAGE = new DateStage();

  private DateTestSupport() {}

  /** The mentions the stage finds in {@code text}, anchored on {@code date} (null: no article date). */
  static List<Mention> run(String text, LocalDate date) {
    Article.Builder b = Article.builder().text(text);
    if (date != null) {
      b.date(date);
    }
    return run(b.build());
  }

  static List<Mention> run(Article article) {
    Workspace ws = new Workspace();
    ws.reset(article);
    TOKENIZER.tokenize(article.text(), ws.tokens());
    SPLITTER.split(article, ws.tokens(), ws.sentences());
    STAGE.process(ws);
    return new ArrayList<>(ws.mentions());
  }
}
