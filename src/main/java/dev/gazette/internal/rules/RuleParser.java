package dev.gazette.internal.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.gazette.TokenKind;
import dev.gazette.internal.text.TokenFlags;
import dev.gazette.rules.RuleSyntaxException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A recursive-descent parser for rule files, working directly on chars (no separate lexer) so that every
 * error knows its exact line and column. The grammar is documented in {@code api-docs/rules.md}.
 */
public final class RuleParser {
  /** Largest bound allowed in {@code {m,n}}: counted repeats are unrolled, so they cost program size. */
  public static final int MAX_REPEAT = 1000;
  /** Largest {@code window}, in sentences. */
  public static final int MAX_WINDOW = 5;
  /** Deepest nesting of groups, negations and parenthesized tests in one rule. */
  public static final int MAX_NESTING = 100;

  static final Map<String, Integer> FLAGS =
      ImmutableMap.<String, Integer>builder()
          .put("glue", TokenFlags.GLUED)
          .put("space", TokenFlags.SPACE_BEFORE)
          .put("newline", TokenFlags.NEWLINE_BEFORE)
          .put("paragraph", TokenFlags.PARAGRAPH_BEFORE)
          .put("clitic", TokenFlags.CLITIC)
          .put("hyphen", TokenFlags.HYPHENATED)
          .put("capitalized", TokenFlags.CAPITALIZED)
          .put("upper", TokenFlags.ALL_UPPER)
          .put("lowercase", TokenFlags.ALL_LOWER)
          .put("digit", TokenFlags.HAS_DIGIT)
          .build();
  private static final Set<String> ZERO_ARG = Set.of("begin", "inside", "ent", "any");
  private static final String PREDICATES =
      "text, lower, re, shape, kind, ent, ent.<attribute>, begin, inside, glue, space, newline, paragraph,"
          + " clitic, hyphen, capitalized, upper, lowercase, digit";
  private static final String ELEMENT =
      "a token pattern ('[...]', '\"words\"', '<TYPE>', '@list', '%pattern', '(', '^' or '$')";
  private static final String STATEMENT = "'rule', 'list', 'include' or 'pattern'";
  private static final Set<String> STATEMENTS = Set.of("rule", "list", "include", "pattern");
  /** The provenance an expanded element's text ends with: " from %OUTER > %INNER (file:line:col)". */
  private static final Pattern FROM_SUFFIX =
      Pattern.compile(" from (%[\\p{L}\\p{N}_]+ > )*%[\\p{L}\\p{N}_]+ \\([^()]*\\)$");

  private final RuleBook book;
  private final RuleSource files;
  private final Deque<String> includeStack;
  private final String source;
  private final String text;
  private int pos;
  private int depth;
  /** The deepest nesting reached in the statement being parsed, counting inside the patterns it uses. */
  private int maxDepth;
  /** The named pattern being defined, or null while parsing a rule. */
  private String defining;
  /** The named patterns the statement being parsed names directly. */
  private Set<String> patternRefs = new LinkedHashSet<>();
  /** Elements the statement being parsed received from named patterns, against exponential expansion. */
  private long expanded;

  private RuleParser(RuleBook book, RuleSource files, Deque<String> includeStack, String source, String text) {
    this.book = book;
    this.files = files;
    this.includeStack = includeStack;
    this.source = source;
    this.text = text;
  }

  /** Parses {@code text}, read from {@code source}, into {@code book}, following includes through {@code files}. */
  public static void parse(RuleBook book, RuleSource files, String source, String text) {
    book.loaded.add(source);
    Deque<String> stack = new ArrayDeque<>();
    stack.push(source);
    new RuleParser(book, files, stack, source, text).parseFile();
  }

  /**
   * Parses one rule pattern (as given to the Java builder); it may use the named patterns of {@code book}.
   */
  public static Node parsePattern(RuleBook book, String source, String text, Set<String> capturesOut) {
    RuleParser p = new RuleParser(book, RuleSource.files(), new ArrayDeque<>(), source, text);
    Node n = p.parseWhole(capturesOut);
    p.patternRefs.forEach(book::usePattern);
    return n;
  }

  /** Defines the named pattern {@code name} in {@code book} (as the Java builder does). */
  public static void parseNamedPattern(RuleBook book, String source, String name, String text) {
    RuleParser p = new RuleParser(book, RuleSource.files(), new ArrayDeque<>(), source, text);
    p.defining = name;
    Set<String> captures = new LinkedHashSet<>();
    Node body = p.parseWhole(captures);
    book.addPattern(
        new RuleBook.NamedPattern(
            name, body, ImmutableList.copyOf(captures), ImmutableSet.copyOf(p.patternRefs), p.maxDepth,
            new SourcePos(source, 1, 1, text.lines().findFirst().orElse(""))));
  }

  private Node parseWhole(Set<String> captures) {
    skipSpace();
    Node n = parseAlt(captures);
    skipSpace();
    if (!eof()) {
      throw error(pos, "'|' or another pattern element", found());
    }
    return n;
  }

  // ---------------------------------------------------------------- file level

  private void parseFile() {
    while (true) {
      skipSpace();
      if (eof()) {
        return;
      }
      int at = pos;
      String word = peekIdent();
      switch (word) {
        case "rule" -> parseRule();
        case "list" -> parseList();
        case "include" -> parseInclude();
        case "pattern" -> parseNamedPattern();
        default -> throw error(at, STATEMENT, found());
      }
    }
  }

