package dev.gazette.relations;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Found on an invented article about a gas supply deal (session 13): an amount with "up to" before the
 * goods ("will deliver up to one billion cubic meters of gas to Slovakia": that "to" is no
 * destination), a contract signed by two parties, talks described as negotiating with someone, also
 * after a relative clause, and a company no table knows after "the acquisition of", whose approver is no
 * buyer.
 */
class DealsAndNegotiationsConstructionsTest extends AbstractConstructionsTest {

  @Override
  Stream<Arguments> positives() {
    return Stream.of(
        Arguments.of("Azerbaijan will deliver up to one billion cubic meters of natural gas per year to Slovakia from 2026.",
            "TRADE Azerbaijan -> Slovakia", Map.of("commodity", "gas")),
        Arguments.of("The contract was signed on Monday in Baku by the state company SOCAR and the Slovak operator SPP.",
            "AGREE SOCAR -> SPP"),
        Arguments.of("Hungary, which also depends on Russian gas, is negotiating with Azerbaijan a similar agreement.",
            "CONSULT Hungary -> Azerbaijan"),
        Arguments.of("Toyota has been negotiating with Renault since March.", "CONSULT Toyota -> Renault"),
        // a name no table knows after "acquisition of" is a company
        Arguments.of("The Japanese group SoftBank announced on Thursday the acquisition of the British chip designer Graphcore.",
            "ACQUIRE SoftBank -> Graphcore"),
        Arguments.of("The Federal Reserve approved the acquisition of Coastal by Suffield Financial Corp.",
            "ACQUIRE Suffield Financial Corp. -> Coastal"));
  }

  @Override
  Stream<Arguments> negatives() {
    return Stream.of(
        Arguments.of("Hungary refused to negotiate with Azerbaijan.", "CONSULT"),
        Arguments.of("Hungary will not negotiate with Azerbaijan.", "CONSULT"),
        Arguments.of("The contract was signed by SOCAR, and SPP rejected it.", "AGREE SOCAR -> SPP"),
        // one who approves an acquisition is no buyer
        Arguments.of("The Federal Reserve approved the acquisition of Coastal by Suffield Financial Corp.", "ACQUIRE Federal Reserve"));
  }
}
