package dev.gazette;

import com.google.common.base.Preconditions;

/**
 * A half-open range {@code [start, end)} of UTF-16 char offsets into an article's original text.
 *
 * <pre>{@code
 * Span s = Span.of(4, 9);
 * String word = s.text("The Kremlin said");   // "Kreml"
 * }</pre>
 *
 * @param start first char offset, inclusive
 * @param end last char offset, exclusive
 */
public record Span(int start, int end) implements Comparable<Span> {

  /** Validates the offsets. */
  public Span {
    Preconditions.checkArgument(start >= 0, "start %s < 0", start);
    Preconditions.checkArgument(end >= start, "end %s < start %s", end, start);
  }

  /** The span {@code [start, end)}. */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /** Number of chars covered. */
  public int length() {
    return end - start;
  }

  /** Whether the span covers no char. */
  public boolean isEmpty() {
    return start == end;
  }

  /** Whether {@code other} lies entirely inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** Whether the two spans share at least one char. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered substring of {@code text}, which must be the text these offsets refer to. */
  public String text(CharSequence text) {
    Preconditions.checkArgument(end <= text.length(), "span %s outside text of length %s", this, text.length());
    return text.subSequence(start, end).toString();
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
