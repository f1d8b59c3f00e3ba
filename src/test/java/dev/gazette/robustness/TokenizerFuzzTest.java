package dev.gazette.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.Tokenizer;

/**
 * Fuzzes the tokenizer into a reused {@link TokenBuffer}: tokens are non-empty, in order and inside the
 * text, and tokenizing the same text into a used buffer gives the same tokens.
 */
class TokenizerFuzzTest {
  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final TokenBuffer REUSED = new TokenBuffer(4);

  @FuzzTest(maxDuration = "30s")
  void fuzzTokenizer(byte[] data) {
    String text = Invariants.text(data);
    TokenBuffer fresh = new TokenBuffer(1);
    TOKENIZER.tokenize(text, fresh);
    Invariants.checkTokens(text, fresh);
    TOKENIZER.tokenize(text, REUSED);
    org.assertj.core.api.Assertions.assertThat(REUSED.size()).isEqualTo(fresh.size());
    for (int i = 0; i < fresh.size(); i++) {
      org.assertj.core.api.Assertions.assertThat(
              new int[] {REUSED.start(i), REUSED.end(i), REUSED.kindOrdinal(i), REUSED.flags(i)})
          .as("token %d in a reused buffer", i)
          .containsExactly(fresh.start(i), fresh.end(i), fresh.kindOrdinal(i), fresh.flags(i));
    }
  }
}
