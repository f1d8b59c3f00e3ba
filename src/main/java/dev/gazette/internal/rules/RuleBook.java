package dev.gazette.internal.rules;

import com.google.common.collect.ImmutableList;
import dev.gazette.rules.RuleSyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything parsed or built so far: word lists and rules, in definition order, from any number of
 * sources. Checks that names are unique and that every list a rule uses exists.
 */
public final class RuleBook {
  /** A named word list. */
  public record WordList(String name, ImmutableList<String> words, SourcePos pos) {}

  private final Map<String, WordList> lists = new LinkedHashMap<>();
  private final Map<String, RuleDef> rules = new LinkedHashMap<>();
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
