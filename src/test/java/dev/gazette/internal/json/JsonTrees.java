package dev.gazette.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON back into maps (in key order), lists, strings, numbers, booleans and nulls, with
 * jackson-core's streaming parser, so tests can check what was written. Duplicate keys fail.
 */
public final class JsonTrees {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonTrees() {}

  /** The single JSON value in {@code json}; trailing content fails. */
  public static Object parse(String json) {
    List<Object> values = parseAll(json);
    if (values.size() != 1) {
      throw new IllegalArgumentException("expected one JSON value, found " + values.size());
    }
    return values.get(0);
  }

  /** Every root value in {@code json}, in order. */
  public static List<Object> parseAll(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      List<Object> out = new ArrayList<>();
      while (p.nextToken() != null) {
        out.add(value(p));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  public static List<Object> list(Object o) {
    return (List<Object>) o;
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
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IllegalStateException("unexpected " + t);
    }
  }

  /** A decimal for comparing parsed floats. */
  public static BigDecimal decimal(String s) {
    return new BigDecimal(s);
  }
}
