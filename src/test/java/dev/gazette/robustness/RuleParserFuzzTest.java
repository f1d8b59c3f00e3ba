package dev.gazette.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gazette.rules.RuleSet;
import dev.gazette.rules.RuleSyntaxException;

/** Fuzzes the rule parser: any text compiles or throws {@link RuleSyntaxException}, nothing else. */
class RuleParserFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void fuzzRuleParser(byte[] data) {
    String text = Invariants.text(data);
    if (text.contains("include")) {
      return; // includes read files from the working directory: not what this target is about
    }
    try {
      RuleSet rules = RuleSet.parse(text);
      rules.explain("Vladimir Putin met Recep Tayyip Erdogan in Sochi on Friday.", java.util.List.of());
    } catch (RuleSyntaxException expected) {
      org.assertj.core.api.Assertions.assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
