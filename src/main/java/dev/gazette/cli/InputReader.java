package dev.gazette.cli;

import dev.gazette.Article;
import dev.gazette.internal.article.StrictUtf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an {@link Input} as an {@link Article}: strict UTF-8 (a byte-order mark is skipped), refusing
 * binary data (a NUL byte) and input too long to be an article, with the byte offset where it applies.
 */
final class InputReader {
  /** UTF-8 takes at least one byte per UTF-16 char and at most three (four per surrogate pair). */
  private static final long MAX_BYTES_PER_CHAR = 3;

  private final InputStream stdin;
  private final int maxChars;

  InputReader(InputStream stdin, int maxChars) {
    this.stdin = stdin;
    this.maxChars = maxChars;
  }

  /** The article, at most {@code maxChars} long. */
  Article read(Input input) throws InputException {
    Article article = decode(input);
    if (article.text().length() > maxChars) {
      throw tooLong(article.text().length() + " chars");
    }
    return article;
  }

  private Article decode(Input input) throws InputException {
    byte[] bytes = input.file().isPresent() ? readFile(input.file().get()) : readStdin();
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      throw new InputException("binary file, not text: NUL byte at byte offset " + nul);
    }
    if (input.file().isPresent()) {
      // Article.read gives the id (file name without extension) and decodes strictly.
      try {
        return Article.read(input.file().get());
      } catch (CharacterCodingException e) {
        throw invalidUtf8(e);
      } catch (IOException e) {
        throw new InputException("cannot read: " + Inputs.reason(e), e);
      }
    }
    try {
      return Article.of(StrictUtf8.decode(bytes));
    } catch (StrictUtf8.InvalidUtf8Exception e) {
      throw invalidUtf8(e);
    }
  }

  private byte[] readFile(Path file) throws InputException {
    try {
      if (Files.isRegularFile(file) && Files.size(file) > maxChars * MAX_BYTES_PER_CHAR) {
        throw tooLong(Files.size(file) + " bytes");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException("cannot read: " + Inputs.reason(e), e);
    } catch (OutOfMemoryError e) {
      throw new InputException("too large to read into memory", e);
    }
  }

  private byte[] readStdin() throws InputException {
    long limit = maxChars * MAX_BYTES_PER_CHAR;
    try {
      byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw tooLong("more than " + limit + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new InputException("cannot read standard input: " + Inputs.reason(e), e);
    }
  }

  private InputException tooLong(String size) {
    return new InputException(
        "too long: " + size + ", more than the limit of " + maxChars + " chars (see --max-chars)");
  }

  private static InputException invalidUtf8(CharacterCodingException e) {
    if (e instanceof StrictUtf8.InvalidUtf8Exception bad) {
      return new InputException("not UTF-8 text: invalid UTF-8 at byte offset " + bad.byteOffset(), e);
    }
    return new InputException("not UTF-8 text", e);
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
