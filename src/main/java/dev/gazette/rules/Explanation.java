package dev.gazette.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.gazette.Span;
import java.util.Optional;

/**
 * Why the rules of a {@link RuleSet} did or did not fire on one sentence: the rules that matched (and
 * whether each match survived overlap resolution, or which rule's match it lost to), and the rules that
 * nearly matched, with the element that failed and the token it failed on.
 *
 * <pre>{@code
 * Explanation why = rules.explain("Peskov told reporters on Thursday.", List.of(peskovMention));
 * System.out.println(why);          // a readable report
 * for (Explanation.NearMiss miss : why.nearMisses()) {
 *   System.out.println(miss.rule() + " failed at " + miss.failedElement() + " on '" + miss.foundText() + "'");
 * }
 * }</pre>
 */
public final class Explanation {
  /**
   * A match of one rule.
   *
   * @param rule the rule id
   * @param span the matched text
   * @param text the matched text itself
   * @param captures the span of each capture that took part in the match
   * @param kept whether the match survived overlap resolution (its actions ran)
   * @param lostTo the rule whose overlapping match won, if it did not survive
   */
  public record Match(String rule, Span span, String text, ImmutableMap<String, Span> captures, boolean kept, Optional<String> lostTo) {}

  /**
   * A rule that got part of the way.
   *
   * @param rule the rule id
   * @param matched the tokens its best attempt matched before failing
   * @param matchedText their text
   * @param failedElement the pattern element that failed, as written in the rule
   * @param where where that element is written ({@code file:line:col}), if known
   * @param foundText the token the element was tested against, or {@code "end of sentence"}
   * @param prefilter why the fast path skips this rule on this sentence (a word it requires is absent), if it does
   */
  public record NearMiss(
      String rule, Span matched, String matchedText, String failedElement, Optional<String> where, String foundText, Optional<String> prefilter) {}

  private final Span sentence;
  private final String text;
  private final ImmutableList<Match> matches;
  private final ImmutableList<NearMiss> nearMisses;

  Explanation(Span sentence, String text, ImmutableList<Match> matches, ImmutableList<NearMiss> nearMisses) {
    this.sentence = sentence;
    this.text = text;
    this.matches = matches;
    this.nearMisses = nearMisses;
  }

  /** Where the sentence is. */
  public Span sentence() {
    return sentence;
  }

  /** The sentence's text. */
  public String text() {
    return text;
  }

  /** The rules that matched, in text order (a rule may match more than once). */
  public ImmutableList<Match> matches() {
    return matches;
  }

  /** Rules that matched part of their pattern, the furthest first (at most 20). */
  public ImmutableList<NearMiss> nearMisses() {
    return nearMisses;
  }

  /** A readable multi-line report. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append("sentence ").append(sentence).append(": ").append(text).append('\n');
    if (matches.isEmpty()) {
      b.append("no rule matched\n");
    }
    for (Match m : matches) {
      b.append(m.kept() ? "  matched " : "  matched (overruled by " + m.lostTo().orElse("?") + ") ")
          .append(m.rule()).append(' ').append(m.span()).append(" '").append(m.text()).append('\'');
      m.captures().forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
      b.append('\n');
    }
    for (NearMiss n : nearMisses) {
      b.append("  near miss ").append(n.rule()).append(": matched '").append(n.matchedText())
          .append("', then ").append(n.failedElement()).append(n.where().map(w -> " (" + w + ")").orElse(""))
          .append(" failed on ").append(n.foundText().equals("end of sentence") ? "the end of the sentence" : "'" + n.foundText() + "'");
      n.prefilter().ifPresent(p -> b.append("; skipped: ").append(p));
      b.append('\n');
    }
    return b.toString();
  }
}
