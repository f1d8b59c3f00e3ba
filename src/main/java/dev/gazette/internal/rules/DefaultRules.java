package dev.gazette.internal.rules;

import dev.gazette.internal.pipeline.Stage;
import dev.gazette.rules.RuleSet;
import java.io.InputStream;

/**
 * The relation rules Gazette ships ({@code src/main/resources/dev/gazette/rules/*.rules}), compiled once
 * per JVM on first use and shared read-only by every {@code Gazette} that uses the built-in recognizers.
 *
 * <p>The resources are opened through this class rather than a class loader: they live in a package of
 * the {@code dev.gazette} module, which is exported but not opened, so only code of the module may read
 * them.
 */
public final class DefaultRules {
  /** The top-level rule file; it includes the others. */
  public static final String MAIN = "dev/gazette/rules/default.rules";

  private DefaultRules() {}

  /** The compiled default rule set. */
  public static RuleSet ruleSet() {
    return Holder.RULES;
  }

  /** A stage running the default relation rules and completing their relations' attributes. */
  public static Stage stage() {
    RuleEngine engine = Access.engine(ruleSet());
    return new DefaultRelationStage(new RuleStage(() -> engine));
  }

  /** Compiles the default rules afresh (for tests and tools; normal code uses {@link #ruleSet()}). */
  static RuleSet load() {
    return RuleSet.builder().addResource(new ModuleResources(), MAIN).build();
  }

  /** Reads resources as this module's own code, whatever the class path or module path. */
  private static final class ModuleResources extends ClassLoader {
    ModuleResources() {
      super(DefaultRules.class.getClassLoader());
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      return DefaultRules.class.getResourceAsStream("/" + name);
    }
  }

  private static final class Holder {
    static final RuleSet RULES = load();
  }
}
