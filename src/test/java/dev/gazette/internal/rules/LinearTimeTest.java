package dev.gazette.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gazette.Article;
import dev.gazette.EntityType;
import dev.gazette.Mention;
import dev.gazette.Span;
import dev.gazette.TokenKind;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.rules.RuleSet;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Matching never backtracks: a rule set built to make backtracking matchers explode (nested stars, many
 * overlapping alternatives, counted repeats, patterns that almost match everywhere, a catastrophic
 * regular expression on long tokens) runs over 1 MB of text, including a single 60,000-token sentence,
 * well inside a generous hang guard. There is no timing ratio here: speed is measured in JMH.
 */
class LinearTimeTest {
  private static final String PATHOLOGICAL =
      """
      rule nested_stars: ((?<x>[lower=a]*)*)* [lower=c] => set x k=v
      rule star_of_alts: (?<x>([] | [lower=a] | [lower=a] [lower=a])*) [lower=zzz] => set x k=v
      rule stacked_plus: (?<x>[]+ []+ []+ []+) [lower=c] $ => set x k=v
      rule counted: (?<x>([lower=a] | [lower=b] | [] []){1,40}) [lower=c] => set x k=v
      rule counted_nested: (?<x>(([lower=a]? [lower=a]?){1,10}){1,10}) [lower=b] => set x k=v
      rule optional_mess: (?<x>[lower=a]? [lower=a]? [lower=a]? [lower=a]? [lower=a]? [lower=a]? [lower=a]{6}) => set x k=v
      rule window_star window 3: (?<x>[]* $ ^ []* $ ^ []*) [lower=zzz] => set x k=v
      rule entity_runs: (?<x>(<PERSON> | [ent=PERSON]+ | []){2,30}) [lower=said] (?<y>[]+) => relation STATEMENT subject=x content=$y
      rule evil_regex: (?<x>[re=/(a+)+b/]) => set x k=v
      rule evil_regex2: (?<x>[re=/(a|aa)+$/ & shape=x]+) [lower=c] => set x k=v
      """;

  @Test
  void pathologicalRulesOnOneMegabyteFinishWithoutHanging() {
    Workspace ws = megabyte(7);
    assertThat(ws.text().length()).isGreaterThanOrEqualTo(1_000_000);
    StringBuilder rules = new StringBuilder(PATHOLOGICAL);
    for (int i = 0; i < 30; i++) {
      // many rules sharing prefixes and alternatives
      rules.append("rule alt").append(i).append(": (?<x>([lower=a] | [lower=b] | [shape=Xx])+ ([lower=a] [lower=b])*) [lower=w")
          .append(i).append("|lower=c] => set x k=v\n");
    }
    RuleSet set = RuleSet.parse(rules.toString());
    int[] count = new int[1];
    assertTimeoutPreemptively(Duration.ofSeconds(90), () -> count[0] = RuleBench.matchCount(set, ws));
    assertThat(count[0]).isPositive();
  }

  /**
   * About 1 MB of tokens from a small vocabulary that keeps the patterns above alive: sentences of 10-60
   * tokens, one sentence of 60,000 tokens, long runs of "a", long "aaaa...a" tokens, and PERSON mentions.
   */
  static Workspace megabyte(long seed) {
    Random random = new Random(seed);
    String[] words = {"a", "a", "a", "b", "c", "said", "Putin", "Xi", "talks", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac"};
    StringBuilder text = new StringBuilder(1_100_000);
    java.util.List<int[]> tokens = new java.util.ArrayList<>();
    java.util.List<int[]> sentences = new java.util.ArrayList<>();
    int sentenceStart = 0;
    int sentenceLength = 60_000; // the first sentence is huge
    while (text.length() < 1_000_000) {
      String w = words[random.nextInt(words.length)];
      int s = text.length();
      text.append(w).append(' ');
      tokens.add(new int[] {s, s + w.length()});
      if (tokens.size() - sentenceStart >= sentenceLength) {
        sentences.add(new int[] {sentenceStart, tokens.size()});
        sentenceStart = tokens.size();
        sentenceLength = 10 + random.nextInt(50);
      }
    }
    if (sentenceStart < tokens.size()) {
      sentences.add(new int[] {sentenceStart, tokens.size()});
    }
    String t = text.toString();
    Workspace ws = new Workspace();
    ws.reset(Article.of(t));
    for (int[] tok : tokens) {
      String w = t.substring(tok[0], tok[1]);
      ws.tokens().add(tok[0], tok[1], TokenKind.WORD, RuleBench.shapeFlags(w));
      if (Character.isUpperCase(w.charAt(0))) {
        ws.mentions().add(Mention.builder(Span.of(tok[0], tok[1]), w, EntityType.PERSON).rule("test").build());
      }
    }
    for (int[] s : sentences) {
      ws.sentences().add(s[0], s[1], 0);
    }
    return ws;
  }
}
