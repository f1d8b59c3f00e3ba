package dev.gazette.internal.rules;

/**
 * A view of a region of a string that allows a fixed number of {@link #charAt} calls, then throws: it
 * bounds the work a backtracking regular expression can do on one token.
 */
final class BudgetedChars implements CharSequence {
  /** How the budget of one test is set, for messages: see {@link #forToken}. */
  static final String BUDGET_DESCRIPTION = "1,000 + 200 x its length char reads";

  /** The budget of one regular-expression test on a token of {@code length} chars. */
  static long forToken(int length) {
    return 1000L + 200L * length;
  }

  /** Thrown when the budget is spent; cheap (no stack trace). */
  static final class Exhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exhausted() {
      super(null, null, false, false);
    }
  }

  private final String text;
  private final int start;
  private final int end;
  private final long[] budget;

  BudgetedChars(String text, int start, int end, long budget) {
    this(text, start, end, new long[] {budget});
  }

  private BudgetedChars(String text, int start, int end, long[] budget) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.budget = budget;
  }

  @Override
  public int length() {
    return end - start;
  }

  @Override
  public char charAt(int index) {
    if (--budget[0] < 0) {
      throw new Exhausted();
    }
    return text.charAt(start + index);
  }

  @Override
  public CharSequence subSequence(int s, int e) {
    return new BudgetedChars(text, start + s, start + e, budget);
  }

  @Override
  public String toString() {
    return text.substring(start, end);
  }
}
