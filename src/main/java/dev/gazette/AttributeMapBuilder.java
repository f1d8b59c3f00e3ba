package dev.gazette;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * The attributes of a {@link Mention.Builder}, {@link Entity.Builder} or {@link Relation.Builder}. Most
 * have no attributes, take one immutable map as is, or get one to three one by one: those are kept in
 * a small array and built with {@code ImmutableMap.of}, without a map builder and its entry objects.
 */
final class AttributeMapBuilder {
  /** An immutable map given first and nothing added since: the result as is. */
  private ImmutableMap<String, String> given;
  /** Names and values alternating, each name once, in the order first put; null while none. */
  private String[] pairs;
  private int size;

  /** One attribute; a later value for the same name replaces the earlier one in its place. */
  void put(String name, String value) {
    Preconditions.checkNotNull(name, "name");
    Preconditions.checkNotNull(value, "value");
    if (pairs == null) {
      pairs = new String[given == null ? 8 : Math.max(8, 2 * given.size() + 2)];
      if (given != null) {
        ImmutableMap<String, String> g = given;
        given = null;
        g.forEach(this::append); // an immutable map has each name once
      }
    }
    for (int i = 0; i < 2 * size; i += 2) {
      if (pairs[i].equals(name)) {
        pairs[i + 1] = value;
        return;
      }
    }
    append(name, value);
  }

  private void append(String name, String value) {
    if (2 * size == pairs.length) {
      pairs = java.util.Arrays.copyOf(pairs, 2 * pairs.length);
    }
    pairs[2 * size] = name;
    pairs[2 * size + 1] = value;
    size++;
  }

  /** Several attributes; an immutable map given first is kept as is (it holds no nulls). */
  void putAll(Map<String, String> values) {
    if (pairs == null && given == null && values instanceof ImmutableMap) {
      given = (ImmutableMap<String, String>) values;
      return;
    }
    values.forEach(this::put);
  }

  /**
   * The attributes in the order first put, each with its last value (as {@code buildKeepingLast} of a
   * map builder would make them).
   */
  ImmutableMap<String, String> build() {
    if (given != null) {
      return given;
    }
    String[] p = pairs;
    switch (size) {
      case 0:
        return ImmutableMap.of();
      case 1:
        return ImmutableMap.of(p[0], p[1]);
      case 2:
        return ImmutableMap.of(p[0], p[1], p[2], p[3]);
      case 3:
        return ImmutableMap.of(p[0], p[1], p[2], p[3], p[4], p[5]);
      default:
        ImmutableMap.Builder<String, String> b = ImmutableMap.builderWithExpectedSize(size);
        for (int i = 0; i < 2 * size; i += 2) {
          b.put(p[i], p[i + 1]);
        }
        return b.buildOrThrow(); // the names are distinct
    }
  }
}
