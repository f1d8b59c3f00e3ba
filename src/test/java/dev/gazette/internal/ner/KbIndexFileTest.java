package dev.gazette.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Article;
import dev.gazette.Mention;
import dev.gazette.internal.kb.KnowledgeBase;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.text.SentenceSplitter;
import dev.gazette.internal.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compiled phrase index of the default knowledge base ({@link KbIndexFile}, written by the build)
 * is what the tables give today: rebuilt from the shipped tables, it has the same bytes, so a stale
 * or hand-edited resource fails the build; the default stage loads it; and other tables never use it.
 */
class KbIndexFileTest {

  @Test
  void theShippedIndexIsTheOneTheTablesGive() throws IOException {
    byte[] shipped;
    try (InputStream in = KnowledgeBase.class.getResourceAsStream(KnowledgeBase.RESOURCE_DIR + KbIndexFile.RESOURCE)) {
      assertThat(in).as("%s on the class path (written by the build)", KbIndexFile.RESOURCE).isNotNull();
      shipped = in.readAllBytes();
    }
    byte[] rebuilt = KbIndexFile.compileDefault();
    assertThat(shipped.length).isEqualTo(rebuilt.length);
    assertThat(shipped).as("the compiled index rebuilt from the tables").isEqualTo(rebuilt);
  }

  @Test
  void theDefaultStageLoadsTheCompiledIndex() {
    assertThat(KbMentionStage.hasCompiledIndex(KnowledgeBase.defaults())).isTrue();
    assertThat(KbMentionStage.hasCompiledIndex(KnowledgeBase.loadDefaultTables())).isTrue();
  }

  @Test
  void otherTablesBuildTheirOwnIndex() {
    KnowledgeBase other = KnowledgeBase.parse(new StringReader(
        "vessel:ever-given\tVESSEL\tEver Given\tthe Ever Given\timo=9811000\n"));
    assertThat(KbMentionStage.hasCompiledIndex(other)).isFalse();
    byte[] compiled = KbIndexFile.compileDefault();
    assertThat(KbIndexFile.read(ByteBuffer.wrap(compiled).order(ByteOrder.LITTLE_ENDIAN), other)).isNull();
    assertThat(mentions(KbMentionStage.load(other), "The Ever Given left Suez .")).containsExactly("Ever Given/VESSEL");
  }

  @Test
  void readBackItGivesTheSameIndexAndFactsAsBuilding() {
    KnowledgeBase kb = KnowledgeBase.defaults();
    KbMentionStage.Compiled built = KbMentionStage.Compiled.build(kb, new Tokenizer());
    byte[] bytes = KbIndexFile.bytes(built, kb);
    KbMentionStage.Compiled read = KbIndexFile.read(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN), kb);
    assertThat(read).isNotNull();
    assertThat(read.index.sameLayout(built.index)).as("same index tables").isTrue();
    assertThat(KbIndexFile.bytes(read, kb)).isEqualTo(bytes);
    assertThat(read.bestEntryOfAlias).isEqualTo(built.bestEntryOfAlias);
    assertThat(read.entryFlags).isEqualTo(built.entryFlags);
    assertThat(read.countryOf).isEqualTo(built.countryOf);
    assertThat(read.countries).isEqualTo(built.countries);
  }

  @Test
  void loadedAndBuiltStagesFindTheSameMentions() {
    KbMentionStage loaded = KbMentionStage.load(KnowledgeBase.defaults());
    KbMentionStage built = new KbMentionStage(KnowledgeBase.defaults(), new Tokenizer());
    for (String text : List.of(
        "The Kremlin said Vladimir Poutine will call Beijing from Moscow on Friday , and Peskov agreed .",
        "Officials from the US told us that the IMF and Turkiye met in Ankara ; Erdogan left for Doha .",
        "Kılıçdaroğlu and Lula da Silva spoke in Sao Paulo while the Elysee and Downing Street waited .")) {
      assertThat(mentions(loaded, text)).as(text).isNotEmpty().isEqualTo(mentions(built, text));
    }
  }

  private static List<String> mentions(KbMentionStage stage, String text) {
    Workspace ws = new Workspace();
    ws.reset(Article.of(text));
    new Tokenizer().tokenize(text, ws.tokens());
    new SentenceSplitter().split(ws.article(), ws.tokens(), ws.sentences());
    stage.process(ws);
    return ws.mentions().stream().map(KbIndexFileTest::describe).toList();
  }

  private static String describe(Mention m) {
    return m.text() + "/" + m.type().name()
        + (m.attributes().containsKey("country") ? "/" + m.attributes().get("country") : "");
  }
}
