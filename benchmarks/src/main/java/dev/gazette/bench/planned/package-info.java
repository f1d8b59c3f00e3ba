/**
 * Benchmarks that wait for their APIs (issues 3, 4 and 5). Each class here says what it will measure
 * and how; none has a {@code @Benchmark} method yet, so JMH lists none of them.
 *
 * <ul>
 *   <li>{@code dev.gazette.bench.KnowledgeBaseBenchmark} (done): load time and retained heap of the
 *       default knowledge base;
 *   <li>{@code dev.gazette.bench.GazetteerBenchmark} (done): cost per token at 10k/100k/1M entries;
 *   <li>{@link dev.gazette.bench.planned.RulesBenchmark}: cost per token at 10/1,000/100,000 rules;
 *   <li>{@code dev.gazette.bench.DateBenchmark} (done): date tagging per article.
 * </ul>
 */
package dev.gazette.bench.planned;
