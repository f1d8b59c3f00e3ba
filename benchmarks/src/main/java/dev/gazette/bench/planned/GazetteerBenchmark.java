package dev.gazette.bench.planned;

/**
 * PLANNED (issue 3): gazetteer matching cost per token, {@code @Param({"10000", "100000", "1000000"})}
 * entries generated at setup (multi-token names drawn from a fixed-seed mix of corpus words and
 * invented words, so the share of real hits stays similar across sizes), on the corpus chunks after
 * tokenization (tokenizer cost excluded: tokens are prepared once per chunk at setup). Report tokens/s;
 * the target is a flat cost per token from 10k to 1M entries.
 */
public final class GazetteerBenchmark {
  private GazetteerBenchmark() {}
}
