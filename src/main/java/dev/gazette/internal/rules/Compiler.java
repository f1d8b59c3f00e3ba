package dev.gazette.internal.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.gazette.rules.RuleSyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles every rule of a {@link RuleBook} into one {@link Program}. Equal token tests (by canonical
 * form) share one evaluator, so a test used by many rules is evaluated once per token, and rules that
 * begin alike share the code of their beginning ({@link PrefixTrie}).
 */
public final class Compiler {
  /** Largest program one rule may compile to (counted repeats unroll). */
  public static final int MAX_RULE_SIZE = 100_000;

  private final RuleBook book;
  private final Vocabulary vocabulary = new Vocabulary();
  private final Map<String, Integer> typeIds = new LinkedHashMap<>();
  private final Map<String, Integer> testIndex = new HashMap<>();
  private final List<TokenTest> tests = new ArrayList<>();
  private int regexTests;
  private final Map<String, int[]> listIds = new HashMap<>();

  private byte[] op = new byte[256];
  private int[] x = new int[256];
  private int[] y = new int[256];
  private Node.Tok[] elements = new Node.Tok[256];
  private int size;
  private Sharing.Builder sharing;
  private List<RuleDef> rules;

  private Compiler(RuleBook book) {
    this.book = book;
  }

  /** Compiles the rules of {@code book} (whose references must already be checked). */
  public static Program compile(RuleBook book) {
    return new Compiler(book).run();
  }

  private Program run() {
    rules = book.rules();
    for (RuleBook.WordList list : book.lists().values()) {
      TreeSet<Integer> ids = new TreeSet<>();
      for (String w : list.words()) {
        ids.add(vocabulary.intern(Vocabulary.lower(w)));
      }
      listIds.put(list.name(), ids.stream().mapToInt(Integer::intValue).toArray());
    }
    for (RuleDef r : rules) {
      collectWords(r.pattern());
    }
    vocabulary.freeze();

    int[] entry = new int[rules.size()];
    int slots = 2;
    for (RuleDef r : rules) {
      slots = Math.max(slots, 2 + 2 * r.captures().size());
    }
    sharing = new Sharing.Builder(rules.size());
    for (PrefixTrie.Branch root : PrefixTrie.of(rules)) {
      emitBranch(root, 0, entry);
    }
    Prefilter prefilter = Prefilter.build(rules, vocabulary, typeIds, listIds);
    return new Program(
        Arrays.copyOf(op, size),
        Arrays.copyOf(x, size),
        Arrays.copyOf(y, size),
        tests.toArray(new TokenTest[0]),
        Arrays.copyOf(elements, size),
        ImmutableList.copyOf(rules),
        entry,
        slots,
        vocabulary,
        ImmutableMap.copyOf(typeIds),
        prefilter,
        sharing.build(size));
  }

  private void collectWords(Node n) {
    if (n instanceof Node.Tok t) {
      collectWords(t.pred());
    } else if (n instanceof Node.Seq s) {
      s.items().forEach(this::collectWords);
    } else if (n instanceof Node.Alt a) {
      a.options().forEach(this::collectWords);
    } else if (n instanceof Node.Repeat r) {
      collectWords(r.node());
    } else if (n instanceof Node.Capture c) {
      collectWords(c.node());
    }
  }

  private void collectWords(Pred p) {
    if (p instanceof Pred.Word w) {
      vocabulary.intern(Vocabulary.lower(w.value()));
    } else if (p instanceof Pred.Ent e) {
      e.types().forEach(t -> typeIds.computeIfAbsent(t, k -> typeIds.size()));
    } else if (p instanceof Pred.Not n) {
      collectWords(n.p());
    } else if (p instanceof Pred.And a) {
      a.ps().forEach(this::collectWords);
    } else if (p instanceof Pred.Or o) {
      o.ps().forEach(this::collectWords);
    }
  }

  // ------------------------------------------------------------ code

  private int emit(byte o, int a, int b, Node.Tok element) {
    if (size == op.length) {
      int n = size * 2;
      op = Arrays.copyOf(op, n);
      x = Arrays.copyOf(x, n);
      y = Arrays.copyOf(y, n);
      elements = Arrays.copyOf(elements, n);
    }
    op[size] = o;
    x[size] = a;
    y[size] = b;
    elements[size] = element;
    return size++;
  }

