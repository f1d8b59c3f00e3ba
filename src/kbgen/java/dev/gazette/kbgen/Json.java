package dev.gazette.kbgen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tiny JSON tree reader on jackson-core: objects become maps, arrays lists, scalars strings. */
final class Json {

  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  static Object read(Path file) throws IOException {
    try (JsonParser p = FACTORY.createParser(Files.newInputStream(file))) {
      p.nextToken();
      return value(p);
    }
  }

  private static Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          m.put(name, value(p));
        }
        return m;
      }
      case START_ARRAY: {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(value(p));
        }
        return l;
      }
      case VALUE_NULL:
        return null;
      default:
        return p.getText();
    }
  }

  /** Follows a path of object keys; null when any step is missing. */
  @SuppressWarnings("unchecked")
  static Object at(Object root, String... path) {
    Object cur = root;
    for (String k : path) {
      if (!(cur instanceof Map)) {
        return null;
      }
      cur = ((Map<String, Object>) cur).get(k);
    }
    return cur;
  }

  /** The {@code text} field at a path of the Factbook layout, or null. */
  static String text(Object root, String... path) {
    Object node = at(root, path);
    Object t = at(node, "text");
    return t instanceof String ? (String) t : null;
  }
}
