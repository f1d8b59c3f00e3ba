package dev.gazette.internal.kb;

import dev.gazette.internal.pipeline.Stage;
import dev.gazette.kb.Gazetteer;
import java.util.function.Function;

/**
 * Lets the pipeline reach the matching stage inside a public {@link Gazetteer} without making it part of
 * the public API (the "shared secrets" pattern): {@code Gazetteer} registers the accessor when its class
 * is initialized, which has happened by the time anyone holds an instance.
 */
public final class GazetteerAccess {
  private static volatile Function<Gazetteer, Stage> stageOf;

  private GazetteerAccess() {}

  public static void register(Function<Gazetteer, Stage> accessor) {
    stageOf = accessor;
  }

  /** The stage that finds {@code gazetteer}'s names. */
  public static Stage stage(Gazetteer gazetteer) {
    return stageOf.apply(gazetteer);
  }
}
