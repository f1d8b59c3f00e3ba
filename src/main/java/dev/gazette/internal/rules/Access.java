package dev.gazette.internal.rules;

import dev.gazette.rules.RuleSet;
import java.util.function.Function;

/**
 * Lets internal code reach the compiled engine inside a public {@link RuleSet} without making it part
 * of the public API (the "shared secrets" pattern): {@code RuleSet} registers the accessor when its class
 * is initialized.
 */
public final class Access {
  private static volatile Function<RuleSet, RuleEngine> engineOf;

  private Access() {}

  public static void register(Function<RuleSet, RuleEngine> accessor) {
    engineOf = accessor;
  }

  /** The engine of {@code rules}. */
  public static RuleEngine engine(RuleSet rules) {
    return engineOf.apply(rules); // RuleSet's class is initialized: we hold an instance
  }
}