  private void emitNode(Node n, RuleDef rule) {
    if (n instanceof Node.Tok t) {
      emit(Program.TOKEN, testFor(t.pred()), 0, t);
    } else if (n instanceof Node.Seq s) {
      for (Node item : s.items()) {
        emitNode(item, rule);
      }
    } else if (n instanceof Node.Alt a) {
      List<Integer> jumps = new ArrayList<>();
      List<Node> options = a.options();
      for (int i = 0; i < options.size(); i++) {
        if (i < options.size() - 1) {
          int split = emit(Program.SPLIT, 0, 0, null);
          x[split] = size;
          emitNode(options.get(i), rule);
          jumps.add(emit(Program.JMP, 0, 0, null));
          y[split] = size;
        } else {
          emitNode(options.get(i), rule);
        }
      }
      for (int j : jumps) {
        x[j] = size;
      }
    } else if (n instanceof Node.Repeat r) {
      for (int i = 0; i < r.min(); i++) {
        emitNode(r.node(), rule);
        checkGrowth(rule);
      }
      if (r.max() < 0) {
        int loop = emit(Program.SPLIT, 0, 0, null);
        x[loop] = size;
        emitNode(r.node(), rule);
        emit(Program.JMP, loop, 0, null);
        y[loop] = size;
      } else {
        List<Integer> splits = new ArrayList<>();
        for (int i = r.min(); i < r.max(); i++) {
          int split = emit(Program.SPLIT, 0, 0, null);
          x[split] = size;
          splits.add(split);
          emitNode(r.node(), rule);
          checkGrowth(rule);
        }
        for (int s : splits) {
          y[s] = size;
        }
      }
    } else if (n instanceof Node.Capture c) {
      int k = rule.captures().indexOf(c.name());
      emit(Program.SAVE, 2 + 2 * k, 0, null);
      emitNode(c.node(), rule);
      emit(Program.SAVE, 3 + 2 * k, 0, null);
    } else if (n instanceof Node.Anchor a) {
      emit(a.start() ? Program.ASSERT_START : Program.ASSERT_END, 0, 0, null);
    }
  }

  /**
   * Emits a branch of the rules' prefix trie: its run of elements once for all the rules that go through
   * it, then a fork (a SPLIT chain) into the ends of the rules that end there (SAVE 1, MATCH) and the
   * branches that follow. Every path through a branch ends in a MATCH, so the fork needs no jumps.
   *
   * @param pathSize instructions emitted before the branch on its path, for the per-rule size limit
   */
  private void emitBranch(PrefixTrie.Branch b, int pathSize, int[] entry) {
    RuleDef first = rules.get(b.rules.get(0));
    int owner = b.rules.size() == 1 ? b.rules.get(0) : sharing.shared(b.rules);
    int from = size;
    ruleStart = size - pathSize;
    if (b.depth == 0) {
      for (int r : b.rules) {
        entry[r] = size;
      }
      emit(Program.SAVE, 0, 0, null);
    }
    int runFrom = size;
    emitRun(b.run(), first);
    int runEnd = size;
    int beforeRun = runFrom - ruleStart;
    for (int m = 1; m < b.rules.size(); m++) {
      // The run as this rule wrote it, emitted past the end and dropped again: the same code, with its
      // own elements at the same offsets (their text and position, for explanations).
      int r = b.rules.get(m);
      ruleStart = runEnd - beforeRun;
      emitRun(b.written.get(m), rules.get(r));
      sharing.elements(runFrom, runEnd, op, elements, runEnd, r);
      size = runEnd;
    }
    sharing.own(from, size, owner);
    int path = pathSize + (size - from);
    int forks = b.ends.size() + b.next.size();
    int k = 0;
    for (int r : b.ends) {
      int split = ++k < forks ? fork(owner) : -1;
      int end = emit(Program.SAVE, 1, 0, null);
      emit(Program.MATCH, r, 0, null);
      sharing.own(end, size, r);
      if (split >= 0) {
        y[split] = size;
      }
    }
    for (PrefixTrie.Branch n : b.next) {
      int split = ++k < forks ? fork(owner) : -1;
      emitBranch(n, path + (split >= 0 ? 1 : 0), entry);
      if (split >= 0) {
        y[split] = size;
      }
    }
  }

  private void emitRun(List<PrefixTrie.Item> run, RuleDef rule) {
    for (PrefixTrie.Item item : run) {
      if (item.node() != null) {
        emitNode(item.node(), rule);
      } else {
        emit(Program.SAVE, item.slot(), 0, null);
      }
      checkGrowth(rule);
    }
  }

  /** A SPLIT whose first target is the next instruction; the caller sets the second. */
  private int fork(int owner) {
    int split = emit(Program.SPLIT, 0, 0, null);
    x[split] = size;
    sharing.own(split, size, owner);
    return split;
  }

  private int ruleStart = 0;

