package dev.gazette.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The start index ({@link StartIndex}: rules started only at tokens their first tests can pass) and the
 * exact tests of caseless words compiled as vocabulary id tests change no match: on random sentences
 * with case variants, quotes, entities and sentence starts, the fast path finds exactly the matches and
 * captures of the traced walk (which starts every rule everywhere and runs every test object as written).
 */
class StartIndexTest {
  private static final String RULES =
      """
      list verbs = said, told
      list quotes = "\\"", "“", "”", "«", "»", "."
      list openers = The, But
      rule a: (?<who><PERSON|GPE>) @verbs (?<what>[]+) => relation STATEMENT subject=who content=$what
      rule b: [text=@quotes] (?<what>[!text=@quotes]+) [text=@quotes] [text=","]? (?<who><PERSON>) => relation STATEMENT subject=who content=$what
      rule c: ([lower=the] | "But")? (?<x><GPE>) [lower=and|with] (?<y><GPE|PERSON>) => relation CONSULT subject=x object=y
      rule d: (^ | [!lower=the|and]) (?<x><GPE>) [text=","] (?<y><GPE>) => relation LOCATED_IN subject=x object=y
      rule e: [text=","]? [text=@openers & !ent] (?<x>[]{1,3}) [text="."] => set x k=v
      rule f: ([kind=number] | [lower=said]) (?<x>[]) => set x k=v
      rule g: [text="The"] (?<x><PERSON>) => set x k=v
      rule h: ([text=","] [text=@quotes]?)? [capitalized & !ent] (?<x><PERSON>)? [lower=told] => set x k=v
      rule i window 2: (?<x><GPE>) []* [text="."] ^ [lower=he|she] => set x k=v
      rule j: (<PERSON> | [text=@quotes] | "said")+ (?<x>[lower=the]) => set x k=v
      """;

  @Test
  void startIndexChangesNoMatch() {
    RuleEngine engine = Access.engine(RuleSet.parse(RULES));
    String[] vocab = {
      "said", "Said", "SAID", "told", "the", "The", "THE", "But", "but", "and", "with", "he", "she", ".", ",", "\"", "“",
      "”", "«", "»", "Moscow", "Beijing", "Putin", "Xi", "1999", "3", "talks"
    };
    Random random = new Random(17);
    int matches = 0;
    for (int round = 0; round < 600; round++) {
      StringBuilder text = new StringBuilder();
      int n = 3 + random.nextInt(40);
      for (int i = 0; i < n; i++) {
        text.append(vocab[random.nextInt(vocab.length)]).append(' ');
      }
      String t = text.toString().trim();
      List<String> mentions = new ArrayList<>();
      for (String gpe : new String[] {"Moscow", "Beijing"}) {
        if (t.contains(gpe)) {
          mentions.add("GPE:" + gpe);
        }
      }
      for (String person : new String[] {"Putin", "Xi"}) {
        if (t.contains(person)) {
          mentions.add("PERSON:" + person);
        }
      }
      Workspace ws = TestDocs.workspace(t, mentions.toArray(new String[0]));
      MatchInput in = engine.prepare(ws.text(), ws.tokens(), ws.sentences(), ws.mentions());
      List<String> fast = describe(engine.candidates(in, 0, 0, Integer.MAX_VALUE, true));
      List<String> fastAll = describe(engine.candidates(in, 0, 0, Integer.MAX_VALUE, false));
      RuleEngine.Scratch s = engine.scratch();
      s.vm.tracer = (pc, start, pos) -> {};
      List<String> traced;
      try {
        traced = describe(engine.candidates(in, 0, 0, Integer.MAX_VALUE, false));
      } finally {
        s.vm.tracer = null;
      }
      for (String w : new String[] {",", "\"", "“", "”", "«", "»", "."}) {
        TokenTest exact = new TokenTest.ExactWord(w);
        TokenTest byId = new TokenTest.LowerWord(engine.program().vocabulary.lookup(w));
        for (int k = 0; k < in.size; k++) {
          assertThat(byId.test(in, k)).as(t + " @" + k + " " + w).isEqualTo(exact.test(in, k));
        }
      }
      assertThat(fastAll).as(t).isEqualTo(traced);
      assertThat(fast).as(t).isEqualTo(traced);
      matches += fast.size();
    }
    assertThat(matches).isGreaterThan(600);
  }

  @Test
  void rulesWhoseFirstTestsSayNothingStartEverywhere() {
    Program p = Access.engine(RuleSet.parse(RULES)).program();
    StartIndex s = p.starts;
    assertThat(s.anywhere[index(p, "a")]).isFalse();
    assertThat(s.anywhere[index(p, "d")]).isTrue(); // [!lower=the|and]
    assertThat(s.anywhere[index(p, "h")]).isTrue(); // [capitalized & !ent]: a shape
    assertThat(s.anywhere[index(p, "e")]).isFalse(); // "," or an opener: words
  }

  @Test
  void caselessWordsAreThoseNoOtherCharLowerCasesTo() {
    assertThat(Compiler.caseless(",")).isTrue();
    assertThat(Compiler.caseless("«")).isTrue();
    assertThat(Compiler.caseless("“")).isTrue();
    assertThat(Compiler.caseless("(")).isTrue();
    assertThat(Compiler.caseless("the")).isFalse(); // "The" lower-cases to it
    assertThat(Compiler.caseless("The")).isFalse();
    assertThat(Compiler.caseless("'s")).isFalse();
    assertThat(Compiler.caseless("3")).isTrue();
    assertThat(Compiler.caseless("\u2170")).isFalse(); // small roman numeral one: U+2160 lower-cases to it
    assertThat(Compiler.caseless("\u00AD")).isFalse(); // a format char words leave out
    assertThat(Compiler.caseless("")).isFalse();
  }

  private static int index(Program p, String id) {
    for (int r = 0; r < p.rules.size(); r++) {
      if (p.rules.get(r).id().equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException(id);
  }

  private static List<String> describe(List<RuleMatch> matches) {
    List<String> out = new ArrayList<>();
    for (RuleMatch m : matches) {
      out.add(m.rule() + ":" + m.start() + "-" + m.end() + java.util.Arrays.toString(m.caps()));
    }
    return out;
  }
}
