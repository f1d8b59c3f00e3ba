package dev.gazette.internal.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleParserTest {
  private static final String BODY = "\n\nThe ministers met in Vienna on Monday.\n\nTalks will resume next week.\n";

  private static List<String> texts(String text, List<Span> spans) {
    return spans.stream().map(s -> s.text(text)).collect(Collectors.toList());
  }

  @Nested
  class Header {
    @ParameterizedTest(name = "[{0}]")
    @CsvSource(
        delimiter = '|',
        value = {
          "' date 2022-12-29 '                     | 2022-12-29",
          "'date 2022-12-29'                       | 2022-12-29",
          "'DATE    2022-12-29'                    | 2022-12-29",
          "'Date: 2022-12-29'                      | 2022-12-29",
          "'date: 29 December 2022'                | 2022-12-29",
          "'Date: December 29, 2022'               | 2022-12-29",
          "'  date :   29 December 2022   '        | 2022-12-29",
          "'Date: 2022-12-29T08:15:00+01:00'       | 2022-12-29",
          "'date 2022-12-29T07:15:00Z'             | 2022-12-29",
          "'Published: Thu, 29 Dec 2022 08:15:00 +0100' | 2022-12-29",
          "'29/12/2022'                            | 2022-12-29",
          "'2022-12-29'                            | 2022-12-29",
          "'December 29, 2022'                     | 2022-12-29",
        })
    void dateLines(String line, String expected) {
      String text = line + BODY;
      ArticleLayout a = ArticleParser.parse(text);
      assertThat(a.date()).contains(LocalDate.parse(expected));
      assertThat(a.header()).map(s -> s.text(text)).contains(line.strip());
      assertThat(texts(text, a.paragraphs()))
          .containsExactly("The ministers met in Vienna on Monday.", "Talks will resume next week.");
    }

    @Test
    void allFieldsAndUnknownKeys() {
      String text =
          "Title:  Gas talks stall in Vienna \r\n"
              + "source: Wire Agency\r\n"
              + "URL: https://example.com/news/gas-talks?id=7\r\n"
              + "lang: en-GB\r\n"
              + "Date: 2023-03-14\r\n"
              + "Desk: Energy\r\n"
              + "\r\n"
              + "Talks stalled on Tuesday.\r\n";
      ArticleLayout a = ArticleParser.parse(text);
      assertThat(a.title()).contains("Gas talks stall in Vienna");
      assertThat(a.date()).contains(LocalDate.of(2023, 3, 14));
      assertThat(a.metadata())
          .containsEntry("title", "Gas talks stall in Vienna")
          .containsEntry("source", "Wire Agency")
          .containsEntry("url", "https://example.com/news/gas-talks?id=7")
          .containsEntry("lang", "en-GB")
          .containsEntry("date", "2023-03-14")
          .containsEntry("desk", "Energy");
      assertThat(texts(text, a.paragraphs())).containsExactly("Talks stalled on Tuesday.");
      assertThat(a.header().get().text(text)).startsWith("Title:").endsWith("Desk: Energy");
    }

    @Test
    void headlineKeyGivesTitleAndSpacedKeysAreJoined() {
      String text = "headline: Port reopens\nPublished at: 2023-06-01\n\nThe port reopened.";
      ArticleLayout a = ArticleParser.parse(text);
      assertThat(a.title()).contains("Port reopens");
      assertThat(a.metadata()).containsEntry("published_at", "2023-06-01");
      assertThat(a.date()).contains(LocalDate.of(2023, 6, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"date: 31/02/2023", "Date: next Tuesday", "date 2023-13-45", "date: 03/04/2022"})
    void malformedDateKeepsRawValueAndGivesNoDate(String line) {
      String text = line + BODY;
      ArticleLayout a = ArticleParser.parse(text);
      assertThat(a.date()).isEmpty();
      assertThat(a.header()).isPresent();
      assertThat(a.metadata().get("date")).isEqualTo(line.substring(line.indexOf(line.contains(":") ? ':' : ' ') + 1).strip());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          // prose first paragraphs, some of which look a bit like header lines
          "The ministers met in Vienna on Monday.",
          "Exclusive: the minister will resign",
          "Analysis: Why the talks failed",
          "Date palm exports rose 5% in 2022.",
          "Source close to the talks said nothing.",
          "Title: Gas talks\nThe ministers met in Vienna on Monday.",
          "Source: Wire Agency\nThe ministers met in Vienna on Monday.",
          "date: unknown\nThe ministers met in Vienna on Monday.",
        })
    void proseIsNoHeader(String first) {
      String text = first + "\n\nA second paragraph follows here.";
      ArticleLayout a = ArticleParser.parse(text);
      assertThat(a.header()).isEmpty();
      assertThat(a.date()).isEmpty();
      assertThat(a.metadata()).isEmpty();
      assertThat(texts(text, a.paragraphs())).containsExactly(first, "A second paragraph follows here.");
    }

    @Test
    void noHeaderAtAll() {
      ArticleLayout a = ArticleParser.parse("Kyiv was quiet overnight.");
      assertThat(a.header()).isEmpty();
      assertThat(a.date()).isEmpty();
      assertThat(a.lead()).isEmpty();
      assertThat(a.paragraphs()).containsExactly(Span.of(0, 25));
    }

    @Test
    void leadingBlankLinesBeforeHeader() {
      String text = "\n  \n date 2021-05-04 \n\n\n\nBody text.";
      ArticleLayout a = ArticleParser.parse(text);
      assertThat(a.date()).contains(LocalDate.of(2021, 5, 4));
      assertThat(texts(text, a.paragraphs())).containsExactly("Body text.");
    }

    /** Many feeds put no blank line after the header: dated header lines still are one. */
    @ParameterizedTest(name = "{index}")
    @ValueSource(
        strings = {
          " date 2022-12-29 \nThe ministers met in Vienna on Monday.\nTalks will resume next week.",
          "title: Gas talks\nDate: 2022-12-29\nThe ministers met in Vienna on Monday.\nTalks will resume next week.",
          "December 29, 2022\r\nThe ministers met in Vienna on Monday.\r\nTalks will resume next week.",
        })
    void datedHeaderLinesBeforeProseWithoutBlankLine(String text) {
      ArticleLayout a = ArticleParser.parse(text);
      assertThat(a.date()).contains(LocalDate.of(2022, 12, 29));
      assertThat(a.header()).isPresent();
      assertThat(a.header().get().text(text)).doesNotContain("ministers");
      assertThat(String.join(" ", texts(text, a.paragraphs())).replaceAll("\\s+", " "))
          .isEqualTo("The ministers met in Vienna on Monday. Talks will resume next week.");
    }

    @Test
    void headerOnly() {
      ArticleLayout a = ArticleParser.parse("date: 2021-05-04\n");
      assertThat(a.date()).contains(LocalDate.of(2021, 5, 4));
      assertThat(a.paragraphs()).isEmpty();
    }
  }

  @Nested
  class Paragraphs {
    @ParameterizedTest(name = "{index}")
    @ValueSource(
        strings = {
          "One a.\nOne b.\n\nTwo.\n\n\nThree.",
          "One a.\r\nOne b.\r\n\r\nTwo.\r\n\r\n\r\nThree.\r\n",
          "One a.\rOne b.\r\rTwo.\r\r\rThree.\r",
          "  One a.\nOne b.  \n \t \nTwo.\n\u00A0\n   Three.   \n\n",
          "One a.\nOne b.\u2029\u2029Two.\n\nThree.",
        })
    void splitOnBlankLinesAndTrim(String text) {
      ArticleLayout a = ArticleParser.parse(text);
      List<String> ps = texts(text, a.paragraphs());
      assertThat(ps).hasSize(3);
      assertThat(ps.get(0)).startsWith("One a.").endsWith("One b.");
      assertThat(ps.subList(1, 3)).containsExactly("Two.", "Three.");
      assertThat(a.lead()).contains(a.paragraphs().get(0));
    }

    @Test
    void emptyAndBlankTexts() {
      for (String text : new String[] {"", " ", "\n\n\r\n", "\u00A0\t"}) {
        ArticleLayout a = ArticleParser.parse(text);
        assertThat(a.paragraphs()).isEmpty();
        assertThat(a.header()).isEmpty();
        assertThat(a.lead()).isEmpty();
      }
    }
  }

  @Nested
  class LeadRepeat {
    private static final String LEAD =
        "Norway's grid operator warned on Monday that winter power prices could double in the south.";

    @Test
    void repeatInsideBodyParagraph() {
      String text =
          "date 2023-01-09\n\n"
              + LEAD
              + "\n\nStatnett said reservoirs were low after a dry autumn. "
              + LEAD
              + " The warning comes as Oslo debates export curbs.";
      ArticleLayout a = ArticleParser.parse(text);
      assertThat(a.lead()).map(s -> s.text(text)).contains(LEAD);
      Span r = a.leadRepeat().orElseThrow();
      assertThat(r.text(text)).isEqualTo(LEAD);
      assertThat(r.start()).isGreaterThan(a.lead().get().end());
    }

    @Test
    void noRepeat() {
      String text = LEAD + "\n\nStatnett said reservoirs were low after a dry autumn.";
      ArticleLayout a = ArticleParser.parse(text);
      assertThat(a.lead()).isPresent();
      assertThat(a.leadRepeat()).isEmpty();
    }

    @Test
    void repeatGluedToNeighbours() {
      String repeat = LEAD.replace("Norway's", "Norway\u2019s");
      String text =
          LEAD + "\n\nReservoirs were low after a dry autumn in the fjords" + repeat.substring(0, repeat.length() - 1)
              + "The warning comes as Oslo debates export curbs.";
      ArticleLayout a = ArticleParser.parse(text);
      Span r = a.leadRepeat().orElseThrow();
      assertThat(r.text(text)).startsWith("Norway\u2019s grid").endsWith("in the south");
    }

    @Test
    void repeatGluedAfterPeriodKeepsItsPeriod() {
      String text =
          LEAD + "\n\nReservoirs were low.  " + LEAD.replace(" on Monday", "  on\nMonday") + "Oslo debates export curbs.";
      ArticleLayout a = ArticleParser.parse(text);
      Span r = a.leadRepeat().orElseThrow();
      assertThat(r.text(text)).startsWith("Norway's grid").endsWith("in the south.");
    }

    @Test
    void punctuationDifferencesAreIgnored() {
      String text = LEAD + "\n\nMore text. Norway's grid operator warned on Monday, that winter power prices "
          + "could double in the south! Then more.";
      assertThat(ArticleParser.parse(text).leadRepeat()).isPresent();
    }

    @Test
    void wordChangesAreNotARepeat() {
      String text = LEAD + "\n\nNorway's grid operator warned on Tuesday that winter power prices could double in the south.";
      assertThat(ArticleParser.parse(text).leadRepeat()).isEmpty();
    }

    @Test
    void shortLeadIsNotSearched() {
      String text = "Oslo, Monday.\n\nOslo, Monday. Prices rose.";
      assertThat(ArticleParser.parse(text).leadRepeat()).isEmpty();
    }

    /** A feed that breaks paragraphs with one line break: a long line shows the text is not hard-wrapped. */
    @Test
    void oneLineBreakParagraphsWithTheirLeadRepeated() {
      String lead = LEAD.strip();
      String text = " date 2023-01-09 \n" + lead + "\n" + lead + " Statnett said reservoirs were low after a dry autumn in the fjords and the south.\n"
          + "read alsoPower: Sweden restarts a reactor\nPrices rose.";
      ArticleLayout a = ArticleParser.parse(text);
      assertThat(a.date()).contains(LocalDate.of(2023, 1, 9));
      assertThat(texts(text, a.paragraphs())).containsExactly(
          lead, lead + " Statnett said reservoirs were low after a dry autumn in the fjords and the south.", "read alsoPower: Sweden restarts a reactor", "Prices rose.");
      assertThat(a.lead().map(s -> s.text(text))).contains(lead);
      assertThat(a.leadRepeat().map(s -> s.text(text))).contains(lead);
    }

    /** Hard-wrapped text (no line longer than the wrap limit) keeps its lines in one paragraph. */
    @Test
    void hardWrappedLinesStayOneParagraph() {
      String line = "x".repeat(ArticleParser.WRAP_LIMIT - 20);
      String text = "Gas talks stalled in Vienna.\n" + line + "\n" + line + "\n\nA second paragraph.";
      assertThat(ArticleParser.parse(text).paragraphs()).hasSize(2);
      String unwrapped = "Gas talks stalled in Vienna.\n" + "y".repeat(ArticleParser.WRAP_LIMIT + 1) + "\n" + line;
      assertThat(ArticleParser.parse(unwrapped).paragraphs()).hasSize(3);
    }

    @Test
    void singleParagraphHasNoLead() {
      assertThat(ArticleParser.parse(LEAD + " " + LEAD).lead()).isEmpty();
    }

    /** A headline line before the lead: the lead is the paragraph the body repeats. */
    @Test
    void headlineBeforeTheLead() {
      String lead = LEAD.strip();
      String text = " date 2023-01-09 \n\nNorway tightens its power exports\n\n" + lead + "\n\n" + lead
          + " Statnett said reservoirs were low.\n\nPrices rose.";
      ArticleLayout a = ArticleParser.parse(text);
      assertThat(a.lead().map(s -> s.text(text))).contains(lead);
      assertThat(a.leadRepeat().map(s -> s.text(text))).contains(lead);
    }

    /** A first paragraph that ends a sentence is the lead even when the second is repeated. */
    @Test
    void aSentenceBeforeTheRepeatedParagraphStaysTheLead() {
      String lead = LEAD.strip();
      String text = "Norway tightens its power exports.\n\n" + lead + "\n\n" + lead + " Statnett said so.\n\nPrices rose.";
      ArticleLayout a = ArticleParser.parse(text);
      assertThat(a.lead().map(s -> s.text(text))).contains("Norway tightens its power exports.");
      assertThat(a.leadRepeat()).isEmpty();
    }
  }

  @Nested
  class RelatedLinks {
    private ArticleLayout parse(String text) {
      return ArticleParser.parse(text);
    }

    private List<String> headlines(String text) {
      return texts(text, parse(text).relatedLinks());
    }

    private List<String> markers(String text) {
      return texts(text, parse(text).relatedLinkMarkers());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Read also      | Read also:",
          "READ ALSO      | READ ALSO:",
          "read also      | read also:",
          "Read more      | Read more:",
          "See also       | See also:",
          "ALSO READ      | ALSO READ",
          "ALSO READ      | ALSO READ |",
          "Related        | Related:",
          "RELATED        | RELATED:",
          "Read also      | Read also -",
          "Read also      | Read also \u2014",
          "To read also   | To read also:",
          "Read also      | Read also \u00BB",
        })
    void eachMarkerOnItsOwnLine(String marker, String line) {
      String text = "Ankara hosted the talks.\n\nThe delegations met twice.\n" + line
          + " Grain deal: Kyiv and Moscow agree on new corridor\nThe next round is set for March.";
      assertThat(markers(text)).containsExactly(marker);
      assertThat(headlines(text)).containsExactly("Grain deal: Kyiv and Moscow agree on new corridor");
    }

    @Test
    void markerAfterSentenceInsideParagraph() {
      String text = "The delegations met twice. READ ALSO: Grain deal collapses again. The next round is set for March.";
      assertThat(headlines(text)).containsExactly("Grain deal collapses again.");
      assertThat(markers(text)).containsExactly("READ ALSO");
    }

    @Test
    void gluedToHeadlineAndRunningIntoNextSentence() {
      String text = "Tankers queued off the coast this week. read alsoGas: Qatar has signed a long supply deal with "
          + "Germany and Italy Berlin is also trying to build new terminals in the north.";
      assertThat(markers(text)).containsExactly("read also");
      assertThat(headlines(text))
          .containsExactly("Gas: Qatar has signed a long supply deal with Germany and Italy");
    }

    @Test
    void runOnAfterContentWord() {
      String text = "Ships were delayed. read also: Wheat: Egypt buys more grain from Romanian ports Cairo has also "
          + "cut its bread subsidy.";
      assertThat(headlines(text)).containsExactly("Wheat: Egypt buys more grain from Romanian ports");
    }

    @Test
    void runOnIntoSentenceOpener() {
      String text = "Ships were delayed. READ ALSO: Egypt buys more grain from Romanian ports The ministry in Cairo "
          + "confirmed the purchase.";
      assertThat(headlines(text)).containsExactly("Egypt buys more grain from Romanian ports");
    }

    @Test
    void runOnIntoDeterminerPhraseWithRelativeClause() {
      String text = "Ships were delayed. read alsoGas: Slovakia asks Brussels for more time to stop imports The Indian "
          + "refiner Reliance, which buys Russian crude, could be affected.";
      assertThat(headlines(text)).containsExactly("Gas: Slovakia asks Brussels for more time to stop imports");
      // A name with "The" and an apposition is part of the headline: no lower-case noun before the comma.
      String name = "Ships were delayed. read alsoMedia: Kremlin bans The Moscow Times, which it calls foreign\nMore.";
      assertThat(headlines(name)).containsExactly("Media: Kremlin bans The Moscow Times, which it calls foreign");
    }

    @Test
    void runOnIntoNameWithRelativeClause() {
      String text = "Orders rose. read alsoAviation: Boeing resumes production after the strike Embraer, which "
          + "competes with Airbus, signed a deal.";
      assertThat(headlines(text)).containsExactly("Aviation: Boeing resumes production after the strike");
    }

    @Test
    void runOnWithNounBeforeVerb() {
      String text = "Ships were delayed. Read more: Drone strike hits oil depot near Belgorod Russian officials said "
          + "the fire was contained.";
      assertThat(headlines(text)).containsExactly("Drone strike hits oil depot near Belgorod");
    }

    @Test
    void runOnThroughGlue() {
      String text = "Ships were delayed. See also: Turkey doubles gas imports from AzerbaijanAnkara is also "
          + "talking to Turkmenistan.";
      assertThat(headlines(text)).containsExactly("Turkey doubles gas imports from Azerbaijan");
    }

    @Test
    void titleCaseHeadline() {
      String text = "Ships were delayed. READ ALSO: Oil Prices Climb As Saudi Arabia Extends Output Cuts Riyadh "
          + "has not commented.";
      assertThat(headlines(text)).containsExactly("Oil Prices Climb As Saudi Arabia Extends Output Cuts");
    }

    @Test
    void reportedSpeechInHeadlineStaysWhole() {
      String text = "Ships were delayed.\nRead also: Kremlin says Putin will visit Ankara in spring\nMore later.";
      assertThat(headlines(text)).containsExactly("Kremlin says Putin will visit Ankara in spring");
    }

    @Test
    void markerGluedToPreviousWord() {
      String text = "Ships were delayed at the BosphorusREAD ALSO: Grain deal collapses again\nMore later.";
      assertThat(markers(text)).containsExactly("READ ALSO");
      assertThat(headlines(text)).containsExactly("Grain deal collapses again");
    }

    @Test
    void headlineWithoutAnyCueEndsWithItsSentence() {
      String text = "Ships were delayed. read also: the long wait at the straits and what it means for bread prices "
          + "in poorer countries across the region this winter and the next one too. Later text here.";
      assertThat(headlines(text)).containsExactly("the long wait at the straits and what it means for bread prices "
          + "in poorer countries across the region this winter and the next one too.");
    }

    @Test
    void twoLinksInOneParagraph() {
      String text = "Ships were delayed. READ ALSO: Grain deal collapses. The port is shut. See also: Egypt buys "
          + "wheat.\nMore later.";
      assertThat(headlines(text)).containsExactly("Grain deal collapses.", "Egypt buys wheat.");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "He read also the letter that the envoy had sent.",
          "She had read also: the minutes of the meeting.",
          "Read also the letter the envoy sent, the minister urged.",
          "See also Figure 2 in the report.",
          "Related costs rose by 4% in the quarter.",
          "Read more about it later, he said.",
          "Officials who read more Turkish papers disagreed.",
          "The documents are related: Ankara and Baku signed both.",
          "Readers also read Gazette articles.",
          "The ambassador spoke of a relatedness between the two crises.",
          "They want to read also Kurdish newspapers.",
          "MAURITIUS LIFTS DUTIES ON TEXTILE-RELATED GOODS",
          "GRAIN SHIPPERS SEE ALSO RISING RATES",
        })
    void falseTriggers(String prose) {
      String text = "Ships were delayed. " + prose + " The port is shut.";
      assertThat(parse(text).relatedLinks()).isEmpty();
    }
  }

  @Test
  @Timeout(20)
  void hugeInputsStayLinear() {
    StringBuilder sb = new StringBuilder("date 2023-01-01\n\n");
    String lead = "Ministers from six countries met in Geneva on Monday to discuss the grain corridor.";
    sb.append(lead).append("\n\n");
    for (int i = 0; i < 100_000; i++) {
      sb.append("read also Ministers from six countries met in Geneva on Tuesday. ");
    }
    sb.append(lead);
    String text = sb.toString();
    ArticleLayout a = ArticleParser.parse(text);
    assertThat(a.leadRepeat()).isPresent();
    assertThat(a.relatedLinks()).hasSize(100_000);

    String line = "x".repeat(1_000_000);
    ArticleLayout b = ArticleParser.parse(line + "\n\n" + line.replace('x', 'A'));
    assertThat(b.paragraphs()).hasSize(2);
    assertThat(b.header()).isEmpty();
    assertThat(ArticleParser.parse("date:" + "1".repeat(1_000_000)).header()).isEmpty();
    assertThat(ArticleParser.parse("ReadAlso".repeat(200_000)).relatedLinks()).isEmpty();
    assertThat(Optional.of(1)).isPresent();
  }
}
