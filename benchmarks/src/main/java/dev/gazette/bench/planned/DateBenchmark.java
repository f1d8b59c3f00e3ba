package dev.gazette.bench.planned;

/**
 * PLANNED (issue 5): date tagging and TIMEX3 normalization per article against the article date, on
 * the corpus articles (tokens and sentences prepared at setup), reporting articles/s, tokens/s and
 * dates/s, next to the tokenizer alone in the same run.
 */
public final class DateBenchmark {
  private DateBenchmark() {}
}
