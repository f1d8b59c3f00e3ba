package dev.gazette.kb;

import com.google.common.base.CharMatcher;
import com.google.common.base.Preconditions;
import dev.gazette.EntityType;
import dev.gazette.internal.kb.GazetteerAccess;
import dev.gazette.internal.kb.KnowledgeBase;
import dev.gazette.internal.ner.KbMentionStage;
import dev.gazette.internal.text.Tokenizer;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An integrator's own list of names, recognized on top of (or, with
 * {@code Gazette.Builder.builtInRecognizers(false)}, instead of) the embedded knowledge base. Its
 * entries win over the embedded ones where both name the same words.
 *
 * <p>The table format is the embedded knowledge base's ({@code api-docs/knowledge-base.md}): UTF-8,
 * one entry per line, {@code id TAB type TAB name TAB aliases TAB attributes}, aliases separated by
 * {@code |}, attributes as {@code key=value;key=value}, {@code #} starting a comment line.
 *
 * <pre>{@code
 * Gazetteer vessels = Gazetteer.builder()
 *     .add("vessel:ever-given", EntityType.of("VESSEL"), "Ever Given", List.of("the Ever Given"), Map.of("imo", "9811000"))
 *     .build();
 * Gazetteer fleet = Gazetteer.read(Path.of("fleet.tsv"));
 * Gazette gazette = Gazette.builder().addGazetteer(vessels).addGazetteer(fleet).build();
 * }</pre>
 *
 * <p>Matching is case- and accent-insensitive except that an alias written in capitals only (an
 * acronym) must appear in capitals, and a name must start with a capital letter. Mentions carry the
 * entry's id as attribute {@code kb_id} (and its {@code country} attribute, if it has one), and the
 * rule id {@code gazetteer:SOURCE}. Instances are immutable and thread-safe;
 * the matcher is built once, when the gazetteer is built.
 */
public final class Gazetteer {
  private static final CharMatcher FORBIDDEN = CharMatcher.anyOf("\t\r\n|");
  private static final CharMatcher FORBIDDEN_IN_ATTRIBUTES = FORBIDDEN.or(CharMatcher.anyOf(";="));

  static {
    GazetteerAccess.register(g -> g.stage);
  }

  private final String source;
  private final KnowledgeBase table;
  private final KbMentionStage stage;

  private Gazetteer(String source, KnowledgeBase table) {
    this.source = source;
    this.table = table;
    this.stage = new KbMentionStage(table, new Tokenizer(), "gazetteer:" + source);
  }

  /**
   * Reads a table file.
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException naming the file and line of a malformed entry
   */
  public static Gazetteer read(Path file) throws IOException {
    Preconditions.checkNotNull(file, "file");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(file.toString(), r);
    }
  }

  /**
   * Reads a table from {@code reader}; {@code sourceName} names it in error messages and rule ids.
   *
   * @throws IllegalArgumentException naming the source and line of a malformed entry
   */
  public static Gazetteer parse(String sourceName, Reader reader) throws IOException {
    Preconditions.checkNotNull(sourceName, "sourceName");
    Preconditions.checkNotNull(reader, "reader");
    try {
      return new Gazetteer(sourceName, KnowledgeBase.parse(reader));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(sourceName + ": " + e.getMessage(), e);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A builder for a gazetteer made in code. */
  public static Builder builder() {
    return new Builder();
  }

  /** Number of entries. */
  public int size() {
    return table.size();
  }

  /** Where the entries came from: the file or source name, or {@code "builder"}. */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return "Gazetteer{" + source + ", " + size() + " entries}";
  }

  /** Builds a {@link Gazetteer} entry by entry. */
  public static final class Builder {
    private final StringBuilder tsv = new StringBuilder();
    private int entries;

    private Builder() {}

    /** Adds an entry with no aliases and no attributes. */
    public Builder add(String id, EntityType type, String name) {
      return add(id, type, name, List.of(), Map.of());
    }

    /**
     * Adds an entry.
     *
     * @throws IllegalArgumentException if a value is empty or holds a tab, line break or {@code |}, or an
     *     attribute holds {@code ;} or {@code =}
     */
    public Builder add(String id, EntityType type, String name, List<String> aliases, Map<String, String> attributes) {
      Preconditions.checkNotNull(type, "type");
      tsv.append(check(id, "id", FORBIDDEN)).append('\t').append(type.name()).append('\t').append(check(name, "name", FORBIDDEN)).append('\t');
      for (int i = 0; i < aliases.size(); i++) {
        tsv.append(i > 0 ? "|" : "").append(check(aliases.get(i), "alias", FORBIDDEN));
      }
      tsv.append('\t');
      String sep = "";
      for (Map.Entry<String, String> a : new TreeMap<>(attributes).entrySet()) {
        tsv.append(sep).append(check(a.getKey(), "attribute name", FORBIDDEN_IN_ATTRIBUTES)).append('=')
            .append(check(a.getValue(), "attribute value", FORBIDDEN_IN_ATTRIBUTES));
        sep = ";";
      }
      tsv.append('\n');
      entries++;
      return this;
    }

    public Gazetteer build() {
      Preconditions.checkState(entries > 0, "a gazetteer needs at least one entry");
      try {
        return parse("builder", new StringReader(tsv.toString()));
      } catch (IOException e) {
        throw new AssertionError("reading a string cannot fail", e);
      }
    }

    private static String check(String value, String what, CharMatcher forbidden) {
      Preconditions.checkArgument(value != null && !value.isBlank(), "%s must not be blank", what);
      Preconditions.checkArgument(forbidden.matchesNoneOf(value), "%s '%s' holds a forbidden character", what, value);
      return value;
    }
  }
}
