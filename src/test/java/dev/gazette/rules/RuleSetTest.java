package dev.gazette.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Article;
import dev.gazette.Entity;
import dev.gazette.EntityType;
import dev.gazette.Extraction;
import dev.gazette.Extractor;
import dev.gazette.Gazette;
import dev.gazette.Mention;
import dev.gazette.Relation;
import dev.gazette.RelationType;
import dev.gazette.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The public face: rules run in the pipeline, builder equivalence, warnings, explanations, swapping. */
class RuleSetTest {
  private static final String TEXT =
      "Kremlin spokesman Dmitry Peskov said the talks would be held by video link. "
          + "Chinese President Xi Jinping is expected to attend the talks in Geneva according to Beijing officials.";

  private static final String RULES =
      """
      # speech and titles
      list speech_verbs = said, told, added, declared
      list titles = spokesman, president, minister

      rule statement.said priority 10:
        (?<who> <PERSON>) @speech_verbs (?<what> []+)
        => relation STATEMENT subject=who content=$what

      rule statement.according_to:
        "according to" (?<who> <PERSON|GPE|ORG>) (?<what> []*)
        => relation STATEMENT subject=who source=according_to

      rule role.org_title_person priority 5:
        (?<org> <ORG>) (?<title> @titles) (?<who> <PERSON>)
        => relation ROLE subject=who object=org title=$title

      rule role.title_person:
        (?<title> @titles) (?<who> <PERSON>)
        => set who title=$title

      rule place.in_city:
        [lower=in] (?<city> [shape=Xx & !ent]) [lower=according]
        => entity GPE from city kind=city
      """;

  /** A stand-in for entity recognition: mentions at the first occurrence of each name. */
  static Extractor names(String... specs) {
    return doc -> {
      for (String spec : specs) {
        String[] p = spec.split(":", 2);
        int at = doc.text().indexOf(p[1]);
        doc.addMention(Mention.builder(Span.of(at, at + p[1].length()), p[1], EntityType.of(p[0])).rule("names").build());
      }
    };
  }

  private static final Extractor NAMES =
      names("ORG:Kremlin", "PERSON:Dmitry Peskov", "PERSON:Xi Jinping", "GPE:Beijing", "NORP:Chinese");

  static List<String> describe(Extraction x) {
    List<String> out = new ArrayList<>();
    for (Relation r : x.relations()) {
      String subject = x.entity(r.subject()).orElseThrow().name();
      String object = r.object().map(o -> " -> " + x.entity(o).orElseThrow().name()).orElse("");
      out.add(r.rule() + ": " + r.type() + " " + subject + object + " " + r.attributes());
    }
    return out;
  }

  @Test
  void aRegularExpressionThatGivesUpIsReportedAsAWarning() {
    // ends in a class, not a letter: no ending can be read off it, so it runs on every token
    RuleSet rules = RuleSet.parse("rule evil: (?<x>[re=/(a+)+[b]/]) => entity PRODUCT from x");
    Gazette g = Gazette.builder().builtInRecognizers(false).addRules(rules).build();
    Extraction x = g.extract("Plain words. Then " + "a".repeat(5_000) + "c here.");
    assertThat(x.entities()).isEmpty();
    assertThat(x.warnings()).singleElement().asString()
        .startsWith("rule-regex-budget: ")
        .endsWith("the first at char " + "Plain words. Then ".length());
    assertThat(g.extract("Plain words, aab and ab.").warnings()).isEmpty();
  }

  @Test
  void aRegularExpressionIsNotRunOnATokenWithoutTheEndingItRequires() {
    RuleSet rules = RuleSet.parse("rule evil: (?<x>[re=/(a+)+b/]) => entity PRODUCT from x");
    Gazette g = Gazette.builder().builtInRecognizers(false).addRules(rules).build();
    assertThat(g.extract("Plain words. Then " + "a".repeat(5_000) + "c here.").warnings()).isEmpty();
    assertThat(g.extract("Then aab here.").entities()).extracting(e -> e.mentions().get(0).text()).containsExactly("aab");
  }

