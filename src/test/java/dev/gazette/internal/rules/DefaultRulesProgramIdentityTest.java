package dev.gazette.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gazette.rules.RuleSet;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rewriting rule files with named patterns must not change what they compile to. Given
 * {@code -Dgazette.baseJar=<a library jar of an earlier version>}, compiles that jar's default rule files
 * with today's parser and checks that the program is the same, instruction by instruction, test by test,
 * rule by rule (patterns compared modulo the nesting of sequences, which compiles to the same code).
 * The prefilter and vocabulary derive from these; list contents are not compared.
 * Skipped without the property.
 */
class DefaultRulesProgramIdentityTest {
  @Test
  void defaultRulesCompileToTheSameProgramAsTheBaseJars() throws Exception {
    String jar = System.getProperty("gazette.baseJar");
    assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "set -Dgazette.baseJar to compare with an earlier jar");
    Program base;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, null)) {
      base = Access.engine(RuleSet.builder().addResource(loader, DefaultRules.MAIN).build()).program();
    }
    Program now = Access.engine(DefaultRules.load()).program();

    assertThat(ids(now)).isEqualTo(ids(base));
    for (int r = 0; r < base.rules.size(); r++) {
      RuleDef a = base.rules.get(r);
      RuleDef b = now.rules.get(r);
      assertThat(describe(b)).as(b.id()).isEqualTo(describe(a));
    }
    assertThat(now.op).isEqualTo(base.op);
    assertThat(now.x).isEqualTo(base.x);
    assertThat(now.y).isEqualTo(base.y);
    assertThat(now.entry).isEqualTo(base.entry);
    assertThat(now.slots).isEqualTo(base.slots);
    for (int pc = 0; pc < base.op.length; pc++) {
      if (base.op[pc] == Program.TOKEN) {
        assertThat(now.elements[pc].pred().key()).as("pc " + pc).isEqualTo(base.elements[pc].pred().key());
      }
    }
    assertThat(now.tests.length).isEqualTo(base.tests.length);
  }

  private static List<String> ids(Program p) {
    return p.rules.stream().map(RuleDef::id).toList();
  }

  private static String describe(RuleDef r) {
    List<String> actions = new ArrayList<>();
    for (RuleDef.Action a : r.actions()) {
      if (a instanceof RuleDef.EntityAction e) {
        actions.add("entity " + e.type() + " " + e.capture() + " " + e.attributes());
      } else if (a instanceof RuleDef.RelationAction x) {
        actions.add("relation " + x.type() + " " + x.subject() + " " + x.object() + " " + x.attributes());
      } else if (a instanceof RuleDef.SetAction s) {
        actions.add("set " + s.capture() + " " + s.attributes());
      }
    }
    return r.id() + " p" + r.priority() + " c" + r.confidence() + " w" + r.window() + " g" + r.group() + "\n"
        + flat(r.pattern()) + "\n" + r.captures() + "\n" + actions;
  }

  /** A pattern's key with nested sequences spliced into their parent. */
  static String flat(Node n) {
    if (n instanceof Node.Seq s) {
      List<String> items = new ArrayList<>();
      splice(s, items);
      return "(" + String.join(" ", items) + ")";
    } else if (n instanceof Node.Alt a) {
      return "(" + String.join(" | ", a.options().stream().map(DefaultRulesProgramIdentityTest::flat).toList()) + ")";
    } else if (n instanceof Node.Repeat r) {
      return flat(r.node()) + "{" + r.min() + "," + (r.max() < 0 ? "" : r.max()) + "}";
    } else if (n instanceof Node.Capture c) {
      return "(?<" + c.name() + ">" + flat(c.node()) + ")";
    }
    return n.key();
  }

  private static void splice(Node n, List<String> out) {
    if (n instanceof Node.Seq s) {
      s.items().forEach(i -> splice(i, out));
    } else {
      out.add(flat(n));
    }
  }
}
