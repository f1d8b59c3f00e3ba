package dev.gazette.internal.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * One rule as parsed or built: id, options, pattern and actions. Both the rule-file parser and the Java
 * builder produce these; the compiler turns a list of them into one program.
 */
public record RuleDef(
    String id,
    int priority,
    double confidence,
    int window,
    String group,
    Node pattern,
    ImmutableList<String> captures,
    ImmutableList<Action> actions,
    SourcePos pos) {

  /** What a rule does with a match. */
  public sealed interface Action {
    SourcePos pos();
  }

  /** Creates a mention of {@code type} over capture {@code capture}. */
  public record EntityAction(String type, String capture, ImmutableMap<String, Value> attributes, SourcePos pos)
      implements Action {}

  /** Creates a relation between the mentions of two captures. */
  public record RelationAction(
      String type, String subject, Optional<String> object, ImmutableMap<String, Value> attributes, SourcePos pos)
      implements Action {}

  /** Sets attributes on the mention of a capture. */
  public record SetAction(String capture, ImmutableMap<String, Value> attributes, SourcePos pos) implements Action {}

  /** An attribute value: a constant, or the text of a capture. */
  public record Value(String constant, String capture) {
    public static Value of(String constant) {
      return new Value(constant, null);
    }

    public static Value capture(String name) {
      return new Value(null, name);
    }

    public boolean isCapture() {
      return capture != null;
    }

    @Override
    public String toString() {
      return isCapture() ? "$" + capture : '"' + constant + '"';
    }
  }
}
