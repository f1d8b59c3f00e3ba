package dev.gazette.relations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Extraction;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The constructions of {@code places_people.rules} (where people and organizations are, who works
 * where, who killed whom) and the "in nearby X" of located.rules, each with a near miss that must not
 * fire. Every sentence was written for this test.
 */
class Conll10ConstructionsTest extends AbstractConstructionsTest {

  @Override
  Stream<Arguments> positives() {
    return Stream.of(
        // where people live or come from
        Arguments.of("Illinois born actor Tom Hale arrived in Hollywood in 1950.", "LOCATED_IN Tom Hale -> Illinois", Map.of("via", "born")),
        Arguments.of("Tom Hale flew back to his hometown of Denver on Friday.", "LOCATED_IN Tom Hale -> Denver", Map.of("via", "native")),
        Arguments.of("Tom Hale is returning to his Iowa hometown to marry.", "LOCATED_IN Tom Hale -> Iowa", Map.of("via", "native")),
        Arguments.of("Tom Hale, a painter who grew up in Nashville, died on Monday.", "LOCATED_IN Tom Hale -> Nashville", Map.of("via", "lives")),
        Arguments.of("Tom Hale, a Tampa, Fla., lawyer, said the deal was fair.", "LOCATED_IN Tom Hale -> Tampa", Map.of("via", "of")),
        Arguments.of("Ann Lee, 25, of Tempe pleaded guilty in November.", "LOCATED_IN Ann Lee -> Tempe", Map.of("via", "of")),
        Arguments.of("Ann Lee, who was born in Boston, now lives abroad.", "LOCATED_IN Ann Lee -> Boston", Map.of("via", "born")),
        Arguments.of("The Democrats elected Ohio's Ann Lee to lead the group.", "LOCATED_IN Ann Lee -> Ohio", Map.of("via", "of")),
        Arguments.of("Tom Hale's North Dakota birthplace got a federal grant.", "LOCATED_IN Tom Hale -> North Dakota", Map.of("via", "native")),
        Arguments.of("Tom Hale's hometown of Denver held a parade for him.", "LOCATED_IN Tom Hale -> Denver", Map.of("via", "native")),
        // who works where
        Arguments.of("Tom Hale, 47, of the European Space Agency said the test went well.", "ROLE Tom Hale -> European Space Agency"),
        Arguments.of("Albert Ross, 54, is a former Acme Corp. engineer.", "ROLE Albert Ross -> Acme Corp.", Map.of("title", "engineer")),
        Arguments.of("Tom Hale, who works for Acme Corp., said prices fell.", "ROLE Tom Hale -> Acme Corp."),
        Arguments.of("Ann Lee has covered education for the Boston Globe since 1990.", "ROLE Ann Lee -> Boston Globe"),
        Arguments.of("Tom Hale, 70, who owned the failed Acme Bank, filed for bankruptcy.", "ROLE Tom Hale -> Acme Bank", Map.of("title", "owner")),
        Arguments.of("Jeremy Lind, director of the Acme Foundation and a member of the Global Climate Network, said so.",
            "ROLE Jeremy Lind -> Global Climate Network", Map.of("title", "member")),
        Arguments.of("Jeremy Lind, director of the Acme Foundation and a member of the Global Climate Network, said so.",
            "ROLE Jeremy Lind -> Acme Foundation", Map.of("title", "director")),
        Arguments.of("Ann Lee, head of the crop research group of Acme Corp., said yields fell.", "ROLE Ann Lee -> Acme Corp.", Map.of("title", "head")),
        Arguments.of("Ann Lee, chairman of the Senate ethics committee, said so.", "ROLE Ann Lee -> US Senate", Map.of("title", "chairman")),
        Arguments.of("Venezuela's chief debt negotiator, Miguel Rodriguez, told reporters the talks went well.",
            "ROLE Miguel Rodriguez -> Venezuela", Map.of("title", "chief debt negotiator")),
        // where organizations are
        Arguments.of("Bayer AG of Germany said it has acquired a rival.", "LOCATED_IN Bayer -> Germany"),
        Arguments.of("Toyota's Kentucky plant will close for a week.", "LOCATED_IN Toyota -> Kentucky"),
        Arguments.of("The show was sold to the NHK network in Japan.", "LOCATED_IN NHK -> Japan"),
        Arguments.of("Tom Hale died at Shands Hospital in nearby Gainesville.", "LOCATED_IN Shands Hospital -> Gainesville"),
        Arguments.of("At a briefing at Acme Corp. headquarters in nearby Rockville, Md., Ann Lee spoke.", "LOCATED_IN Acme Corp. -> Rockville"),
        // places in places
        Arguments.of("Bosnia's capital, Sarajevo, was calm on Sunday.", "LOCATED_IN Sarajevo -> Bosnia and Herzegovina"),
        Arguments.of("Madagascar, an island nation in the Indian Ocean, is poor.", "LOCATED_IN Madagascar -> Indian Ocean"),
        Arguments.of("He lives in the Brighton Beach section of Brooklyn.", "LOCATED_IN Brighton Beach -> Brooklyn"),
        Arguments.of("Shelling hit the Kyiv suburb of Bucha on Monday.", "LOCATED_IN Bucha -> Kyiv"),
        // killings
        Arguments.of("Tom Hale, who killed Peter Lund's killer Ann Marsh, died in jail.", "ASSAULT Tom Hale -> Ann Marsh", Map.of("outcome", "killed")),
        Arguments.of("Tom Hale, who killed Peter Lund's killer Ann Marsh, died in jail.", "ASSAULT Ann Marsh -> Peter Lund", Map.of("outcome", "killed")),
        Arguments.of("Ann Lee shot Tom Hale in the back, mortally wounding him.", "ASSAULT Ann Lee -> Tom Hale", Map.of("outcome", "killed")),
        Arguments.of("Ann Lee shot Tom Hale, killing him.", "ASSAULT Ann Lee -> Tom Hale", Map.of("outcome", "killed")),
        Arguments.of("The jury found that Ann Lee fired the shot that killed Tom Hale.", "ASSAULT Ann Lee -> Tom Hale", Map.of("outcome", "killed")),
        Arguments.of("Ann Lee was charged with killing her husband, Tom Hale, in 1990.", "ASSAULT Ann Lee -> Tom Hale", Map.of("outcome", "killed")));
  }

