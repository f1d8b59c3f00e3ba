package dev.gazette.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-thread cursor over the corpus chunks: every call takes the next chunk, round robin, so a
 * measurement streams through the whole corpus the way a batch job would rather than re-reading one
 * cached string.
 */
@State(Scope.Thread)
public class Input {
  private String[] chunks;
  private int next;

  @Setup
  public void setUp() {
    chunks = Corpus.get().chunks();
    // Threads start at different places so they do not read the same text in lock step.
    next = (int) ((Thread.currentThread().getId() * 7919L) % chunks.length);
  }

  String next() {
    String t = chunks[next];
    if (++next == chunks.length) {
      next = 0;
    }
    return t;
  }
}
