package dev.gazette.bench;

import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.rules.RuleBench;
import dev.gazette.rules.RuleSet;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What the rule benchmarks ({@link RulesBenchmark}, {@link RulesLiveBenchmark}, {@link RulesInterleaved})
 * run on: the corpus chunks, tokenized, split and given stand-in PERSON mentions once
 * ({@link RuleBench#workspace}), and a per-thread cursor over them.
 */
@State(Scope.Thread)
public class RuleChunks {
  int next;

  /** The corpus chunks as workspaces ready for the rule engine. */
  static Workspace[] prepare() {
    String[] texts = Corpus.get().chunks();
    Workspace[] chunks = new Workspace[texts.length];
    for (int i = 0; i < texts.length; i++) {
      chunks[i] = RuleBench.workspace(texts[i]);
    }
    return chunks;
  }

  /** Runs {@code rules} on this thread's next chunk, counting its chars and tokens. */
  int matchNext(RuleSet rules, Workspace[] chunks, Counters c) {
    Workspace ws = chunks[next];
    next = (next + 1) % chunks.length;
    c.add(ws.text(), ws.tokens().size());
    return RuleBench.matchCount(rules, ws);
  }
}