  private void parseInclude() {
    expectKeyword("include");
    skipSpace();
    int at = pos;
    String path = expectString("a quoted file name after include");
    Optional<RuleSource.Loaded> loaded = load(at, path, "rule file");
    String name = loaded.get().name();
    if (includeStack.contains(name)) {
      List<String> cycle = new ArrayList<>(includeStack);
      java.util.Collections.reverse(cycle);
      cycle.add(name);
      throw error(at, "an include that does not lead back to itself", "include cycle " + String.join(" -> ", cycle));
    }
    if (!book.loaded.add(name)) {
      return; // already read through another include
    }
    includeStack.push(name);
    try {
      new RuleParser(book, files, includeStack, name, loaded.get().text()).parseFile();
    } finally {
      includeStack.pop();
    }
  }

  private Optional<RuleSource.Loaded> load(int at, String path, String what) {
    Optional<RuleSource.Loaded> loaded;
    try {
      loaded = files.load(source, path);
    } catch (IOException | RuntimeException e) {
      throw error(at, "a readable " + what, "'" + path + "' (" + e.getMessage() + ")");
    }
    if (loaded.isEmpty()) {
      throw error(at, "a readable " + what + " (relative to " + source + ")", "no file '" + path + "'");
    }
    return loaded;
  }

  private void parseList() {
    expectKeyword("list");
    skipSpace();
    SourcePos at = posAt(pos);
    String name = expectIdent("a list name");
    skipSpace();
    List<String> words = new ArrayList<>();
    if (peekIdent().equals("from")) {
      expectKeyword("from");
      skipSpace();
      int fileAt = pos;
      String path = expectString("a quoted file name after 'from'");
      String body = load(fileAt, path, "list file").get().text();
      for (String line : body.split("\r?\n")) {
        int hash = line.indexOf('#');
        String w = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    } else {
      expect('=', "'=' or 'from' after the list name");
      do {
        skipSpace();
        int wordAt = pos;
        String w = peek() == '"' ? parseString() : parseBareWord();
        if (w.isEmpty()) {
          throw error(wordAt, "a word or a quoted string", found());
        }
        if (w.chars().anyMatch(Character::isWhitespace)) {
          throw error(wordAt, "a single token (list entries cannot contain spaces)", "'" + w + "'");
        }
        words.add(w);
        skipSpace();
      } while (tryChar(','));
    }
    book.addList(new RuleBook.WordList(name, ImmutableList.copyOf(words), at));
  }

  /**
   * {@code pattern NAME = PATTERN}: the body ends where the next statement begins. It is parsed (and the
   * patterns it uses expanded) here, once; each use copies it.
   */
  private void parseNamedPattern() {
    expectKeyword("pattern");
    skipSpace();
    SourcePos at = posAt(pos);
    String name = expectIdent("a pattern name (letters, digits, '_')");
    Optional<RuleBook.NamedPattern> old = book.pattern(name);
    if (old.isPresent()) {
      throw RuleBook.error(at, "a new pattern name (pattern '%" + name + "' is defined at " + old.get().pos() + ")", "'" + name + "'");
    }
    skipSpaceInLine();
    expect('=', "'=' and a pattern after the pattern name");
    skipSpace();
    defining = name;
    patternRefs = new LinkedHashSet<>();
    maxDepth = 0;
    expanded = 0;
    Set<String> captures = new LinkedHashSet<>();
    Node body = parseAlt(captures);
    skipSpace();
    if (lookingAt("=>")) {
      throw error(pos, "the next statement (" + STATEMENT + "): a named pattern has no actions, rules do", "'=>'");
    }
    if (!eof() && !STATEMENTS.contains(peekIdent())) {
      throw error(pos, "another pattern element, or the next statement (" + STATEMENT + ")", found());
    }
    defining = null;
    book.addPattern(
        new RuleBook.NamedPattern(name, body, ImmutableList.copyOf(captures), ImmutableSet.copyOf(patternRefs), maxDepth, at));
  }

  private void parseRule() {
    int ruleAt = pos;
    patternRefs = new LinkedHashSet<>();
    maxDepth = 0;
    expanded = 0;
    expectKeyword("rule");
    skipSpace();
    SourcePos idPos = posAt(pos);
    String id = expectRuleId();
    int priority = 0;
    double confidence = 1.0;
    int window = 1;
    String group = null;
    while (true) {
      skipSpace();
      if (tryChar(':')) {
        break;
      }
      int at = pos;
      String option = peekIdent();
      switch (option) {
        case "priority" -> {
          expectKeyword(option);
          priority = expectInt("an integer priority", -1_000_000, 1_000_000);
        }
        case "confidence" -> {
          expectKeyword(option);
          confidence = expectConfidence();
        }
        case "window" -> {
          expectKeyword(option);
          window = expectInt("a window of 1 to " + MAX_WINDOW + " sentences", 1, MAX_WINDOW);
        }
        case "group" -> {
          expectKeyword(option);
          skipSpace();
          group = expectRuleId();
        }
        default -> throw error(at, "':' or a rule option (priority, confidence, window, group)", found());
      }
    }
    skipSpace();
    Set<String> captures = new LinkedHashSet<>();
    Node pattern = parseAlt(captures);
    patternRefs.forEach(book::usePattern);
    skipSpace();
    if (!lookingAt("=>")) {
      throw error(pos, "'=>' and an action, or another pattern element", found());
    }
    List<RuleDef.Action> actions = new ArrayList<>();
    while (true) {
      skipSpace();
      if (!lookingAt("=>")) {
        break;
      }
      pos += 2;
      actions.add(parseAction(captures));
    }
    book.addRule(
        new RuleDef(
            id,
            priority,
            confidence,
            window,
            group != null ? group : defaultGroup(actions),
            pattern,
            ImmutableList.copyOf(captures),
            ImmutableList.copyOf(actions),
            idPos.line() > 0 ? idPos : posAt(ruleAt)));
  }

  /** Matches compete for overlaps only with matches of rules that produce the same kind of thing. */
  public static String defaultGroup(List<RuleDef.Action> actions) {
    RuleDef.Action first = actions.get(0);
    if (first instanceof RuleDef.RelationAction r) {
      return "relation:" + r.type();
    } else if (first instanceof RuleDef.EntityAction e) {
      return "entity:" + e.type();
    }
    return "set:" + ((RuleDef.SetAction) first).capture();
  }

  private RuleDef.Action parseAction(Set<String> captures) {
    skipSpace();
    SourcePos at = posAt(pos);
    String kind = peekIdent();
    switch (kind) {
      case "entity" -> {
        expectKeyword(kind);
        skipSpace();
        String type = expectTypeName("an entity type such as PERSON or ORG");
        skipSpace();
        if (!peekIdent().equals("from")) {
          throw error(pos, "'from' and the capture the entity covers", found());
        }
        expectKeyword("from");
        skipSpace();
        String capture = expectCapture(captures);
        Map<String, RuleDef.Value> attrs = parseAttributes(captures, Set.of());
        return new RuleDef.EntityAction(type, capture, ImmutableMap.copyOf(attrs), at);
      }
      case "relation" -> {
        expectKeyword(kind);
        skipSpace();
        String type = expectTypeName("a relation type such as ROLE or STATEMENT");
        skipSpace();
        int argsAt = pos;
        Map<String, RuleDef.Value> attrs = parseAttributes(captures, Set.of("subject", "object"));
        RuleDef.Value subject = attrs.remove("subject");
        RuleDef.Value object = attrs.remove("object");
        if (subject == null) {
          pos = argsAt;
          throw error(argsAt, "subject=<capture> in the relation action", found());
        }
        return new RuleDef.RelationAction(
            type, subject.capture(), Optional.ofNullable(object).map(RuleDef.Value::capture), ImmutableMap.copyOf(attrs), at);
      }
      case "set" -> {
        expectKeyword(kind);
        skipSpace();
        String capture = expectCapture(captures);
        Map<String, RuleDef.Value> attrs = parseAttributes(captures, Set.of());
        if (attrs.isEmpty()) {
          throw error(pos, "at least one name=value to set", found());
        }
        return new RuleDef.SetAction(capture, ImmutableMap.copyOf(attrs), at);
      }
      default -> throw error(pos, "an action: 'entity', 'relation' or 'set'", found());
    }
  }

  /** {@code name=value} pairs; for names in {@code captureArgs} the value must be a capture name. */
  private Map<String, RuleDef.Value> parseAttributes(Set<String> captures, Set<String> captureArgs) {
    Map<String, RuleDef.Value> out = new LinkedHashMap<>();
    while (true) {
      skipSpace();
      int save = pos;
      String name = peekIdent();
      if (name.isEmpty()) {
        return out;
      }
      pos += name.length();
      skipSpaceInLine();
      if (peek() != '=' || lookingAt("=>")) {
        pos = save; // the next rule or statement
        return out;
      }
      pos++;
      skipSpaceInLine();
      if (out.containsKey(name)) {
        throw error(save, "each attribute once", "'" + name + "' again");
      }
      if (captureArgs.contains(name)) {
        tryChar('$');
        out.put(name, RuleDef.Value.capture(expectCapture(captures)));
      } else if (peek() == '$') {
        pos++;
        out.put(name, RuleDef.Value.capture(expectCapture(captures)));
      } else if (peek() == '"') {
        out.put(name, RuleDef.Value.of(parseString()));
      } else {
        int at = pos;
        String w = parseBareWord();
        if (w.isEmpty()) {
          throw error(at, "a value: $capture, a quoted string or a word", found());
        }
        out.put(name, RuleDef.Value.of(w));
      }
    }
  }

  private String expectCapture(Set<String> captures) {
    int at = pos;
    String name = peekIdent();
    if (name.isEmpty() || !captures.contains(name)) {
      String known = captures.isEmpty() ? "(the rule has no capture)" : "(" + String.join(", ", captures) + ")";
      throw error(at, "the name of a capture of this rule " + known, name.isEmpty() ? found() : "'" + name + "'");
    }
    pos += name.length();
    return name;
  }

  // ---------------------------------------------------------------- patterns

  private Node parseAlt(Set<String> captures) {
    List<Node> options = new ArrayList<>();
    options.add(parseSeq(captures));
    while (true) {
      skipSpace();
      if (!tryChar('|')) {
        break;
      }
      options.add(parseSeq(captures));
    }
    return options.size() == 1 ? options.get(0) : new Node.Alt(List.copyOf(options));
  }

  private Node parseSeq(Set<String> captures) {
    List<Node> items = new ArrayList<>();
    while (true) {
      skipSpace();
      char c = peek();
      if (eof() || c == ')' || c == '|' || lookingAt("=>") || (defining != null && identStart(c))) {
        break; // in a named pattern, a word starts the next statement
      }
      items.add(parseQuantified(captures));
    }
    if (items.isEmpty()) {
      throw error(pos, ELEMENT, found());
    }
    return items.size() == 1 ? items.get(0) : new Node.Seq(List.copyOf(items));
  }

  private Node parseQuantified(Set<String> captures) {
    int at = pos;
    Node atom = parseAtom(captures);
    char c = peek();
    if (c != '?' && c != '*' && c != '+' && c != '{') {
      return atom;
    }
    if (atom instanceof Node.Anchor) {
      throw error(pos, "a token pattern before a quantifier ('^' and '$' match no token)", found());
    }
    int min;
    int max;
    int quantAt = pos;
    pos++;
    switch (c) {
      case '?' -> {
        min = 0;
        max = 1;
      }
      case '*' -> {
        min = 0;
        max = -1;
      }
      case '+' -> {
        min = 1;
        max = -1;
      }
      default -> {
        skipSpaceInLine();
        min = expectInt("a repeat count in '{m,n}'", 0, MAX_REPEAT);
        skipSpaceInLine();
        max = min;
        if (tryChar(',')) {
          skipSpaceInLine();
          max = Character.isDigit(peek()) ? expectInt("a repeat count in '{m,n}'", 0, MAX_REPEAT) : -1;
          skipSpaceInLine();
        }
        if (!tryChar('}')) {
          throw error(pos, "'}' to close the repeat count", found());
        }
        if (max >= 0 && max < min) {
          throw error(quantAt, "a repeat count {m,n} with m <= n", "'" + text.substring(quantAt, pos) + "'");
        }
        if (max == 0) {
          throw error(quantAt, "a repeat count of at least 1", "'" + text.substring(quantAt, pos) + "'");
        }
      }
    }
    char next = peek();
    if (next == '?' || next == '*' || next == '+' || next == '{') {
      throw error(pos, "a pattern element after the quantifier (quantifiers do not stack; use a group)", found());
    }
    if (at == quantAt) {
      throw error(at, ELEMENT, found());
    }
    return new Node.Repeat(atom, min, max);
  }

  private Node parseAtom(Set<String> captures) {
    int at = pos;
    SourcePos sp = posAt(at);
    char c = peek();
    switch (c) {
      case '[' -> {
        pos++;
        skipSpace();
        Pred p = peek() == ']' ? new Pred.Any() : parseOr();
        skipSpace();
        if (!tryChar(']')) {
          throw error(pos, "']' to close the token test, or '&', '|', ','", found());
        }
        return new Node.Tok(p, text.substring(at, pos), sp);
      }
      case '"' -> {
        String s = parseString();
        String[] words = s.strip().split("\\s+");
        if (s.isBlank()) {
          throw error(at, "a non-empty quoted word", "\"\"");
        }
        List<Node> seq = new ArrayList<>();
        for (String w : words) {
          seq.add(new Node.Tok(new Pred.Word(Vocabulary.lower(w), true), '"' + w + '"', sp));
        }
        return seq.size() == 1 ? seq.get(0) : new Node.Seq(List.copyOf(seq));
      }
      case '@' -> {
        pos++;
        String name = expectIdent("a list name after '@'");
        return new Node.Tok(new Pred.InList(name, true, sp), text.substring(at, pos), sp);
      }
      case '<' -> {
        pos++;
        skipSpaceInLine();
        Set<String> types = new TreeSet<>();
        if (!tryChar('*')) {
          do {
            skipSpaceInLine();
            types.add(expectTypeName("an entity type such as PERSON, or '*'"));
            skipSpaceInLine();
          } while (tryChar('|'));
        }
        skipSpaceInLine();
        if (!tryChar('>')) {
          throw error(pos, "'>' to close the entity element, or '|' and another type", found());
        }
        String written = text.substring(at, pos);
        Pred first = new Pred.And(List.of(new Pred.Ent(Set.copyOf(types)), new Pred.EntBegin()));
        return new Node.Seq(
            List.of(
                new Node.Tok(first, written, sp),
                new Node.Repeat(new Node.Tok(new Pred.EntInside(), written, sp), 0, -1)));
      }
      case '(' -> {
        pos++;
        String name = null;
        if (lookingAt("?<")) {
          pos += 2;
          int nameAt = pos;
          name = expectIdent("a capture name after '(?<'");
          if (name.equals("match")) {
            throw error(nameAt, "a capture name other than 'match' (it names the whole match)", "'match'");
          }
          if (!captures.add(name)) {
            throw error(nameAt, "a capture name not used before in this rule", "'" + name + "' again");
          }
          if (!tryChar('>')) {
            throw error(pos, "'>' after the capture name", found());
          }
        } else if (lookingAt("?:")) {
          pos += 2;
        } else if (peek() == '?') {
          throw error(pos, "'?<name>' for a named capture, '?:' or a pattern element", found());
        }
        enterNesting(at);
        Node inner = parseAlt(captures);
        depth--;
        skipSpace();
        if (!tryChar(')')) {
          throw error(pos, "')' to close the group opened at " + sp.line() + ":" + sp.column(), found());
        }
        return name == null ? inner : new Node.Capture(name, inner, sp);
      }
      case '%' -> {
        return expandPattern(sp, captures);
      }
      case '^' -> {
        pos++;
        return new Node.Anchor(true, sp);
      }
      case '$' -> {
        pos++;
        return new Node.Anchor(false, sp);
      }
      default -> throw error(at, ELEMENT, found());
    }
  }

  // ---------------------------------------------------------------- token tests

  /**
   * Counts one more level of groups, negations or parenthesized tests, so that a pathological nesting
   * gets a positioned error instead of overflowing the parser's (and later the compiler's) stack.
   */
  private void enterNesting(int at) {
    if (++depth > MAX_NESTING) {
      throw error(at, "at most " + MAX_NESTING + " nested groups, negations or parenthesized tests", "deeper nesting");
    }
    maxDepth = Math.max(maxDepth, depth);
  }

  // ---------------------------------------------------------------- named patterns

  /** {@code %NAME} as a pattern element: a copy of the named pattern's body, as if written in a group. */
  private Node expandPattern(SourcePos use, Set<String> captures) {
    int at = pos;
    RuleBook.NamedPattern p = namedPattern();
    for (String c : p.captures()) {
      if (!captures.add(c)) {
        throw error(
            at,
            "a capture name not used before in this " + (defining != null ? "pattern" : "rule")
                + " (a named pattern's captures keep their names: use a pattern with captures once per rule,"
                + " or capture around the use: (?<x> %" + p.name() + "))",
            "'" + c + "' again, from %" + p.name());
      }
    }
    return relabel(p.body(), p.name(), use);
  }

  /** {@code %NAME} inside a token test: the named pattern must be exactly one token test. */
  private Pred namedTest() {
    int at = pos;
    RuleBook.NamedPattern p = namedPattern();
    return p.test().orElseThrow(
        () -> error(
            at,
            "the name of a pattern that is one token test such as [lowercase & !ent] (inside '[...]', %NAME"
                + " stands for a test; %" + p.name() + " at " + p.pos() + " is a longer pattern: use it outside the brackets)",
            "'%" + p.name() + "'"));
  }

  /** Reads {@code %NAME} and finds the pattern, or explains why there is none. */
  private RuleBook.NamedPattern namedPattern() {
    int at = pos;
    pos++; // '%'
    String name = peekIdent();
    if (name.isEmpty()) {
      throw error(pos, "a pattern name after '%'", found());
    }
    pos += name.length();
    if (name.equals(defining)) {
      throw error(at, "a pattern defined before this one (a pattern cannot use itself: %" + name + " -> %" + name + ")",
          "'%" + name + "' inside its own definition");
    }
    Optional<RuleBook.NamedPattern> p = book.pattern(name);
    if (p.isEmpty()) {
      throw error(at, "the name of a pattern defined before this point" + unknownPatternHint(name), "unknown pattern '%" + name + "'");
    }
    if (depth + p.get().nesting() > MAX_NESTING) {
      throw error(at, "at most " + MAX_NESTING + " nested groups, negations or parenthesized tests, counting those in %" + name,
          "deeper nesting");
    }
    maxDepth = Math.max(maxDepth, depth + p.get().nesting());
    // Patterns that use a pattern twice, nested, double at each level: stop before memory runs out.
    expanded += RuleBook.NamedPattern.elements(p.get().body());
    if (expanded > Compiler.MAX_RULE_SIZE) {
      throw error(at, "at most " + Compiler.MAX_RULE_SIZE + " token tests once named patterns are expanded"
          + " (a pattern that uses another twice doubles it)", "more with %" + name);
    }
    patternRefs.add(name);
    return p.get();
  }

  /** Says where a misplaced definition is, or which defined name is closest to a misspelled one. */
  private String unknownPatternHint(String name) {
    Matcher later = Pattern.compile("(?m)^[ \\t]*pattern[ \\t]+" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_])").matcher(text);
    if (later.find(pos)) {
      return " (%" + name + " is defined later, at line " + posAt(later.start()).line()
          + ": define a pattern before the rules and patterns that use it)";
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String known : book.patterns().keySet()) {
      int d = distance(name.toLowerCase(Locale.ROOT), known.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = known;
        bestDistance = d;
      }
    }
    if (best != null && bestDistance <= Math.max(2, name.length() / 3)) {
      return " (did you mean %" + best + "?)";
    }
    if (book.patterns().isEmpty()) {
      return " (no pattern is defined)";
    }
    List<String> names = book.patterns().keySet().stream().limit(8).map(n -> "%" + n).toList();
    return " (" + String.join(", ", names) + (book.patterns().size() > 8 ? ", ..." : "") + ")";
  }

