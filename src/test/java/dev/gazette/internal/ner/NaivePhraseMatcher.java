package dev.gazette.internal.ner;

import dev.gazette.internal.text.TokenBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The test oracle for {@link PhraseIndex}: a map from folded token lists to payloads, tried at every
 * start for every length, longest first. Slow and obviously right; it offers candidates in the order
 * the index must (leftmost, then longest, then the newest payload first) and moves past a match the
 * sink accepts.
 */
final class NaivePhraseMatcher {
  /** Receives one candidate; returns whether it is taken. */
  interface Offer {
    boolean take(int from, int to, int payload);
  }

  private final Map<List<String>, List<Integer>> payloads = new HashMap<>();
  private int maxLength;
  private int size;

  /** Adds a phrase given as its words (each one token); a repeated phrase + payload counts once. */
  void add(List<String> words, int payload) {
    List<String> key = new ArrayList<>();
    for (String w : words) {
      key.add(KeyFolding.fold(w));
    }
    List<Integer> list = payloads.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(payload)) {
      list.add(0, payload);
      size++;
    }
    maxLength = Math.max(maxLength, key.size());
  }

  /** Distinct phrase + payload pairs, as {@link PhraseIndex#size()} counts them. */
  int size() {
    return size;
  }

  /** Offers the candidates of tokens {@code [from, to)} of {@code text}; {@code skip} may be null. */
  void match(String text, TokenBuffer tokens, boolean[] skip, int from, int to, Offer offer) {
    int i = from;
    while (i < to) {
      int next = i + 1;
      outer:
      for (int end = Math.min(to, i + maxLength); end > i; end--) {
        List<String> key = new ArrayList<>();
        for (int t = i; t < end; t++) {
          if (skip != null && skip[t]) {
            key = null;
            break;
          }
          key.add(KeyFolding.fold(text.substring(tokens.start(t), tokens.end(t))));
        }
        List<Integer> list = key == null ? null : payloads.get(key);
        if (list == null) {
          continue;
        }
        for (int p : list) {
          if (offer.take(i, end, p)) {
            next = end;
            break outer;
          }
        }
      }
      i = next;
    }
  }
}
