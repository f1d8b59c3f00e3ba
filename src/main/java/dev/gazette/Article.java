package dev.gazette;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hashing;
import dev.gazette.internal.article.ArticleLayout;
import dev.gazette.internal.article.ArticleParser;
import dev.gazette.internal.article.StrictUtf8;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A news article: its original text, exactly as given, and what its layout says about it.
 *
 * <p>The text may start with header lines (before the first blank line) such as {@code date 2022-12-29},
 * {@code Date: 29 December 2022}, {@code title: ...}, {@code source: ...}, {@code url: ...} or
 * {@code lang: ...}; header lines that give the date may also run straight into the text, with no blank
 * line between. The rest is split into paragraphs on blank lines, and on line breaks too where a line is
 * longer than hard-wrapped text's (feeds that end each paragraph with one line break). A first
 * paragraph that the body repeats (after a headline line, if there is one) is the {@linkplain #lead()
 * lead}, and the repetition is marked ({@link #leadRepeat()}) so that nothing is extracted twice.
 * Inline related-link headlines ("read also...", "See also:") are kept as {@linkplain #relatedLinks()
 * spans of their own}. All offsets refer to {@link #text()}.
 *
 * <pre>{@code
 * Article a = Article.of(" date 2022-12-29 \n\nMoscow and Beijing will meet on Friday.");
 * a.date();                                  // Optional[2022-12-29]
 * Article b = Article.builder().text(body).id("wire-42").date(LocalDate.of(2023, 5, 2)).build();
 * Article c = Article.read(Path.of("article.txt"));   // id "article"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Article {
  private final String text;
  /**
   * Given, else the text's hash once asked for: most callers never read it, and hashing the whole text
   * was a fifth of reading an article. Racy but safe: every thread computes the same immutable string.
   */
  private String id;
  private final Optional<LocalDate> date;
  private final Optional<String> title;
  private final ImmutableMap<String, String> metadata;
  private final ArticleLayout layout;

  private Article(Builder b, ArticleLayout layout) {
    this.text = b.text;
    this.layout = layout;
    this.id = b.id;
    this.date = b.date != null ? Optional.of(b.date) : layout.date();
    this.title = b.title != null ? Optional.of(b.title) : layout.title();
    Map<String, String> meta = new LinkedHashMap<>(layout.metadata());
    meta.putAll(b.metadata);
    this.metadata = ImmutableMap.copyOf(meta);
  }

  /** An article from its text; header lines, if any, give its date, title and metadata. */
  public static Article of(String text) {
    return builder().text(text).build();
  }

  /**
   * Reads a UTF-8 file (a byte-order mark is skipped). The id is the file name without its extension.
   *
   * @throws java.nio.charset.CharacterCodingException if the file is not valid UTF-8; the message gives
   *     the byte offset of the first invalid sequence
   * @throws IOException if the file cannot be read
   */
  public static Article read(Path file) throws IOException {
    Preconditions.checkNotNull(file, "file");
    String text = StrictUtf8.decode(Files.readAllBytes(file));
    String name = Objects.toString(file.getFileName(), "-");
    int dot = name.lastIndexOf('.');
    return builder().text(text).id(dot > 0 ? name.substring(0, dot) : name).build();
  }

  /** A builder for articles whose id, date, title or metadata come from elsewhere than the text. */
  public static Builder builder() {
    return new Builder();
  }

  /** The original text, exactly as given. */
  public String text() {
    return text;
  }

  /** The id given to the builder, else a stable hash of the text (16 hex digits). */
  public String id() {
    String i = id;
    if (i == null) {
      i = defaultId(text);
      id = i;
    }
    return i;
  }

  /** The publication date: given to the builder, else read from the header. */
  public Optional<LocalDate> date() {
    return date;
  }

  /** The title: given to the builder, else read from a {@code title:} header line. */
  public Optional<String> title() {
    return title;
  }

  /** Header fields by lower-case name ({@code date}, {@code source}, {@code url}, {@code lang}...), raw. */
  public ImmutableMap<String, String> metadata() {
    return metadata;
  }

  /** The header lines, if the text has any. */
  public Optional<Span> header() {
    return layout.header();
  }

  /** The paragraphs after the header, in order, each trimmed of surrounding white space. */
  public ImmutableList<Span> paragraphs() {
    return layout.paragraphs();
  }

  /**
   * The lead paragraph: the first paragraph, when further paragraphs follow; or the second, when the
   * first is a headline (one short line that ends no sentence) and the body repeats the second.
   */
  public Optional<Span> lead() {
    return layout.lead();
  }

  /** The place in the body that repeats the lead word for word, if any. */
  public Optional<Span> leadRepeat() {
    return layout.leadRepeat();
  }

  /** Inline related-link headlines ("read also...", "See also:"), each without its marker words. */
  public ImmutableList<Span> relatedLinks() {
    return layout.relatedLinks();
  }

  /**
   * The marker words of each related-link headline ("read also", "READ ALSO", "See also"), parallel to
   * {@link #relatedLinks()}: marker {@code i} introduces headline {@code i}.
   */
  public ImmutableList<Span> relatedLinkMarkers() {
    return layout.relatedLinkMarkers();
  }

  @Override
  public String toString() {
    return "Article{id=" + id() + ", date=" + date.orElse(null) + ", chars=" + text.length() + "}";
  }

  private static String defaultId(String text) {
    return Hashing.murmur3_128().hashString(text, StandardCharsets.UTF_8).toString().substring(0, 16);
  }

  /** Builds an {@link Article}. Values set here override those read from the text's header. */
  public static final class Builder {
    private String text;
    private String id;
    private LocalDate date;
    private String title;
    private final Map<String, String> metadata = new LinkedHashMap<>();

    private Builder() {}

    /** The article's text (required). */
    public Builder text(String text) {
      this.text = Preconditions.checkNotNull(text, "text");
      return this;
    }

    /** The article's id; by default a hash of the text. */
    public Builder id(String id) {
      Preconditions.checkArgument(id != null && !id.isBlank(), "id must not be blank");
      this.id = id;
      return this;
    }

    /** The publication date, the anchor for relative dates ("on Thursday"). */
    public Builder date(LocalDate date) {
      this.date = Preconditions.checkNotNull(date, "date");
      return this;
    }

    /** The title. */
    public Builder title(String title) {
      this.title = Preconditions.checkNotNull(title, "title");
      return this;
    }

    /** One metadata field; the name is lower-cased. */
    public Builder metadata(String name, String value) {
      Preconditions.checkNotNull(name, "name");
      Preconditions.checkNotNull(value, "value");
      metadata.put(name.toLowerCase(java.util.Locale.ROOT), value);
      return this;
    }

    /**
     * The article.
     *
     * @throws IllegalStateException if no text was set
     */
    public Article build() {
      Preconditions.checkState(text != null, "text is required");
      return new Article(this, ArticleParser.parse(text));
    }
  }
}