  @Test
  void aRegularExpressionThatGaveUpOnAWordGivesUpAgainOnEveryRepeat() {
    // short enough for the per-thread memo of answers: repeats are answered from it, and still counted
    RuleSet rules = RuleSet.parse("rule evil: (?<x>[re=/(.*a){12}[b]/]) => entity PRODUCT from x");
    Gazette g = Gazette.builder().builtInRecognizers(false).addRules(rules).build();
    String word = "a".repeat(15) + "c";
    for (int round = 0; round < 2; round++) {
      Extraction x = g.extract("First " + word + " then " + word + ".");
      assertThat(x.warnings()).singleElement().asString()
          .startsWith("rule-regex-budget: 2 test(s)")
          .endsWith("the first at char " + "First ".length());
    }
  }

  @Test
  void regularExpressionsAnswerForTheirOwnPatternOnRepeatedWords() {
    RuleSet rules = RuleSet.parse(
        "rule ed: (?<x>[re=/[a-z]+ed/]) => entity PRODUCT from x\n"
            + "rule ing: (?<x>[re=/[a-z]+ing/]) => entity EVENT from x\n");
    Gazette g = Gazette.builder().builtInRecognizers(false).addRules(rules).build();
    for (int round = 0; round < 2; round++) {
      Extraction x = g.extract("Walked, walking, talked and walked again, walking, walked.");
      assertThat(x.entities())
          .extracting(e -> e.type().name() + ":" + e.name() + "x" + e.mentions().size())
          .containsExactlyInAnyOrder("PRODUCT:talkedx1", "PRODUCT:walkedx2", "EVENT:walkingx2");
    }
  }

  @Test
  void anEntityActionsValueAttributeIsTheMentionsNormalizedValue() {
    RuleSet rules =
        RuleSet.parse("rule tet: (?<d> \"Tet\" \"holiday\") => entity DATE from d value=\"2024-02-10\" timex_type=DATE\n");
    Extraction x =
        Gazette.builder().builtInRecognizers(false).addRules(rules).build().extract("Markets close for the Tet holiday. The Tet holiday ends.");
    assertThat(x.entities()).hasSize(1);
    Entity tet = x.entities().get(0);
    assertThat(tet.type()).isEqualTo(EntityType.DATE);
    assertThat(tet.value()).contains("2024-02-10");
    assertThat(tet.attributes()).containsEntry("timex_type", "DATE").doesNotContainKey("value");
    assertThat(tet.mentions()).hasSize(2);
  }

  @Test
  void rulesRunInThePipeline() {
    Gazette g = Gazette.builder().builtInRecognizers(false).addExtractor(NAMES).addRules(RuleSet.parse(RULES)).build();
    Extraction x = g.extract(Article.of(TEXT));
    assertThat(describe(x))
        .containsExactly(
            "role.org_title_person: ROLE Dmitry Peskov -> Kremlin {title=spokesman}",
            "statement.said: STATEMENT Dmitry Peskov {content=the talks would be held by video link.}",
            "statement.according_to: STATEMENT Beijing {source=according_to}");
    Entity xi = x.entities(EntityType.PERSON).stream().filter(e -> e.name().equals("Xi Jinping")).findFirst().orElseThrow();
    assertThat(xi.attributes()).containsEntry("title", "President");
    Entity geneva = x.entities(EntityType.GPE).stream().filter(e -> e.name().equals("Geneva")).findFirst().orElseThrow();
    assertThat(geneva.attributes()).containsEntry("kind", "city");
    assertThat(geneva.mentions().get(0).rule()).isEqualTo("place.in_city");
    Relation said = x.relations(RelationType.STATEMENT).get(0);
    assertThat(said.evidence().text(TEXT)).startsWith("Kremlin spokesman").endsWith("video link.");
    assertThat(said.confidence()).isEqualTo(1.0);
  }