  /** Levenshtein distance, for "did you mean". */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * A copy of a named pattern's body for one use: elements point at the use (so explanations and
   * warnings name the rule's own line) and their text says where they were written
   * ({@code [lower=by] from %AGENT (rules/news.rules:3:14)}; nested: {@code from %OUTER > %INNER (...)}).
   */
  private static Node relabel(Node n, String name, SourcePos use) {
    if (n instanceof Node.Tok t) {
      return new Node.Tok(t.pred(), provenance(t, name), use);
    } else if (n instanceof Node.Seq s) {
      return new Node.Seq(s.items().stream().map(i -> relabel(i, name, use)).toList());
    } else if (n instanceof Node.Alt a) {
      return new Node.Alt(a.options().stream().map(o -> relabel(o, name, use)).toList());
    } else if (n instanceof Node.Repeat r) {
      return new Node.Repeat(relabel(r.node(), name, use), r.min(), r.max());
    } else if (n instanceof Node.Capture c) {
      return new Node.Capture(c.name(), relabel(c.node(), name, use), use);
    } else if (n instanceof Node.Anchor a) {
      return new Node.Anchor(a.start(), use);
    }
    throw new AssertionError(n);
  }

  private static String provenance(Node.Tok t, String name) {
    Matcher m = FROM_SUFFIX.matcher(t.text());
    if (m.find()) {
      int k = m.start() + " from ".length();
      return t.text().substring(0, k) + "%" + name + " > " + t.text().substring(k);
    }
    return t.text() + " from %" + name + " (" + t.pos() + ")";
  }

