package dev.gazette.rules;

import com.google.common.base.Preconditions;

/**
 * A problem found when a rule set is loaded that does not stop it from working: a rule that can never
 * match, a rule shadowed by another, an entity type nothing creates, a named pattern nothing uses.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.load(Path.of("my.rules"));
 * for (RuleWarning w : rules.warnings()) {
 *   System.err.println(w);   // my.rules:12: SHADOWED: rule 'role.b' has the same pattern as ...
 * }
 * }</pre>
 *
 * @param kind what kind of problem
 * @param rule the id of the rule concerned ({@code %NAME} for a named pattern)
 * @param source the file, resource or label the rule (or pattern) came from
 * @param line its 1-based line there (0 for rules made with the Java builder, 1 for their patterns)
 * @param message a sentence describing the problem
 */
public record RuleWarning(Kind kind, String rule, String source, int line, String message) {
  /** Kinds of warning. */
  public enum Kind {
    /** No text can ever match the rule (a test no token passes, an empty list, a token after '$'...). */
    NEVER_MATCHES,
    /** Another rule of the same group matches the same tokens and always wins: this one never fires. */
    SHADOWED,
    /** The rule tests for an entity type that is neither standard nor created by any rule of the set. */
    UNKNOWN_TYPE,
    /**
     * A named pattern ({@code pattern NAME = ...}) that no rule uses, directly or through other patterns;
     * {@link #rule()} is then the pattern's name with its {@code %}.
     */
    UNUSED_PATTERN
  }

  /** Validates the fields. */
  public RuleWarning {
    Preconditions.checkNotNull(kind, "kind");
    Preconditions.checkNotNull(rule, "rule");
    Preconditions.checkNotNull(source, "source");
    Preconditions.checkNotNull(message, "message");
  }

  @Override
  public String toString() {
    return source + ":" + line + ": " + kind + ": " + message;
  }
}
