package dev.gazette.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names whose words are also places or English words: given names that are countries, cities or words
 * before a surname, companies named after a city, places whose head follows a surname-like word, and a
 * surname alone with an age in apposition. Each positive case has a near miss that must not fire.
 * Sentences and names written for the test.
 */
class NamesThatAreAlsoPlacesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a given name that is also a country or a city, before a surname-shaped word
        "Jordan Velkarin, the party's leader, said the vote was a turning point.   | Jordan Velkarin/PERSON",
        "The minister Israel Dorvatz said the plan would proceed.                  | Israel Dorvatz/PERSON",
        "Lewis Harrowgate retired from the court in 1987.                           | Lewis Harrowgate/PERSON",
        "Dominique Valtresse of the aid group said the toll was rising.            | Dominique Valtresse/PERSON",
        "The singer Sydney K. Mardell, 74, performed in Chicago.                   | Sydney K. Mardell/PERSON",
        // a given name that is also an English word, before a surname or a name particle
        "Marine Le Korvec told reporters the party would vote against the budget.  | Marine Le Korvec/PERSON",
        "The humorist Will Brantley once joked about Congress.                      | Will Brantley/PERSON",
        "Guy M. Tassart, the attorney, said he was disappointed.                    | Guy M. Tassart/PERSON",
        // a word-name before a surname that the knowledge base knows as a minor town
        "Everyone laughed when Will Rogers spoke.                                   | Will Rogers/PERSON",
      })
  void readsGivenNamesThatArePlacesOrWords(String sentence, String expected) {
    assertThat(NerTesting.mentions(sentence, false)).containsAll(NerTesting.cell(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // alone, in a list of places, or before a common word, the place stays a place
        "Jordan said on Tuesday it would reopen the border crossing.                | Jordan/GPE",
        "Israel and Jordan signed a water deal on Monday.                           | Israel/GPE; Jordan/GPE",
        "Farmers in the Jordan Valley lost their crops.                             | ",
        "Exports from Israel Dorvatz praised rose.                                  | Israel/GPE",
        // the modal verb that opens a question is no given name
        "Will Brantley resign before the vote?                                      | ",
        "Will Congress act before the recess?                                       | ",
        // a word-name before a common word
        "Marine Corps officers arrived on Monday.                                   | ",
      })
  void leavesPlacesAndWordsAlone(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, s -> s.endsWith("/PERSON") && s.contains(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Boston Scientific said quarterly sales rose 9 percent.                     | Boston Scientific/ORG",
        "The Vienna Philharmonic played in Salzburg.                                | Vienna Philharmonic/ORG; Salzburg/GPE",
        "He graduated from Tennessee Tech and Virginia Tech.                        | Tennessee Tech/ORG; Virginia Tech/ORG",
        "The story ran in the Denver Globe on Sunday.                               | Denver Globe/ORG",
      })
  void readsCompaniesNamedAfterPlaces(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, s -> s.matches("(Boston|Vienna|Tennessee|Virginia|Denver)/GPE"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a place before a capitalized word that is no company tail stays a place
        "The Denver Zoo reopened on Monday.                                         | Denver",
        // lower case is no name
        "Boston scientific journals reported the find.                              | Boston",
        // a tail word with no place before it is no organization
        "Big Tech companies face new rules.                                         | ",
      })
  void leavesPlacesBeforeOtherWordsAlone(String sentence, String places) {
    List<String> found = NerTesting.mentions(sentence, false);
    for (String p : NerTesting.cell(places)) {
      assertThat(found).contains(p + "/GPE");
    }
    assertThat(found).noneMatch(s -> s.endsWith("/ORG"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Central bankers met at Jackson Hole last August.                           | Jackson Hole/LOC",
        "Tourists crowded Arvel Falls on Sunday.                                     | Arvel Falls/LOC",
        "She moved to Tarrant Springs after the war.                                 | Tarrant Springs/GPE",
      })
  void readsPlacesWhoseHeadFollowsAName(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, s -> s.endsWith("/PERSON"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a surname alone with an age in apposition, even a word and at the start of the sentence
        "Winter, 53, a former law professor, joined the bench in 1982.            | Winter/PERSON",
        "Dravnik, 45, was found guilty of the scheme.                               | Dravnik/PERSON",
      })
  void readsASurnameWithAnAge(String sentence, String expected) {
    assertThat(NerTesting.mentions(sentence, false)).containsAll(NerTesting.cell(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a number after a comma that is no age: a list of numbers, a year, a larger count
        "Overall, 12, 14 and 16 were the scores.                                   | ",
        "Meanwhile, 1982, the year of the flood, was remembered.                    | ",
        "Winter, 530, was the count of the ballots.                                 | ",
      })
  void leavesNumbersAfterWordsAlone(String sentence, String ignored) {
    assertThat(NerTesting.mentions(sentence, false)).noneMatch(s -> s.endsWith("/PERSON"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a known person's one-word alias that is also a given name, after a free given name: a namesake
        "Angela Powell, of the state water agency, said the plan was poor.        | Angela Powell",
        // a middle name between a word-name and the surname
        "The minister Guy Robert Tavakani said talks would resume.                 | Guy Robert Tavakani",
      })
  void readsNamesakesOfKnownPeople(String sentence, String name) {
    List<dev.gazette.Mention> people = personMentions(sentence);
    assertThat(people).extracting(dev.gazette.Mention::text).containsExactly(name);
    assertThat(people.get(0).attributes()).doesNotContainKey("kb_id");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // alone, or after a title, the alias is the known person
        "Powell said rates would stay high for longer.                             | Powell",
        "Chairman Powell said rates would stay high for longer.                    | Powell",
      })
  void keepsKnownPeopleAlone(String sentence, String name) {
    List<dev.gazette.Mention> people = personMentions(sentence);
    assertThat(people).extracting(dev.gazette.Mention::text).containsExactly(name);
    assertThat(people.get(0).attributes()).containsKey("kb_id");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a company whose name is also a given name, before a whole name (a given name and a surname): the
        // company does not start the name
        "The boss of Renault Carlos Vantrel said the plant would close.             | Renault/ORG; Carlos Vantrel/PERSON",
        "The head of Renault Luca de Marvani spoke on Monday.                        | Renault/ORG; Luca de Marvani/PERSON",
      })
  void readsAPersonAfterACompanyNamedLikeAGivenName(String sentence, String expected) {
    assertThat(NerTesting.mentions(sentence, false)).containsAll(NerTesting.cell(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // before a surname alone, the given name starts the person's name
        "Renault Dravnik said the plant would close.                                | Renault Dravnik/PERSON",
      })
  void readsTheCompanyWordAsAGivenNameBeforeASurname(String sentence, String expected) {
    assertThat(NerTesting.mentions(sentence, false)).containsAll(NerTesting.cell(expected));
  }

  /** The PERSON mentions of the sentence's entities. */
  private static List<dev.gazette.Mention> personMentions(String sentence) {
    return NerTesting.extract(sentence).entities().stream().flatMap(e -> e.mentions().stream())
        .filter(m -> m.type().equals(dev.gazette.EntityType.PERSON)).toList();
  }
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the object of a verb of killing or kidnapping, the victim after a noun of killing, a possessive
        // before a kinship noun: a person, though the knowledge base knows a town of that name
        "The actor shot Lincoln in the back of the head.                           | Lincoln/PERSON",
        "The trial followed the assassination of Lincoln.                          | Lincoln/PERSON",
        "A letter came from Nelson's sister on Monday.                              | Nelson/PERSON",
        "The gunmen kidnapped Vardaro on Monday.                                    | Vardaro/PERSON",
      })
  void readsVictimsAndKin(String sentence, String expected) {
    assertThat(NerTesting.mentions(sentence, false)).containsAll(NerTesting.cell(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a place that a verb of killing only modifies, a visit, a possessive before what places have
        "Troops killing Gaza residents were condemned.                              | Gaza/GPE",
        "He visited Lincoln in the spring.                                          | Lincoln/GPE",
        "Moscow's mayor said the metro would reopen.                                | Moscow/GPE",
      })
  void leavesPlacesNearSuchWordsAlone(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, s -> s.endsWith("/PERSON"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a sentence's first word, a town and a word, is the surname of the person the article names
        "The humorist Will Rogers joked about the tax. Rogers was born on a ranch.  | Will Rogers/PERSON; Rogers/PERSON",
      })
  void readsASurnameAloneAtTheStartOfASentence(String sentence, String expected) {
    assertThat(NerTesting.mentions(sentence, false)).containsAll(NerTesting.cell(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // no person of that name in the article: the word stays no person
        "Rogers was founded in 1881. The town grew along the railway.              | ",
      })
  void leavesASentenceStartAloneWithoutThePerson(String sentence, String ignored) {
    assertThat(NerTesting.mentions(sentence, false)).noneMatch(s -> s.endsWith("/PERSON"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a known organization of several words, or one known organization before another that ends
        // with a head, names a longer body
        "He returned to Harvard University Law School in the fall.                | Harvard University Law School/ORG",
        "The UN Security Council met on Monday.                                     | UN Security Council/ORG",
      })
  void readsKnownOrganizationsBeforeHeads(String sentence, String expected) {
    assertThat(NerTesting.mentions(sentence, false)).containsAll(NerTesting.cell(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // no head after the known organization, or a longer name after the head: it stays itself
        "Harvard University Press Officers met on Monday.                           | Harvard University/ORG",
        "He studied at Harvard University last year.                                | Harvard University/ORG",
      })
  void leavesKnownOrganizationsWithoutAHeadAlone(String sentence, String expected) {
    NerTesting.assertMentions(sentence, expected, s -> s.startsWith("Harvard University ") && s.endsWith("/ORG"));
  }
}