  /** Stops patterns such as ([]{1,1000}){1,1000} while they unroll, before they exhaust memory. */
  private void checkGrowth(RuleDef rule) {
    if (size - ruleStart > MAX_RULE_SIZE) {
      throw new RuleSyntaxException(
          rule.pos().source(), rule.pos().line(), rule.pos().column(), rule.pos().lineText(),
          "a pattern of at most " + MAX_RULE_SIZE + " instructions (lower the counts in {m,n})",
          "more than " + (size - ruleStart) + " instructions");
    }
  }

  // ------------------------------------------------------------ tests

  private int testFor(Pred p) {
    String key = p.key();
    Integer i = testIndex.get(key);
    if (i == null) {
      TokenTest t = build(p); // may add the tests it is made of first
      i = tests.size();
      tests.add(t);
      testIndex.put(key, i);
    }
    return i;
  }

  /**
   * Whether a token is exactly {@code word} if and only if it lower-cases to {@code word} (so an exact
   * test is a vocabulary id test): every char of the word is its own lower case and the lower case of no
   * other char (punctuation and quotes, not letters), and none is a format char words leave out.
   */
  static boolean caseless(String word) {
    if (word.isEmpty()) {
      return false;
    }
    boolean[] targets = LowerTargets.OF_OTHERS;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.toLowerCase(c) != c || targets[c] || Vocabulary.isSkipped(c)) {
        return false;
      }
    }
    return true;
  }

  /** The chars that {@link Character#toLowerCase(char)} makes of some other char. */
  private static final class LowerTargets {
    static final boolean[] OF_OTHERS = new boolean[Character.MAX_VALUE + 1];

    static {
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        char l = Character.toLowerCase((char) c);
        if (l != c) {
          OF_OTHERS[l] = true;
        }
      }
    }
  }

  private TokenTest build(Pred p) {
    if (p instanceof Pred.Any) {
      return new TokenTest.Any();
    } else if (p instanceof Pred.Word w) {
      if (!w.lower() && caseless(w.value())) {
        // [text=","]: the exact word is its lower-case form, and no other token lower-cases to it
        return new TokenTest.LowerWord(vocabulary.lookup(Vocabulary.lower(w.value())));
      }
      return w.lower() ? new TokenTest.LowerWord(vocabulary.lookup(w.value())) : new TokenTest.ExactWord(w.value(), vocabulary.lookup(Vocabulary.lower(w.value())));
    } else if (p instanceof Pred.InList l) {
      if (l.lower() || book.lists().get(l.list()).words().stream().allMatch(Compiler::caseless)) {
        return new TokenTest.LowerInList(listIds.get(l.list()));
      }
      return new TokenTest.ExactInList(Set.copyOf(book.lists().get(l.list()).words()), vocabulary);
    } else if (p instanceof Pred.Regex r) {
      return new TokenTest.Regex(r.pattern(), regexTests++);
    } else if (p instanceof Pred.Shape s) {
      return new TokenTest.Shape(s.shape());
    } else if (p instanceof Pred.Kind k) {
      int mask = 0;
      for (int o : k.kinds()) {
        mask |= 1 << o;
      }
      return new TokenTest.Kind(mask);
    } else if (p instanceof Pred.Ent e) {
      BitSet bits = new BitSet();
      for (String t : e.types()) {
        bits.set(typeIds.get(t));
      }
      return new TokenTest.Ent(bits, e.types().isEmpty());
    } else if (p instanceof Pred.EntAttr a) {
      return new TokenTest.EntAttr(a.name(), Set.copyOf(a.values()));
    } else if (p instanceof Pred.EntBegin) {
      return new TokenTest.EntBegin();
    } else if (p instanceof Pred.EntInside) {
      return new TokenTest.EntInside();
    } else if (p instanceof Pred.Flag f) {
      return new TokenTest.Flag(f.bits());
    } else if (p instanceof Pred.Not n) {
      return new TokenTest.Not(tests.get(testFor(n.p())));
    } else if (p instanceof Pred.And a) {
      if (a.ps().size() == 2 && a.ps().get(0) instanceof Pred.Ent e && a.ps().get(1) instanceof Pred.EntBegin) {
        // "<PERSON|ORG>": the most frequent test (rules start with it), as one test instead of three
        testFor(a.ps().get(0));
        testFor(a.ps().get(1));
        int[] ids = e.types().stream().mapToInt(typeIds::get).toArray();
        return new TokenTest.EntBeginOf(TokenTest.bitsOf(ids), e.types().isEmpty());
      }
      return new TokenTest.And(a.ps().stream().map(q -> tests.get(testFor(q))).toArray(TokenTest[]::new));
    } else if (p instanceof Pred.Or o) {
      return new TokenTest.Or(o.ps().stream().map(q -> tests.get(testFor(q))).toArray(TokenTest[]::new));
    }
    throw new IllegalArgumentException("unknown predicate " + p);
  }
}
