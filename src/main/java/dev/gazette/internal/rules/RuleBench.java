package dev.gazette.internal.rules;

import dev.gazette.Article;
import dev.gazette.EntityType;
import dev.gazette.Mention;
import dev.gazette.Span;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.text.SentenceSplitter;
import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.TokenFlags;
import dev.gazette.internal.text.Tokenizer;
import dev.gazette.rules.RuleSet;
import java.util.Random;

/**
 * Entry points for benchmarks (JMH) and for the linear-time test: synthetic rule sets of any size,
 * workspaces prepared as the pipeline would before the rule stage, and a call that runs only the rule
 * engine (prefilter, VM, overlap resolution) and returns the number of matches kept.
 *
 * <pre>{@code
 * RuleSet rules = RuleBench.syntheticRules(100_000, 42);
 * Workspace ws = RuleBench.workspace(articleText);       // once, in @Setup
 * int n = RuleBench.matchCount(rules, ws);               // per invocation; divide time by ws.tokens().size()
 * }</pre>
 */
public final class RuleBench {
  private RuleBench() {}

  /**
   * {@code count} rules in the style of relation rules, each with its own trigger word ({@link #trigger}) so that
   * the prefilter skips nearly all of them on real text; every thousandth rule (rule 0, 1000, 2000...)
   * also accepts the common word "said", so that a few rules run, and match, on sentences with "said".
   * With 100,000 rules, 100 of them are live on such a sentence and all the others are skipped.
   */
  public static RuleSet syntheticRules(int count, long seed) {
    Random random = new Random(seed);
    StringBuilder b = new StringBuilder();
    b.append("list titles = president, minister, spokesman, chancellor, chief, head\n");
    for (int i = 0; i < count; i++) {
      String trigger = i % 1000 == 0 ? "[lower=" + trigger(i) + "|lower=said]" : "[lower=" + trigger(i) + "]";
      appendRule(b, i, random.nextInt(3), trigger);
    }
    return RuleSet.parse(b.toString());
  }

  /**
   * {@code count} rules as in {@link #syntheticRules(int, long)}, of which exactly {@code live} (evenly
   * spread, {@code live <= count}) also accept "said" and are of the {@code <PERSON> trigger []{1,12}}
   * kind, whose other requirement (a PERSON mention) the workspaces of {@link #workspace} meet on nearly
   * every sentence: on a sentence with "said" the same {@code live} rules run, and match, whatever
   * {@code count}, so the cost of the rule set's size is measured like for like.
   */
  public static RuleSet syntheticRules(int count, int live, long seed) {
    if (live < 1 || live > count) {
      throw new IllegalArgumentException("live must be in [1, count]: " + live);
    }
    Random random = new Random(seed);
    int every = count / live;
    StringBuilder b = new StringBuilder();
    b.append("list titles = president, minister, spokesman, chancellor, chief, head\n");
    int made = 0;
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(3);
      if (i % every == 0 && made < live) {
        made++;
        appendRule(b, i, 0, "[lower=" + trigger(i) + "|lower=said]");
        continue;
      }
      appendRule(b, i, kind, "[lower=" + trigger(i) + "]");
    }
    return RuleSet.parse(b.toString());
  }

  /** Synthetic rule {@code i} of a kind (0 STATEMENT, 1 ROLE, else CONSULT) around its trigger test. */
  private static void appendRule(StringBuilder b, int i, int kind, String trigger) {
    switch (kind) {
      case 0 -> b.append("rule r").append(i).append(": (?<who> <PERSON>) ").append(trigger)
          .append(" (?<what> []{1,12}) => relation STATEMENT subject=who content=$what\n");
      case 1 -> b.append("rule r").append(i).append(": (?<t> @titles) (?<who> <PERSON>) ").append(trigger)
          .append(" => relation ROLE subject=who title=$t\n");
      default -> b.append("rule r").append(i).append(": (?<a> <GPE|ORG>) ").append(trigger)
          .append(" [lower=with|and]? (?<b> <GPE|ORG>) => relation CONSULT subject=a object=b\n");
    }
  }

  /** The trigger word of synthetic rule {@code i}: "vb" and {@code i} in letters (vbb, vbc, ...), one token. */
  public static String trigger(int i) {
    StringBuilder b = new StringBuilder();
    do {
      b.append((char) ('a' + i % 26));
      i /= 26;
    } while (i > 0);
    return "vb" + b.reverse();
  }

  /**
   * A workspace for {@code text}, tokenized and split as the pipeline does, with a stand-in for entity
   * recognition: every run of capitalized words is a PERSON mention.
   */
  public static Workspace workspace(String text) {
    Workspace ws = new Workspace();
    ws.reset(Article.of(text));
    new Tokenizer().tokenize(text, ws.tokens());
    new SentenceSplitter().split(ws.article(), ws.tokens(), ws.sentences());
    TokenBuffer t = ws.tokens();
    int i = 0;
    while (i < t.size()) {
      if (Character.isUpperCase(text.charAt(t.start(i)))) {
        int j = i + 1;
        while (j < t.size() && Character.isUpperCase(text.charAt(t.start(j)))) {
          j++;
        }
        Span s = Span.of(t.start(i), t.end(j - 1));
        ws.mentions().add(Mention.builder(s, s.text(text), EntityType.PERSON).rule("bench").build());
        i = j;
      } else {
        i++;
      }
    }
    return ws;
  }

  /** Runs the rule engine on {@code ws} (without applying actions) and returns the number of matches kept. */
  public static int matchCount(RuleSet rules, Workspace ws) {
    RuleEngine engine = Access.engine(rules);
    MatchInput in = engine.prepare(ws.text(), ws.tokens(), ws.sentences(), ws.mentions());
    try {
      return engine.match(in, 0).size();
    } finally {
      in.release();
    }
  }

  /** Flags the stand-in tokenizer does not set, for synthetic buffers. */
  static int shapeFlags(String token) {
    int f = 0;
    if (Character.isUpperCase(token.charAt(0))) {
      f |= TokenFlags.CAPITALIZED;
    }
    return f;
  }
}
