package dev.gazette.bench.planned;

/**
 * PLANNED (issue 3): load time of the default knowledge base, {@code Mode.SingleShotTime} with one
 * sample per fresh fork ({@code @Fork(10)}, {@code @Measurement(iterations = 1)}) so each sample is a
 * cold load; target under 300 ms. Retained heap: after the load, {@code System.gc()} twice and compare
 * {@code MemoryMXBean} heap usage before and after (printed, target under 50 MB); JOL's
 * {@code GraphLayout.parseInstance(kb).totalSize()} as a cross-check.
 */
public final class KnowledgeBaseBenchmark {
  private KnowledgeBaseBenchmark() {}
}
