package dev.gazette.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.internal.text.Tokenizer;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PhraseIndex#write} and {@link PhraseIndex#read}: an index read back has the same tables as
 * the one written (the key table, which is not written, rebuilt identically), small and large, and
 * writes the same bytes again; truncated bytes are refused.
 */
class PhraseIndexSerializationTest {

  @ParameterizedTest(name = "{0} phrases")
  @CsvSource({"1", "300", "40000"})
  void readBackGivesTheSameIndex(int phrases) {
    Random rnd = new Random(phrases);
    PhraseIndex.Builder b = PhraseIndex.builder(new Tokenizer());
    for (int p = 0; p < phrases; p++) {
      StringBuilder phrase = new StringBuilder();
      for (int w = 0, n = 1 + rnd.nextInt(3); w < n; w++) {
        phrase.append(w > 0 ? " " : "").append(rnd.nextBoolean() ? "Ké" : "Wa").append(rnd.nextInt(phrases));
      }
      b.add(phrase.toString(), rnd.nextInt(7) == 0 ? -1 - p : p);
    }
    PhraseIndex index = b.build();
    byte[] bytes = bytes(index);
    PhraseIndex read = PhraseIndex.read(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
    assertThat(read).isNotNull();
    assertThat(read.sameLayout(index)).isTrue();
    assertThat(read.size()).isEqualTo(index.size());
    assertThat(bytes(read)).isEqualTo(bytes);
    byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
    assertThatThrownBy(() -> PhraseIndex.read(ByteBuffer.wrap(truncated).order(ByteOrder.LITTLE_ENDIAN)))
        .isInstanceOf(BufferUnderflowException.class);
  }

  private static byte[] bytes(PhraseIndex index) {
    ByteBuffer b = ByteBuffer.allocate(index.serializedSize()).order(ByteOrder.LITTLE_ENDIAN);
    index.write(b);
    return Arrays.copyOf(b.array(), b.position());
  }
}
