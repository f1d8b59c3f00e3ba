package dev.gazette.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Pretty-prints with two-space indentation and {@code "\n"} line ends on every platform, but writes
 * the small "leaf" containers it is told about (a mention, an evidence span, a list of aliases, an
 * attribute map) on one line, so that an entity with ten mentions takes ten lines, not fifty.
 *
 * <p>The writer calls {@link #inlineNext()} just before it starts such a container; everything nested
 * inside an inline container is inline too. One instance serves one generator (it keeps state).
 */
final class LeafInliningPrettyPrinter implements PrettyPrinter {
  private int depth;
  private int inlineDepth;
  private boolean inlineNext;

  /** A printer whose root value starts at {@code baseDepth} levels of indentation (for arrays of objects). */
  LeafInliningPrettyPrinter(int baseDepth) {
    this.depth = baseDepth;
  }

  /** The next object or array started is written on one line. */
  void inlineNext() {
    inlineNext = true;
  }

  /** Asks {@code g}'s printer, if it is one of these, to write the next container on one line. */
  static void inlineNext(JsonGenerator g) {
    if (g.getPrettyPrinter() instanceof LeafInliningPrettyPrinter p) {
      p.inlineNext();
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    start(g, '{');
  }

  @Override
  public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
    end(g, '}', nrOfEntries);
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    start(g, '[');
  }

  @Override
  public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
    end(g, ']', nrOfValues);
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    if (inlineDepth == 0) {
      newline(g);
    }
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    if (inlineDepth == 0) {
      newline(g);
    }
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    separator(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    separator(g);
  }

  private void start(JsonGenerator g, char open) throws IOException {
    if (inlineDepth > 0 || inlineNext) {
      inlineDepth++;
      inlineNext = false;
    } else {
      depth++;
    }
    g.writeRaw(open);
  }

  private void end(JsonGenerator g, char close, int entries) throws IOException {
    if (inlineDepth > 0) {
      inlineDepth--;
    } else {
      depth--;
      if (entries > 0) {
        newline(g);
      }
    }
    g.writeRaw(close);
  }

  private void separator(JsonGenerator g) throws IOException {
    if (inlineDepth > 0) {
      g.writeRaw(", ");
    } else {
      g.writeRaw(',');
      newline(g);
    }
  }

  private void newline(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
    for (int i = 0; i < depth; i++) {
      g.writeRaw("  ");
    }
  }
}
