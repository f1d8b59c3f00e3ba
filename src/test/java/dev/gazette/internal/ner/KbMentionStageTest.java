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
}
