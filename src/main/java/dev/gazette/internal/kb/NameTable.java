package dev.gazette.internal.kb;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A word list with spelling variants and facts: given names, surnames, titles and roles.
 *
 * <p>Each row is {@code name TAB variants(|) TAB attributes(k=v;...)}. Every name and variant is
 * indexed under its {@link AliasKeys#fold folded key}; a key may belong to several rows (a given name
 * that two cultures spell alike), so lookups return all of them.
 */
public final class NameTable {

  private final String[] names;
  private final String[] attributes;
  /**
   * Rows per folded key. A plain {@code HashMap}, never modified after parsing (safely published
   * through the final field): loading the default knowledge base then touches no Guava class.
   */
  private final Map<String, int[]> rowsByKey;
  private final int variantCount;
  /** The keys, for {@link #contains(CharSequence, int, int)}; null until first asked. */
  private FoldedKeySet keySet;

  private NameTable(String[] names, String[] attributes, Map<String, int[]> rowsByKey,
      int variantCount) {
    this.names = names;
    this.attributes = attributes;
    this.rowsByKey = rowsByKey;
    this.variantCount = variantCount;
  }

  /** A table from its arrays, as {@link CompiledTables} reads them back. */
  static NameTable of(String[] names, String[] attributes, Map<String, int[]> rowsByKey, int variants) {
    return new NameTable(names, attributes, rowsByKey, variants);
  }

  String[] namesArray() {
    return names;
  }

  String[] attributesArray() {
    return attributes;
  }

  Map<String, int[]> rowsByKey() {
    return rowsByKey;
  }

  /** An empty table. */
  public static NameTable empty() {
    return new NameTable(new String[0], new String[0], Map.of(), 0);
  }

  /** Parses a table; lines starting with {@code #} and blank lines are skipped. */
  public static NameTable parse(Reader reader) {
    List<String> names = new ArrayList<>();
    List<String> attrs = new ArrayList<>();
    Map<String, int[]> byKey = new HashMap<>();
    int variants = 0;
    try (BufferedReader in = reader instanceof BufferedReader
        ? (BufferedReader) reader : new BufferedReader(reader, 1 << 16)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        int t1 = line.indexOf('\t');
        String name = t1 < 0 ? line : line.substring(0, t1);
        int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
        String vars = t1 < 0 ? "" : (t2 < 0 ? line.substring(t1 + 1) : line.substring(t1 + 1, t2));
        String attr = t2 < 0 ? "" : line.substring(t2 + 1);
        int row = names.size();
        names.add(name);
        attrs.add(attr);
        variants += index(byKey, name, row);
        int from = 0;
        while (from < vars.length()) {
          int bar = vars.indexOf('|', from);
          int end = bar < 0 ? vars.length() : bar;
          if (end > from) {
            variants += index(byKey, vars.substring(from, end), row);
          }
          from = end + 1;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new NameTable(names.toArray(new String[0]), attrs.toArray(new String[0]), byKey, variants);
  }

  private static int index(Map<String, int[]> byKey, String surface, int row) {
    String key = AliasKeys.fold(surface);
    if (key.isEmpty()) {
      return 0;
    }
    int[] rows = byKey.get(key);
    if (rows == null) {
      byKey.put(key, new int[] {row});
      return 1;
    }
    for (int r : rows) {
      if (r == row) {
        return 0;
      }
    }
    int[] grown = java.util.Arrays.copyOf(rows, rows.length + 1);
    grown[rows.length] = row;
    byKey.put(key, grown);
    return 1;
  }

  /** Number of rows. */
  public int size() {
    return names.length;
  }

  /** Number of distinct (row, key) pairs: names plus variants. */
  public int keyCount() {
    return variantCount;
  }

  /** Whether the folded form of {@code surface} is a name or variant of some row. */
  public boolean contains(CharSequence surface) {
    return rowsByKey.containsKey(AliasKeys.fold(surface));
  }

  /**
   * {@code contains(text.subSequence(start, end))}, for a token of an article: a plain ASCII one (the
   * common case) is looked up without building its substring and folded key.
   */
  public boolean contains(CharSequence text, int start, int end) {
    FoldedKeySet k = keySet;
    if (k == null) {
      // Built on first use (a table loaded and never asked pays nothing); threads that race build
      // equal sets, each safely published through its final fields.
      k = new FoldedKeySet(rowsByKey.keySet());
      keySet = k;
    }
    return k.contains(text, start, end);
  }

  /** Whether an already folded key is a name or variant of some row. */
  public boolean containsKey(String foldedKey) {
    return rowsByKey.containsKey(foldedKey);
  }

  /** Rows whose name or a variant folds like {@code surface}; empty when none. */
  public ImmutableList<Integer> rows(CharSequence surface) {
    int[] rows = rowsByKey.get(AliasKeys.fold(surface));
    if (rows == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Integer> b = ImmutableList.builderWithExpectedSize(rows.length);
    for (int r : rows) {
      b.add(r);
    }
    return b.build();
  }

  /** The canonical spelling of a row. */
  public String name(int row) {
    return names[row];
  }

  /** The canonical spelling of the first row matching {@code surface}. */
  public Optional<String> canonical(CharSequence surface) {
    int[] rows = rowsByKey.get(AliasKeys.fold(surface));
    return rows == null ? Optional.empty() : Optional.of(names[rows[0]]);
  }

  /** The facts of a row, parsed ({@code culture=ru;gender=m}, {@code kind=government}...). */
  public ImmutableMap<String, String> attributes(int row) {
    return KnowledgeBase.parseAttributes(attributes[row]);
  }

  /** All folded keys (names and variants), for building matchers. */
  public java.util.Set<String> keys() {
    return Collections.unmodifiableSet(rowsByKey.keySet());
  }
}
