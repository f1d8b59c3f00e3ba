package dev.gazette.relations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Extraction;
import dev.gazette.Gazette;
import dev.gazette.Relation;
import dev.gazette.rules.RuleSet;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The default relation rules on sentences written for these tests: one or more positive cases per
 * relation type, negative cases, and the phenomena of scraped, machine-translated news (lost quotes,
 * inverted attribution, related-link headlines, the repeated lead, aliases).
 */
class DefaultRelationsTest extends AbstractConstructionsTest {

  @Override
  Stream<Arguments> positives() {
    return Stream.of(
        // ROLE: title before the name, with a demonym, a country, a possessive, or nothing
        Arguments.of("German Chancellor Olaf Scholz arrived in the morning.", "ROLE Olaf Scholz -> German", Map.of("title", "chancellor")),
        Arguments.of("France's foreign minister Stéphane Séjourné arrived late.", "ROLE Stéphane Séjourné -> France", Map.of("title", "foreign minister")),
        Arguments.of("Presidential spokesman Dmitry Peskov arrived late.", "ROLE Dmitry Peskov", Map.of("title", "presidential spokesman")),
        // ROLE: appositions after the name, "who heads", "the head of Y, X"
        Arguments.of("Sergei Lavrov, the Russian foreign minister, arrived late.", "ROLE Sergei Lavrov -> Russian", Map.of("title", "foreign minister")),
        Arguments.of("Alexei Miller, chief executive of Gazprom, stayed home.", "ROLE Alexei Miller -> Gazprom", Map.of("title", "chief executive")),
        Arguments.of("Ursula von der Leyen, who heads the European Commission, stayed home.", "ROLE Ursula von der Leyen -> European Commission", Map.of("title", "head")),
        Arguments.of("The head of Gazprom, Alexei Miller, stayed home.", "ROLE Alexei Miller -> Gazprom", Map.of("title", "head")),
        // STATEMENT: verb after the speaker, inverted, "according to"
        Arguments.of("Sergei Lavrov said that the talks had failed.", "STATEMENT Sergei Lavrov", Map.of("content", "the talks had failed", "verb", "said")),
        Arguments.of("The talks had failed, said Sergei Lavrov.", "STATEMENT Sergei Lavrov", Map.of("content", "The talks had failed")),
        Arguments.of("The talks had failed, the Kremlin announced.", "STATEMENT Kremlin", Map.of("content", "The talks had failed")),
        Arguments.of("According to Dmitry Peskov, the talks were useful.", "STATEMENT Dmitry Peskov", Map.of("content", "the talks were useful")),
        Arguments.of("The talks were useful, according to Dmitry Peskov.", "STATEMENT Dmitry Peskov", Map.of("content", "The talks were useful")),
        Arguments.of("“We will not give in,” Volodymyr Zelensky declared.", "STATEMENT Volodymyr Zelensky", Map.of("content", "We will not give in")),
        // CONSULT: pairs, met/received, mode and location
        Arguments.of("Vladimir Putin and Xi Jinping spoke by videoconference.", "CONSULT Vladimir Putin -> Xi Jinping", Map.of("mode", "videoconference")),
        Arguments.of("Xi Jinping received Vladimir Putin in Beijing.", "CONSULT Xi Jinping -> Vladimir Putin", Map.of("location", "Beijing")),
        Arguments.of("Olaf Scholz held talks with Emmanuel Macron in Paris.", "CONSULT Olaf Scholz -> Emmanuel Macron", Map.of("mode", "talks", "location", "Paris")),
        // TRADE, ACQUIRE
        Arguments.of("Russia has increased its gas deliveries to China.", "TRADE Russia -> China", Map.of("commodity", "gas")),
        Arguments.of("India imported record volumes of Russian crude.", "TRADE Russian -> India", Map.of("commodity", "crude")),
        Arguments.of("Gazprom took over Rosneft.", "ACQUIRE Gazprom -> Rosneft", Map.of()),
        // PLOVER types
        Arguments.of("The European Union imposed new sanctions on Iran.", "SANCTION European Union -> Iran", Map.of()),
        Arguments.of("Russia launched a new offensive against Ukraine.", "ASSAULT Russia -> Ukraine", Map.of()),
        Arguments.of("The strategic partnership between Moscow and Beijing is growing.", "COOPERATE Moscow -> Beijing", Map.of()),
        Arguments.of("Emmanuel Macron praised Ukraine for its courage.", "SUPPORT Emmanuel Macron -> Ukraine", Map.of()),
        Arguments.of("Washington called on Beijing to show restraint.", "REQUEST Washington -> Beijing", Map.of()),
        Arguments.of("The Kremlin warned Ukraine against any provocation.", "THREATEN Kremlin -> Ukraine", Map.of()),
        Arguments.of("Beijing accused Washington of interference.", "ACCUSE Beijing -> Washington", Map.of()),
        Arguments.of("Hungary rejected the proposal.", "REJECT Hungary", Map.of()),
        Arguments.of("Brussels and Washington signed an agreement.", "AGREE Brussels -> Washington", Map.of()),
        Arguments.of("Poland deployed troops near Belarus.", "MOBILIZE Poland -> Belarus", Map.of()),
        Arguments.of("Iran arrested two British nationals.", "COERCE Iran -> British", Map.of()),
        Arguments.of("Germany pledged new aid to Ukraine.", "AID Germany -> Ukraine", Map.of()),
        Arguments.of("The Kremlin withdrew from the grain deal.", "RETREAT Kremlin", Map.of()),
        Arguments.of("Gazprom, based in Moscow, reported record profits.", "LOCATED_IN Gazprom -> Moscow", Map.of()));
  }

