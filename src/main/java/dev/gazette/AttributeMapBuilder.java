package dev.gazette;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * The attributes of a {@link Mention.Builder} or {@link Entity.Builder}. Most mentions have no
 * attributes or take one immutable map as is: the map builder is made only when attributes are added
 * one by one (or added to a map already given).
 */
final class AttributeMapBuilder {
  private ImmutableMap.Builder<String, String> added;
  private ImmutableMap<String, String> given;

  /** One attribute; a later value for the same name wins. */
  void put(String name, String value) {
    Preconditions.checkNotNull(name, "name");
    Preconditions.checkNotNull(value, "value");
    if (added == null) {
      added = ImmutableMap.builder();
      if (given != null) {
        added.putAll(given);
        given = null;
      }
    }
    added.put(name, value);
  }

  /** Several attributes; an immutable map given first is kept as is (it holds no nulls). */
  void putAll(Map<String, String> values) {
    if (added == null && given == null && values instanceof ImmutableMap) {
      given = (ImmutableMap<String, String>) values;
      return;
    }
    values.forEach(this::put);
  }

  /** The attributes, a later value for a name replacing an earlier one in its place. */
  ImmutableMap<String, String> build() {
    if (given != null) {
      return given;
    }
    return added == null ? ImmutableMap.of() : added.buildKeepingLast();
  }
}
