package dev.gazette.internal.pipeline;

/**
 * A built-in pipeline stage that works on the workspace's arrays directly. Implementations must be
 * stateless (or immutable) and thread-safe: one instance serves every thread.
 */
public interface Stage {
  /** A short name, used as the default rule id of what the stage finds. */
  String name();

  /** Reads the workspace and adds a layer to it. */
  void process(Workspace workspace);
}
