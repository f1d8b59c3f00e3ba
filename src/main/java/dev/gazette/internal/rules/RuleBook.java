package dev.gazette.internal.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.gazette.rules.RuleSyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything parsed or built so far: word lists, named patterns and rules, in definition order, from any
 * number of sources. Checks that names are unique and that every list a rule or pattern uses exists.
 */
public final class RuleBook {
  /** A named word list. */
  public record WordList(String name, ImmutableList<String> words, SourcePos pos) {}

  /**
   * A named pattern ({@code pattern NAME = ...}): a fragment that rules and later patterns use as
   * {@code %NAME}. {@code body} is already expanded (the patterns it uses are inlined), {@code captures}
   * are the captures it brings into a rule that uses it, {@code uses} the patterns it names directly,
   * {@code nesting} the depth of groups and negations inside it.
   */
  public record NamedPattern(
      String name, Node body, ImmutableList<String> captures, ImmutableSet<String> uses, int nesting, SourcePos pos) {
    /** How many token tests and anchors the body holds (each compiles to at least one instruction). */
    public static int elements(Node n) {
      if (n instanceof Node.Seq s) {
        return s.items().stream().mapToInt(NamedPattern::elements).sum();
      } else if (n instanceof Node.Alt a) {
        return a.options().stream().mapToInt(NamedPattern::elements).sum();
      } else if (n instanceof Node.Repeat r) {
        return elements(r.node());
      } else if (n instanceof Node.Capture c) {
        return elements(c.node());
      }
      return 1;
    }

    /** The token test, when the body is exactly one token test and so may stand inside {@code [...]}. */
    public Optional<Pred> test() {
      return body instanceof Node.Tok t ? Optional.of(t.pred()) : Optional.empty();
    }
  }

  private final Map<String, WordList> lists = new LinkedHashMap<>();
  private final Map<String, RuleDef> rules = new LinkedHashMap<>();
  private final Map<String, NamedPattern> patterns = new LinkedHashMap<>();
  /** Named patterns that a rule names directly. */
  private final Set<String> patternsUsedByRules = new LinkedHashSet<>();
  private final List<Pred.InList> listUses = new ArrayList<>();
  /** Sources already read, so that a file included twice is read once. */
  final Set<String> loaded = new LinkedHashSet<>();

  public void addList(WordList list) {
    WordList old = lists.get(list.name());
    if (old != null) {
      throw error(list.pos(), "a new list name (list '" + list.name() + "' is defined at " + old.pos() + ")", "'" + list.name() + "'");
    }
    lists.put(list.name(), list);
  }

  /** Adds a named pattern; a name can be defined once. */
  public void addPattern(NamedPattern pattern) {
    NamedPattern old = patterns.get(pattern.name());
    if (old != null) {
      throw error(
          pattern.pos(),
          "a new pattern name (pattern '%" + pattern.name() + "' is defined at " + old.pos() + ")",
          "'" + pattern.name() + "'");
    }
    collectListUses(pattern.body());
    patterns.put(pattern.name(), pattern);
  }

  /** The named pattern called {@code name}, if it is defined (so far). */
  public Optional<NamedPattern> pattern(String name) {
    return Optional.ofNullable(patterns.get(name));
  }

  /** The named patterns, in definition order. */
  public Map<String, NamedPattern> patterns() {
    return patterns;
  }

  /** Records that a rule names {@code pattern} in its pattern. */
  public void usePattern(String pattern) {
    patternsUsedByRules.add(pattern);
  }

  /** The named patterns that no rule uses, directly or through other patterns, in definition order. */
  public List<NamedPattern> unusedPatterns() {
    Set<String> used = new LinkedHashSet<>();
    ArrayDeque<String> todo = new ArrayDeque<>(patternsUsedByRules);
    while (!todo.isEmpty()) {
      String name = todo.pop();
      NamedPattern p = patterns.get(name);
      if (p != null && used.add(name)) {
        todo.addAll(p.uses());
      }
    }
    List<NamedPattern> out = new ArrayList<>();
    for (NamedPattern p : patterns.values()) {
      if (!used.contains(p.name())) {
        out.add(p);
      }
    }
    return out;
  }

  public void addRule(RuleDef rule) {
    RuleDef old = rules.get(rule.id());
    if (old != null) {
      throw error(rule.pos(), "a new rule id (rule '" + rule.id() + "' is defined at " + old.pos() + ")", "'" + rule.id() + "'");
    }
    collectListUses(rule.pattern());
    rules.put(rule.id(), rule);
  }

  /** Checks the references between definitions: every list used must be defined. */
  public void check() {
    for (Pred.InList use : listUses) {
      if (!lists.containsKey(use.list())) {
        throw error(use.pos(), "the name of a defined list" + known(), "unknown list '@" + use.list() + "'");
      }
    }
  }

  private String known() {
    if (lists.isEmpty()) {
      return " (no list is defined)";
    }
    return " (" + String.join(", ", lists.keySet().stream().limit(8).map(n -> "@" + n).toList())
        + (lists.size() > 8 ? ", ..." : "") + ")";
  }

  public Map<String, WordList> lists() {
    return lists;
  }

  public List<RuleDef> rules() {
    return List.copyOf(rules.values());
  }

  private void collectListUses(Node n) {
    if (n instanceof Node.Tok t) {
      collectListUses(t.pred());
    } else if (n instanceof Node.Seq s) {
      s.items().forEach(this::collectListUses);
    } else if (n instanceof Node.Alt a) {
      a.options().forEach(this::collectListUses);
    } else if (n instanceof Node.Repeat r) {
      collectListUses(r.node());
    } else if (n instanceof Node.Capture c) {
      collectListUses(c.node());
    }
  }

  private void collectListUses(Pred p) {
    if (p instanceof Pred.InList l) {
      listUses.add(l);
    } else if (p instanceof Pred.Not x) {
      collectListUses(x.p());
    } else if (p instanceof Pred.And x) {
      x.ps().forEach(this::collectListUses);
    } else if (p instanceof Pred.Or x) {
      x.ps().forEach(this::collectListUses);
    }
  }

  static RuleSyntaxException error(SourcePos pos, String expected, String found) {
    return new RuleSyntaxException(pos.source(), pos.line(), pos.column(), pos.lineText(), expected, found);
  }
}