  private Pred parseOr() {
    List<Pred> ps = new ArrayList<>();
    ps.add(parseAnd());
    while (true) {
      skipSpace();
      if (!tryChar('|')) {
        break;
      }
      skipSpace();
      int at = pos;
      Pred alternative = parseAnd();
      if (alternative instanceof Pred.Any) {
        // Almost always a word list that met the flag name: [lower=a|an|any] reads as (lower=a|an) | any.
        throw error(at, "a test that some token fails (an alternative 'any' makes the whole test true of"
            + " every token; write \"any\" for the word)", "'any'");
      }
      ps.add(alternative);
    }
    return ps.size() == 1 ? ps.get(0) : new Pred.Or(List.copyOf(ps));
  }

  private Pred parseAnd() {
    List<Pred> ps = new ArrayList<>();
    addConjunct(ps);
    while (true) {
      skipSpace();
      if (!tryChar('&') && !tryChar(',')) {
        break;
      }
      addConjunct(ps);
    }
    return ps.size() == 1 ? ps.get(0) : new Pred.And(List.copyOf(ps));
  }

  /**
   * One operand of '&'. A named test's conjunction joins this one ({@code [%GAP & !lower=by]} is the
   * same test as writing GAP's parts out), so a rule reads the same whether it uses the name or not.
   */
  private void addConjunct(List<Pred> ps) {
    skipSpace();
    if (peek() == '%') {
      Pred p = namedTest();
      if (p instanceof Pred.And and) {
        ps.addAll(and.ps());
      } else {
        ps.add(p);
      }
    } else {
      ps.add(parseUnary());
    }
  }

