package dev.gazette.internal.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 and refuses invalid input with the byte offset of the first bad sequence. */
public final class StrictUtf8 {
  private StrictUtf8() {}

  /** Thrown for bytes that are not valid UTF-8. */
  public static final class InvalidUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final long byteOffset;

    InvalidUtf8Exception(long byteOffset) {
      this.byteOffset = byteOffset;
    }

    /** Offset of the first byte of the invalid sequence. */
    public long byteOffset() {
      return byteOffset;
    }

    @Override
    public String getMessage() {
      return "invalid UTF-8 at byte offset " + byteOffset;
    }
  }

  /**
   * The text of {@code bytes}, without a leading byte-order mark.
   *
   * @throws InvalidUtf8Exception at the first malformed or unmappable sequence
   */
  public static String decode(byte[] bytes) throws InvalidUtf8Exception {
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length - skip);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      throw new InvalidUtf8Exception(in.position());
    }
    r = decoder.flush(out);
    if (r.isError()) {
      throw new InvalidUtf8Exception(in.position());
    }
    out.flip();
    return out.toString();
  }
}
