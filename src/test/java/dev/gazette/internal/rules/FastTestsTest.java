package dev.gazette.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tests the VM evaluates inline ({@link FastTests}) say what the test objects say, on every token. */
class FastTestsTest {
  private static final String RULES =
      """
      list verbs = said, told, warned
      list preps = in, at, from
      rule a: (?<who><PERSON|GPE>) @verbs (?<what>[]+) => relation STATEMENT subject=who content=$what
      rule b: [!lower=@preps & !ent] [!lower=the & !ent=PERSON|ORG] (?<x><GPE>) [lower=and|or | lower=@verbs] => set x k=v
      rule c: [lower=the | lower=a]? [!ent=PERSON & !lower=and] (?<x><ORG>) [ent=GPE & !lower=in] => set x k=v
      rule d: [!(lower=@verbs | lower=and)] [ent & !lower=the] [lower=said & ent] (?<x>[]) => set x k=v
      rule e: [lower=said & !lower=told & !ent=GPE|ORG] [!ent] [ent=PERSON] [text=","] (?<x>[]) => set x k=v
      """;

  @Test
  void inlineTestsAgreeWithTheTestObjects() {
    RuleEngine engine = Access.engine(RuleSet.parse(RULES));
    Program p = engine.program();
    FastTests fast = p.fast;
    int inline = 0;
    for (int i = 0; i < p.tests.length; i++) {
      inline += fast.mode[i] != FastTests.GENERIC ? 1 : 0;
    }
    assertThat(inline).isGreaterThan(p.tests.length / 2);
    String[] vocab = {"said", "Said", "told", "warned", "the", "The", "and", "or", "in", "at", "from", "a", ",", ".",
      "Moscow", "Acme", "Putin", "Xi", "Wu", "talks", "zzyzx", "Lagos"};
    Random random = new Random(5);
    for (int round = 0; round < 400; round++) {
      StringBuilder text = new StringBuilder();
      int n = 1 + random.nextInt(30);
      for (int i = 0; i < n; i++) {
        text.append(vocab[random.nextInt(vocab.length)]).append(' ');
      }
      String t = text.toString().trim();
      List<String> mentions = new ArrayList<>();
      String[][] typed = {{"GPE", "Moscow"}, {"GPE", "Lagos"}, {"ORG", "Acme"}, {"PERSON", "Putin"}, {"PERSON", "Xi Wu"}, {"DATE", "said"}};
      for (String[] m : typed) {
        if (t.contains(m[1])) {
          mentions.add(m[0] + ":" + m[1]);
        }
      }
      Workspace ws = TestDocs.workspace(t, mentions.toArray(new String[0]));
      MatchInput in = engine.prepare(ws.text(), ws.tokens(), ws.sentences(), ws.mentions());
      for (int i = 0; i < p.tests.length; i++) {
        if (fast.mode[i] == FastTests.GENERIC) {
          continue;
        }
        for (int k = 0; k < in.size; k++) {
          assertThat(fast.test(i, in, k)).as(t + " @" + k + " test " + i).isEqualTo(p.tests[i].test(in, k));
        }
      }
    }
  }
}
