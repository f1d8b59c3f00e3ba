package dev.gazette.internal.json;

import dev.gazette.Extraction;

/** Writes extractions as JSON. PLACEHOLDER: the real writer replaces this. */
public final class ExtractionJson {
  private ExtractionJson() {}

  /** One JSON object for {@code extraction}, read from {@code source}. */
  public static String toJson(Extraction extraction, String source, boolean pretty) {
    return "{\"source\":\"" + source + "\"}";
  }
}
