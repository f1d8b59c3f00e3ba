package dev.gazette.internal.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The default entity table in compiled form: the arrays of {@link KnowledgeBase.Tables} written as is,
 * so that loading is a few bulk copies (no text decoding, no line splitting, no key folding, no
 * {@code String} per field). The build writes it next to {@code entities.tsv} ({@link #main}, run by
 * Maven after compiling); without it, or when it was compiled from a table of another length, the
 * knowledge base parses {@code entities.tsv} as before, with the same result.
 *
 * <p>Format (little-endian): magic, version, length in bytes of the {@code entities.tsv} it was
 * compiled from, the type names, then each array as its length and its elements, then the tables'
 * {@link KnowledgeBase#fingerprint() fingerprint}.
 */
final class CompiledTables {
  /** Resource name, in {@link KnowledgeBase#RESOURCE_DIR}. */
  static final String RESOURCE = "entities.bin";
  /** The word lists compiled after the entities, in this order. */
  static final String[] NAME_TABLES = {"given-names.tsv", "surnames.tsv", "titles.tsv"};

  /** What {@link #readDefault} found: the entity tables, and each word list or null (parse it). */
  static final class Compiled {
    final KnowledgeBase.Tables tables;
    final NameTable[] nameTables;

    Compiled(KnowledgeBase.Tables tables, NameTable[] nameTables) {
      this.tables = tables;
      this.nameTables = nameTables;
    }
  }
  private static final int MAGIC = 0x4742_4b31; // "GKB1"
  private static final int VERSION = 4;

  private CompiledTables() {}

  /** The compiled default tables, or null when absent or stale. */
  static Compiled readDefault() {
    try {
      URL bin = KnowledgeBase.class.getResource(KnowledgeBase.RESOURCE_DIR + RESOURCE);
      URL tsv = KnowledgeBase.class.getResource(KnowledgeBase.RESOURCE_DIR + "entities.tsv");
      if (bin == null || tsv == null) {
        return null;
      }
      byte[] bytes;
      try (InputStream in = bin.openStream()) {
        bytes = in.readAllBytes();
      }
      ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
      KnowledgeBase.Tables tables = read(in, length(tsv));
      if (tables == null) {
        return null;
      }
      NameTable[] names = new NameTable[NAME_TABLES.length];
      for (int i = 0; i < names.length; i++) {
        URL source = KnowledgeBase.class.getResource(KnowledgeBase.RESOURCE_DIR + NAME_TABLES[i]);
        names[i] = readNames(in, source == null ? -2 : length(source));
      }
      return new Compiled(tables, names);
    } catch (IOException | RuntimeException e) {
      return null; // fall back to parsing the tables
    }
  }

  /**
   * The byte length of the table at {@code url} when it is a plain file (a build output directory,
   * where an edited table may sit next to an older compiled one), else -1: in a jar, both were
   * packaged by the same build. (A {@code URLConnection} would do, but costs a MIME-table load.)
   */
  private static long length(URL url) throws IOException {
    if (!"file".equals(url.getProtocol())) {
      return -1;
    }
    try {
      return Files.size(Paths.get(url.toURI()));
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      throw new IOException(e);
    }
  }

  /**
   * Reads compiled tables, or null when they were compiled from a table of another length than
   * {@code tsvLength} (-1: do not check).
   */
  static KnowledgeBase.Tables read(ByteBuffer in, long tsvLength) {
    if (in.getInt() != MAGIC || in.getInt() != VERSION) {
      return null;
    }
    long compiledFrom = in.getLong();
    if (tsvLength >= 0 && compiledFrom != tsvLength) {
      return null;
    }
    KnowledgeBase.Tables t = new KnowledgeBase.Tables();
    t.typeNames = new String[in.getInt()];
    for (int i = 0; i < t.typeNames.length; i++) {
      t.typeNames[i] = new String(chars(in));
    }
    t.pool = pool(in);
    t.idStart = ints(in);
    t.attrStart = ints(in);
    t.types = bytes(in);
    t.aliasStart = ints(in);
    t.idTable = ints(in);
    t.textStart = ints(in);
    t.keyOf = ints(in);
    t.keyStart = ints(in);
    t.keyFirstAlias = ints(in);
    t.aliasOwner = ints(in);
    t.aliasFlags = bytes(in);
    t.nextSameKey = ints(in);
    t.keyTable = ints(in);
    t.fingerprint = in.getLong();
    return t;
  }

  /**
   * One word list: the length of the TSV it was compiled from, then its strings (names, attributes,
   * keys in the map's iteration order) in one pool with their end offsets, the rows per key and the
   * variant count. Null when compiled from a table of another length (the caller parses it).
   */
  static NameTable readNames(ByteBuffer in, long tsvLength) {
    long compiledFrom = in.getLong();
    char[] pool = chars(in);
    int[] ends = ints(in);
    int[] rowStart = ints(in);
    int[] rows = ints(in);
    int variants = in.getInt();
    if (tsvLength != -1 && compiledFrom != tsvLength) {
      return null;
    }
    int rowCount = (ends.length - (rowStart.length - 1)) / 2;
    String[] strings = new String[ends.length];
    int start = 0;
    for (int i = 0; i < ends.length; i++) {
      strings[i] = new String(pool, start, ends[i] - start);
      start = ends[i];
    }
    String[] names = java.util.Arrays.copyOfRange(strings, 0, rowCount);
    String[] attributes = java.util.Arrays.copyOfRange(strings, rowCount, 2 * rowCount);
    java.util.Map<String, int[]> byKey = new java.util.HashMap<>();
    for (int k = 0; k + 1 < rowStart.length; k++) {
      byKey.put(strings[2 * rowCount + k], java.util.Arrays.copyOfRange(rows, rowStart[k], rowStart[k + 1]));
    }
    return NameTable.of(names, attributes, byKey, variants);
  }

  private static void writeNames(ByteBuffer b, NameTable t, long tsvLength) {
    StringBuilder pool = new StringBuilder();
    String[] names = t.namesArray();
    String[] attributes = t.attributesArray();
    java.util.Map<String, int[]> byKey = t.rowsByKey();
    int[] ends = new int[names.length + attributes.length + byKey.size()];
    int[] rowStart = new int[byKey.size() + 1];
    int rowTotal = 0;
    for (int[] r : byKey.values()) {
      rowTotal += r.length;
    }
    int[] rows = new int[rowTotal];
    int e = 0;
    for (String s : names) {
      ends[e++] = pool.append(s).length();
    }
    for (String s : attributes) {
      ends[e++] = pool.append(s).length();
    }
    int k = 0;
    int r = 0;
    for (java.util.Map.Entry<String, int[]> entry : byKey.entrySet()) {
      ends[e++] = pool.append(entry.getKey()).length();
      rowStart[k++] = r;
      for (int row : entry.getValue()) {
        rows[r++] = row;
      }
    }
    rowStart[k] = r;
    b.putLong(tsvLength);
    putChars(b, pool.toString().toCharArray());
    putInts(b, ends);
    putInts(b, rowStart);
    putInts(b, rows);
    b.putInt(t.keyCount());
  }

  private static char[] chars(ByteBuffer in) {
    char[] a = new char[in.getInt()];
    in.asCharBuffer().get(a);
    in.position(in.position() + 2 * a.length);
    return a;
  }

  /**
   * The string pool: its chars as Latin-1 bytes (one bulk decode), then the few others patched in
   * from a list of (position, char) pairs. Halves the file against UTF-16.
   */
  private static char[] pool(ByteBuffer in) {
    int n = in.getInt();
    int at = in.position();
    char[] pool = new char[n];
    new String(in.array(), in.arrayOffset() + at, n, StandardCharsets.ISO_8859_1).getChars(0, n, pool, 0);
    in.position(at + n);
    int[] wide = ints(in);
    for (int i = 0; i < wide.length; i += 2) {
      pool[wide[i]] = (char) wide[i + 1];
    }
    return pool;
  }

  private static void putPool(ByteBuffer b, char[] pool) {
    b.putInt(pool.length);
    int wide = 0;
    for (char c : pool) {
      b.put((byte) c);
      wide += c > 0xff ? 1 : 0;
    }
    int[] patches = new int[2 * wide];
    int k = 0;
    for (int i = 0; i < pool.length; i++) {
      if (pool[i] > 0xff) {
        patches[k++] = i;
        patches[k++] = pool[i];
      }
    }
    putInts(b, patches);
  }

  private static int[] ints(ByteBuffer in) {
    int[] a = new int[in.getInt()];
    in.asIntBuffer().get(a);
    in.position(in.position() + 4 * a.length);
    return a;
  }

  private static byte[] bytes(ByteBuffer in) {
    byte[] a = new byte[in.getInt()];
    in.get(a);
    return a;
  }

  /** Writes {@code t}, compiled from a table of {@code tsvLength} bytes. */
  static void write(KnowledgeBase.Tables t, long tsvLength, OutputStream out) throws IOException {
    write(t, tsvLength, new NameTable[0], new long[0], out);
  }

  /** Writes {@code t} and word lists {@code names}, compiled from tables of the given lengths. */
  static void write(KnowledgeBase.Tables t, long tsvLength, NameTable[] names, long[] nameLengths,
      OutputStream out) throws IOException {
    int size = 64 + 2 * t.pool.length + (1 << 20); // generous: Latin-1 pool plus patches
    for (int[] a : new int[][] {t.idStart, t.attrStart, t.aliasStart, t.idTable, t.textStart, t.keyOf,
        t.keyStart, t.keyFirstAlias, t.aliasOwner, t.nextSameKey, t.keyTable}) {
      size += 4 + 4 * a.length;
    }
    size += 16 + t.types.length + t.aliasFlags.length;
    for (String s : t.typeNames) {
      size += 4 + 2 * s.length();
    }
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(MAGIC).putInt(VERSION).putLong(tsvLength);
    b.putInt(t.typeNames.length);
    for (String s : t.typeNames) {
      putChars(b, s.toCharArray());
    }
    putPool(b, t.pool);
    putInts(b, t.idStart);
    putInts(b, t.attrStart);
    putBytes(b, t.types);
    putInts(b, t.aliasStart);
    putInts(b, t.idTable);
    putInts(b, t.textStart);
    putInts(b, t.keyOf);
    putInts(b, t.keyStart);
    putInts(b, t.keyFirstAlias);
    putInts(b, t.aliasOwner);
    putBytes(b, t.aliasFlags);
    putInts(b, t.nextSameKey);
    putInts(b, t.keyTable);
    b.putLong(t.fingerprint);
    for (int i = 0; i < names.length; i++) {
      writeNames(b, names[i], nameLengths[i]);
    }
    out.write(b.array(), 0, b.position());
  }

  private static void putChars(ByteBuffer b, char[] a) {
    b.putInt(a.length);
    b.asCharBuffer().put(a);
    b.position(b.position() + 2 * a.length);
  }

  private static void putInts(ByteBuffer b, int[] a) {
    b.putInt(a.length);
    b.asIntBuffer().put(a);
    b.position(b.position() + 4 * a.length);
  }

  private static void putBytes(ByteBuffer b, byte[] a) {
    b.putInt(a.length);
    b.put(a);
  }

  /**
   * Build step: compiles the {@code entities.tsv} found on the class path into {@code entities.bin}
   * under the class output directory {@code args[0]}.
   */
  public static void main(String[] args) throws IOException {
    URL tsv = KnowledgeBase.class.getResource(KnowledgeBase.RESOURCE_DIR + "entities.tsv");
    if (tsv == null) {
      throw new IllegalStateException("entities.tsv not on the class path");
    }
    KnowledgeBase.Tables t = KnowledgeBase.parseDefaultTables();
    Path out = Paths.get(args[0], KnowledgeBase.RESOURCE_DIR.substring(1), RESOURCE);
    Files.createDirectories(out.getParent());
    NameTable[] names = new NameTable[NAME_TABLES.length];
    long[] lengths = new long[NAME_TABLES.length];
    for (int i = 0; i < names.length; i++) {
      names[i] = NameTable.parse(KnowledgeBase.resource(NAME_TABLES[i]));
      lengths[i] = length(KnowledgeBase.class.getResource(KnowledgeBase.RESOURCE_DIR + NAME_TABLES[i]));
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      write(t, length(tsv), names, lengths, o);
    }
  }
}
