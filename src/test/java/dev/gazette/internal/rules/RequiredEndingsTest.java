package dev.gazette.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The endings a guard's scan checks before the test: only where no regular expression runs before them. */
class RequiredEndingsTest {
  @Test
  void endingsOfTheFirstExpressionOfAConjunction() {
    TokenTest glued = new TokenTest.Regex(Pattern.compile("[a-z]{2,}(said|told)"), 0);
    TokenTest other = new TokenTest.Regex(Pattern.compile("[a-z]+ed"), 1);
    TokenTest kind = new TokenTest.Kind(1);
    assertThat(TokenTest.requiredEndings(glued)).isNotNull();
    assertThat(TokenTest.requiredEndings(new TokenTest.And(new TokenTest[] {kind, glued}))).isNotNull();
    // A negated expression passes the tokens without the endings.
    assertThat(TokenTest.requiredEndings(new TokenTest.Not(glued))).isNull();
    assertThat(TokenTest.requiredEndings(new TokenTest.And(new TokenTest[] {kind, new TokenTest.Not(other), glued}))).isNull();
    // Nor in a disjunction.
    assertThat(TokenTest.requiredEndings(new TokenTest.Or(new TokenTest[] {kind, glued}))).isNull();
  }
}
