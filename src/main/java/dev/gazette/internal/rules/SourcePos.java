package dev.gazette.internal.rules;

/**
 * Where something was written: a source name (file path, resource name or a label for strings), a
 * 1-based line and column, and the text of that line for caret excerpts.
 */
public record SourcePos(String source, int line, int column, String lineText) {
  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