  private Pred parseUnary() {
    skipSpace();
    if (peek() == '%') {
      return namedTest();
    }
    if (tryChar('!')) {
      enterNesting(pos - 1);
      Pred p = new Pred.Not(parseUnary());
      depth--;
      return p;
    }
    if (tryChar('(')) {
      enterNesting(pos - 1);
      Pred p = parseOr();
      depth--;
      skipSpace();
      if (!tryChar(')')) {
        throw error(pos, "')' to close the parenthesized test", found());
      }
      return p;
    }
    return parseTest();
  }

  private Pred parseTest() {
    int at = pos;
    String key = peekKey();
    if (key.isEmpty()) {
      throw error(at, "a token test (" + PREDICATES + ")", found());
    }
    pos += key.length();
    skipSpaceInLine();
    boolean negate = false;
    boolean hasValue;
    if (lookingAt("!=")) {
      negate = true;
      pos += 2;
      hasValue = true;
    } else {
      hasValue = tryChar('=');
    }
    Pred p;
    if (!hasValue) {
      if (FLAGS.containsKey(key)) {
        p = new Pred.Flag(key, FLAGS.get(key));
      } else if (ZERO_ARG.contains(key)) {
        p = switch (key) {
          case "begin" -> new Pred.EntBegin();
          case "inside" -> new Pred.EntInside();
          case "ent" -> new Pred.Ent(Set.of());
          default -> new Pred.Any();
        };
      } else if (isValueKey(key)) {
        throw error(pos, "'=' or '!=' and a value after '" + key + "'", found());
      } else {
        throw error(at, "a known token test (" + PREDICATES + ")", "unknown test '" + key + "'");
      }
    } else {
      skipSpaceInLine();
      p = parseValueTest(key, at);
    }
    return negate ? new Pred.Not(p) : p;
  }

