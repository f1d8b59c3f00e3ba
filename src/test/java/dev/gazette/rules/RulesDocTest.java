package dev.gazette.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule examples in api-docs/rules.md compile, without warnings. */
class RulesDocTest {
  private static final Path DOC = Path.of("api-docs", "rules.md");

  @Test
  void everyRuleBlockInTheManualCompiles() throws IOException {
    String doc = Files.readString(DOC);
    List<String> all = new ArrayList<>();
    StringBuilder current = null;
    for (String line : doc.split("\n")) {
      if (line.startsWith("```")) {
        if (current == null) {
          current = line.equals("```") ? new StringBuilder() : new StringBuilder("#not rules\n");
        } else {
          all.add(current.toString());
          current = null;
        }
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    List<String> blocks = new ArrayList<>();
    for (String block : all) {
      if (!block.startsWith("#not rules") && block.contains("rule ") && block.contains("=>") && !block.contains("include ") && !block.contains("file      =")
          && !block.contains("expected") && !block.contains("rule ID [")) {
        blocks.add(block);
      }
    }
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
    for (String block : blocks) {
      RuleSet rules = RuleSet.parse(block);
      assertThat(rules.ruleIds()).isNotEmpty();
      assertThat(rules.warnings()).as(block).isEmpty();
    }
  }
}
