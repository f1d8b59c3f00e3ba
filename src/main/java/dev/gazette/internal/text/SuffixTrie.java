package dev.gazette.internal.text;

import java.util.Arrays;

/**
 * A trie of lower-case ASCII words read backwards, to find which listed words a char range ends with in
 * one short backward walk (most words leave the trie after two or three chars). Immutable.
 */
final class SuffixTrie {
  private final char[] next; // node * 26 + letter -> child node, 0 = none (compact: stays in L1)
  private final boolean[] terminal;

  SuffixTrie(String... words) {
    int nodes = 1;
    for (String w : words) {
      nodes += w.length();
    }
    if (nodes > Character.MAX_VALUE) {
      throw new IllegalArgumentException("too many words for a compact trie");
    }
    char[] nx = new char[nodes * 26];
    boolean[] term = new boolean[nodes];
    int used = 1;
    for (String w : words) {
      int node = 0;
      for (int i = w.length() - 1; i >= 0; i--) {
        int c = w.charAt(i) - 'a';
        if (c < 0 || c >= 26) {
          throw new IllegalArgumentException("not lower-case ASCII: " + w);
        }
        int child = nx[node * 26 + c];
        if (child == 0) {
          child = used++;
          nx[node * 26 + c] = (char) child;
        }
        node = child;
      }
      term[node] = true;
    }
    next = Arrays.copyOf(nx, used * 26);
    terminal = Arrays.copyOf(term, used);
  }

  /**
   * Bit L of the result is set when the L chars ending at {@code end} form a listed word; only
   * suffixes that start at or after {@code minStart} (and are shorter than 64) count.
   */
  long suffixLengths(char[] t, int minStart, int end) {
    long found = 0;
    int node = 0;
    int lim = Math.min(63, end - minStart);
    for (int len = 1; len <= lim; len++) {
      int c = t[end - len] - 'a';
      if (c < 0 || c >= 26) {
        break;
      }
      node = next[node * 26 + c];
      if (node == 0) {
        break;
      }
      if (terminal[node]) {
        found |= 1L << len;
      }
    }
    return found;
  }
}