  @Override
  Stream<Arguments> negatives() {
    return Stream.of(
        // "born" then a preposition: no place of birth of the person after it
        Arguments.of("Children in Ohio born in May, like Tom Hale, got a grant.", "LOCATED_IN Tom Hale"),
        // another person's hometown; a hometown of several people
        Arguments.of("Tom Hale said Ann Lee flew back to her hometown of Denver.", "LOCATED_IN Tom Hale"),
        Arguments.of("Tom Hale visited their Iowa hometown.", "LOCATED_IN Tom Hale"),
        // the relative clause says no residence
        Arguments.of("Tom Hale, a painter who grew tired of Nashville, died.", "LOCATED_IN Tom Hale"),
        // no comma after the name: the lawyer is someone else
        Arguments.of("Tom Hale met a Tampa, Fla., lawyer on Monday.", "LOCATED_IN Tom Hale"),
        // the place is no address
        Arguments.of("Ann Lee, 25, spoke of Tempe fondly.", "LOCATED_IN Ann Lee"),
        Arguments.of("Ann Lee, whose son was born in Boston, lives abroad.", "LOCATED_IN Ann Lee"),
        // a title after the possessive: the ROLE rules read it
        Arguments.of("Kuwait's Oil Minister Ali Sabah said no.", "LOCATED_IN"),
        Arguments.of("Tom Hale's North Dakota office got a grant.", "LOCATED_IN Tom Hale"),
        Arguments.of("Tom Hale's home near Denver burned down.", "LOCATED_IN Tom Hale"),
        Arguments.of("Ann Lee, one of the few critics of Israel, said so.", "LOCATED_IN Ann Lee"),
        // no employer
        Arguments.of("Tom Hale, 47, spoke of the European Space Agency with pride.", "ROLE Tom Hale"),
        Arguments.of("Albert Ross is a former Acme Corp. customer.", "ROLE Albert Ross"),
        Arguments.of("Tom Hale works for peace, Acme Corp. said.", "ROLE Tom Hale"),
        Arguments.of("Analysts at Nordbank expect gains, said Tom Hale, who follows the sector for the bank.", "ROLE Tom Hale -> Nordbank"),
        Arguments.of("Tom Hale, who owned shares in Acme Bank, sold them.", "ROLE Tom Hale"),
        Arguments.of("Jeremy Lind, director of the Acme Foundation and a critic of the Global Climate Network, said so.",
            "ROLE Jeremy Lind -> Global Climate Network"),
        Arguments.of("Ann Lee, head of the research group, visited Acme Corp. on Monday.", "ROLE Ann Lee -> Acme Corp."),
        Arguments.of("Ann Lee, a critic of the Senate ethics committee, said so.", "ROLE Ann Lee"),
        Arguments.of("Venezuela's debt talks, Miguel Rodriguez said, went well.", "ROLE Miguel Rodriguez"),
        Arguments.of("A sharp fall in Brazil's trade surplus caused President Sarney to act.", "ROLE Sarney -> Brazil"),
        // the city itself, not an organization in it; an organization the text does not name
        Arguments.of("The City of Quebec is issuing bonds.", "LOCATED_IN"),
        Arguments.of("The company's Chicago headquarters will close.", "LOCATED_IN"),
        Arguments.of("Shands Hospital sent nurses to nearby Gainesville.", "LOCATED_IN Shands Hospital"),
        Arguments.of("NHK network staff in Japan went on strike.", "LOCATED_IN NHK"),
        Arguments.of("Cape Town Supreme Court rulings were cited by Ann Lee.", "LOCATED_IN Supreme Court"),
        // a title held for the place at the organization
        Arguments.of("Neither Finch nor U.S. IMF Representative Charles Dallara could be reached.", "LOCATED_IN International Monetary Fund"),
        // a partner, not a part; a nation in debt, not in a place
        Arguments.of("France's partner, Germany, agreed.", "LOCATED_IN Germany"),
        Arguments.of("Madagascar, a nation in debt to its lenders, is poor.", "LOCATED_IN Madagascar"),
        // a suburb the other way round: the first place is not in the second
        Arguments.of("Shelling hit the Kyiv suburb of Bucha on Monday.", "LOCATED_IN Kyiv"),
        Arguments.of("He lives in the Brighton Beach section of Brooklyn.", "LOCATED_IN Brooklyn"),
        // the name after the kin noun is the speaker
        Arguments.of("Ann Lee was charged with killing her husband, Tom Hale said.", "ASSAULT Ann Lee -> Tom Hale"),
        // the first name is the killer's victim, not the victim of the subject
        Arguments.of("Tom Hale, who killed Peter Lund's killer Ann Marsh, died in jail.", "ASSAULT Tom Hale -> Peter Lund"));
  }

  static Stream<Arguments> notLethal() {
    return Stream.of(
        Arguments.of("Ann Lee shot Tom Hale in the leg, wounding him."),
        Arguments.of("Ann Lee shot Tom Hale, injuring him slightly."),
        Arguments.of("Ann Lee fired the shot that wounded Tom Hale."));
  }

  /** A shooting that wounded the victim is no killing. */
  @ParameterizedTest
  @MethodSource("notLethal")
  void noKilling(String sentence) {
    Extraction x = extract(sentence);
    assertThat(x.relations()).noneMatch(r -> label(x, r).startsWith("ASSAULT") && "killed".equals(r.attributes().get("outcome")));
  }
}
