package dev.gazette.internal.pipeline;

import dev.gazette.Article;
import dev.gazette.Mention;
import dev.gazette.internal.text.SentenceBuffer;
import dev.gazette.internal.text.TokenBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutable working state of one extraction: the article and the layers stages add to it. One
 * workspace per thread is reused from article to article so that the token and sentence arrays are
 * allocated once; it must never be shared between threads.
 */
public final class Workspace {
  /**
   * Articles up to this length leave the buffers their thread grew for them (a workspace's, the article
   * reader's) in place for the next article; a longer one's are let go, so that a thread that once read
   * a huge article does not hold buffers of its size for good (about 30 bytes per char).
   */
  public static final int RETAINED_CHARS = 4_000_000;

  private Article article;
  private final TokenBuffer tokens = new TokenBuffer();
  private final SentenceBuffer sentences = new SentenceBuffer();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<RelationDraft> relations = new ArrayList<>();
  private final Map<String, String> canonicalNames = new HashMap<>();
  private final List<String> warnings = new ArrayList<>();
  /**
   * Knowledge-base mentions with the index of their entry, in the order they were added (see
   * {@link #noteKbEntry}): later stages read the entry without looking the {@code kb_id} up again.
   */
  private Object[] kbNoteSources = new Object[64];
  private Mention[] kbNoteMentions = new Mention[64];
  private int[] kbNoteEntries = new int[64];
  private int kbNotes;

  // Per-token scratch arrays that stages borrow for the length of one process call (see ints/bytes).
  private final int[][] ints = new int[SCRATCH_SLOTS][];
  private final byte[][] bytes = new byte[SCRATCH_SLOTS][];
  /** Slots of each kind of scratch array; a stage uses its own slots (see its class) and never keeps them. */
  public static final int SCRATCH_SLOTS = 4;

  /**
   * Scratch array {@code slot} with at least {@code size} elements, the first {@code size} zero: one
   * array reused from article to article instead of one allocated per article and stage. Valid until the
   * next call for the same slot; the stage that asks must not keep it past its {@code process}.
   */
  public int[] ints(int slot, int size) {
    int[] a = ints[slot];
    if (a == null || a.length < size) {
      a = new int[Math.max(size, a == null ? 256 : a.length * 2)];
      ints[slot] = a;
    } else {
      java.util.Arrays.fill(a, 0, size, 0);
    }
    return a;
  }

  /** The {@code byte} kind of {@link #ints}. */
  public byte[] bytes(int slot, int size) {
    byte[] a = bytes[slot];
    if (a == null || a.length < size) {
      a = new byte[Math.max(size, a == null ? 256 : a.length * 2)];
      bytes[slot] = a;
    } else {
      java.util.Arrays.fill(a, 0, size, (byte) 0);
    }
    return a;
  }

  /** Starts work on {@code next}, forgetting the previous article's layers. */
  public void reset(Article next) {
    this.article = next;
    tokens.clear();
    sentences.clear();
    mentions.clear();
    relations.clear();
    canonicalNames.clear();
    warnings.clear();
    java.util.Arrays.fill(kbNoteMentions, 0, kbNotes, null);
    java.util.Arrays.fill(kbNoteSources, 0, kbNotes, null);
    kbNotes = 0;
  }

  /**
   * Notes that {@code mention}, just added to {@link #mentions()}, is entry {@code entry} of the
   * knowledge base {@code source} (its {@code kb_id} is that entry's id). A note is a shortcut only:
   * readers must fall back to the {@code kb_id} when a mention has none.
   */
  public void noteKbEntry(Object source, Mention mention, int entry) {
    if (kbNotes == kbNoteEntries.length) {
      int n = kbNotes * 2;
      kbNoteSources = java.util.Arrays.copyOf(kbNoteSources, n);
      kbNoteMentions = java.util.Arrays.copyOf(kbNoteMentions, n);
      kbNoteEntries = java.util.Arrays.copyOf(kbNoteEntries, n);
    }
    kbNoteSources[kbNotes] = source;
    kbNoteMentions[kbNotes] = mention;
    kbNoteEntries[kbNotes] = entry;
    kbNotes++;
  }

  /** How many mentions {@link #noteKbEntry} noted, in order. */
  public int kbNotes() {
    return kbNotes;
  }

  /** The mention of note {@code k}. */
  public Mention kbNoteMention(int k) {
    return kbNoteMentions[k];
  }

  /** The knowledge base of note {@code k}, as given. */
  public Object kbNoteSource(int k) {
    return kbNoteSources[k];
  }

  /** The entry index of note {@code k}. */
  public int kbNoteEntry(int k) {
    return kbNoteEntries[k];
  }

  /**
   * Reports work a stage left undone past one of its limits (see {@link dev.gazette.Extraction#warnings}):
   * {@code message} starts with a stable code and a colon ("number-too-long: ..."). A limit must never
   * drop work silently.
   */
  public void warn(String message) {
    warnings.add(java.util.Objects.requireNonNull(message, "message"));
  }

  /** The warnings reported so far, in order. */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Canonical names by {@code kb_id}, recorded by the stages that link mentions to a knowledge base or
   * gazetteer: the first stage to name an id wins.
   */
  public Map<String, String> canonicalNames() {
    return canonicalNames;
  }

  public Article article() {
    return article;
  }

  public String text() {
    return article.text();
  }

  public TokenBuffer tokens() {
    return tokens;
  }

  public SentenceBuffer sentences() {
    return sentences;
  }

  /** The mentions added so far; stages append to it. */
  public List<Mention> mentions() {
    return mentions;
  }

  /**
   * Which tokens the mentions found so far cover, indexed by token: later stages leave them alone, so
   * that "Friday" read as a date is not also read as a name.
   */
  public boolean[] tokensCoveredByMentions() {
    boolean[] covered = new boolean[tokens.size()];
    for (Mention m : mentions) {
      for (int i = tokens.firstEndingAfter(m.start()); i < tokens.size() && tokens.start(i) < m.end(); i++) {
        covered[i] = true;
      }
    }
    return covered;
  }


  /** The relations found so far; stages append to it. Their mentions must be in {@link #mentions()}. */
  public List<RelationDraft> relations() {
    return relations;
  }
}
