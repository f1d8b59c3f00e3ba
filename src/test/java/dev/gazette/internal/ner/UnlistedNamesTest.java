package dev.gazette.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names no table lists, in the constructions of translated news: organizations with a place or a
 * list of portfolios after "of", laws, events, facilities, places after "the province of", people
 * whose names spell towns, with honorifics or many particles, set off by commas after a capitalized title
 * and its portfolio ("The Minister of Health, Armindo Tiago,"). Sentences and names invented for the test.
 */
class UnlistedNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // organizations: "X of Y of Z", a head and "of" a place, a list of portfolios, new heads
        "The decree was signed by the Presidency of the Council of Ministers.     | Presidency of the Council of Ministers/ORG",
        "The group appealed to the Superior Tribunal of Justice of Ostravia on Friday. | Superior Tribunal of Justice of Ostravia/ORG",
        "The Mining Authority of Zambia fined the group on Monday.                | Mining Authority of Zambia/ORG",
        "The Ministry of Agriculture, Livestock and Fisheries issued the permits.  | 'Ministry of Agriculture, Livestock and Fisheries/ORG'",
        "The Taiwanese shipowner Lin Hai Fisheries denied any violation.          | Lin Hai Fisheries/ORG",
        "She works for the law firm Okafor & Associates in Lagos.                 | Okafor & Associates/ORG",
        // acronyms from the first letters or syllables of the words
        "The Railway Workers Union (RAWU) called a strike on Monday.              | Railway Workers Union/ORG; RAWU/ORG",
        "The loan came from the Andean Development Bank (Andevbank) last year.    | Andean Development Bank/ORG; Andevbank/ORG",
        // laws and treaties
        "Parliament passed the Mineral Royalties Act on Monday.                   | Mineral Royalties Act/LAW",
        "The communities demand the application of the Prior Notice Law.          | Prior Notice Law/LAW",
        "The islands signed the Convention on Migratory Fish Stocks in May.      | Convention on Migratory Fish Stocks/LAW",
        "The port is run under the Ports and Other Maritime Facilities Act.      | Ports and Other Maritime Facilities Act/LAW",
        // events
        "Delegates met at the Lusaka Climate Summit on Tuesday.                   | Lusaka Climate Summit/EVENT",
        "The minister will present the plan at the COP31 summit in November.     | COP31 summit/EVENT",
        // facilities and locations
        "Four miners were trapped in the Karvelo pit on Sunday.                    | Karvelo pit/FAC",
        "The boats unload their catch at Marlow Wharf every morning.               | Marlow Wharf/FAC",
        "The data centre will be powered by the Tamberi geothermal plant.          | Tamberi geothermal plant/FAC",
        "The forum opened at the Kasane International Convention Centre.          | Kasane International Convention Centre/FAC",
        "The blockades closed the copper mine of Los Ichucos for a month.        | Los Ichucos/FAC",
        "Three boats were seized near the Tarawi atoll in June.                   | Tarawi atoll/LOC",
        // places after "the province of", "the port of", "the communities of"
        "The army was deployed in the province of Huayllas on Sunday.            | Huayllas/GPE",
        "No truck has reached the port of Quellomar since March.                 | Quellomar/GPE",
        "The communities of Ayrampo and Chucuito blocked the road.               | Ayrampo/GPE; Chucuito/GPE",
        // demonyms of a divided country
        "The South Korean group Hanbit Marine asked for more time.               | South Korean/NORP",
        "North Korean hackers stole the funds.                                    | North Korean/NORP",
        "The Quechua communities blocked the road again.                          | Quechua/NORP",
        // a company noun before a one-word town
        "The New Zealand group Ashford will buy the cannery.                      | Ashford/ORG",
        // people: names that spell towns, set off by commas after a title or before one
        "Its head, Ramiro Gutiérrez, called for calm on Sunday.                    | Ramiro Gutiérrez/PERSON",
        "The spokesman of the union, Wilmer Vargas Ccori, told reporters it was over. | Wilmer Vargas Ccori/PERSON",
        "The lawyer, Ana Lucia del Pilar Rojas de la Vega, filed the appeal.       | Ana Lucia del Pilar Rojas de la Vega/PERSON",
        // honorifics, and a first name that is an English word at the start of a sentence
        "The ceremony was led by Chief Adewale Ogunbiyi in the palace.            | Adewale Ogunbiyi/PERSON",
        "He said that Lord Vailahi will present the report to parliament.         | Vailahi/PERSON",
        "Gift Mutasa, a former chief executive of the bank, denied the claims.    | Gift Mutasa/PERSON",
        // a surname alone that is also a town, after the full name
        "The analyst Mark Rogers raised his forecast, and Rogers expects more gains. | Rogers/PERSON",
        // a demonym before a ministry or an office is no part of it; it stays in other names
        "The move was condemned by the Belarusian Foreign Ministry on Monday.     | Belarusian/NORP; Foreign Ministry/ORG",
        "Exercises will be held next week, announced the Taiwanese Ministry of Defence on its website. | Taiwanese/NORP; Ministry of Defence/ORG",
        "Two boats of the Philippine Coast Guard were hit near the reef.           | Philippine Coast Guard/ORG",
        // a title and "of" before an organization, and "Co of" a town
        "said Ken Tanaka, Chairman of the Federation of Timber Exporters, on Friday. | Federation of Timber Exporters/ORG",
        "The deposits were assumed by Farmers Trust Co of Charles City, Iowa, the regulator said. | Charles City/GPE",
        "The Public Utility Commission of Texas approved the rates.               | Public Utility Commission of Texas/ORG",
        "The Gulf War ended in 1991.                                               | Gulf War/EVENT",
        "Boats were rammed near the Second Tarvik Shoal, in the disputed waters, on Monday. | Second Tarvik Shoal/LOC",
        // a newspaper after "the daily", a person after a name in apposition with an occupation
        "The chairman told the financial daily Morgunposten that the group would invest. | Morgunposten/ORG",
        "According to Aline Kabwe, a researcher at the institute, the rebels pay taxes. | Aline Kabwe/PERSON",
        "According to Wen-Li Chao, an analyst at the council, the drones are cheap. | Wen-Li Chao/PERSON",
        // a name set off by commas after a capitalized title and its portfolio
        "The Minister of Health, Armindo Tiago, visited Quelimane.                | Armindo Tiago/PERSON",
        "The European Commissioner for Crisis Management, Janez Lenarcic, visited Quelimane. | Janez Lenarcic/PERSON",
        "The Secretary of the Treasury, Halvard Orsten, resigned on Friday.       | Halvard Orsten/PERSON",
      })
  void findsNames(String sentence, String expected) {
    assertThat(NerTesting.mentions(sentence, false)).containsAll(NerTesting.cell(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // near misses that must give nothing of the kind
        "The agreement was signed on Monday after long talks.                     | agreement",
        "Leaders met at the Paris summit to discuss the war.                      | Paris summit",
        "The Russian Constitution was amended last year.                          | Russian Constitution",
        "The department of Health said nothing.                                    | Health",
        "said the Prime Minister of the Kiribari Islands, Teuea Tabane, on Friday. | Kiribari Islands/PERSON",
        "The trains from Paris, Lyon and Marseille stopped on Sunday.             | Paris Lyon/PERSON; Lyon and Marseille/PERSON",
        "She was hired by the Tarma firm Rojas & Partners last year.              | Tarma/PERSON",
        "Investors met before the Africa CEO Forum in Abidjan.                    | Forum/PERSON",
        "The Presidency of the Council said nothing.                              | Council/PERSON",
        "He said the Lord Chancellor would decide.                                | Chancellor/PERSON",
        "Enercon Data Corp of Minneapolis said its profit rose.                  | Enercon Data Corp of Minneapolis/ORG",
        "On the second day, the First Minister spoke to the Third Division.      | First Minister; Third Division",
        "The carrier will fly three daily Atlanta flights out of Chicago.        | Atlanta/ORG",
        "Egypt's Minister of State for Foreign Affairs, Amr Salem, said it.       | Foreign Affairs/PERSON",
        "SIGNS DISTRIBUTOR AGREEMENT WITH RIVAL                                    | SIGNS DISTRIBUTOR AGREEMENT/LAW; DISTRIBUTOR AGREEMENT/LAW",
        "TO CLOSE WEST GERMAN ALUMINIUM SMELTER                                    | CLOSE WEST GERMAN ALUMINIUM SMELTER/FAC; WEST GERMAN ALUMINIUM SMELTER/FAC; CLOSE/ORG",
        "ACME SELLS CAMBRIDGE PLANT TO RIVAL                                        | SELLS/ORG; PLANT/ORG",
        "Tourists flocked to Rogers after the analyst Mark Rogers spoke.          | Rogers/PERSON",
        "According to the Environmental Assessment and Enforcement Agency (OEFA), the river is polluted. | OEFA/GPE",
        "The Ministry of Health, Maputo Central Hospital and Save the Children opened clinics. | Maputo Central Hospital/PERSON",
        "The Minister of Health, Provincial Director and Mayor met on Monday.     | Provincial Director/PERSON",
      })
  void leavesNearMissesAlone(String sentence, String forbidden) {
    List<String> found = NerTesting.mentions(sentence, false);
    for (String f : NerTesting.cell(forbidden)) {
      if (f.contains("/")) {
        assertThat(found).as(sentence).doesNotContain(f);
      } else {
        assertThat(found).as(sentence).noneMatch(m -> m.startsWith(f + "/"));
      }
    }
  }

  @Test
  void aDefinedAcronymIsOneMention() {
    List<String> found = NerTesting.mentions("The Mining Regulatory Commission (MRC) fined the group.", false);
    assertThat(found.stream().filter(m -> m.equals("MRC/ORG")).count()).isEqualTo(1);
  }

  @Test
  void acronymsFromPrefixesNeedEveryWord() {
    assertThat(Acronyms.matchesByPrefixes("COWU", 0, 4, "Communications Workers Union", 3)).isTrue();
    assertThat(Acronyms.matchesByPrefixes("KOICA", 0, 5, "Korea International Cooperation Agency", 3)).isTrue();
    assertThat(Acronyms.matchesByPrefixes("Afreximbank", 0, 11, "African Export-Import Bank", 11)).isTrue();
    assertThat(Acronyms.matchesByPrefixes("COW", 0, 3, "Communications Workers Union", 3)).isFalse();
    assertThat(Acronyms.matchesByPrefixes("AFP", 0, 3, "Reuters Television", 3)).isFalse();
  }
}
