package dev.gazette.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Organization names built around a place or with lower-case words inside: a sport's or a public
 * service's body named by its country ("Athletics Kenya"), broadcasters and airlines opened by "Radio"
 * or "Air", "X for the Y of Z" names, branches of armed groups ("X in the Y"); and the near misses that
 * must stay places or stop short. All sentences are invented.
 */
class OrgNameShapesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Athletics Kenya suspended three runners on Monday.                    | Athletics Kenya/ORG
          The selectors of Cricket Australia named a new captain.               | Cricket Australia/ORG
          Statistics Canada said inflation slowed in May.                       | Statistics Canada/ORG
          A spokesman for Transport Canada said the planes were grounded.       | Transport Canada/ORG
          Air Senegal will open a route to Lyon next year.                      | Air Senegal/ORG; Lyon/GPE
          Royal Air Maroc ordered four new jets from the manufacturer.          | Royal Air Maroc/ORG
          The reporter of Radio Okapi was released on Friday.                   | Radio Okapi/ORG
          The journalist told Radio Free Asia that she had fled.                | Radio Free Asia/ORG
          Passengers of Egypt Air were stranded in Cairo overnight.             | Egypt Air/ORG; Cairo/GPE
          Kenya Power raised its tariffs for the second time.                   | Kenya Power/ORG
          """)
  void organizationsNamedAroundAPlace(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, m -> m.equals("Kenya/GPE") || m.equals("Australia/GPE")
        || m.equals("Canada/GPE") || m.equals("Senegal/GPE") || m.equals("Egypt/GPE"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Kenya and Uganda signed a trade deal on Monday.                        | Kenya/GPE; Uganda/GPE
          The Kenya Air Force bombed the camp on Sunday.                         | Kenya Air Force/ORG
          Cricket in Australia is popular among migrants.                        | Australia/GPE
          Air strikes on Sudan killed nine people, the army said.                | Sudan/GPE
          Athletics Kenya Federation officials met the minister.                 | Athletics Kenya Federation/ORG
          Football fans in Kenya cheered the team.                               | Kenya/GPE
          The flight from Kenya to Egypt was delayed.                            | Kenya/GPE; Egypt/GPE
          """)
  void placesThatStayPlaces(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, m -> m.startsWith("Cricket ") || m.startsWith("Air strikes")
        || m.startsWith("Football ") || m.equals("Air Force/ORG") || m.equals("Kenya to Egypt/ORG"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The Popular Front for the Liberation of Palestine claimed the attack.   | Popular Front for the Liberation of Palestine/ORG
          The Movement for the Emancipation of the Niger Delta blew up a pipeline. | Movement for the Emancipation of the Niger Delta/ORG
          The Halvorsen Foundation for the Advancement of Teaching gave a grant.   | Halvorsen Foundation for the Advancement of Teaching/ORG
          The Asan Institute for Near East Policy published the study.             | Asan Institute for Near East Policy/ORG
          The Group of Rio met in Brasilia on Tuesday.                             | Group of Rio/ORG; Brasilia/GPE
          """)
  void namesWithForTheInside(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, m -> m.equals("Palestine/GPE") || m.equals("Popular Front/ORG")
        || m.equals("Near East/LOC") || m.equals("Rio/GPE"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The party voted for the Labour candidate in the capital.     | Labour/ORG
          He worked for the Bank of Ghana in Accra for years.          | Bank of Ghana/ORG; Accra/GPE
          She wrote for Liberation of Paris before the war.            | Paris/GPE
          """)
  void forTheAfterOtherWordsJoinsNothing(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, m -> m.contains(" for ") || m.contains("Liberation of Paris"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Fighters of the Islamic State in the Sahel attacked a village.   | Islamic State in the Sahel/ORG
          Al-Qaeda in the Islamic Maghreb claimed the kidnapping.          | Al-Qaeda in the Islamic Maghreb/ORG
          Islamic State in the Greater Sahara fighters killed ten soldiers. | Islamic State in the Greater Sahara/ORG
          """)
  void branchesOfArmedGroups(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, m -> m.equals("Sahel/LOC") || m.equals("Maghreb/LOC")
        || m.equals("Islamic/NORP"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Islamic State in Syria lost most of its territory.           | Islamic State/ORG; Syria/GPE
          Attacks by Islamic State in the Sahel region rose sharply.   | Islamic State/ORG; Sahel/LOC
          The Red Cross in the Sahel distributed food to farmers.       | Red Cross/ORG; Sahel/LOC
          Farmers in the Sahel face a long drought.                     | Sahel/LOC
          """)
  void anArmedGroupInAPlaceIsNoBranch(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, m -> m.contains(" in "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The General Confederation of Labour threatened a strike.       | General Confederation of Labour/ORG
          The Ministry of Labour and Social Affairs issued a decree.     | Ministry of Labour and Social Affairs/ORG
          """)
  void aOneWordOrganizationThatIsAWordInsideALongerName(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, m -> m.equals("Labour/ORG"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The Minister of Labour resigned on Friday.     | Labour/ORG
          The rise of Labour worried the Tories.         | Labour/ORG
          """)
  void aOneWordOrganizationAfterATitleOrANounStaysItself(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, m -> m.contains(" of Labour"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          He met the governor of the Central Bank of Kenya Kamau Thugge on Monday.      | Central Bank of Kenya/ORG; Kamau Thugge/PERSON
          The head of the Competition Authority of Kenya Joseph Mwangi resigned.         | Competition Authority of Kenya/ORG; Joseph Mwangi/PERSON
          """)
  void aPersonNamedRightAfterTheirInstitution(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, m -> m.contains("Kenya Kamau") || m.contains("Kenya Joseph"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Officials of the Bank of Ghana said rates would rise.          | Bank of Ghana/ORG
          The University of Nairobi Medical School expanded its wards.   | University of Nairobi Medical School/ORG
          """)
  void noPersonAfterAnInstitutionWithoutAName(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, m -> m.endsWith("/PERSON"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          A doctor of the Sudanese Doctors' Union said hospitals were closed.   | Sudanese Doctors' Union/ORG
          The Teachers' Service Commission hired more staff.                     | Teachers' Service Commission/ORG
          """)
  void pluralPossessivesInsideNames(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, m -> m.equals("Union/PERSON") || m.equals("Sudanese/NORP"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The ministers' meeting in Nairobi ended early.     | Nairobi/GPE
          Kenyan Farmers' leaders marched in Nairobi.        | Nairobi/GPE
          """)
  void pluralPossessivesOutsideNames(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, m -> m.contains("' "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The ban was confirmed by the Bank of Ghanawhich said rates would rise.   | Bank of Ghana/ORG
          He met the governor Kamau Thuggewho said rates would rise.               | Kamau Thugge/PERSON
          The reporter told Radio Okapithat the town had fallen.                   | Radio Okapi/ORG
          """)
  void aNameEndsBeforeAGluedRelativeWord(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, m -> m.contains("which/") || m.contains("who/") || m.contains("that/"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The lawyer Ruth Copeland said the appeal would be heard.         | Ruth Copeland/PERSON
          The envoy met Piet Rolland in Pretoria on Monday.                 | Piet Rolland/PERSON; Pretoria/GPE
          """)
  void namesEndingLikeAGluedWordStayWhole(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, m -> m.equals("Ruth Copel/PERSON") || m.equals("Piet Roll/PERSON"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The Miami-based Wallco said on Monday it would cut jobs.                 | Wallco/ORG
          Shares of the Tokyo-listed Sanko Seimitsu fell sharply.                 | Sanko Seimitsu/ORG
          The state-owned Petroleum Corp of Jamaica signed the contract.           | Petroleum Corp of Jamaica/ORG
          The Saudi-led coalition struck the port of Hodeidah.                     | Hodeidah/GPE
          The Kremlin-backed candidate Viktor Medvedchuk was arrested.             | Viktor Medvedchuk/PERSON
          The strike called by the Communist-led CGT paralysed the railways.       | CGT/ORG
          """)
  void aCapitalizedCompoundModifierIsNoPartOfTheNameAfterIt(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, m -> m.contains("-based") || m.contains("-listed") || m.contains("-owned")
        || m.contains("-led") || m.contains("-backed") || m.equals("Wallco/PERSON"));
  }
}
