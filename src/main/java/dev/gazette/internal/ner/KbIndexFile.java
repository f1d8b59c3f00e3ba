package dev.gazette.internal.ner;

import dev.gazette.internal.kb.KnowledgeBase;
import dev.gazette.internal.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The default knowledge base's phrase index and per-entry facts ({@link KbMentionStage.Compiled}) in
 * compiled form, so that the default pipeline starts with a few bulk array copies instead of
 * tokenizing, interning and hashing 53,000 aliases and parsing the attributes of 33,000 entries.
 *
 * <p>The build writes it ({@link #main}, run by Maven after compiling, next to {@code entities.bin}):
 * derived from the shipped tables at every build, never committed, and never edited by hand.
 * {@code KbIndexFileTest} rebuilds it from the tables and requires the same bytes. It records the
 * {@link KnowledgeBase#fingerprint() fingerprint} of the tables it was compiled from and is used only
 * with a knowledge base of that fingerprint; otherwise (and for integrators' gazetteers, always) the
 * stage builds its index at run time, with the same result.
 *
 * <p>Format (little-endian): magic, version, fingerprint, entry and alias counts, the index
 * ({@link PhraseIndex#write}), the best entry per alias, the entry flags, the country per entry and
 * the distinct country names.
 */
final class KbIndexFile {
  /** Resource name, in {@link KnowledgeBase#RESOURCE_DIR}. */
  static final String RESOURCE = "kb-index.bin";
  private static final int MAGIC = 0x474b_4958; // "GKIX"
  private static final int VERSION = 1;

  private KbIndexFile() {}

  /** The compiled stage data for {@code kb}, or null when absent, unreadable or of other tables. */
  static KbMentionStage.Compiled readDefault(KnowledgeBase kb) {
    try (InputStream in = KnowledgeBase.class.getResourceAsStream(KnowledgeBase.RESOURCE_DIR + RESOURCE)) {
      if (in == null) {
        return null;
      }
      return read(ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN), kb);
    } catch (IOException | RuntimeException e) {
      return null; // build the index instead
    }
  }

  /** Reads compiled stage data, or null when they were compiled in another format or from other tables. */
  static KbMentionStage.Compiled read(ByteBuffer in, KnowledgeBase kb) {
    if (in.getInt() != MAGIC || in.getInt() != VERSION || in.getLong() != kb.fingerprint()
        || in.getInt() != kb.size() || in.getInt() != kb.aliasCount()) {
      return null;
    }
    PhraseIndex index = PhraseIndex.read(in);
    if (index == null) {
      return null;
    }
    int[] best = ints(in);
    byte[] flags = new byte[in.getInt()];
    in.get(flags);
    int[] countryOf = ints(in);
    String[] countries = new String[in.getInt()];
    for (int i = 0; i < countries.length; i++) {
      char[] c = new char[in.getInt()];
      in.asCharBuffer().get(c);
      in.position(in.position() + 2 * c.length);
      countries[i] = new String(c);
    }
    if (best.length != kb.aliasCount() || flags.length != kb.size() || countryOf.length != kb.size()) {
      return null;
    }
    return new KbMentionStage.Compiled(index, best, flags, countryOf, countries);
  }

  /** The compiled form of {@code c}, built for {@code kb}. */
  static byte[] bytes(KbMentionStage.Compiled c, KnowledgeBase kb) {
    int size = 64 + c.index.serializedSize() + 4 * c.bestEntryOfAlias.length + c.entryFlags.length
        + 4 * c.countryOf.length;
    for (String s : c.countries) {
      size += 4 + 2 * s.length();
    }
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(MAGIC).putInt(VERSION).putLong(kb.fingerprint()).putInt(kb.size()).putInt(kb.aliasCount());
    c.index.write(b);
    putInts(b, c.bestEntryOfAlias);
    b.putInt(c.entryFlags.length);
    b.put(c.entryFlags);
    putInts(b, c.countryOf);
    b.putInt(c.countries.length);
    for (String s : c.countries) {
      b.putInt(s.length());
      for (int i = 0; i < s.length(); i++) {
        b.putChar(s.charAt(i));
      }
    }
    byte[] out = new byte[b.position()];
    System.arraycopy(b.array(), 0, out, 0, out.length);
    return out;
  }

  /** The compiled form of the default knowledge base's stage data, built from its tables now. */
  static byte[] compileDefault() {
    KnowledgeBase kb = KnowledgeBase.loadDefaultTables();
    return bytes(KbMentionStage.Compiled.build(kb, new Tokenizer()), kb);
  }

  private static int[] ints(ByteBuffer in) {
    int[] a = new int[in.getInt()];
    in.asIntBuffer().get(a);
    in.position(in.position() + 4 * a.length);
    return a;
  }

  private static void putInts(ByteBuffer b, int[] a) {
    b.putInt(a.length);
    b.asIntBuffer().put(a);
    b.position(b.position() + 4 * a.length);
  }

  /**
   * Build step: compiles the default knowledge base's index into {@code kb-index.bin} under the class
   * output directory {@code args[0]} (after {@code entities.bin}, which it reads when present).
   */
  public static void main(String[] args) throws IOException {
    Path out = Paths.get(args[0], KnowledgeBase.RESOURCE_DIR.substring(1), RESOURCE);
    Files.createDirectories(out.getParent());
    byte[] bytes = compileDefault();
    try (OutputStream o = Files.newOutputStream(out)) {
      o.write(bytes);
    }
  }
}
