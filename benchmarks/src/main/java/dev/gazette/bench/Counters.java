package dev.gazette.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Secondary results reported next to each benchmark's primary score: JMH divides these totals by the
 * measured time, so in throughput mode {@code chars} reads as chars/s and {@code tokens} as tokens/s
 * (summed over threads). The primary score (ops/s) counts calls: chunks or articles per second.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Counters {
  /** Input chars processed. */
  public long chars;
  /** Tokens produced (by the benchmarked tokenizer itself; see each benchmark). */
  public long tokens;

  @Setup(Level.Iteration)
  public void clear() {
    chars = 0;
    tokens = 0;
  }

  void add(String text, int tokenCount) {
    chars += text.length();
    tokens += tokenCount;
  }
}
