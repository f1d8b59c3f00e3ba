package dev.gazette;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import dev.gazette.internal.kb.GazetteerAccess;
import dev.gazette.internal.ner.AliasResolver;
import dev.gazette.internal.ner.AnaphorStage;
import dev.gazette.internal.ner.KbMentionStage;
import dev.gazette.internal.ner.NameStage;
import dev.gazette.internal.ner.NumberStage;
import dev.gazette.internal.pipeline.EntityGrouper;
import dev.gazette.internal.pipeline.Stage;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.rules.Access;
import dev.gazette.internal.rules.DefaultRules;
import dev.gazette.internal.rules.RuleEngine;
import dev.gazette.internal.rules.RuleStage;
import dev.gazette.internal.text.SentenceSplitter;
import dev.gazette.internal.text.Tokenizer;
import dev.gazette.internal.time.DateStage;
import dev.gazette.kb.Gazetteer;
import dev.gazette.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The entry point: reads articles and returns what they say.
 *
 * <pre>{@code
 * Extraction x = Gazette.defaults().extract(Article.of(text));
 * for (Entity e : x.entities()) {
 *   System.out.println(e.type() + " " + e.name());
 * }
 *
 * Gazette custom = Gazette.builder()
 *     .addExtractor(myRecognizer)        // runs after the built-in stages
 *     .maxArticleChars(1_000_000)
 *     .build();
 * }</pre>
 *
 * <p>A built {@code Gazette} is immutable and safe to share across threads; build it once and reuse it.
 * Each thread reuses its own working buffers, so extraction allocates little beyond its result.
 */
public final class Gazette {
  /** The default limit on an article's length, in chars. */
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 50_000_000;

  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final ImmutableList<Stage> stages;
  private final int maxArticleChars;
  private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(Workspace::new);

  private Gazette(Builder b) {
    ImmutableList.Builder<Stage> all = ImmutableList.builder();
    if (b.builtInRecognizers) {
      all.add(new DateStage());
    }
    all.addAll(b.gazetteers); // before the embedded knowledge base, so that their entries win
    if (b.builtInRecognizers) {
      all.add(KbMentionStage.defaults(), NameStage.defaults(), AnaphorStage.defaults(), NumberStage.defaults());
      if (b.defaultRelations) {
        all.add(DefaultRules.stage()); // the shipped relation rules, after every built-in entity stage
      }
    }
    this.stages = all.addAll(b.stages).build();
    this.maxArticleChars = b.maxArticleChars;
  }

  /** The default pipeline, built once per JVM and shared. */
  public static Gazette defaults() {
    return DefaultHolder.INSTANCE;
  }

  /** A builder starting from the default pipeline. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a text, with optional header lines, as an article.
   *
   * @throws IllegalArgumentException if the text is longer than the configured maximum
   */
  public Extraction extract(String text) {
    Preconditions.checkNotNull(text, "text");
    checkLength(text.length(), "text");
    return extract(Article.of(text));
  }

  /**
   * Reads an article.
   *
   * @throws IllegalArgumentException if its text is longer than the configured maximum
   */
  public Extraction extract(Article article) {
    Preconditions.checkNotNull(article, "article");
    if (article.text().length() > maxArticleChars) {
      checkLength(article.text().length(), "article " + article.id()); // the message only when it throws
    }
    Workspace ws = workspaces.get();
    ws.reset(article);
    try {
      tokenizer.tokenize(article.text(), ws.tokens());
      splitter.split(article, ws.tokens(), ws.sentences());
      for (Stage stage : stages) {
        stage.process(ws);
      }
      EntityGrouper grouper = new EntityGrouper(ws.mentions(), ws.canonicalNames(), AliasResolver.defaults());
      return new Extraction(
          article,
          ws.tokens().snapshot(),
          ws.sentences().snapshot(),
          grouper.entities(),
          grouper.relations(article.text(), ws.relations()),
          ws.warnings(),
          grouper.links());
    } finally {
      ws.reset(null);
      if (article.text().length() > Workspace.RETAINED_CHARS) {
        workspaces.remove(); // the next call starts with small buffers
      }
    }
  }

