package dev.gazette.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Article;
import dev.gazette.Entity;
import dev.gazette.Extraction;
import dev.gazette.Gazette;
import dev.gazette.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The default relation rules read the usual ways news words each relation, not only the active "X
 * verb Y": passive voice, nominalizations, appositions, relative clauses, coordination, "said it
 * would", and leave negated events alone. Each row is a sentence written for this test, the relation
 * type, and the expected subject and object (by entity name, or a word of it; {@code *} for "no object
 * or any object").
 */
class DefaultRelationConstructionsTest {
  private static final Gazette GAZETTE = Gazette.defaults();

  static Stream<Arguments> constructions() {
    return Stream.of(
        // passive with the target first, agents coordinated after "by"
        row("A Philippine supply boat was attacked with water cannon on Saturday by the China Coast Guard.", "ASSAULT", "China Coast Guard", "Philippine"),
        row("Seven Russian hackers were sanctioned on Thursday by the United Kingdom and the United States.", "SANCTION", "United States", "Russian"),
        row("The opposition leader Alexei Navalny was arrested by the Russian police in Moscow.", "COERCE", "Russian", "Navalny"),
        row("The deal was immediately criticized by Amnesty International.", "ACCUSE", "Amnesty International", "*"),
        row("The plan was welcomed by Germany and by France.", "SUPPORT", "France", "*"),
        row("Javier Milei, who won the election, has been invited to Brasilia by the Brazilian Foreign Minister Mauro Vieira.", "REQUEST", "Mauro Vieira", "Milei"),
        // reduced participles and nominalizations
        row("The sanctions imposed by London and Washington on the Wagner Group freeze its assets.", "SANCTION", "Washington", "Wagner"),
        row("The aid promised by France to Libya includes a field hospital.", "AID", "France", "Libya"),
        row("The donation of 50 tons of medicines by Algeria to Libya was announced on Tuesday.", "AID", "Algeria", "Libya"),
        row("The joint patrols conducted last month by the Philippine and Australian navies angered Beijing.", "COOPERATE", "Philippine", "Australian"),
        row("The cobalt exported by Glencore to China transits through Tanzania.", "TRADE", "Glencore", "China"),
        row("The visit of the German Chancellor Olaf Scholz to Rome is scheduled for next month.", "CONSULT", "Olaf Scholz", "Rome"),
        row("The takeover of Zenith Logistics, the Danish trucking firm, by Vantor Group was approved.", "ACQUIRE", "Vantor Group", "Zenith Logistics"),
        row("Beijing's attack on the Philippine vessel is the most serious incident this year.", "ASSAULT", "Beijing", "Philippine"),
        row("The UN Security Council was paralyzed by the vetoes of China and Russia.", "REJECT", "Russia", "*"),
        row("Kyiv received on Monday the congratulations of Joe Biden.", "SUPPORT", "Joe Biden", "Kyiv"),
        // a second verb sharing the subject
        row("The Chinese foreign ministry rejected the protest and accused the Philippines of violating its sovereignty.", "ACCUSE", "Chinese", "Philippines"),
        row("The United States condemned the blockade and reaffirmed its support for the Philippines.", "SUPPORT", "United States", "Philippines"),
        row("The union welcomed the agreement, but Greenpeace criticized the deal and asked the European Commission to intervene.", "REQUEST", "Greenpeace", "European Commission"),
        // coordinated subjects
        row("Japan and Australia expressed their support for Manila.", "SUPPORT", "Australia", "Manila"),
        row("The United States and the European Union signed in May a memorandum with Kazakhstan.", "AGREE", "United States", "Kazakhstan"),
        // relative clauses, appositions
        row("Vantor Group, which bought Zenith Logistics in 2016 and Borealis Holdings in 2018, wants to grow.", "ACQUIRE", "Vantor Group", "Borealis Holdings"),
        row("Khalifa Haftar, the commander of the Libyan National Army, which controls the east of the country, received on Tuesday in Benghazi the Egyptian Chief of Staff Osama Askar.", "CONSULT", "Khalifa Haftar", "Osama Askar"),
        row("Vladimir Putin, who spoke by telephone on Monday with the US Secretary of State Antony Blinken, said the talks were useful.", "CONSULT", "Vladimir Putin", "Antony Blinken"),
        row("Javier Milei, the economist elected on Sunday president of Argentina, thanked his voters.", "ROLE", "Milei", "Argentina"),
        row("China, which buys more than 70% of Congolese cobalt, has not reacted.", "TRADE", "Congolese", "China"),
        row("Microsoft will take a 49% stake in OpenAI.", "ACQUIRE", "Microsoft", "OpenAI"),
        row("Drazen Budisa, chairman of the largest opposition party, the Croatian Social Liberal Party, objected.", "ROLE", "Drazen Budisa", "Croatian Social Liberal Party"),
        // "said it would", appeals, expressed support
        row("The White House said it supported any effort to end the war.", "SUPPORT", "White House", "*"),
        row("The United Nations launched an appeal for 71 million dollars.", "REQUEST", "United Nations", "*"),
        row("Egypt sent two navy ships carrying field hospitals to Libya.", "AID", "Egypt", "Libya"),
        row("Russia delivered humanitarian aid to Syria.", "AID", "Russia", "Syria"),
        row("China is ready to help the countries of Central Asia.", "AID", "China", "Central Asia"),
        row("North Korea fired on Thursday a new type of intercontinental ballistic missile.", "MOBILIZE", "North Korea", "*"),
        // more nominalizations, fronted visits, weapons as subjects
        row("Vladimir Putin's meeting with Recep Tayyip Erdogan in Sochi lasted three hours.", "CONSULT", "Vladimir Putin", "Erdogan"),
        row("During his visit to Kyiv, the German Chancellor Olaf Scholz promised more air defence.", "CONSULT", "Olaf Scholz", "Kyiv"),
        row("Iran and Saudi Arabia reached a historic agreement on Friday.", "AGREE", "Iran", "Saudi Arabia"),
        row("The grain deal signed by Ukraine and Russia in Istanbul expired in July.", "AGREE", "Ukraine", "Russia"),
        row("The arrest of Alexei Navalny by the Russian authorities in January drew protests.", "COERCE", "Russian", "Navalny"),
        row("The invasion of Ukraine by Russia in February 2022 changed Europe.", "ASSAULT", "Russia", "Ukraine"),
        row("The talks were held in Doha at the request of the United States.", "REQUEST", "United States", "*"),
        row("The International Criminal Court issued an arrest warrant for Vladimir Putin.", "ACCUSE", "International Criminal Court", "Vladimir Putin"),
        row("Ukraine received 10 billion euros from the European Union in March.", "AID", "European Union", "Ukraine"),
        row("A Russian missile struck a hospital in Dnipro on Friday.", "ASSAULT", "Russian", "Dnipro"),
        row("India's imports of Russian oil reached a record in May.", "TRADE", "Russian", "India"),
        row("Zenith Logistics was bought last year by Vantor Group.", "ACQUIRE", "Vantor Group", "Zenith Logistics"),
        row("A spokesman for the Pentagon, Pat Ryder, said the strikes were over.", "ROLE", "Pat Ryder", "Pentagon"),
        // the usual verbs of each type, beyond the commonest ones
        row("Kyiv lambasted Moscow for the strike on the port.", "ACCUSE", "Kyiv", "Moscow"),
        row("Tehran rebuffed the European Union on Monday.", "REJECT", "Tehran", "European Union"),
        row("Nigeria sealed a deal with Morocco on the gas pipeline.", "AGREE", "Nigeria", "Morocco"),
        row("President Emmanuel Macron arrived in Algiers on Thursday. He also accused Russia of spreading false news in Africa.", "ACCUSE", "Emmanuel Macron", "Russia"),
        row("Sweden extradited two suspects to Turkey after Ankara lauded Stockholm.", "SUPPORT", "Ankara", "Stockholm"));
  }

  /** Negated or unrelated sentences that must not give the relation. */
  static Stream<Arguments> nonRelations() {
    return Stream.of(
        row("Washington did not announce any sanctions against Beijing.", "SANCTION", "Washington", "Beijing"),
        row("Air France-KLM, which had also shown interest, will not buy ITA Airways.", "ACQUIRE", "Air France-KLM", "ITA Airways"),
        row("Two Congolese journalists who had reported on the case were arrested by the police in Lubumbashi.", "COERCE", "*", "Congolese"),
        row("The Chinese ambassador was summoned by the ministry, and Manila lodged a protest.", "REQUEST", "Manila", "*"),
        row("Egypt sent two navy ships carrying field hospitals to Libya.", "TRADE", "Egypt", "Libya"),
        row("Russia launched on Saturday a new wave of missile strikes against Ukraine.", "MOBILIZE", "Russia", "*"),
        row("The Congolese army detained on Wednesday in Kolwezi the director of the company.", "COERCE", "Congolese", "Kolwezi"),
        row("Germany and France have not imposed sanctions on the group so far, according to diplomats in Brussels.", "STATEMENT", "Brussels", "*"));
  }

  @ParameterizedTest
  @MethodSource("constructions")
  void findsTheRelation(String sentence, String type, String subject, String object) {
    Extraction x = GAZETTE.extract(Article.builder().text(sentence).id("t").build());
    assertThat(find(x, type, subject, object)).as(describe(x) + " in: " + sentence).isPresent();
  }

  @ParameterizedTest
  @MethodSource("nonRelations")
  void doesNotInventTheRelation(String sentence, String type, String subject, String object) {
    Extraction x = GAZETTE.extract(Article.builder().text(sentence).id("t").build());
    assertThat(find(x, type, subject, object)).as(describe(x) + " in: " + sentence).isEmpty();
  }

  @Test
  void defaultRulesLoadWithoutWarnings() {
    assertThat(DefaultRules.load().warnings()).isEmpty();
  }

  private static Optional<Relation> find(Extraction x, String type, String subject, String object) {
    return x.relations().stream()
        .filter(r -> r.type().name().equals(type))
        .filter(r -> subject.equals("*") || names(x, r.subject()).contains(subject))
        .filter(r -> object.equals("*") || r.object().map(o -> names(x, o)).orElse("").contains(object))
        .findFirst();
  }

  private static String names(Extraction x, String id) {
    Entity e = x.entity(id).orElseThrow();
    List<String> all = new ArrayList<>(e.aliases());
    all.add(e.name());
    e.mentions().forEach(m -> all.add(m.text()));
    return String.join("|", all);
  }

  private static String describe(Extraction x) {
    List<String> out = new ArrayList<>();
    for (Relation r : x.relations()) {
      out.add(r.type() + "(" + x.entity(r.subject()).get().name() + " -> "
          + r.object().flatMap(x::entity).map(Entity::name).orElse("*") + ") " + r.rule());
    }
    return "relations " + out;
  }

  private static Arguments row(String sentence, String type, String subject, String object) {
    return Arguments.of(sentence, type, subject, object);
  }
}
