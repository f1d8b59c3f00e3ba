package dev.gazette.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Article;
import dev.gazette.EntityType;
import dev.gazette.Mention;
import dev.gazette.Span;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.text.SentenceSplitter;
import dev.gazette.internal.text.Tokenizer;
import dev.gazette.rules.RuleSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An exact word test ({@code [text="..."]}) first compares the token's vocabulary id with its word's
 * lower-case id: the answers stay those of comparing the text, case and all.
 */
class ExactWordTestTest {
  private static final RuleEngine ENGINE = Access.engine(RuleSet.parse(
      """
      rule exact_title: (?<t>[text="Governor"]) (?<who><PERSON>) => set who a=$t
      rule exact_rare: (?<t>[text="Harbourmaster"]) (?<who><PERSON>) => set who b=$t
      rule lower_title: (?<t>[lower=governor]) (?<who><PERSON>) => set who c=$t
      """));

  @ParameterizedTest
  @CsvSource({
    "Governor, exact_title lower_title",
    "GOVERNOR, lower_title",
    "governor, lower_title",
    "Gov\u00ADernor, exact_title lower_title",
    "Governors, ''",
    "Harbourmaster, exact_rare",
    "HARBOURMASTER, ''",
  })
  void matchesTheExactTextOnly(String title, String expected) {
    String text = title + " Mara Quintell opened the new ferry terminal on Tuesday.";
    Workspace ws = new Workspace();
    ws.reset(Article.of(text));
    new Tokenizer().tokenize(text, ws.tokens());
    new SentenceSplitter().split(ws.article(), ws.tokens(), ws.sentences());
    int at = text.indexOf("Mara Quintell");
    ws.mentions().add(Mention.builder(Span.of(at, at + 13), "Mara Quintell", EntityType.PERSON).rule("test").build());
    MatchInput in = ENGINE.prepare(ws.text(), ws.tokens(), ws.sentences(), ws.mentions());
    for (boolean prefilter : new boolean[] {true, false}) {
      List<RuleMatch> matches = ENGINE.candidates(in, 0, 0, Integer.MAX_VALUE, prefilter);
      List<String> rules = matches.stream().map(m -> ENGINE.program().rules().get(m.rule()).id()).sorted().toList();
      assertThat(String.join(" ", rules)).as(title).isEqualTo(expected);
    }
  }
}