  /** Refuses a text over the limit before any work (even reading its header) is done on it. */
  private void checkLength(int length, String what) {
    if (length > maxArticleChars) {
      throw new IllegalArgumentException(
          what + " has " + length + " chars, more than the limit of " + maxArticleChars
              + " (see Gazette.Builder.maxArticleChars)");
    }
  }

  private static final class DefaultHolder {
    static final Gazette INSTANCE = builder().build();
  }

  /** Builds a {@link Gazette}. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();
    private final List<Stage> gazetteers = new ArrayList<>();
    private int maxArticleChars = DEFAULT_MAX_ARTICLE_CHARS;
    private boolean builtInRecognizers = true;
    private boolean defaultRelations = true;

    private Builder() {}

    /**
     * Whether the built-in recognizers run (default {@code true}): dates and times, the names of the
     * embedded knowledge base, names and numbers found by patterns, and the default relation rules. Without them, only tokens, sentences and your own extractors' results
     * remain.
     */
    public Builder builtInRecognizers(boolean enabled) {
      this.builtInRecognizers = enabled;
      return this;
    }

    /**
     * Whether the shipped relation rules run (default {@code true}; they only run with the built-in
     * recognizers). Turn them off to extract entities and dates alone, more than twice as fast, or to
     * replace them with rule sets of your own ({@link #addRules(RuleSet)}).
     *
     * <pre>{@code
     * Gazette entitiesOnly = Gazette.builder().defaultRelations(false).build();
     * }</pre>
     */
    public Builder defaultRelations(boolean enabled) {
      this.defaultRelations = enabled;
      return this;
    }

    /** Adds a stage that runs after the built-in recognizers and the extractors already added. */
    @Beta
    public Builder addExtractor(Extractor extractor) {
      Preconditions.checkNotNull(extractor, "extractor");
      stages.add(new ExtractorStage(extractor));
      return this;
    }

    /**
     * Adds a gazetteer of the integrator's own names. Gazetteers run in the order added, after the
     * date recognizer and before the embedded knowledge base, so their entries win where both match.
     */
    public Builder addGazetteer(Gazetteer gazetteer) {
      Preconditions.checkNotNull(gazetteer, "gazetteer");
      gazetteers.add(GazetteerAccess.stage(gazetteer));
      return this;
    }

    /**
     * Adds a stage that runs a rule set (see {@link RuleSet}) after the stages already
     * added: its rules see the mentions those stages found.
     */
    public Builder addRules(RuleSet rules) {
      Preconditions.checkNotNull(rules, "rules");
      RuleEngine engine = Access.engine(rules);
      stages.add(new RuleStage(() -> engine));
      return this;
    }

    /**
     * Like {@link #addRules(RuleSet)}, but reads the rule set from {@code rules} once per
     * article, so that the host can swap rule sets atomically (e.g. from an {@code AtomicReference}).
     */
    public Builder addRules(Supplier<RuleSet> rules) {
      Preconditions.checkNotNull(rules, "rules");
      stages.add(new RuleStage(() -> Access.engine(rules.get())));
      return this;
    }

    /** The longest article accepted, in chars (default {@value Gazette#DEFAULT_MAX_ARTICLE_CHARS}). */
    public Builder maxArticleChars(int max) {
      Preconditions.checkArgument(max > 0, "max %s must be positive", max);
      this.maxArticleChars = max;
      return this;
    }

    public Gazette build() {
      return new Gazette(this);
    }
  }

  private record ExtractorStage(Extractor extractor) implements Stage {
    @Override
    public String name() {
      return extractor.getClass().getSimpleName();
    }

    @Override
    public void process(Workspace workspace) {
      extractor.extract(new DocumentView(workspace));
    }
  }
}