  private static boolean isValueKey(String key) {
    return switch (key) {
      case "text", "lower", "re", "shape", "kind", "ent", "glue" -> true;
      default -> key.startsWith("ent.");
    };
  }

  private Pred parseValueTest(String key, int keyAt) {
    switch (key) {
      case "text", "lower" -> {
        boolean lower = key.equals("lower");
        List<Pred> alts = new ArrayList<>();
        do {
          skipSpaceInLine();
          SourcePos vp = posAt(pos);
          if (tryChar('@')) {
            alts.add(new Pred.InList(expectIdent("a list name after '@'"), lower, vp));
          } else {
            String w = expectValue("a word, a quoted string or @list");
            alts.add(new Pred.Word(lower ? Vocabulary.lower(w) : w, lower));
          }
        } while (nextIsValueAlternative());
        return alts.size() == 1 ? alts.get(0) : new Pred.Or(List.copyOf(alts));
      }
      case "re" -> {
        int at = pos;
        String regex;
        int flags = 0;
        if (peek() == '/') {
          pos++;
          StringBuilder b = new StringBuilder();
          while (!eof() && peek() != '/' && peek() != '\n') {
            if (peek() == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '/') {
              pos++;
            }
            b.append(text.charAt(pos++));
          }
          if (!tryChar('/')) {
            throw error(pos, "'/' to close the regular expression", found());
          }
          regex = b.toString();
          if (tryChar('i')) {
            flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
          }
        } else if (peek() == '"') {
          regex = parseString();
        } else {
          throw error(at, "a regular expression as /regex/ or \"regex\"", found());
        }
        try {
          return new Pred.Regex(Pattern.compile(regex, flags));
        } catch (PatternSyntaxException e) {
          throw error(at + 1 + Math.max(0, e.getIndex()), "a valid regular expression (" + e.getDescription() + ")", "'" + regex + "'");
        }
      }
      case "shape" -> {
        int at = pos;
        String shape = expectValue("a shape such as Xx, XX, dd or \"X.X.\"");
        if (shape.isEmpty()) {
          throw error(at, "a non-empty shape", found());
        }
        return new Pred.Shape(Shapes.collapse(shape));
      }
      case "kind" -> {
        Set<Integer> kinds = new TreeSet<>();
        do {
          skipSpaceInLine();
          int at = pos;
          String k = expectValue("a token kind (" + kindNames() + ")");
          try {
            kinds.add(TokenKind.valueOf(k.toUpperCase(Locale.ROOT)).ordinal());
          } catch (IllegalArgumentException e) {
            throw error(at, "a token kind (" + kindNames() + ")", "'" + k + "'");
          }
        } while (nextIsValueAlternative());
        return new Pred.Kind(Set.copyOf(kinds));
      }
      case "ent" -> {
        Set<String> types = new TreeSet<>();
        do {
          skipSpaceInLine();
          types.add(expectTypeName("an entity type such as PERSON or ORG"));
        } while (nextIsValueAlternative());
        return new Pred.Ent(Set.copyOf(types));
      }
      case "glue" -> {
        int at = pos;
        String v = expectValue("'case', 'word' or 'any'");
        return switch (v) {
          case "case" -> new Pred.Flag("glue=case", TokenFlags.GLUE_CASE);
          case "word" -> new Pred.Flag("glue=word", TokenFlags.GLUE_WORD);
          case "any" -> new Pred.Flag("glue", TokenFlags.GLUED);
          default -> throw error(at, "'case', 'word' or 'any'", "'" + v + "'");
        };
      }
      default -> {
        if (key.startsWith("ent.") && key.length() > 4) {
          Set<String> values = new TreeSet<>();
          do {
            skipSpaceInLine();
            values.add(expectValue("an attribute value"));
          } while (nextIsValueAlternative());
          return new Pred.EntAttr(key.substring(4), Set.copyOf(values));
        }
        throw error(keyAt, "a known token test (" + PREDICATES + ")", "unknown test '" + key + "'");
      }
    }
  }

