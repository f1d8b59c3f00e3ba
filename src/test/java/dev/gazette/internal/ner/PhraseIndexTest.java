package dev.gazette.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
  private final Tokenizer tokenizer = new Tokenizer();

  private List<String> matches(PhraseIndex index, String text, PhraseIndex.Sink filter) {
    TokenBuffer tokens = new TokenBuffer();
    tokenizer.tokenize(text, tokens);
    int[] ids = index.keyIds(text, tokens, new int[0]);
    List<String> out = new ArrayList<>();
    index.match(
        ids,
        0,
        tokens.size(),
        (s, e, p) -> {
          if (!filter.accept(s, e, p)) {
            return false;
          }
          out.add(text.substring(tokens.start(s), tokens.end(e - 1)) + "=" + p);
          return true;
        });
    return out;
  }

  @Test
  void longestLeftmostMatchesWin() {
    PhraseIndex index =
        PhraseIndex.builder(tokenizer)
            .add("East China Sea", 1)
            .add("China", 2)
            .add("South China Sea", 3)
            .add("Xi Jinping", 4)
            .build();
    assertThat(matches(index, "Xi Jinping sent ships to the East China Sea near China", (s, e, p) -> true))
        .containsExactly("Xi Jinping=4", "East China Sea=1", "China=2");
  }

  @Test
  void keysFoldCaseDiacriticsAndApostrophes() {
    PhraseIndex index =
        PhraseIndex.builder(tokenizer).add("Kemal Kilicdaroglu", 7).add("Lodz", 8).add("Cote d'Ivoire", 9).build();
    assertThat(matches(index, "KEMAL Kılıçdaroğlu visited Łódź and Côte d\u2019Ivoire", (s, e, p) -> true))
        .containsExactly("KEMAL Kılıçdaroğlu=7", "Łódź=8", "Côte d\u2019Ivoire=9");
  }

  @Test
  void rejectedCandidateLetsAShorterOneAndOtherPayloadsTry() {
    PhraseIndex index =
        PhraseIndex.builder(tokenizer).add("New York Times", 1).add("New York", 2).add("New York", 3).build();
    assertThat(matches(index, "the New York Times", (s, e, p) -> p != 1 && p != 3)).containsExactly("New York=2");
  }

  @Test
  void costDoesNotDependOnHowManyPhrasesThereAre() {
    PhraseIndex.Builder b = PhraseIndex.builder(tokenizer);
    for (int i = 0; i < 50_000; i++) {
      b.add("Name" + i + " Surname" + (i % 97), i);
    }
    PhraseIndex index = b.build();
    assertThat(index.size()).isEqualTo(50_000);
    assertThat(matches(index, "name123 surname26 met Name5", (s, e, p) -> true)).containsExactly("name123 surname26=123");
  }
}
