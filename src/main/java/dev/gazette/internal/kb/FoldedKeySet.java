package dev.gazette.internal.kb;

import dev.gazette.internal.text.WordSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A set of {@link AliasKeys#fold folded keys}, asked about regions of a text: {@code contains(text,
 * start, end)} is {@code keys.contains(AliasKeys.fold(text.subSequence(start, end)))}, without the
 * substring and the folded string for a region of plain ASCII (nearly every region of news text).
 *
 * <p>Why that is exact: for ASCII, folding only lowers the case of A-Z, turns the backtick into an
 * apostrophe and collapses runs of white space. A region without backticks, whose only white space is
 * single spaces between other chars, therefore folds to its lower case; a {@link WordSet} of the ASCII
 * keys compares a region with its keys ignoring case. Other regions are folded as before. Immutable.
 */
public final class FoldedKeySet {
  private final Set<String> keys;
  /** The keys of plain ASCII (see {@link #isPlainAscii}), compared ignoring case. */
  private final WordSet ascii;

  /** Over {@code keys} as they are: the caller never changes them. */
  FoldedKeySet(Set<String> keys) {
    this.keys = keys;
    List<String> plain = new ArrayList<>();
    for (String k : keys) {
      if (!k.isEmpty() && isPlainAscii(k, 0, k.length()) && k.equals(k.toLowerCase(Locale.ROOT))) {
        plain.add(k);
      }
    }
    this.ascii = WordSet.of(plain.toArray(String[]::new));
  }

  /** A set of {@code keys} (folded keys: other strings are never found, as by {@code Set.contains}). */
  public static FoldedKeySet of(Collection<String> keys) {
    return new FoldedKeySet(new HashSet<>(keys));
  }

  /** Whether {@code AliasKeys.fold(text.subSequence(start, end))} is one of the keys. */
  public boolean contains(CharSequence text, int start, int end) {
    if (start < end && isPlainAscii(text, start, end)) {
      return ascii.contains(text, start, end);
    }
    return keys.contains(AliasKeys.fold(text.subSequence(start, end)));
  }

  /**
   * Whether {@code s[start, end)} folds to its own lower case: printable ASCII but the backtick, spaces
   * only single and between other chars.
   */
  private static boolean isPlainAscii(CharSequence s, int start, int end) {
    if (s.charAt(start) == ' ' || s.charAt(end - 1) == ' ') {
      return false;
    }
    char previous = 'x';
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == ' ' ? previous == ' ' : c < ' ' || c > '~' || c == '`') {
        return false;
      }
      previous = c;
    }
    return true;
  }
}
