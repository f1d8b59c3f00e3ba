package dev.gazette.rules;

import com.google.common.base.Strings;

/**
 * A rule file or rule string that cannot be compiled. The message names the source, line and column,
 * shows the offending line with a caret under the problem, and says what was expected:
 *
 * <pre>
 * rules/roles.rules:4:22: expected ']' to close the token test, found ')'
 *   (?&lt;who&gt; [ent=PERSON ) [lower=said]
 *                      ^
 * </pre>
 *
 * <pre>{@code
 * try {
 *   RuleSet rules = RuleSet.load(Path.of("my.rules"));
 * } catch (RuleSyntaxException e) {
 *   System.err.println(e.getMessage());      // file:line:col, caret excerpt
 *   int line = e.line();
 * }
 * }</pre>
 */
public final class RuleSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String expected;
  private final String found;
  private final String excerpt;

  /**
   * @param source the file, resource or label the rule text came from
   * @param line 1-based line
   * @param column 1-based column (in chars)
   * @param lineText the text of that line, for the excerpt
   * @param expected what the parser expected there
   * @param found what it found instead
   */
  public RuleSyntaxException(String source, int line, int column, String lineText, String expected, String found) {
    super(format(source, line, column, lineText, expected, found));
    this.source = source;
    this.line = line;
    this.column = column;
    this.expected = expected;
    this.found = found;
    this.excerpt = excerpt(lineText, column);
  }

  /** The file, resource or label of the rule text. */
  public String source() {
    return source;
  }

  /** The 1-based line of the problem. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem. */
  public int column() {
    return column;
  }

  /** What was expected, such as {@code "']' to close the token test"}. */
  public String expected() {
    return expected;
  }

  /** What was found instead, such as {@code "')'"} or {@code "end of input"}. */
  public String found() {
    return found;
  }

  /** The offending line and a caret line under the problem, joined by a newline. */
  public String excerpt() {
    return excerpt;
  }

  private static String format(String source, int line, int column, String lineText, String expected, String found) {
    return source + ":" + line + ":" + column + ": expected " + expected + ", found " + found + "\n"
        + excerpt(lineText, column);
  }

  private static String excerpt(String lineText, int column) {
    String shown = lineText == null ? "" : lineText.replace('\t', ' ');
    return "  " + shown + "\n  " + Strings.repeat(" ", Math.max(0, column - 1)) + "^";
  }
}
