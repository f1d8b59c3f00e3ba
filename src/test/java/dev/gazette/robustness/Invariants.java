package dev.gazette.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Entity;
import dev.gazette.Extraction;
import dev.gazette.Mention;
import dev.gazette.Relation;
import dev.gazette.Sentence;
import dev.gazette.Span;
import dev.gazette.Token;
import dev.gazette.internal.text.TokenBuffer;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** What must hold for the output of any input: offsets valid, texts equal to the input's substrings. */
final class Invariants {
  private Invariants() {}

  /**
   * Turns fuzzer bytes into text. Bytes starting with 0xFF are read as UTF-16BE, so that the fuzzer can
   * reach any char sequence (lone surrogates included); all others are decoded leniently as UTF-8, which
   * keeps the seed files readable.
   */
  static String text(byte[] bytes) {
    if (bytes.length > 0 && bytes[0] == (byte) 0xFF) {
      char[] chars = new char[(bytes.length - 1) / 2];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) (((bytes[1 + 2 * i] & 0xFF) << 8) | (bytes[2 + 2 * i] & 0xFF));
      }
      return new String(chars);
    }
    return lenientUtf8(bytes);
  }

  /** Decodes like a host that reads web pages: malformed bytes become U+FFFD, never an error. */
  static String lenientUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new AssertionError("a replacing decoder cannot fail", e);
    }
  }

  static void checkSpan(String text, Span span, String what) {
    assertThat(span.start()).as("%s start", what).isBetween(0, text.length());
    assertThat(span.end()).as("%s end", what).isBetween(span.start(), text.length());
  }

  /** Tokens in order, non-empty, inside the text. */
  static void checkTokens(String text, TokenBuffer tokens) {
    int prevEnd = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      assertThat(s).as("start of token %d", i).isGreaterThanOrEqualTo(prevEnd);
      assertThat(e).as("end of token %d", i).isGreaterThan(s).isLessThanOrEqualTo(text.length());
      assertThat(tokens.kind(i)).as("kind of token %d", i).isNotNull();
      prevEnd = e;
    }
  }

  /** Every offset in an extraction is valid and every text equals the article's substring. */
  static void checkExtraction(String text, Extraction x) {
    assertThat(x.article().text()).isSameAs(text);
    int prevEnd = 0;
    for (Token t : x.tokens()) {
      checkSpan(text, t.span(), "token " + t.index());
      assertThat(t.start()).as("token %d after the previous one", t.index()).isGreaterThanOrEqualTo(prevEnd);
      assertThat(t.end()).as("token %d not empty", t.index()).isGreaterThan(t.start());
      assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
      prevEnd = t.end();
    }
    for (Sentence s : x.sentences()) {
      checkSpan(text, s.span(), "sentence " + s.index());
      assertThat(s.text()).isEqualTo(s.span().text(text));
    }
    Set<String> ids = new HashSet<>();
    for (Entity e : x.entities()) {
      assertThat(ids.add(e.id())).as("entity id %s unique", e.id()).isTrue();
      assertThat(e.mentions()).as("mentions of %s", e.id()).isNotEmpty();
      for (Mention m : e.mentions()) {
        checkSpan(text, m.span(), "mention of " + e.id());
        assertThat(m.text()).as("text of mention %s", m).isEqualTo(text.substring(m.start(), m.end()));
      }
    }
    for (Relation r : x.relations()) {
      assertThat(ids).as("subject of %s", r).contains(r.subject());
      r.object().ifPresent(o -> assertThat(ids).as("object of %s", r).contains(o));
      r.object().ifPresent(o -> assertThat(o).as("object of %s is not its subject", r).isNotEqualTo(r.subject()));
      checkSpan(text, r.evidence(), "evidence of " + r.id());
      assertThat(r.evidenceText()).as("evidence of %s", r).isEqualTo(r.evidence().text(text));
    }
    assertThat(x.toJson()).isNotEmpty();
  }
}
