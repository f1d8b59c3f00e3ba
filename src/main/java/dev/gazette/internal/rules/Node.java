package dev.gazette.internal.rules;

import java.util.List;

/** A pattern as parsed: a regular expression over tokens. */
public sealed interface Node {
  /** Canonical form, equal for equal patterns. */
  String key();

  /** One token satisfying {@code pred}; {@code text} is the element as written, for explanations. */
  record Tok(Pred pred, String text, SourcePos pos) implements Node {
    @Override
    public String key() {
      return "[" + pred.key() + "]";
    }
  }

  record Seq(List<Node> items) implements Node {
    @Override
    public String key() {
      StringBuilder b = new StringBuilder("(");
      for (Node n : items) {
        b.append(b.length() > 1 ? " " : "").append(n.key());
      }
      return b.append(')').toString();
    }
  }

  record Alt(List<Node> options) implements Node {
    @Override
    public String key() {
      StringBuilder b = new StringBuilder("(");
      for (Node n : options) {
        b.append(b.length() > 1 ? " | " : "").append(n.key());
      }
      return b.append(')').toString();
    }
  }

  /** {@code node} repeated {@code min} to {@code max} times; {@code max < 0} means unbounded. */
  record Repeat(Node node, int min, int max) implements Node {
    @Override
    public String key() {
      return node.key() + "{" + min + "," + (max < 0 ? "" : max) + "}";
    }
  }

  /** A named capture. */
  record Capture(String name, Node node, SourcePos pos) implements Node {
    @Override
    public String key() {
      return "(?<" + name + ">" + node.key() + ")";
    }
  }

  /** Zero-width: at a sentence start ({@code start}) or sentence end. */
  record Anchor(boolean start, SourcePos pos) implements Node {
    @Override
    public String key() {
      return start ? "^" : "$";
    }
  }
}
