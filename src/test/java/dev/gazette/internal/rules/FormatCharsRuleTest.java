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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rule word tests leave invisible format chars out of the token, as tokens and knowledge-base keys do:
 * "Chan\u00ADcellor" (a soft hyphen from a hyphenating web page) is the word "Chancellor" for
 * {@code [lower=...]}, {@code "..."}, {@code [text=...]} and word lists, and for the prefilter. (A
 * zero-width space U+200B separates tokens: it is no part of a word.)
 */
class FormatCharsRuleTest {
  private static final RuleEngine ENGINE = Access.engine(RuleSet.parse(
      """
      list titles = chancellor, minister
      list exact_titles = Chancellor, Minister
      rule lower_word: (?<t>[lower=chancellor]) (?<who><PERSON>) => set who a=$t
      rule quoted_word: (?<t>"chancellor") (?<who><PERSON>) => set who b=$t
      rule exact_word: (?<t>[text="Chancellor"]) (?<who><PERSON>) => set who c=$t
      rule lower_list: (?<t>@titles) (?<who><PERSON>) => set who d=$t
      rule exact_list: (?<t>[text=@exact_titles]) (?<who><PERSON>) => set who e=$t
      rule comma: (?<who><PERSON>) [text=","] [lower=the] => set who f=v
      """));

  @ParameterizedTest
  @ValueSource(strings = {"\u00AD", "\u200C", "\u200D", "\u2060", "\u200E", "\u202C", "\u2069"})
  void formatCharsInsideRuleWordsAreLeftOut(String format) {
    String title = "Chan" + format + "cellor";
    String text = title + " Olaf Scholz" + format + ", the host, said on Friday that talks would go on.";
    Workspace ws = workspace(text, "Olaf Scholz");
    MatchInput in = ENGINE.prepare(ws.text(), ws.tokens(), ws.sentences(), ws.mentions());
    List<RuleMatch> matches = ENGINE.candidates(in, 0, 0, Integer.MAX_VALUE, true);
    List<String> rules = matches.stream().map(m -> ENGINE.program().rules().get(m.rule()).id()).toList();
    assertThat(rules).as("format char U+%04X", (int) format.charAt(0))
        .contains("lower_word", "quoted_word", "exact_word", "lower_list", "exact_list");
    // the same as without prefilter: the prefilter sees the same words
    assertThat(matches.size()).isEqualTo(ENGINE.candidates(in, 0, 0, Integer.MAX_VALUE, false).size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Chan\u00ADcellor", "Chancellor"})
  void vocabularyLooksUpTheVisibleWord(String token) {
    Vocabulary v = new Vocabulary();
    int id = v.intern("chancellor");
    v.intern("chan");
    v.freeze();
    String text = "The " + token + " spoke.";
    assertThat(v.lookup(text, 4, 4 + token.length())).isEqualTo(id);
    assertThat(v.lookup("the chan\u00AD spoke", 4, 9)).isEqualTo(v.lookup("chan"));
    assertThat(v.lookup("\u00AD\u200D", 0, 2)).isEqualTo(-1);
  }

  private static Workspace workspace(String text, String person) {
    Workspace ws = new Workspace();
    ws.reset(Article.of(text));
    new Tokenizer().tokenize(text, ws.tokens());
    new SentenceSplitter().split(ws.article(), ws.tokens(), ws.sentences());
    int at = text.indexOf(person);
    ws.mentions().add(Mention.builder(Span.of(at, at + person.length()), person, EntityType.PERSON).rule("test").build());
    return ws;
  }
}
