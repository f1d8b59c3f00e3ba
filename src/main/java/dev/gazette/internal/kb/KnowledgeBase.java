package dev.gazette.internal.kb;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The embedded knowledge base: entities (countries, cities, regions, organizations, seats of power,
 * people, nationalities, geographic features) with their aliases and facts, plus word lists for the
 * person recognizer (given names, surnames, titles).
 *
 * <p>The default tables ship in the jar under {@code /dev/gazette/kb/} and are loaded once per JVM on
 * first use ({@link #defaults()}); the instance is immutable and shared read-only by every thread.
 *
 * <p>Storage is struct-of-arrays: entries are rows of parallel arrays, aliases are rows of parallel
 * arrays grouped per entry (CSR layout: entry {@code e} owns aliases {@code aliasStart[e]} to
 * {@code aliasStart[e+1]-1}, the first one being its canonical name). The alias index is an
 * open-addressing hash table over folded keys whose slots point to the first alias with that key;
 * aliases with the same key are chained through {@code nextSameKey}. Equal keys share one String.
 * No object exists per alias beyond its two strings; {@link KbEntry} values are built on demand.
 *
 * <p>Table format ({@code entities.tsv}): {@code id TAB type TAB name TAB aliases TAB attributes},
 * aliases separated by {@code |}, attributes as {@code key=value;key=value}. See
 * {@code api-docs/knowledge-base.md}.
 */
public final class KnowledgeBase {

  /** Classpath folder of the default tables. */
  public static final String RESOURCE_DIR = "/dev/gazette/kb/";

  /** Alias flag: the alias is the entry's canonical name. */
  public static final int FLAG_CANONICAL = 1;
  /**
   * Alias flag: the alias is written in capitals only (an acronym or code such as US, WHO, IT), so a
   * matcher should require the same case in the text to avoid "us", "who", "it".
   */
  public static final int FLAG_UPPERCASE = 2;

  private static final class Holder {
    static final KnowledgeBase DEFAULTS = loadDefaults();
  }

  /**
   * Every string of the tables (ids, alias texts, distinct alias keys, attribute lists) lies in one
   * {@code char[]} pool; {@code String}s are created on first request and then kept (a benign race:
   * two threads may each create an equal String). This is what lets the compiled form load with a few
   * bulk array copies instead of 150,000 string allocations (see {@link #readCompiled}).
   */
  private final char[] pool;
  // Entries (parallel arrays): entry e's id is pool[idStart[e], idStart[e + 1]), same for attributes.
  private final int[] idStart;
  private final int[] attrStart;
  private final byte[] types;
  private final String[] typeNames;
  private final int[] aliasStart;
  private final int[] idTable;

  // Aliases (parallel arrays, grouped by entry): text in pool[textStart[a], textStart[a + 1]); key
  // number keyOf[a], whose chars are pool[keyStart[k], keyStart[k + 1]).
  private final int[] textStart;
  private final int[] keyOf;
  private final int[] keyStart;
  /** Per key number, the first alias with that key. */
  private final int[] keyFirstAlias;
  private final int[] aliasOwner;
  private final byte[] aliasFlags;
  private final int[] nextSameKey;
  /** Open addressing by {@code mix(key.hashCode())}: 1 + the first alias with that key, 0 when empty. */
  private final int[] keyTable;

  // Strings created on demand.
  private final String[] idStrings;
  private final String[] textStrings;
  private final String[] keyStrings;
  private final String[] attrStrings;
  /** Attributes parsed on first use, per entry (a benign race: parsing twice gives equal values). */
  private final ParsedAttributes[] parsedAttributes;

  private final NameTable givenNames;
  private final NameTable surnames;
  private final NameTable titles;
  /** See {@link #fingerprint()}. */
  private final long fingerprint;

  /** From the compiled arrays (see {@link Tables}). */
  private KnowledgeBase(Tables t, NameTable givenNames, NameTable surnames, NameTable titles) {
    this.pool = t.pool;
    this.idStart = t.idStart;
    this.attrStart = t.attrStart;
    this.types = t.types;
    this.typeNames = t.typeNames;
    this.aliasStart = t.aliasStart;
    this.idTable = t.idTable;
    this.textStart = t.textStart;
    this.keyOf = t.keyOf;
    this.keyStart = t.keyStart;
    this.keyFirstAlias = t.keyFirstAlias;
    this.aliasOwner = t.aliasOwner;
    this.aliasFlags = t.aliasFlags;
    this.nextSameKey = t.nextSameKey;
    this.keyTable = t.keyTable;
    this.fingerprint = t.fingerprint;
    int n = types.length;
    int a = aliasOwner.length;
    this.idStrings = new String[n];
    this.textStrings = new String[a];
    this.keyStrings = new String[keyStart.length - 1];
    this.attrStrings = new String[n];
    this.parsedAttributes = new ParsedAttributes[n];
    this.givenNames = givenNames;
    this.surnames = surnames;
    this.titles = titles;
  }

  /**
   * The knowledge base's arrays, as built from tables by {@link Builder} or read back from their
   * compiled form. Plain data, no behaviour.
   */
  static final class Tables {
    char[] pool;
    int[] idStart;
    int[] attrStart;
    byte[] types;
    String[] typeNames;
    int[] aliasStart;
    int[] idTable;
    int[] textStart;
    int[] keyOf;
    int[] keyStart;
    int[] keyFirstAlias;
    int[] aliasOwner;
    byte[] aliasFlags;
    int[] nextSameKey;
    int[] keyTable;
    /** {@link #fingerprint(Tables)} of the other fields. */
    long fingerprint;
  }

  /**
   * A 64-bit hash of the tables' content (ids, types, names, aliases, keys, attributes, their order
   * and flags): what ties a phrase index compiled at build time to the knowledge base it was compiled
   * from, so that an index is never used with other tables.
   */
  static long fingerprint(Tables t) {
    long h = 0x6A09E667F3BCC909L;
    for (String s : t.typeNames) {
      for (int i = 0; i < s.length(); i++) {
        h = (h ^ s.charAt(i)) * 0x100000001B3L;
      }
      h = (h ^ 0xFFFF) * 0x100000001B3L;
    }
    h = mixArray(h, t.pool);
    for (int[] a : new int[][] {t.idStart, t.attrStart, t.aliasStart, t.textStart, t.keyOf, t.keyStart,
        t.aliasOwner, t.nextSameKey}) {
      h = mixArray(h, a);
    }
    h = mixArray(h, t.types);
    h = mixArray(h, t.aliasFlags);
    return h;
  }

  private static long mixArray(long h, char[] a) {
    h = (h ^ a.length) * 0x9E3779B97F4A7C15L;
    for (char c : a) {
      h = (h ^ c) * 0x100000001B3L;
    }
    return h;
  }

  private static long mixArray(long h, int[] a) {
    h = (h ^ a.length) * 0x9E3779B97F4A7C15L;
    for (int v : a) {
      h = (h ^ v) * 0x100000001B3L;
    }
    return h;
  }

  private static long mixArray(long h, byte[] a) {
    h = (h ^ a.length) * 0x9E3779B97F4A7C15L;
    for (byte v : a) {
      h = (h ^ v) * 0x100000001B3L;
    }
    return h;
  }

  /** The default knowledge base shipped in the jar, loaded on first call, shared afterwards. */
  public static KnowledgeBase defaults() {
    return Holder.DEFAULTS;
  }

  /**
   * Parses the shipped tables again into a new instance. For load-time benchmarks and tests only;
   * everything else uses the shared {@link #defaults()}.
   */
  public static KnowledgeBase loadDefaultTables() {
    return loadDefaults();
  }

  private static KnowledgeBase loadDefaults() {
    CompiledTables.Compiled compiled = CompiledTables.readDefault();
    Tables tables = compiled != null ? compiled.tables : parseDefaultTables();
    NameTable[] names = new NameTable[CompiledTables.NAME_TABLES.length];
    for (int i = 0; i < names.length; i++) {
      names[i] = compiled != null && compiled.nameTables[i] != null
          ? compiled.nameTables[i] : NameTable.parse(resource(CompiledTables.NAME_TABLES[i]));
    }
    return new KnowledgeBase(tables, names[0], names[1], names[2]);
  }

  /** The tables of the shipped {@code entities.tsv}, parsed (for the build step that compiles them). */
  static Tables parseDefaultTables() {
    Builder b = new Builder();
    b.addTable(resource("entities.tsv"));
    return b.tables();
  }

  static Reader resource(String name) {
    InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCE_DIR + name);
    if (in == null) {
      throw new IllegalStateException("knowledge-base table missing from the class path: "
          + RESOURCE_DIR + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Parses entity tables (the {@code entities.tsv} format), with empty name tables. */
  public static KnowledgeBase parse(Reader... entityTables) {
    Builder b = new Builder();
    for (Reader r : entityTables) {
      b.addTable(r);
    }
    return new KnowledgeBase(b.tables(), NameTable.empty(), NameTable.empty(), NameTable.empty());
  }

  // ---------------------------------------------------------------- entries

  /**
   * A 64-bit hash of the tables' content, computed when they are built from text and stored with their
   * compiled form: equal for knowledge bases read from the same tables. A phrase index compiled at
   * build time records the fingerprint of its knowledge base and is used only with that one.
   */
  public long fingerprint() {
    return fingerprint;
  }

  /** Number of entries. */
  public int size() {
    return types.length;
  }

  /** The entry at {@code index} (0 to {@link #size()}-1), as a value built on demand. */
  public KbEntry entry(int index) {
    Preconditions.checkElementIndex(index, types.length);
    int from = aliasStart[index];
    int to = aliasStart[index + 1];
    ImmutableList.Builder<String> aliases = ImmutableList.builderWithExpectedSize(to - from - 1);
    for (int i = from + 1; i < to; i++) {
      aliases.add(aliasText(i));
    }
    return new KbEntry(index, id(index), typeNames[types[index]], aliasText(from), aliases.build(),
        parseAttributes(attributeString(index)));
  }

  /** Index of the entry with this id, or -1. */
  public int indexOf(String id) {
    int mask = idTable.length - 1;
    for (int slot = mix(id.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      int e = idTable[slot] - 1;
      if (e < 0) {
        return -1;
      }
      if (poolEquals(idStart[e], idStart[e + 1], id)) {
        return e;
      }
    }
  }

  /** Whether {@code pool[start, end)} holds exactly {@code s}. */
  private boolean poolEquals(int start, int end, String s) {
    int n = end - start;
    if (n != s.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (pool[start + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private String poolString(int start, int end) {
    return new String(pool, start, end - start);
  }

  /** The raw {@code key=value;...} attributes of entry {@code index} (created once, then kept). */
  private String attributeString(int index) {
    String s = attrStrings[index];
    if (s == null) {
      s = poolString(attrStart[index], attrStart[index + 1]);
      attrStrings[index] = s;
    }
    return s;
  }

  /** The entry with this id. */
  public Optional<KbEntry> byId(String id) {
    int e = indexOf(id);
    return e < 0 ? Optional.empty() : Optional.of(entry(e));
  }

  /** Id of entry {@code index}. */
  public String id(int index) {
    String s = idStrings[index];
    if (s == null) {
      s = poolString(idStart[index], idStart[index + 1]);
      idStrings[index] = s;
    }
    return s;
  }

  /** Type label of entry {@code index} (GPE, LOC, ORG, NORP, FAC, PERSON). */
  public String type(int index) {
    return typeNames[types[index]];
  }

  /** Canonical name of entry {@code index}. */
  public String name(int index) {
    return aliasText(aliasStart[index]);
  }

  /** One fact of entry {@code index} without building the entry, or empty. */
  public Optional<String> attribute(int index, String key) {
    ParsedAttributes p = parsedAttributes[index];
    return Optional.ofNullable(p != null ? p.get(key) : findAttribute(attributeString(index), key));
  }

  /**
   * One fact of entry {@code index}, or null: {@link #attribute} for hot paths (the entry's attributes
   * are parsed once, on first use, and then looked up without allocating; only entries looked up this
   * way keep their parsed form).
   */
  public String attributeOrNull(int index, String key) {
    ParsedAttributes p = parsedAttributes[index];
    if (p == null) {
      p = new ParsedAttributes(attributeString(index));
      parsedAttributes[index] = p;
    }
    return p.get(key);
  }

  /** Canonical name of the entry with this id, or null; allocation-free. */
  public String nameOfId(String id) {
    int e = indexOf(id);
    return e < 0 ? null : name(e);
  }

  // ---------------------------------------------------------------- aliases

  /** Number of aliases over all entries, canonical names included. */
  public int aliasCount() {
    return aliasOwner.length;
  }

  /** Number of distinct folded alias keys. */
  public int distinctKeyCount() {
    return keyStart.length - 1;
  }

  /** Surface text of alias {@code alias} as written in the table. */
  public String aliasText(int alias) {
    String s = textStrings[alias];
    if (s == null) {
      s = poolString(textStart[alias], textStart[alias + 1]);
      textStrings[alias] = s;
    }
    return s;
  }

  /** Folded key of alias {@code alias}; equal keys are the same String instance. */
  public String aliasKey(int alias) {
    int k = keyOf[alias];
    String s = keyStrings[k];
    if (s == null) {
      s = poolString(keyStart[k], keyStart[k + 1]);
      keyStrings[k] = s;
    }
    return s;
  }

  /** Entry index that owns alias {@code alias}. */
  public int aliasEntry(int alias) {
    return aliasOwner[alias];
  }

  /** Flags of alias {@code alias}: {@link #FLAG_CANONICAL}, {@link #FLAG_UPPERCASE}. */
  public int aliasFlags(int alias) {
    return aliasFlags[alias];
  }

  /** First alias index of entry {@code index}; its aliases run to {@code aliasEnd(index)}. */
  public int aliasStart(int index) {
    return aliasStart[index];
  }

  /** One past the last alias index of entry {@code index}. */
  public int aliasEnd(int index) {
    return aliasStart[index + 1];
  }

  /**
   * First alias whose key equals {@code foldedKey}, or -1; walk the others with
   * {@link #nextAliasWithSameKey(int)}. Allocation-free, for matchers.
   */
  public int firstAliasWithKey(String foldedKey) {
    int mask = keyTable.length - 1;
    for (int slot = mix(foldedKey.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      int head = keyTable[slot] - 1;
      if (head < 0) {
        return -1;
      }
      int k = keyOf[head];
      if (poolEquals(keyStart[k], keyStart[k + 1], foldedKey)) {
        return head;
      }
    }
  }

  /**
   * {@code firstAliasWithKey(aliasKey(alias))} without creating the key's String: the first alias
   * (in table order) whose key equals {@code alias}'s.
   */
  public int firstAliasWithSameKey(int alias) {
    return keyFirstAlias[keyOf[alias]];
  }

  /** Next alias with the same key as {@code alias}, or -1. */
  public int nextAliasWithSameKey(int alias) {
    return nextSameKey[alias];
  }

  /** Whether some alias folds like {@code surface}: {@code !lookup(surface).isEmpty()}, cheaper. */
  public boolean hasAlias(CharSequence surface) {
    return firstAliasWithKey(AliasKeys.fold(surface)) >= 0;
  }

  /** Entries having an alias that folds like {@code surface}, in table order, each once. */
  public ImmutableList<KbEntry> lookup(CharSequence surface) {
    return lookupKey(AliasKeys.fold(surface));
  }

  /** Entries having an alias with this folded key, in table order, each once. */
  public ImmutableList<KbEntry> lookupKey(String foldedKey) {
    int a = firstAliasWithKey(foldedKey);
    if (a < 0) {
      return ImmutableList.of();
    }
    List<KbEntry> out = new ArrayList<>(2);
    int last = -1;
    for (; a >= 0; a = nextSameKey[a]) {
      int e = aliasOwner[a];
      if (e != last && !containsEntry(out, e)) {
        out.add(entry(e));
      }
      last = e;
    }
    return ImmutableList.copyOf(out);
  }

  private static boolean containsEntry(List<KbEntry> list, int e) {
    for (KbEntry x : list) {
      if (x.index() == e) {
        return true;
      }
    }
    return false;
  }

  /** Receives aliases one by one, see {@link #forEachAlias}. */
  @FunctionalInterface
  public interface AliasVisitor {
    /** Called once per alias, with its index, surface text, folded key and owning entry index. */
    void visit(int alias, String text, String key, int entry);
  }

  /** Calls {@code visitor} for every alias of every entry, in table order. */
  public void forEachAlias(AliasVisitor visitor) {
    for (int i = 0; i < aliasOwner.length; i++) {
      visitor.visit(i, aliasText(i), aliasKey(i), aliasOwner[i]);
    }
  }

  // ---------------------------------------------------------------- word lists

  /** Given names with transliteration variants (Dmitry, Dmitri, Dmitriy). */
  public NameTable givenNames() {
    return givenNames;
  }

  /** Common surnames, including Chinese, Korean and Vietnamese ones. */
  public NameTable surnames() {
    return surnames;
  }

  /** Titles and roles (president, prime minister, spokesman, chief executive...). */
  public NameTable titles() {
    return titles;
  }

  // ---------------------------------------------------------------- helpers

  static ImmutableMap<String, String> parseAttributes(String raw) {
    if (raw.isEmpty()) {
      return ImmutableMap.of();
    }
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    int from = 0;
    while (from < raw.length()) {
      int semi = raw.indexOf(';', from);
      int end = semi < 0 ? raw.length() : semi;
      int eq = raw.indexOf('=', from);
      if (eq > from && eq < end) {
        b.put(raw.substring(from, eq), raw.substring(eq + 1, end));
      }
      from = end + 1;
    }
    return b.buildKeepingLast();
  }

  /** The value of the first {@code key=} in {@code raw}, or null (no parsed form is kept). */
  private static String findAttribute(String raw, String key) {
    int from = 0;
    int k = key.length();
    while (from < raw.length()) {
      int semi = raw.indexOf(';', from);
      int end = semi < 0 ? raw.length() : semi;
      if (end - from > k && raw.charAt(from + k) == '=' && raw.startsWith(key, from)) {
        return raw.substring(from + k + 1, end);
      }
      from = end + 1;
    }
    return null;
  }

  /**
   * An entry's {@code key=value;...} attributes split once into keys and values (the first of equal
   * keys wins on lookup). Its fields are final, so an instance seen through a race is complete.
   */
  private static final class ParsedAttributes {
    private final String[] keys;
    private final String[] values;

    ParsedAttributes(String raw) {
      List<String> k = new ArrayList<>(4);
      List<String> v = new ArrayList<>(4);
      int from = 0;
      while (from < raw.length()) {
        int semi = raw.indexOf(';', from);
        int end = semi < 0 ? raw.length() : semi;
        int eq = raw.indexOf('=', from);
        if (eq > from && eq < end) {
          k.add(raw.substring(from, eq));
          v.add(raw.substring(eq + 1, end));
        }
        from = end + 1;
      }
      this.keys = k.toArray(new String[0]);
      this.values = v.toArray(new String[0]);
    }

    String get(String key) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i].equals(key)) {
          return values[i];
        }
      }
      return null;
    }
  }

  private static int tableSize(int n) {
    int size = 16;
    while (size < n * 2) {
      size <<= 1;
    }
    return size;
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** Reads entity tables into growable arrays. */
  static final class Builder {
    private String[] ids = new String[1024];
    private byte[] types = new byte[1024];
    private String[] attrs = new String[1024];
    private int[] aliasStart = new int[1025];
    private int entryCount;
    private final List<String> typeNames = new ArrayList<>();

    private String[] aliasText = new String[4096];
    private String[] aliasKey = new String[4096];
    private int[] aliasOwner = new int[4096];
    private byte[] aliasFlags = new byte[4096];
    private int aliasCount;

    void addTable(Reader reader) {
      try (BufferedReader in = reader instanceof BufferedReader
          ? (BufferedReader) reader : new BufferedReader(reader, 1 << 16)) {
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
          lineNo++;
          if (line.isEmpty() || line.charAt(0) == '#') {
            continue;
          }
          addLine(line, lineNo);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void addLine(String line, int lineNo) {
      int t1 = line.indexOf('\t');
      int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
      int t3 = t2 < 0 ? -1 : line.indexOf('\t', t2 + 1);
      if (t3 < 0) {
        throw new IllegalArgumentException("knowledge-base line " + lineNo
            + ": expected id, type, name, aliases, attributes separated by tabs");
      }
      int t4 = line.indexOf('\t', t3 + 1);
      String id = line.substring(0, t1);
      String type = line.substring(t1 + 1, t2);
      String name = line.substring(t2 + 1, t3);
      String aliases = t4 < 0 ? line.substring(t3 + 1) : line.substring(t3 + 1, t4);
      String attr = t4 < 0 ? "" : line.substring(t4 + 1);
      String nameKey = AliasKeys.fold(name);
      if (id.isEmpty() || nameKey.isEmpty()) {
        throw new IllegalArgumentException("knowledge-base line " + lineNo + ": empty id or name");
      }
      int typeIndex = typeNames.indexOf(type);
      if (typeIndex < 0) {
        typeIndex = typeNames.size();
        typeNames.add(type);
      }
      int e = entryCount;
      if (e == ids.length) {
        int cap = e * 2;
        ids = Arrays.copyOf(ids, cap);
        types = Arrays.copyOf(types, cap);
        attrs = Arrays.copyOf(attrs, cap);
        aliasStart = Arrays.copyOf(aliasStart, cap + 1);
      }
      ids[e] = id;
      types[e] = (byte) typeIndex;
      attrs[e] = attr;
      aliasStart[e] = aliasCount;
      entryCount++;
      addAlias(e, name, nameKey, FLAG_CANONICAL);
      int from = 0;
      while (from < aliases.length()) {
        int bar = aliases.indexOf('|', from);
        int end = bar < 0 ? aliases.length() : bar;
        if (end > from) {
          String alias = aliases.substring(from, end);
          String key = AliasKeys.fold(alias);
          if (!key.isEmpty() && !hasAlias(e, alias)) {
            addAlias(e, alias, key, 0);
          }
        }
        from = end + 1;
      }
    }

    private boolean hasAlias(int e, String alias) {
      for (int i = aliasStart[e]; i < aliasCount; i++) {
        if (aliasText[i].equals(alias)) {
          return true;
        }
      }
      return false;
    }

    private void addAlias(int e, String text, String key, int flags) {
      if (aliasCount == aliasText.length) {
        int cap = aliasCount * 2;
        aliasText = Arrays.copyOf(aliasText, cap);
        aliasKey = Arrays.copyOf(aliasKey, cap);
        aliasOwner = Arrays.copyOf(aliasOwner, cap);
        aliasFlags = Arrays.copyOf(aliasFlags, cap);
      }
      aliasText[aliasCount] = text;
      aliasKey[aliasCount] = key;
      aliasOwner[aliasCount] = e;
      aliasFlags[aliasCount] = (byte) (flags | (isUppercase(text) ? FLAG_UPPERCASE : 0));
      aliasCount++;
    }

    private static boolean isUppercase(String s) {
      int letters = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isLowerCase(c)) {
          return false;
        }
        if (Character.isUpperCase(c)) {
          letters++;
        }
      }
      return letters >= 2;
    }

    /** The parsed tables as arrays: one string pool, hash tables of ids and of folded keys. */
    Tables tables() {
      int n = entryCount;
      int a = aliasCount;
      Tables t = new Tables();
      t.types = Arrays.copyOf(types, n);
      t.typeNames = typeNames.toArray(new String[0]);
      t.aliasStart = Arrays.copyOf(aliasStart, n + 1);
      t.aliasStart[n] = a;
      t.aliasOwner = Arrays.copyOf(aliasOwner, a);
      t.aliasFlags = Arrays.copyOf(aliasFlags, a);
      StringBuilder pool = new StringBuilder(1 << 16);
      t.idStart = new int[n + 1];
      t.attrStart = new int[n + 1];
      for (int e = 0; e < n; e++) {
        t.idStart[e] = pool.length();
        pool.append(ids[e]);
      }
      t.idStart[n] = pool.length();
      for (int e = 0; e < n; e++) {
        t.attrStart[e] = pool.length();
        pool.append(attrs[e]);
      }
      t.attrStart[n] = pool.length();
      t.textStart = new int[a + 1];
      for (int i = 0; i < a; i++) {
        t.textStart[i] = pool.length();
        pool.append(aliasText[i]);
      }
      t.textStart[a] = pool.length();
      // Distinct keys, numbered by first alias; aliases with the same key chained in table order.
      t.keyOf = new int[a];
      t.nextSameKey = new int[a];
      t.keyTable = new int[tableSize(a)];
      int[] keyStart = new int[a + 1];
      int[] keyFirst = new int[a];
      int[] keyLast = new int[a];
      int distinct = 0;
      int mask = t.keyTable.length - 1;
      for (int i = 0; i < a; i++) {
        String key = aliasKey[i];
        t.nextSameKey[i] = -1;
        int slot = mix(key.hashCode()) & mask;
        while (true) {
          int head = t.keyTable[slot] - 1;
          if (head < 0) {
            t.keyTable[slot] = i + 1;
            t.keyOf[i] = distinct;
            keyStart[distinct] = pool.length();
            pool.append(key);
            keyFirst[distinct] = i;
            keyLast[distinct] = i;
            distinct++;
            break;
          }
          if (aliasKey[head].equals(key)) {
            int k = t.keyOf[head];
            t.keyOf[i] = k;
            // Append at the tail to keep table order (canonical names and earlier entries first).
            t.nextSameKey[keyLast[k]] = i;
            keyLast[k] = i;
            break;
          }
          slot = (slot + 1) & mask;
        }
      }
      keyStart[distinct] = pool.length();
      t.keyStart = Arrays.copyOf(keyStart, distinct + 1);
      t.keyFirstAlias = Arrays.copyOf(keyFirst, distinct);
      t.idTable = new int[tableSize(n)];
      int idMask = t.idTable.length - 1;
      for (int e = 0; e < n; e++) {
        int slot = mix(ids[e].hashCode()) & idMask;
        while (t.idTable[slot] != 0) {
          Preconditions.checkArgument(!ids[t.idTable[slot] - 1].equals(ids[e]),
              "duplicate knowledge-base id %s", ids[e]);
          slot = (slot + 1) & idMask;
        }
        t.idTable[slot] = e + 1;
      }
      t.pool = new char[pool.length()];
      pool.getChars(0, pool.length(), t.pool, 0);
      t.fingerprint = fingerprint(t);
      return t;
    }
  }
}