  @Override
  Stream<Arguments> negatives() {
    return Stream.of(
        // a demonym before a plural noun is no subject of a verb
        Arguments.of("Western sanctions weigh on the economy.", "SANCTION"),
        // the object of "warned that ..." is not warned
        Arguments.of("Olaf Scholz warned that Russia was preparing a new offensive.", "THREATEN Olaf Scholz -> Russia"),
        // buying a company is no trade in goods
        Arguments.of("Gazprom bought the Polish poultry farmer Drobpol.", "TRADE"),
        // "called on" is a request, not a phone call
        Arguments.of("Washington called on Beijing to show restraint.", "CONSULT"),
        // "agree on ... Norwegian gas": the object of an agreement follows "with"
        Arguments.of("Brussels and Oslo agree on record volumes of Norwegian gas.", "AGREE Oslo -> Norwegian"),
        // people named side by side do not meet without a meeting verb
        Arguments.of("Vladimir Putin and Xi Jinping are both over seventy.", "CONSULT"),
        // no speech verb, no statement
        Arguments.of("Dmitry Peskov arrived in Beijing on Tuesday.", "STATEMENT"));
  }

  @Test
  void lostClosingQuoteGluedToATitleKeepsTheQuoteAsContent() {
    // "...in the whole region" + lost quote + "Russian presidential spokesman ..." glued as "regionRussian"
    Extraction x = extract("The markets remain calm in the whole regionRussian presidential spokesman Dmitry Peskov told journalists.");
    Relation r = find(x, "STATEMENT Dmitry Peskov");
    assertThat(r.attributes()).containsEntry("content", "The markets remain calm in the whole region");
    assertThat(relations(x)).contains("ROLE Dmitry Peskov -> Russian");
  }

  @Test
  void lostClosingQuoteGluedToTheVerbGivesAnInvertedStatement() {
    Extraction x = extract("Our cooperation will grow stronger in the coming yearsadded Dmitry Peskov.");
    assertThat(find(x, "STATEMENT Dmitry Peskov").attributes())
        .containsEntry("content", "Our cooperation will grow stronger in the coming years")
        .containsEntry("verb", "added");
  }

  @Test
  void aliasesAttachToTheEntity() {
    Extraction x = extract("Vladimir Putin arrived on Monday. Chinese President Xi Jinping and Vladimir Poutine spoke by telephone.");
    assertThat(relations(x)).contains("CONSULT Xi Jinping -> Vladimir Putin");
  }

  @Test
  void dateIsTheSentenceDateElseTheArticleDate() {
    Extraction x = extract("The European Union imposed new sanctions on Iran on March 4. Hungary rejected the proposal.");
    assertThat(find(x, "SANCTION European Union -> Iran").attributes()).containsEntry("date", "2024-03-04");
    assertThat(find(x, "REJECT Hungary").attributes()).containsEntry("date", "2024-03-05");
  }

  @Test
  void theRepeatedLeadAddsNoDuplicateAndRelatedLinksAreMarked() {
    String lead = "Beijing accused Washington of interference in its internal affairs on Monday.";
    String text = HEADER + lead + "\n\n" + lead
        + " The dispute has lasted for months. read alsoTrade: Hungary rejects the new proposal The talks will resume next week.\n";
    Extraction x = Gazette.defaults().extract(text);
    assertThat(relations(x)).filteredOn(l -> l.equals("ACCUSE Beijing -> Washington")).hasSize(1);
    Relation rejected = find(x, "REJECT Hungary");
    assertThat(rejected.attributes()).containsEntry("source", "related_link");
  }

  @Test
  void switchedOffAloneTheyLeaveTheEntitiesAndLetOtherRulesRun() {
    String text = HEADER + "Hungary rejected the proposal of Poland on Monday.\n";
    Extraction all = Gazette.defaults().extract(text);
    assertThat(relations(all)).anyMatch(l -> l.startsWith("REJECT Hungary"));
    Extraction entities = Gazette.builder().defaultRelations(false).build().extract(text);
    assertThat(entities.relations()).isEmpty();
    assertThat(entities.entities()).isEqualTo(all.entities());
    RuleSet own = RuleSet.parse("rule own.rejected: (?<s> <GPE>) \"rejected\" [] [] [] (?<o> <GPE>) => relation REJECT subject=s object=o");
    Extraction replaced = Gazette.builder().defaultRelations(false).addRules(own).build().extract(text);
    assertThat(replaced.relations()).singleElement().satisfies(r -> assertThat(r.rule()).isEqualTo("own.rejected"));
  }

  @Test
  void switchedOffWithTheBuiltInRecognizers() {
    Extraction x = Gazette.builder().builtInRecognizers(false).build().extract(HEADER + "Hungary rejected the proposal.\n");
    assertThat(x.relations()).isEmpty();
  }
}
