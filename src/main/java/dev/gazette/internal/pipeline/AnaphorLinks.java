package dev.gazette.internal.pipeline;

import com.google.common.base.Preconditions;
import dev.gazette.Extraction;
import dev.gazette.Mention;
import java.util.List;
import java.util.function.Function;

/**
 * The descriptions and pronouns an extraction linked to its entities ("the Serbian leader", "he"):
 * the relation rules matched them, but an entity lists only its names. Explaining a sentence of an
 * extraction needs them to see what the rules saw; {@link Extraction} keeps them without a public
 * accessor and installs this reader when its class loads.
 */
public final class AnaphorLinks {
  private static volatile Function<Extraction, List<Mention>> reader;

  private AnaphorLinks() {}

  /** Called once, by {@link Extraction}; a later call changes nothing. */
  public static synchronized void install(Function<Extraction, List<Mention>> r) {
    if (reader == null) {
      reader = r;
    }
  }

  /** The linked descriptions and pronouns of {@code x} (see {@link EntityGrouper#links()}). */
  public static List<Mention> of(Extraction x) {
    Preconditions.checkNotNull(x, "extraction");
    return reader.apply(x); // installed: x's class is initialized
  }
}
