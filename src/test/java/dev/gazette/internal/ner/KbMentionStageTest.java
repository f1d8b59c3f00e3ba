package dev.gazette.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Article;
import dev.gazette.Mention;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.text.SentenceSplitter;
import dev.gazette.internal.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class KbMentionStageTest {
  private static List<String> mentions(String text) {
    Workspace ws = new Workspace();
    ws.reset(Article.of(text));
    new Tokenizer().tokenize(text, ws.tokens());
    new SentenceSplitter().split(ws.article(), ws.tokens(), ws.sentences());
    KbMentionStage.defaults().process(ws);
    return ws.mentions().stream().map(KbMentionStageTest::describe).toList();
  }

  private static String describe(Mention m) {
    return m.text() + "/" + m.type().name() + "/" + m.attributes().get("kb_id");
  }

  @Test
  void findsCountriesSeatsOfPowerAndLeaders() {
    assertThat(mentions("The Kremlin said Vladimir Putin will call Beijing from Moscow on Friday ."))
        .contains(
            "Kremlin/ORG/org:seat:kremlin",
            "Vladimir Putin/PERSON/person:vladimir-putin",
            "Moscow/GPE/gpe:city:moscow-ru");
  }

  @Test
  void caseKeepsAcronymsApartFromWords() {
    assertThat(mentions("Officials from the US told us nothing .")).containsExactly("US/GPE/gpe:US");
  }

  @Test
  void surnameAloneFindsTheLeader() {
    assertThat(mentions("Talks ended and Peskov left .")).contains("Peskov/PERSON/person:dmitry-peskov");
  }

  @Test
  void bareSurnameOfALesserKnownLeaderNeedsTheFullNameFirst() {
    assertThat(mentions("They meet on Friday .")).isEmpty();
    assertThat(mentions("Godwin Friday spoke . Friday left ."))
        .containsExactly("Godwin Friday/PERSON/person:godwin-friday", "Friday/PERSON/person:godwin-friday");
  }

  @Test
  void aRegionOfALargeCountryWinsOverATownOfTheSameNameElsewhere() {
    assertThat(mentions("Flooding hit Ontario and Florida , and Colorado voted ."))
        .containsExactly("Ontario/GPE/gpe:region:ca-on", "Florida/GPE/gpe:region:us-fl", "Colorado/GPE/gpe:region:us-co");
  }

  @Test
  void aCityOfSomeSizeWinsOverARegionOfASmallCountry() {
    // Portland, Oregon, over the Jamaican parish; Charlotte, North Carolina, over a Vincentian parish
    assertThat(mentions("Prices rose in Portland and Charlotte ."))
        .containsExactly("Portland/GPE/gpe:city:portland-us-5746545", "Charlotte/GPE/gpe:city:charlotte-us");
  }

  @Test
  void aProvinceNamedAfterItsCapitalIsTheCity() {
    // the Spanish province of Valladolid is no rival to its city
    assertThat(mentions("Fans gathered in Valladolid .")).containsExactly("Valladolid/GPE/gpe:city:valladolid-es");
  }

  @Test
  void regionsNamedWithCommonWordsNeedTheWordRegion() {
    assertThat(mentions("The Southern and Eastern teams met in the city centre ; Store prices rose .")).isEmpty();
    assertThat(mentions("Rain fell on Ghana 's Eastern Region ."))
        .contains("Eastern Region/GPE/gpe:region:gh-ep");
  }

  @Test
  void regionsAreNamedInEnglishWithTheirLocalNamesAsAliases() {
    assertThat(mentions("Bavaria , Bayern , Catalonia , Catalunya , Lower Saxony and Sicily ."))
        .containsExactly(
            "Bavaria/GPE/gpe:region:de-by",
            "Bayern/GPE/gpe:region:de-by",
            "Catalonia/GPE/gpe:region:es-ct",
            "Catalunya/GPE/gpe:region:es-ct",
            "Lower Saxony/GPE/gpe:region:de-ni",
            "Sicily/GPE/gpe:region:it-82");
  }

  @Test
  void koreaAloneIsSouthKorea() {
    assertThat(mentions("Chipmakers in Japan , Korea and Taiwan gained ."))
        .contains("Korea/GPE/gpe:KR");
  }

  @Test
  void aTownThatOpensASentenceIsKeptUnlessItIsAWordOrLooksLikeAnAcronym() {
    assertThat(mentions("Denver reported snow .")).containsExactly("Denver/GPE/gpe:city:denver-us");
    assertThat(mentions("Deal or no deal , they said .")).isEmpty();
    assertThat(mentions("ICO members met .")).isEmpty();
  }

  @Test
  void citiesHaveTheirEnglishNames() {
    assertThat(mentions("Talks in Geneva and Lucerne ended .")).containsExactly(
        "Geneva/GPE/gpe:city:geneve-ch", "Lucerne/GPE/gpe:city:luzern-ch");
  }

  @Test
  void aTownNamedLikeAPersonIsNoPlaceInsideAPersonsName() {
    assertThat(mentions("A statue of Martin Van Buren stands there .")).isEmpty();
    assertThat(mentions("The party of Marine Le Pen won , Le Pen said .")).isEmpty();
    assertThat(mentions("The plant in Martin , Slovakia , closed .")).contains("Martin/GPE/gpe:city:martin-sk");
  }
}
