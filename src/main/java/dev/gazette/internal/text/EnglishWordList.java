package dev.gazette.internal.text;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * The English word list derived from SCOWL ({@code english-words.txt.gz}, see NOTICE), read once per JVM
 * on first use and shared by the tokenizer's glue repair and the name recognizer, which each index it
 * their own way.
 */
public final class EnglishWordList {
  private EnglishWordList() {}

  /** Lower-case words ("partnership"). */
  public static ImmutableList<String> lowerCase() {
    return Holder.LOWER;
  }

  /** Capitalized proper names ("China", "Abigail"). */
  public static ImmutableList<String> capitalized() {
    return Holder.CAPITALIZED;
  }

  private static final class Holder {
    static final ImmutableList<String> LOWER;
    static final ImmutableList<String> CAPITALIZED;

    static {
      ImmutableList.Builder<String> lower = ImmutableList.builderWithExpectedSize(70_000);
      ImmutableList.Builder<String> capitalized = ImmutableList.builderWithExpectedSize(12_000);
      try (InputStream raw = EnglishWordList.class.getResourceAsStream("english-words.txt.gz")) {
        if (raw == null) {
          throw new IllegalStateException("missing resource english-words.txt.gz");
        }
        BufferedReader r =
            new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isEmpty() || line.charAt(0) == '#') {
            continue;
          }
          (Character.isUpperCase(line.charAt(0)) ? capitalized : lower).add(line);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      LOWER = lower.build();
      CAPITALIZED = capitalized.build();
    }
  }
}
