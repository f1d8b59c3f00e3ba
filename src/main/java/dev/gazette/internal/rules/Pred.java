package dev.gazette.internal.rules;

import java.util.List;
import java.util.Set;

/**
 * A token predicate as parsed: the test one pattern element applies to one token. Each predicate has a
 * canonical text form ({@link #key()}) used to share one evaluator among equal predicates and to compare
 * rules for shadowing.
 */
public sealed interface Pred {
  /** Canonical form: equal keys mean equal predicates. */
  String key();

  /** Matches every token. */
  record Any() implements Pred {
    @Override
    public String key() {
      return "any";
    }
  }

  /** Token text equals {@code value}, exactly or (if {@code lower}) after lower-casing the token. */
  record Word(String value, boolean lower) implements Pred {
    @Override
    public String key() {
      return (lower ? "lower=" : "text=") + '"' + value + '"';
    }
  }

  /** Token text (exact or lower-cased) is an entry of the named list. */
  record InList(String list, boolean lower, SourcePos pos) implements Pred {
    @Override
    public String key() {
      return (lower ? "lower=@" : "text=@") + list;
    }
  }

  /** The whole token text (or its lower-cased form) matches a regular expression. */
  record Regex(java.util.regex.Pattern pattern) implements Pred {
    @Override
    public String key() {
      return "re=/" + pattern.pattern() + "/" + pattern.flags();
    }
  }

  /** The token's shape, with runs of one class collapsed, equals {@code shape} (also collapsed). */
  record Shape(String shape) implements Pred {
    @Override
    public String key() {
      return "shape=" + shape;
    }
  }

  /** The token's kind is one of {@code kinds} (TokenKind ordinals). */
  record Kind(Set<Integer> kinds) implements Pred {
    @Override
    public String key() {
      return "kind=" + new java.util.TreeSet<>(kinds);
    }
  }

  /** A mention covers the token, of one of {@code types} (any type if empty). */
  record Ent(Set<String> types) implements Pred {
    @Override
    public String key() {
      return "ent=" + new java.util.TreeSet<>(types);
    }
  }

  /** A mention covers the token and its attribute {@code name} is one of {@code values}. */
  record EntAttr(String name, Set<String> values) implements Pred {
    @Override
    public String key() {
      return "ent." + name + "=" + new java.util.TreeSet<>(values);
    }
  }

  /** The token is the first token of the mention covering it. */
  record EntBegin() implements Pred {
    @Override
    public String key() {
      return "begin";
    }
  }

  /** The token is covered by the same mention as the token before it. */
  record EntInside() implements Pred {
    @Override
    public String key() {
      return "inside";
    }
  }

  /** Some of the TokenFlags bits {@code bits} are set on the token. */
  record Flag(String name, int bits) implements Pred {
    @Override
    public String key() {
      return name;
    }
  }

  record Not(Pred p) implements Pred {
    @Override
    public String key() {
      return "!(" + p.key() + ")";
    }
  }

  record And(List<Pred> ps) implements Pred {
    @Override
    public String key() {
      StringBuilder b = new StringBuilder("(");
      for (Pred p : ps) {
        b.append(b.length() > 1 ? " & " : "").append(p.key());
      }
      return b.append(')').toString();
    }
  }

  record Or(List<Pred> ps) implements Pred {
    @Override
    public String key() {
      StringBuilder b = new StringBuilder("(");
      for (Pred p : ps) {
        b.append(b.length() > 1 ? " | " : "").append(p.key());
      }
      return b.append(')').toString();
    }
  }
}