  /**
   * After a value, '|' either adds another value ({@code ent=PERSON|ORG}) or starts another test
   * ({@code lower=said|glue}): it is another test when what follows looks like one.
   */
  private boolean nextIsValueAlternative() {
    int save = pos;
    skipSpaceInLine();
    if (peek() != '|') {
      pos = save;
      return false;
    }
    pos++;
    skipSpaceInLine();
    char c = peek();
    boolean test = false;
    if (c == '!' || c == '(' || (c == '%' && pos + 1 < text.length() && identStart(text.charAt(pos + 1)))) {
      test = true;
    } else {
      String k = peekKey();
      if (!k.isEmpty()) {
        int after = pos + k.length();
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
          after++;
        }
        char n = after < text.length() ? text.charAt(after) : '\0';
        test = n == '=' || (n == '!' && after + 1 < text.length() && text.charAt(after + 1) == '=')
            || FLAGS.containsKey(k) || ZERO_ARG.contains(k);
      }
    }
    if (test) {
      pos = save;
      return false;
    }
    return true;
  }

  private static String kindNames() {
    StringBuilder b = new StringBuilder();
    for (TokenKind k : TokenKind.values()) {
      b.append(b.length() > 0 ? ", " : "").append(k.name());
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- lexical helpers

  private boolean eof() {
    return pos >= text.length();
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private boolean lookingAt(String s) {
    return text.startsWith(s, pos);
  }

  private boolean tryChar(char c) {
    if (peek() == c && !eof()) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c, String expected) {
    skipSpace();
    if (!tryChar(c)) {
      throw error(pos, expected, found());
    }
  }

  /** Skips white space, newlines and comments. */
  private void skipSpace() {
    while (!eof()) {
      char c = peek();
      if (c == '#') {
        while (!eof() && peek() != '\n') {
          pos++;
        }
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else {
        return;
      }
    }
  }

  private void skipSpaceInLine() {
    while (!eof() && (peek() == ' ' || peek() == '\t')) {
      pos++;
    }
  }

  private static boolean identStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean identPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private String peekIdent() {
    if (eof() || !identStart(peek())) {
      return "";
    }
    int e = pos + 1;
    while (e < text.length() && identPart(text.charAt(e))) {
      e++;
    }
    return text.substring(pos, e);
  }

  /** An identifier, or {@code ent.<attr>}. */
  private String peekKey() {
    String id = peekIdent();
    if (id.equals("ent") && pos + 3 < text.length() && text.charAt(pos + 3) == '.') {
      int e = pos + 4;
      while (e < text.length() && (identPart(text.charAt(e)) || text.charAt(e) == '-')) {
        e++;
      }
      return text.substring(pos, e);
    }
    return id;
  }

  private void expectKeyword(String word) {
    skipSpace();
    if (!peekIdent().equals(word)) {
      throw error(pos, "'" + word + "'", found());
    }
    pos += word.length();
  }

  private String expectIdent(String expected) {
    String id = peekIdent();
    if (id.isEmpty()) {
      throw error(pos, expected, found());
    }
    pos += id.length();
    return id;
  }

  private String expectRuleId() {
    int at = pos;
    if (eof() || !identStart(peek())) {
      throw error(at, "a rule id (letters, digits, '_', '.', '-')", found());
    }
    int e = pos + 1;
    while (e < text.length() && (identPart(text.charAt(e)) || text.charAt(e) == '.' || text.charAt(e) == '-')) {
      e++;
    }
    while (e > pos + 1 && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == '-')) {
      e--;
    }
    pos = e;
    return text.substring(at, e);
  }

  private String expectTypeName(String expected) {
    int at = pos;
    String id = peekIdent();
    if (id.isEmpty() || !id.matches("[A-Z][A-Z0-9_]{0,63}")) {
      throw error(at, expected + " (upper-case letters, digits, '_')", id.isEmpty() ? found() : "'" + id + "'");
    }
    pos += id.length();
    return id;
  }

  private int expectInt(String expected, int min, int max) {
    skipSpaceInLine();
    int at = pos;
    int e = pos;
    if (e < text.length() && text.charAt(e) == '-') {
      e++;
    }
    int digits = e;
    while (e < text.length() && Character.isDigit(text.charAt(e))) {
      e++;
    }
    if (e == digits) {
      throw error(at, expected, found());
    }
    long v;
    try {
      v = Long.parseLong(text.substring(at, e));
    } catch (NumberFormatException ex) {
      v = Long.MAX_VALUE;
    }
    if (v < min || v > max) {
      throw error(at, expected + " between " + min + " and " + max, "'" + text.substring(at, e) + "'");
    }
    pos = e;
    return (int) v;
  }

  private double expectConfidence() {
    skipSpaceInLine();
    int at = pos;
    int e = pos;
    while (e < text.length() && (Character.isDigit(text.charAt(e)) || text.charAt(e) == '.')) {
      e++;
    }
    double v;
    try {
      v = Double.parseDouble(text.substring(at, e));
    } catch (NumberFormatException ex) {
      throw error(at, "a confidence between 0 and 1", found());
    }
    if (!(v >= 0 && v <= 1)) {
      throw error(at, "a confidence between 0 and 1", "'" + text.substring(at, e) + "'");
    }
    pos = e;
    return v;
  }

  private String expectString(String expected) {
    if (peek() != '"') {
      throw error(pos, expected, found());
    }
    return parseString();
  }

  /** A quoted string with backslash escapes ({@code \"}, {@code \\}, {@code \n}, {@code \t}). */
  private String parseString() {
    int at = pos;
    pos++; // opening quote
    StringBuilder b = new StringBuilder();
    while (true) {
      if (eof() || peek() == '\n') {
        throw error(at, "a closing '\"' for the string opened here", eof() ? "end of input" : "end of line");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return b.toString();
      }
      if (c == '\\' && !eof()) {
        char n = text.charAt(pos++);
        b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
      } else {
        b.append(c);
      }
    }
  }

  private static boolean wordChar(char c) {
    return !Character.isWhitespace(c) && "[]()<>|&,!=\"#@/$:;{}".indexOf(c) < 0;
  }

  private String parseBareWord() {
    int s = pos;
    while (!eof() && wordChar(peek())) {
      pos++;
    }
    return text.substring(s, pos);
  }

  private String expectValue(String expected) {
    if (peek() == '"') {
      return parseString();
    }
    int at = pos;
    String w = parseBareWord();
    if (w.isEmpty()) {
      throw error(at, expected, found());
    }
    return w;
  }

  /** Describes what is at the current position, for messages. */
  private String found() {
    if (eof()) {
      return "end of input";
    }
    char c = peek();
    if (c == '\n' || c == '\r') {
      return "end of line";
    }
    if (identStart(c)) {
      return "'" + peekIdent() + "'";
    }
    if (lookingAt("=>")) {
      return "'=>'";
    }
    return "'" + c + "'";
  }

  /** Line starts, computed once, so that positions cost a binary search (files may hold 100,000 rules). */
  private int[] lineStarts;

  private SourcePos posAt(int offset) {
    if (lineStarts == null) {
      int count = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          count++;
        }
      }
      lineStarts = new int[count];
      int k = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          lineStarts[k++] = i + 1;
        }
      }
    }
    int limit = Math.min(offset, text.length());
    int line = java.util.Arrays.binarySearch(lineStarts, limit);
    if (line < 0) {
      line = -line - 2;
    }
    int lineStart = lineStarts[line];
    int lineEnd = text.indexOf('\n', lineStart);
    String lineText = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    if (lineText.endsWith("\r")) {
      lineText = lineText.substring(0, lineText.length() - 1);
    }
    return new SourcePos(source, line + 1, limit - lineStart + 1, lineText);
  }

  private RuleSyntaxException error(int offset, String expected, String found) {
    return RuleBook.error(posAt(offset), expected, found);
  }
}
