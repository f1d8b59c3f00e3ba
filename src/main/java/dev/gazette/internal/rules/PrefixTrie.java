package dev.gazette.internal.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a rule set as a trie of the elements of their top-level sequences, so that the compiler
 * emits an element that several rules begin with once: the VM then runs one thread through a shared
 * beginning instead of one per rule. Rule files share beginnings a lot (six statement rules open with
 * the same clause before the speaker), and threads that walk a whole sentence in a loop are the VM's
 * main cost. Rules are shared in groups of at most {@link #MAX_RULES}, cut where beginnings differ most.
 *
 * <p>Elements are compared by canonical form, and a capture's bounds are elements of their own, keyed
 * by the capture's slot, so rules that share a beginning also share what it captures. Rules share only
 * within one window size, and only a beginning that starts with an element that is not optional (a
 * token or {@code ^}): a shared optional first element would put the first tokens of all its rules into
 * every one of them's start.
 */
final class PrefixTrie {
  /** What an element emits: a pattern node, or the SAVE of a capture's start or end slot. */
  record Item(String key, Node node, int slot) {
    static Item node(Node n, RuleDef rule) {
      return new Item(n.key() + slots(n, rule), n, -1);
    }

    static Item save(int slot) {
      return new Item("save " + slot, null, slot);
    }

    /** The slots of the captures inside {@code n}: equal keys must also capture into equal slots. */
    private static String slots(Node n, RuleDef rule) {
      StringBuilder b = new StringBuilder();
      collect(n, rule, b);
      return b.toString();
    }

    private static void collect(Node n, RuleDef rule, StringBuilder b) {
      if (n instanceof Node.Capture c) {
        b.append(" #").append(rule.captures().indexOf(c.name()));
        collect(c.node(), rule, b);
      } else if (n instanceof Node.Seq s) {
        s.items().forEach(i -> collect(i, rule, b));
      } else if (n instanceof Node.Alt a) {
        a.options().forEach(o -> collect(o, rule, b));
      } else if (n instanceof Node.Repeat r) {
        collect(r.node(), rule, b);
      }
    }
  }

  /**
   * A node of the trie: a run of elements that the same rules go through (in rule order), with the run
   * as each of them wrote it, the rules whose sequences end after it, and the branches that follow.
   */
  static final class Branch {
    /** Index of the run's first element in the rules' sequences. */
    final int depth;
    final List<Integer> rules;
    /** Per rule of {@link #rules}: the run as it wrote it (same keys). */
    final List<List<Item>> written;
    final List<Integer> ends = new ArrayList<>();
    final List<Branch> next = new ArrayList<>();

    Branch(int depth, List<Integer> rules, List<List<Item>> written) {
      this.depth = depth;
      this.rules = rules;
      this.written = written;
    }

    /** The run, as the first rule wrote it. */
    List<Item> run() {
      return written.get(0);
    }
  }

  /**
   * Most rules one beginning is shared by. A fork into many rules makes the closure after it long (the
   * VM walks long closures instead of replaying them) and runs rules the prefilter left out up to the
   * fork; a group of related rules is smaller.
   */
  static final int MAX_RULES = 8;

  private PrefixTrie() {}

  /** The roots, in the order of their first rules. */
  static List<Branch> of(List<RuleDef> rules) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    List<List<Item>> items = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      RuleDef rule = rules.get(r);
      List<Item> is = new ArrayList<>();
      flatten(rule.pattern(), rule, is);
      if (is.isEmpty()) {
        is.add(Item.node(new Node.Seq(List.of()), rule));
      }
      items.add(is);
      // The window is part of the first key; a rule whose first element may match nothing is not shared.
      String key = sharedStart(is) ? rule.window() + " " + is.get(0).key() : "rule " + r;
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    List<Branch> roots = new ArrayList<>();
    for (List<Integer> group : groups.values()) {
      if (group.size() > MAX_RULES) {
        // Rules that share the longest beginnings are neighbours in the order of their keys.
        Map<Integer, String> keys = new HashMap<>();
        group.forEach(r -> keys.put(r, keys(items.get(r))));
        group.sort(Comparator.comparing(keys::get));
      }
      chunk(group, 0, group.size(), items, roots);
    }
    roots.sort((a, b) -> Integer.compare(a.rules.get(0), b.rules.get(0)));
    return roots;
  }

  /**
   * Cuts the sorted rules {@code group[from, to)} into branches of at most {@link #MAX_RULES} rules,
   * between the neighbours that share the shortest beginning: cutting the trie where it forks first.
   */
  private static void chunk(List<Integer> group, int from, int to, List<List<Item>> items, List<Branch> out) {
    if (to - from <= MAX_RULES) {
      List<Integer> rs = new ArrayList<>(group.subList(from, to));
      Collections.sort(rs);
      out.add(branch(rs, 0, items));
      return;
    }
    int cut = from + 1;
    int shortest = Integer.MAX_VALUE;
    int middle = (from + to) / 2;
    for (int i = from + 1; i < to; i++) {
      int common = common(items.get(group.get(i - 1)), items.get(group.get(i)));
      if (common < shortest || (common == shortest && Math.abs(i - middle) < Math.abs(cut - middle))) {
        shortest = common;
        cut = i;
      }
    }
    chunk(group, from, cut, items, out);
    chunk(group, cut, to, items, out);
  }

  /** The number of leading elements {@code a} and {@code b} share. */
  private static int common(List<Item> a, List<Item> b) {
    int n = 0;
    while (n < a.size() && n < b.size() && a.get(n).key().equals(b.get(n).key())) {
      n++;
    }
    return n;
  }

  /** The branch of rules {@code rs}, whose elements before {@code depth} are the same, from there on. */
  private static Branch branch(List<Integer> rs, int depth, List<List<Item>> items) {
    int end = depth + 1;
    if (rs.size() == 1) {
      end = items.get(rs.get(0)).size();
    } else {
      while (sameAt(rs, end, items)) {
        end++;
      }
    }
    List<List<Item>> written = new ArrayList<>();
    for (int r : rs) {
      written.add(items.get(r).subList(depth, end));
    }
    Branch b = new Branch(depth, rs, written);
    Map<String, List<Integer>> next = new LinkedHashMap<>();
    for (int r : rs) {
      List<Item> is = items.get(r);
      if (is.size() == end) {
        b.ends.add(r);
      } else {
        next.computeIfAbsent(is.get(end).key(), k -> new ArrayList<>()).add(r);
      }
    }
    for (List<Integer> group : next.values()) {
      b.next.add(branch(group, end, items));
    }
    return b;
  }

  private static String keys(List<Item> items) {
    StringBuilder b = new StringBuilder();
    for (Item i : items) {
      b.append(i.key()).append('\u0000');
    }
    return b.toString();
  }

  /** Whether every rule of {@code rs} has an element at {@code at}, all with one key. */
  private static boolean sameAt(List<Integer> rs, int at, List<List<Item>> items) {
    String key = null;
    for (int r : rs) {
      List<Item> is = items.get(r);
      if (is.size() <= at || (key != null && !key.equals(is.get(at).key()))) {
        return false;
      }
      key = is.get(at).key();
    }
    return true;
  }

  private static boolean sharedStart(List<Item> items) {
    for (Item i : items) {
      if (i.node() != null) {
        return i.node() instanceof Node.Tok || (i.node() instanceof Node.Anchor a && a.start());
      }
    }
    return false;
  }

  /** The top-level sequence of a pattern, with its top-level captures opened into their bounds. */
  private static void flatten(Node n, RuleDef rule, List<Item> out) {
    if (n instanceof Node.Seq s) {
      for (Node i : s.items()) {
        flatten(i, rule, out);
      }
    } else if (n instanceof Node.Capture c) {
      int k = rule.captures().indexOf(c.name());
      out.add(Item.save(2 + 2 * k));
      flatten(c.node(), rule, out);
      out.add(Item.save(3 + 2 * k));
    } else {
      out.add(Item.node(n, rule));
    }
  }
}
