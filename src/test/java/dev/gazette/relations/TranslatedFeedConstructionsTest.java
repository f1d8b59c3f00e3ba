package dev.gazette.relations;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Quotes whose closing mark was lost before an institution or country that starts the speaker's
 * title, demonyms that name a people, not a place ("his Argentine counterpart"), control taken of
 * a company, orders won, meetings in the word orders of translated news, and the dates of relations.
 */
class TranslatedFeedConstructionsTest extends AbstractConstructionsTest {
  @Override
  Stream<Arguments> positives() {
    return Stream.of(
        Arguments.of("We respect the choices of our partnersChinese foreign ministry spokeswoman Mao Ning told reporters.",
            "STATEMENT Mao Ning", Map.of("content", "We respect the choices of our partners")),
        Arguments.of("The talks went wellJapan's foreign minister Yoko Kamikawa said on Friday.",
            "STATEMENT Yoko Kamikawa", Map.of("content", "The talks went well")),
        Arguments.of("Our doors stay open to our neighboursKremlin spokesman Dmitry Peskov said.",
            "STATEMENT Dmitry Peskov", Map.of("content", "Our doors stay open to our neighbours")),
        Arguments.of("Gabriel Boric met his Argentine counterpart Javier Milei in Mendoza.",
            "CONSULT Gabriel Boric -> Javier Milei"),
        Arguments.of("Last month, the American group Corvex took control of the Norwegian company Aker Offshore.",
            "ACQUIRE Corvex -> Aker Offshore"),
        Arguments.of("The fund Baltic Capital has gained majority control over Riga Rail Logistics.",
            "ACQUIRE Baltic Capital -> Riga Rail Logistics"),
        // A subject's apposition before a visit.
        Arguments.of("Viktor Orban, the only European leader to congratulate the winner, will visit Tbilisi on Monday.",
            "CONSULT Viktor Orban -> Tbilisi", Map.of("mode", "visit")),
        // A date in a relative clause after the subject does not date the act after it.
        Arguments.of("Russia, which has occupied part of Georgia since the war of 2008, welcomed the vote of Georgian Dream.",
            "SUPPORT Russia -> Georgian Dream", Map.of("date", "2024-03-05")),
        // An order won from a buyer: the seller exports to the buyer.
        Arguments.of("The Brazilian aircraft maker Embraer announced on Wednesday an order for 60 regional jets from "
            + "the American company SkyWest.", "TRADE Embraer -> SkyWest"),
        // Meetings in the word orders of translated news (consult2.rules).
        Arguments.of("Vladimir Putin met on Thursday in the Kremlin the Hungarian Prime Minister Viktor Orban.",
            "CONSULT Vladimir Putin -> Viktor Orban"),
        Arguments.of("Narendra Modi met on Thursday in Moscow with Vladimir Putin.",
            "CONSULT Narendra Modi -> Vladimir Putin", Map.of("location", "Moscow")),
        Arguments.of("Olaf Scholz travelled to Kyiv on Monday, where he met Volodymyr Zelensky.",
            "CONSULT Olaf Scholz -> Volodymyr Zelensky"),
        Arguments.of("Wang Yi discussed with Sergei Lavrov the situation in Ukraine.", "CONSULT Wang Yi -> Sergei Lavrov"),
        Arguments.of("Xi Jinping granted an audience to the Brazilian president Lula in Beijing.",
            "CONSULT Xi Jinping -> Luiz Inacio Lula da Silva", Map.of("mode", "audience")),
        Arguments.of("Emmanuel Macron and Olaf Scholz had dinner at the Elysee on Wednesday.",
            "CONSULT Emmanuel Macron -> Olaf Scholz", Map.of("mode", "dinner")));
  }

  @Override
  Stream<Arguments> negatives() {
    return Stream.of(
        // A glued institution and a title, but no speech verb.
        Arguments.of("Prices fell in the whole regionKremlin spokesman Dmitry Peskov arrived on Friday.",
            "STATEMENT Dmitry Peskov"),
        // "Saudi" names the people: the ministers are no country met.
        Arguments.of("Mohammed bin Salman met his Saudi ministers in Riyadh on Sunday.",
            "CONSULT Mohammed bin Salman -> Saudi Arabia"),
        // A demonym is no meeting party.
        Arguments.of("Gabriel Boric met his Argentine counterpart Javier Milei in Mendoza.",
            "CONSULT Gabriel Boric -> Argentina"),
        // Control of a place, or lost, is no purchase.
        Arguments.of("The rebels of the Sahel Liberation Front took control of Kidal on Sunday.",
            "ACQUIRE Sahel Liberation Front"),
        Arguments.of("Corvex lost control of Aker Offshore after the vote.", "ACQUIRE Corvex"),
        // An order placed with a seller runs the other way.
        Arguments.of("SkyWest placed an order for 60 regional jets from Embraer.", "TRADE SkyWest -> Embraer"),
        // A date and a place after "met", but no party; a delegation is no entity.
        Arguments.of("Vladimir Putin met on Thursday in the Kremlin to discuss the budget.", "CONSULT Vladimir Putin"),
        Arguments.of("The Chinese company Huawei received on Monday in Shenzhen a delegation of engineers.", "CONSULT"),
        // A journey, then a clause about something else than a meeting.
        Arguments.of("Olaf Scholz travelled to Kyiv on Monday, where he announced new aid for Ukraine.",
            "CONSULT Olaf Scholz -> Ukraine"),
        // An audience granted is no aid.
        Arguments.of("Xi Jinping granted an audience to the Brazilian president Lula in Beijing.", "AID"),
        // Two parties that had a quarrel did not meet.
        Arguments.of("Emmanuel Macron and Olaf Scholz had a disagreement over the budget.", "CONSULT"),
        // No glued word: an ordinary sentence with an institution and a spokeswoman.
        Arguments.of("The Chinese foreign ministry spokeswoman Mao Ning told reporters on Thursday.",
            "STATEMENT Mao Ning -> "));
  }
}
