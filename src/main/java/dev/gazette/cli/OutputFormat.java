package dev.gazette.cli;

import dev.gazette.Extraction;
import dev.gazette.internal.json.ExtractionJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * The output formats. Each article is rendered completely in memory before any of it is written, so a
 * failure while rendering one article (reported on standard error) never leaves half an object in the
 * output.
 */
enum OutputFormat {
  /** Pretty-printed JSON: one object, or an array of objects (see {@link ExtractCommand}). */
  JSON,
  /** JSON Lines: one compact object per line. */
  JSONL,
  /** A readable summary per article. */
  TEXT;

  /** Writes articles one after another. */
  interface Sink {
    /** Writes one article and flushes, so that a consumer reading the pipe sees it at once. */
    void write(Extraction extraction, String source) throws IOException;

    /** Ends the output (closes a JSON array) and flushes. */
    void finish() throws IOException;
  }

  /** A sink writing to {@code out}; {@code array} asks {@link #JSON} for an array rather than one object. */
  Sink open(Writer out, boolean array) {
    switch (this) {
      case JSON:
        return array ? new JsonArraySink(out) : new PlainSink(out, (x, s) -> ExtractionJson.toJson(x, s, true) + "\n");
      case JSONL:
        return new PlainSink(out, (x, s) -> ExtractionJson.toJson(x, s, false) + "\n");
      case TEXT:
        return new PlainSink(out, new TextSummary()::render, "\n");
      default:
        throw new AssertionError(this);
    }
  }

  private interface Renderer {
    String render(Extraction extraction, String source);
  }

  /** Each article's rendering, separated by {@code separator}. */
  private static final class PlainSink implements Sink {
    private final Writer out;
    private final Renderer renderer;
    private final String separator;
    private boolean first = true;

    PlainSink(Writer out, Renderer renderer) {
      this(out, renderer, "");
    }

    PlainSink(Writer out, Renderer renderer, String separator) {
      this.out = out;
      this.renderer = renderer;
      this.separator = separator;
    }

    @Override
    public void write(Extraction extraction, String source) throws IOException {
      String rendered = renderer.render(extraction, source);
      if (!first) {
        out.write(separator);
      }
      first = false;
      out.write(rendered);
      out.flush();
    }

    @Override
    public void finish() throws IOException {
      out.flush();
    }
  }

  /** {@code [} objects separated by commas {@code ]}, pretty-printed; {@code []} when there are none. */
  private static final class JsonArraySink implements Sink {
    private final Writer out;
    private int count;

    JsonArraySink(Writer out) {
      this.out = out;
    }

    @Override
    public void write(Extraction extraction, String source) throws IOException {
      StringWriter buffer = new StringWriter();
      ExtractionJson.writeIndented(extraction, source, buffer, 1);
      out.write(count == 0 ? "[\n  " : ",\n  ");
      out.write(buffer.toString());
      count++;
      out.flush();
    }

    @Override
    public void finish() throws IOException {
      out.write(count == 0 ? "[]\n" : "\n]\n");
      out.flush();
    }
  }

  /** For help texts: the lower-case name. */
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