  @Test
  void theJavaBuilderCompilesToTheSameRules() {
    RuleSet built =
        RuleSet.builder()
            .list("speech_verbs", List.of("said", "told", "added", "declared"))
            .list("titles", List.of("spokesman", "president", "minister"))
            .rule("statement.said").priority(10)
                .pattern("(?<who> <PERSON>) @speech_verbs (?<what> []+)")
                .relation(RelationType.STATEMENT, "who", Map.of("content", "$what"))
                .add()
            .rule("statement.according_to")
                .pattern("\"according to\" (?<who> <PERSON|GPE|ORG>) (?<what> []*)")
                .relation(RelationType.STATEMENT, "who", Map.of("source", "according_to"))
                .add()
            .rule("role.org_title_person").priority(5)
                .pattern("(?<org> <ORG>) (?<title> @titles) (?<who> <PERSON>)")
                .relation(RelationType.ROLE, "who", "org", Map.of("title", "$title"))
                .add()
            .rule("role.title_person")
                .pattern("(?<title> @titles) (?<who> <PERSON>)")
                .set("who", Map.of("title", "$title"))
                .add()
            .rule("place.in_city")
                .pattern("[lower=in] (?<city> [shape=Xx & !ent]) [lower=according]")
                .entity(EntityType.GPE, "city", Map.of("kind", "city"))
                .add()
            .build();
    Extraction fromText = Gazette.builder().builtInRecognizers(false).addExtractor(NAMES).addRules(RuleSet.parse(RULES)).build().extract(TEXT);
    Extraction fromBuilder = Gazette.builder().builtInRecognizers(false).addExtractor(NAMES).addRules(built).build().extract(TEXT);
    assertThat(describe(fromBuilder)).isEqualTo(describe(fromText));
    assertThat(fromBuilder.entities()).isEqualTo(fromText.entities());
    assertThat(built.ruleIds()).isEqualTo(RuleSet.parse(RULES).ruleIds());
  }

  @Test
  void ruleSetsCanBeSwappedAtomically() {
    AtomicReference<RuleSet> current = new AtomicReference<>(RuleSet.parse(RULES));
    Gazette g = Gazette.builder().builtInRecognizers(false).addExtractor(NAMES).addRules(current::get).build();
    assertThat(g.extract(TEXT).relations()).hasSize(3);
    current.set(RuleSet.parse("rule only: (?<p><PERSON>) [lower=is] => relation ROLE subject=p"));
    assertThat(describe(g.extract(TEXT))).containsExactly("only: ROLE Xi Jinping {}");
  }

  @Test
  void relationsNeedTheirArgumentsToBeEntities() {
    // "the talks" names no entity, so no relation; an object capture that names nothing drops the relation
    RuleSet rules = RuleSet.parse(
        """
        rule a: (?<x>[lower=talks]) [lower=would] => relation STATEMENT subject=x
        rule b: (?<x><PERSON>) [lower=said] (?<y>[lower=the]) => relation CONSULT subject=x object=y
        """);
    assertThat(Gazette.builder().builtInRecognizers(false).addExtractor(NAMES).addRules(rules).build().extract(TEXT).relations()).isEmpty();
  }

  @Test
  void warningsAtLoadTime() {
    RuleSet rules = RuleSet.builder().list("nothing_here", List.of()).addText("<string>",
        """
        list verbs = said, told
        rule dead.empty_list: (?<x>[lower=@nothing_here]) => set x k=v
        rule dead.after_end: (?<x>[]) $ [] => set x k=v
        rule dead.contradiction: (?<x>[ent=PERSON & ent=ORG]) => set x k=v
        rule dead.two_words: (?<x>[lower=said & lower=told]) => set x k=v
        rule live.window window 2: (?<x>[]) $ ^ [] => set x k=v
        rule s.general priority 3: (?<x><PERSON>) @verbs => relation STATEMENT subject=x
        rule s.specific: (?<x><PERSON>) [lower=said] => relation STATEMENT subject=x
        rule s.copy: (?<x><PERSON>) @verbs => relation STATEMENT subject=x
        rule s.other_group: (?<x><PERSON>) @verbs => relation ROLE subject=x
        rule typo: (?<x>[ent=PERSN]) => set x k=v
        """).build();
    List<String> warnings = rules.warnings().stream().map(w -> w.kind() + " " + w.rule()).toList();
    assertThat(warnings)
        .containsExactlyInAnyOrder(
            "NEVER_MATCHES dead.empty_list",
            "NEVER_MATCHES dead.after_end",
            "NEVER_MATCHES dead.contradiction",
            "NEVER_MATCHES dead.two_words",
            "SHADOWED s.specific",
            "SHADOWED s.copy",
            "UNKNOWN_TYPE typo");
    RuleWarning shadowed = rules.warnings().stream().filter(w -> w.rule().equals("s.copy")).findFirst().orElseThrow();
    assertThat(shadowed.line()).isEqualTo(9);
    assertThat(shadowed.message()).contains("'s.general'").contains("priority");
    assertThat(shadowed.toString()).startsWith("<string>:9: SHADOWED: ");
  }

