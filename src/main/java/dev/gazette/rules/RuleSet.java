package dev.gazette.rules;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.gazette.Article;
import dev.gazette.Entity;
import dev.gazette.EntityType;
import dev.gazette.Extraction;
import dev.gazette.Mention;
import dev.gazette.RelationType;
import dev.gazette.Span;
import dev.gazette.internal.pipeline.AnaphorLinks;
import dev.gazette.internal.rules.Access;
import dev.gazette.internal.rules.Analyzer;
import dev.gazette.internal.rules.Compiler;
import dev.gazette.internal.rules.Explainer;
import dev.gazette.internal.rules.MatchInput;
import dev.gazette.internal.rules.Program;
import dev.gazette.internal.rules.RuleBook;
import dev.gazette.internal.rules.RuleDef;
import dev.gazette.internal.rules.RuleEngine;
import dev.gazette.internal.rules.RuleParser;
import dev.gazette.internal.rules.RuleSource;
import dev.gazette.internal.rules.SourcePos;
import dev.gazette.internal.text.SentenceBuffer;
import dev.gazette.internal.text.SentenceSplitter;
import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A compiled set of extraction rules: token patterns over sentences, and what to create when they match
 * (entities, relations, attributes). The language is documented in {@code api-docs/rules.md}.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.parse("""
 *     list speech_verbs = said, told, added, declared
 *     rule statement.said priority 10:
 *       (?<who> <PERSON>) @speech_verbs (?<what> []+)
 *       => relation STATEMENT subject=who content=$what
 *     """);
 * rules.warnings().forEach(System.err::println);
 * Gazette gazette = Gazette.builder().addRules(rules).build();
 * }</pre>
 *
 * <p>The same compiled form comes from the Java builder:
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.builder()
 *     .list("speech_verbs", List.of("said", "told"))
 *     .rule("statement.said").priority(10)
 *         .pattern("(?<who> <PERSON>) @speech_verbs (?<what> []+)")
 *         .relation(RelationType.STATEMENT, "who", Map.of("content", "$what"))
 *         .add()
 *     .build();
 * }</pre>
 *
 * <p>Pieces that several rules share can be named once ({@code pattern ACTOR = <PERSON|ORG|GPE>} in a
 * file, {@link Builder#pattern(String, String)} in Java) and used as {@code %ACTOR}; they expand when the
 * rules are read, so a rule compiles exactly as if they were written out.
 *
 * <p>A rule set is immutable and thread-safe: share one among threads and {@code Gazette} instances.
 * All rules compile into one automaton that is matched in time linear in the number of tokens, whatever
 * the patterns; rules whose required words a sentence lacks are skipped before matching.
 */
public final class RuleSet {
  static {
    Access.register(r -> r.engine);
  }

  private final RuleEngine engine;
  private final ImmutableList<RuleWarning> warnings;
  private final ImmutableList<String> ruleIds;

  private RuleSet(RuleEngine engine, ImmutableList<RuleWarning> warnings) {
    this.engine = engine;
    this.warnings = warnings;
    this.ruleIds = engine.program().rules().stream().map(RuleDef::id).collect(ImmutableList.toImmutableList());
  }

  /**
   * Compiles rule text. Includes are read as files relative to the working directory.
   *
   * @throws RuleSyntaxException if the text is not a valid rule file
   */
  public static RuleSet parse(String text) {
    return builder().addText("<string>", text).build();
  }

  /**
   * Compiles a rule file; its includes and list files are read relative to it.
   *
   * @throws IOException if the file cannot be read
   * @throws RuleSyntaxException if the file, or a file it includes, is not valid
   */
  public static RuleSet load(Path file) throws IOException {
    return builder().addFile(file).build();
  }

  /** A builder, to combine rule files, strings and rules made in Java into one rule set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Problems found at load time that do not stop the rules from working. */
  public ImmutableList<RuleWarning> warnings() {
    return warnings;
  }

  /** The ids of the rules, in definition order. */
  public ImmutableList<String> ruleIds() {
    return ruleIds;
  }

  /**
   * Explains the rules on one sentence, given the mentions already found in it (as earlier stages would
   * have found them). The sentence is tokenized as the pipeline does; mention offsets refer to it.
   *
   * @throws IllegalArgumentException if a mention lies outside the sentence or its text differs
   */
  public Explanation explain(String sentence, List<Mention> mentions) {
    Preconditions.checkNotNull(sentence, "sentence");
    Preconditions.checkNotNull(mentions, "mentions");
    for (Mention m : mentions) {
      Preconditions.checkArgument(
          m.end() <= sentence.length() && sentence.regionMatches(m.start(), m.text(), 0, m.text().length()),
          "mention %s does not match the sentence text",
          m);
    }
    TokenBuffer tokens = new TokenBuffer();
    new Tokenizer().tokenize(sentence, tokens);
    SentenceBuffer sentences = new SentenceBuffer();
    if (tokens.size() > 0) {
      sentences.add(0, tokens.size(), 0);
    }
    return explain(sentence, tokens, sentences, new ArrayList<>(mentions), 0);
  }

  /**
   * Explains the rules on sentence {@code sentenceIndex} of an extraction, using the mentions of its
   * entities (including those this rule set created, if it ran in that extraction).
   *
   * @throws IndexOutOfBoundsException if there is no such sentence
   */
  public Explanation explain(Extraction extraction, int sentenceIndex) {
    Preconditions.checkNotNull(extraction, "extraction");
    Article article = extraction.article();
    TokenBuffer tokens = new TokenBuffer();
    new Tokenizer().tokenize(article.text(), tokens);
    SentenceBuffer sentences = new SentenceBuffer();
    new SentenceSplitter().split(article, tokens, sentences);
    Preconditions.checkElementIndex(sentenceIndex, sentences.size(), "sentence");
    List<Mention> mentions = new ArrayList<>(AnaphorLinks.of(extraction)); // "the Serbian leader", "he"
    for (Entity e : extraction.entities()) {
      mentions.addAll(e.mentions());
    }
    mentions.sort(null);
    return explain(article.text(), tokens, sentences, mentions, sentenceIndex);
  }

  private Explanation explain(String text, TokenBuffer tokens, SentenceBuffer sentences, List<Mention> mentions, int sentence) {
    MatchInput in = engine.prepare(text, tokens, sentences, mentions);
    try {
      if (tokens.size() == 0) {
        return new Explanation(Span.of(0, 0), "", ImmutableList.of(), ImmutableList.of());
      }
      Explainer.Report report = Explainer.explain(engine, in, sentence, 20);
      List<Explanation.Match> matches = new ArrayList<>();
      for (Explainer.Found f : report.found()) {
        ImmutableMap.Builder<String, Span> caps = ImmutableMap.builder();
        f.captures().forEach((k, v) -> caps.put(k, span(tokens, v[0], v[1])));
        Span s = span(tokens, f.start(), f.end());
        matches.add(new Explanation.Match(f.rule(), s, s.text(text), caps.build(), f.kept(), Optional.ofNullable(f.lostTo())));
      }
      List<Explanation.NearMiss> misses = new ArrayList<>();
      for (Explainer.Miss m : report.misses()) {
        Span s = span(tokens, m.start(), m.failedAt());
        String found =
            m.failedAt() < report.endToken()
                ? Span.of(tokens.start(m.failedAt()), tokens.end(m.failedAt())).text(text)
                : "end of sentence";
        misses.add(
            new Explanation.NearMiss(
                m.rule(), s, s.text(text), m.element(), Optional.ofNullable(m.elementPos()).map(SourcePos::toString), found,
                Optional.ofNullable(m.skippedBy())));
      }
      Span sentenceSpan = span(tokens, report.firstToken(), report.endToken());
      return new Explanation(sentenceSpan, sentenceSpan.text(text), ImmutableList.copyOf(matches), ImmutableList.copyOf(misses));
    } finally {
      in.release();
    }
  }

  private static Span span(TokenBuffer tokens, int startToken, int endToken) {
    if (endToken <= startToken) {
      int at = startToken < tokens.size() ? tokens.start(startToken) : tokens.end(tokens.size() - 1);
      return Span.of(at, at);
    }
    return Span.of(tokens.start(startToken), tokens.end(endToken - 1));
  }

  @Override
  public String toString() {
    return "RuleSet{" + ruleIds.size() + " rules, " + warnings.size() + " warnings}";
  }

  /**
   * Builds a {@link RuleSet} from rule files, rule text, resources and rules made in Java, in the order
   * given. Names (rules, lists, named patterns) are shared: a rule may use a list defined in another
 * source, and a named pattern defined in an earlier source or earlier in the same one.
   */
  public static final class Builder {
    private final RuleBook book = new RuleBook();

    private Builder() {}

    /**
     * Adds rule text; {@code source} names it in messages. Includes are read as files relative to the
     * working directory.
     *
     * @throws RuleSyntaxException if the text is not valid
     */
    public Builder addText(String source, String text) {
      Preconditions.checkNotNull(source, "source");
      Preconditions.checkNotNull(text, "text");
      RuleParser.parse(book, RuleSource.files(), source, text);
      return this;
    }

    /**
     * Adds a rule file; its includes and list files are read relative to it.
     *
     * @throws IOException if the file cannot be read
     * @throws RuleSyntaxException if it, or a file it includes, is not valid
     */
    public Builder addFile(Path file) throws IOException {
      Preconditions.checkNotNull(file, "file");
      String text = Files.readString(file, StandardCharsets.UTF_8);
      RuleParser.parse(book, RuleSource.files(), file.normalize().toString(), text);
      return this;
    }

    /**
     * Adds a rule file from the class path of {@code loader} (a '/' separated name such as
     * {@code "com/example/news.rules"}); includes are resolved relative to it on the same class path.
     *
     * @throws IllegalArgumentException if there is no such resource
     * @throws RuleSyntaxException if it, or a file it includes, is not valid
     */
    public Builder addResource(ClassLoader loader, String name) {
      Preconditions.checkNotNull(loader, "loader");
      Preconditions.checkNotNull(name, "name");
      return addResource(RuleSource.resources(loader), name);
    }

    Builder addResource(RuleSource source, String name) {
      Optional<RuleSource.Loaded> loaded;
      try {
        loaded = source.load(null, name);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read rule resource " + name, e);
      }
      Preconditions.checkArgument(loaded.isPresent(), "no rule resource %s", name);
      RuleParser.parse(book, source, loaded.get().name(), loaded.get().text());
      return this;
    }

    /**
     * Defines a word list, as {@code list name = ...} does in a rule file.
     *
     * @throws IllegalArgumentException if the name is not an identifier, an entry contains white space, or
     *     a list of that name exists
     */
    public Builder list(String name, Collection<String> words) {
      Preconditions.checkArgument(name != null && name.matches("[A-Za-z_][A-Za-z0-9_]*"), "bad list name %s", name);
      Preconditions.checkNotNull(words, "words");
      for (String w : words) {
        Preconditions.checkArgument(w != null && !w.isEmpty() && w.chars().noneMatch(Character::isWhitespace),
            "list entries must be single tokens: '%s'", w);
      }
      Preconditions.checkArgument(!book.lists().containsKey(name), "list %s is already defined", name);
      book.addList(new RuleBook.WordList(name, ImmutableList.copyOf(words), builderPos("list " + name)));
      return this;
    }

    /**
     * Defines a named pattern, as {@code pattern NAME = ...} does in a rule file: the patterns of rules
     * and named patterns added after it use it as {@code %NAME}, in place of writing it out. A named
     * pattern that is one token test can also stand inside a test: {@code [%NAME & !lower=by]}.
     *
     * <pre>{@code
     * RuleSet rules = RuleSet.builder()
     *     .pattern("ACTOR", "<PERSON|ORG|GPE>")
     *     .pattern("GAP", "[!ent & !kind=PUNCT]")
     *     .rule("consult.met").pattern("(?<s> %ACTOR) [%GAP]{0,3} \"met with\" (?<o> %ACTOR)")
     *         .relation(RelationType.CONSULT, "s", "o", Map.of())
     *         .add()
     *     .build();
     * }</pre>
     *
     * <p>Its captures become captures of each rule that uses it, under their own names. Errors in it
     * name the source {@code pattern NAME}.
     *
     * @throws IllegalArgumentException if the name is not an identifier or a pattern of that name exists
     * @throws RuleSyntaxException if {@code pattern} is not a valid pattern, or uses an unknown name
     */
    public Builder pattern(String name, String pattern) {
      Preconditions.checkArgument(name != null && name.matches("[A-Za-z_][A-Za-z0-9_]*"), "bad pattern name %s", name);
      Preconditions.checkNotNull(pattern, "pattern");
      Preconditions.checkArgument(book.pattern(name).isEmpty(), "pattern %s is already defined", name);
      RuleParser.parseNamedPattern(book, "pattern " + name, name, pattern);
      return this;
    }

    /** Starts a rule; finish it with {@link RuleBuilder#add()}. */
    public RuleBuilder rule(String id) {
      Preconditions.checkArgument(id != null && id.matches("[A-Za-z_][A-Za-z0-9_.\\-]*"), "bad rule id %s", id);
      return new RuleBuilder(this, id);
    }

    /**
     * Compiles the rules.
     *
     * @throws RuleSyntaxException if a rule uses a list that no source defines
     */
    public RuleSet build() {
      book.check();
      Program program = Compiler.compile(book);
      ImmutableList.Builder<RuleWarning> warnings = ImmutableList.builder();
      for (Analyzer.Finding f : Analyzer.analyze(program, book)) {
        warnings.add(
            new RuleWarning(
                RuleWarning.Kind.valueOf(f.kind()), f.subject(), f.pos().source(), f.pos().line(), f.message()));
      }
      return new RuleSet(new RuleEngine(program), warnings.build());
    }
  }

  /**
   * One rule made in Java: options, a pattern in the rule language, and actions. Attribute values that
   * start with {@code $} name a capture whose text becomes the value ({@code "$$"} starts a literal
   * {@code $}).
   *
   * <pre>{@code
   * builder.rule("role.title_person").priority(5)
   *     .pattern("(?<title> @titles) (?<who> <PERSON>)")
   *     .set("who", Map.of("title", "$title"))
   *     .add();
   * }</pre>
   */
  public static final class RuleBuilder {
    private final Builder parent;
    private final String id;
    private int priority;
    private double confidence = 1.0;
    private int window = 1;
    private String group;
    private dev.gazette.internal.rules.Node pattern;
    private final Set<String> captures = new LinkedHashSet<>();
    private final List<RuleDef.Action> actions = new ArrayList<>();

    private RuleBuilder(Builder parent, String id) {
      this.parent = parent;
      this.id = id;
    }

    /** Higher priority wins among overlapping matches of equal length (default 0). */
    public RuleBuilder priority(int priority) {
      this.priority = priority;
      return this;
    }

    /** The confidence given to the relations it creates, in [0, 1] (default 1). */
    public RuleBuilder confidence(double confidence) {
      Preconditions.checkArgument(confidence >= 0 && confidence <= 1, "confidence %s outside [0, 1]", confidence);
      this.confidence = confidence;
      return this;
    }

    /** How many sentences a match may span (default 1, at most 5). */
    public RuleBuilder window(int sentences) {
      Preconditions.checkArgument(sentences >= 1 && sentences <= RuleParser.MAX_WINDOW, "window %s outside [1, 5]", sentences);
      this.window = sentences;
      return this;
    }

    /** The overlap group (default: derived from the first action, e.g. {@code relation:ROLE}). */
    public RuleBuilder group(String group) {
      this.group = Preconditions.checkNotNull(group, "group");
      return this;
    }

    /**
     * The pattern, in the rule language. It may use the named patterns defined so far ({@code %NAME}).
     *
     * @throws RuleSyntaxException if it is not a valid pattern
     */
    public RuleBuilder pattern(String pattern) {
      Preconditions.checkNotNull(pattern, "pattern");
      captures.clear();
      this.pattern = RuleParser.parsePattern(parent.book, "rule " + id, pattern, captures);
      return this;
    }

    /** Creates a mention of {@code type} over capture {@code capture}. */
    public RuleBuilder entity(EntityType type, String capture) {
      return entity(type, capture, Map.of());
    }

    /** Creates a mention of {@code type} over capture {@code capture}, with attributes. */
    public RuleBuilder entity(EntityType type, String capture, Map<String, String> attributes) {
      Preconditions.checkNotNull(type, "type");
      actions.add(new RuleDef.EntityAction(type.name(), capture(capture), values(attributes), pos()));
      return this;
    }

    /** Creates a relation without object, whose subject is the mention of capture {@code subject}. */
    public RuleBuilder relation(RelationType type, String subject, Map<String, String> attributes) {
      Preconditions.checkNotNull(type, "type");
      actions.add(new RuleDef.RelationAction(type.name(), capture(subject), Optional.empty(), values(attributes), pos()));
      return this;
    }

    /** Creates a relation between the mentions of captures {@code subject} and {@code object}. */
    public RuleBuilder relation(RelationType type, String subject, String object, Map<String, String> attributes) {
      Preconditions.checkNotNull(type, "type");
      actions.add(
          new RuleDef.RelationAction(type.name(), capture(subject), Optional.of(capture(object)), values(attributes), pos()));
      return this;
    }

    /** Sets attributes on the mention of capture {@code capture}. */
    public RuleBuilder set(String capture, Map<String, String> attributes) {
      Preconditions.checkArgument(!attributes.isEmpty(), "nothing to set");
      actions.add(new RuleDef.SetAction(capture(capture), values(attributes), pos()));
      return this;
    }

    /**
     * Adds the rule to the rule set builder.
     *
     * @throws IllegalStateException if the rule has no pattern or no action
     * @throws RuleSyntaxException if a rule with this id exists
     */
    public Builder add() {
      Preconditions.checkState(pattern != null, "rule %s has no pattern", id);
      Preconditions.checkState(!actions.isEmpty(), "rule %s has no action", id);
      parent.book.addRule(
          new RuleDef(
              id,
              priority,
              confidence,
              window,
              group != null ? group : RuleParser.defaultGroup(actions),
              pattern,
              ImmutableList.copyOf(captures),
              ImmutableList.copyOf(actions),
              pos()));
      return parent;
    }

    private String capture(String name) {
      Preconditions.checkState(pattern != null, "set the pattern of rule %s before its actions", id);
      Preconditions.checkArgument(
          name != null && captures.contains(name), "rule %s has no capture '%s' (it has %s)", id, name, captures);
      return name;
    }

    private ImmutableMap<String, RuleDef.Value> values(Map<String, String> attributes) {
      Map<String, RuleDef.Value> out = new LinkedHashMap<>();
      attributes.forEach(
          (k, v) -> {
            Preconditions.checkNotNull(k, "attribute name");
            Preconditions.checkNotNull(v, "attribute value");
            if (v.startsWith("$$")) {
              out.put(k, RuleDef.Value.of(v.substring(1)));
            } else if (v.startsWith("$")) {
              out.put(k, RuleDef.Value.capture(capture(v.substring(1))));
            } else {
              out.put(k, RuleDef.Value.of(v));
            }
          });
      return ImmutableMap.copyOf(out);
    }

    private SourcePos pos() {
      return builderPos("rule " + id);
    }
  }

  private static SourcePos builderPos(String what) {
    return new SourcePos("builder:" + what, 0, 0, "");
  }
}
