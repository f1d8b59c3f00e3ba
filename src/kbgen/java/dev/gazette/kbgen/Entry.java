package dev.gazette.kbgen;

import dev.gazette.internal.kb.AliasKeys;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** One entity row being assembled by the generator. */
final class Entry {
  final String id;
  String type;
  String name;
  final Set<String> aliases = new LinkedHashSet<>();
  final Map<String, String> attrs = new LinkedHashMap<>();
  /** Sort rank inside the output: lower first (countries before cities...). */
  int rank;
  /** Sort weight inside a rank: higher first (population for cities). */
  long weight;

  Entry(String id, String type, String name) {
    this.id = id;
    this.type = type;
    this.name = clean(name);
  }

  /** Adds an alias after cleaning; ignores empties and the canonical name itself. */
  Entry alias(String alias) {
    String a = clean(alias);
    if (a.isEmpty() || a.equals(name) || AliasKeys.fold(a).isEmpty()) {
      return this;
    }
    aliases.add(a);
    return this;
  }

  Entry attr(String key, String value) {
    String v = clean(value).replace(';', ',').replace('=', '-');
    if (!v.isEmpty()) {
      attrs.put(key, v);
    }
    return this;
  }

  /** Appends a value to a comma-separated attribute, keeping values distinct. */
  Entry addAttr(String key, String value) {
    String old = attrs.get(key);
    if (old == null) {
      return attr(key, value);
    }
    for (String v : old.split(",")) {
      if (v.equals(value)) {
        return this;
      }
    }
    return attr(key, old + "," + value);
  }

  /** Makes {@code newName} canonical, keeping the old canonical name as an alias. */
  void rename(String newName) {
    String n = clean(newName);
    if (n.isEmpty() || n.equals(name)) {
      return;
    }
    aliases.remove(n);
    String old = name;
    name = n;
    alias(old);
  }

  /** Strips characters the TSV format reserves and collapses spaces. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    return s.replace('\t', ' ').replace('|', '/').replace('\n', ' ').replace('\r', ' ')
        .replaceAll("\\s+", " ").trim();
  }

  String toLine() {
    StringBuilder sb = new StringBuilder();
    sb.append(id).append('\t').append(type).append('\t').append(name).append('\t');
    sb.append(String.join("|", aliases)).append('\t');
    boolean first = true;
    for (Map.Entry<String, String> e : attrs.entrySet()) {
      if (e.getKey().equals("curated")) {
        continue; // generator-internal marker
      }
      if (!first) {
        sb.append(';');
      }
      sb.append(e.getKey()).append('=').append(e.getValue());
      first = false;
    }
    return sb.toString();
  }
}
