package dev.gazette.relations;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Found on an invented article about floods and emergency aid (session 13): a trip "to meet" someone
 * after a date set off by commas ("will travel to Pretoria on Friday, March 17, to meet ..."), and
 * deployments of experts, observers or money, which are no military mobilization, and police sent
 * abroad, which are no trade; a member a bloc suspends; a title whose
 * portfolio no list holds ("the European Commissioner for Crisis Management, Janez Lenarcic"); a
 * relation dated by a time of day ("on Sunday evening"); the pronoun of a reported clause ("Costa said
 * he had spoken with Nyusi").
 */
class VisitsAndDeploymentsConstructionsTest extends AbstractConstructionsTest {

  @Override
  Stream<Arguments> positives() {
    return Stream.of(
        Arguments.of("Filipe Nyusi will travel to Pretoria on Friday, March 17, to meet his South African counterpart Cyril Ramaphosa.",
            "CONSULT Filipe Nyusi -> Cyril Ramaphosa"),
        Arguments.of("Filipe Nyusi travelled to Pretoria on Friday to meet Cyril Ramaphosa.", "CONSULT Filipe Nyusi -> Cyril Ramaphosa"),
        // a time of day dates the relation by its day
        Arguments.of("Antonio Costa spoke by telephone with Filipe Nyusi on Sunday evening.", "CONSULT Antonio Costa -> Filipe Nyusi",
            Map.of("date", "2024-03-03", "mode", "telephone")),
        // "he" after "said": the speaker, whose act the reported clause tells
        Arguments.of("Antonio Costa said he had spoken by telephone with Filipe Nyusi.", "CONSULT Antonio Costa -> Filipe Nyusi"),
        Arguments.of("Amara Diallo said that she would meet Filipe Nyusi on Friday.", "CONSULT Amara Diallo -> Filipe Nyusi"),
        Arguments.of("Paul Verant, an analyst at the bank, said he was not surprised by the merger.", "STATEMENT Paul Verant",
            Map.of("content", "he was not surprised by the merger")),
        Arguments.of("Russia deployed troops to the border on Monday.", "MOBILIZE Russia"),
        Arguments.of("The African Union suspended Niger after the coup.", "SANCTION African Union -> Niger"),
        Arguments.of("Russia has deployed additional troops near Kharkiv.", "MOBILIZE Russia -> Kharkiv"),
        Arguments.of("The European Commissioner for Crisis Management, Janez Lenarcic, visited Quelimane.",
            "ROLE Janez Lenarcic -> European"),
        Arguments.of("The Portuguese Minister for Crisis Management, Joana Vidal, landed in Beira.", "ROLE Joana Vidal -> Portuguese"));
  }

  @Override
  Stream<Arguments> negatives() {
    return Stream.of(
        Arguments.of("Filipe Nyusi will travel to Pretoria on Friday, March 17, to see the stadium built by Cyril Ramaphosa.",
            "CONSULT Filipe Nyusi -> Cyril Ramaphosa"),
        Arguments.of("Brussels will deploy a team of experts from the civil protection mechanism.", "MOBILIZE"),
        Arguments.of("The European Union deployed observers to Georgia on Monday.", "MOBILIZE"),
        Arguments.of("The central bank mobilized funds to support the currency.", "MOBILIZE"),
        // police sent abroad are no goods
        Arguments.of("Kenya will send 1,000 police officers to Haiti, President William Ruto announced.", "TRADE"),
        Arguments.of("Russia expelled Poland's ambassador on Monday.", "SANCTION"),
        Arguments.of("The European Union suspended talks with Gazprom.", "SANCTION"),
        // another person named before the pronoun: not clear who "he" is
        Arguments.of("Antonio Costa told Pedro Sanchez he had spoken with Filipe Nyusi.", "CONSULT Antonio Costa"),
        Arguments.of("The Portuguese Minister for Crisis Management met Joana Vidal in Beira.", "ROLE Joana Vidal"));
  }
}