  @Test
  void explainShowsMatchesAndNearMisses() {
    RuleSet rules = RuleSet.parse(RULES);
    String sentence = "Presidential spokesman Dmitry Peskov spoke to reporters on Thursday";
    int at = sentence.indexOf("Dmitry Peskov");
    Mention peskov = Mention.builder(Span.of(at, at + 13), "Dmitry Peskov", EntityType.PERSON).build();
    Explanation why = rules.explain(sentence, List.of(peskov));
    assertThat(why.matches()).extracting(Explanation.Match::rule, Explanation.Match::text, Explanation.Match::kept)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("role.title_person", "spokesman Dmitry Peskov", true));
    assertThat(why.matches().get(0).captures()).containsEntry("who", Span.of(at, at + 13));
    Explanation.NearMiss miss = why.nearMisses().stream().filter(m -> m.rule().equals("statement.said")).findFirst().orElseThrow();
    assertThat(miss.matchedText()).isEqualTo("Dmitry Peskov");
    assertThat(miss.failedElement()).isEqualTo("@speech_verbs");
    assertThat(miss.foundText()).isEqualTo("spoke");
    assertThat(miss.where()).hasValue("<string>:6:21");
    assertThat(miss.prefilter()).isPresent();
    assertThat(why.toString()).contains("near miss statement.said: matched 'Dmitry Peskov', then @speech_verbs");
  }

  @Test
  void explainOnAnExtractionShowsOverruledMatches() {
    RuleSet rules = RuleSet.parse(
        """
        rule short: (?<x><PERSON>) [lower=said] => relation STATEMENT subject=x
        rule long: (?<x><PERSON>) [lower=said] (?<y>[]+) => relation STATEMENT subject=x content=$y
        """);
    Extraction x = Gazette.builder().builtInRecognizers(false).addExtractor(NAMES).addRules(rules).build().extract(TEXT);
    Explanation why = rules.explain(x, 0);
    assertThat(why.matches()).extracting(Explanation.Match::rule, Explanation.Match::kept, Explanation.Match::lostTo)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("long", true, java.util.Optional.empty()),
            org.assertj.core.groups.Tuple.tuple("short", false, java.util.Optional.of("long")));
  }

  @Test
  void explainOnAnExtractionSeesTheDescriptionsLinkedToEntities() {
    // "The Kenyan leader" is no name of William Ruto's entity, but the relation rules matched it as Ruto:
    // the explanation must show that match, not a near miss.
    RuleSet rules = RuleSet.parse(
        """
        rule met_person: (?<s> <PERSON>) [lower=met] (?<o> <PERSON>) => relation CONSULT subject=s object=o
        """);
    Extraction x = Gazette.builder().addRules(rules).defaultRelations(false).build().extract(Article.of(
        " date 2024-05-06 \n\nKenyan President William Ruto arrived in Addis Ababa on Monday. The Kenyan leader met Abiy Ahmed.\n"));
    Relation met = x.relations(RelationType.CONSULT).get(0);
    assertThat(x.entity(met.subject()).orElseThrow().name()).isEqualTo("William Ruto");
    int sentence = x.sentences().size() - 1;
    Explanation why = rules.explain(x, sentence);
    assertThat(why.matches()).extracting(Explanation.Match::rule, Explanation.Match::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("met_person", "leader met Abiy Ahmed"));
  }
}
