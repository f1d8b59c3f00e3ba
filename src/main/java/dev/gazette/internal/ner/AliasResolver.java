package dev.gazette.internal.ner;

import com.google.common.base.Suppliers;
import dev.gazette.EntityType;
import dev.gazette.Mention;
import dev.gazette.internal.kb.AliasKeys;
import dev.gazette.internal.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Decides which mentions of an article name the same real-world thing, so that each thing is one
 * entity. Mentions first group by type and knowledge-base id, else normalized value, else folded text
 * (case and diacritics ignored: "Wiśniewski" is "Wisniewski"). Then, within the article:
 *
 * <ul>
 *   <li>a person named by part of a name ("Lindqvist", "von der Leyen", or a surname written first such
 *       as "Xi") joins the person named in full, the nearest one before it (else the first after);
 *   <li>an acronym joins the long form it abbreviates ("FCA" and "Financial Conduct Authority"), taking
 *       its type, or giving its own when only the acronym is linked to the knowledge base.
 * </ul>
 *
 * The canonical name is the knowledge base's name when the entity is linked, else its longest mention.
 * The output is deterministic: groups in order of their first mention, mentions in text order.
 */
public final class AliasResolver {
  private final Supplier<KnowledgeBase> kb;

  /**
   * A resolver that asks {@code kb} for canonical names and name tables, only when an article needs
   * them (a pipeline without the knowledge base never loads it).
   */
  public AliasResolver(Supplier<KnowledgeBase> kb) {
    this.kb = Suppliers.memoize(kb::get);
  }

  /** A resolver over the default knowledge base. */
  public static AliasResolver defaults() {
    return DEFAULT;
  }

  private static final AliasResolver DEFAULT = new AliasResolver(KnowledgeBase::defaults);

  /**
   * One entity to be: its type, canonical name and mentions in text order. A mention merged into an
   * entity of another type is retyped; {@code originals} holds, at the same index, the mention as it
   * was given (relation drafts refer to those).
   */
  public record Group(EntityType type, String name, List<Mention> mentions, List<Mention> originals) {}

  /** Groups {@code mentions}, which must be sorted by span, with the knowledge base's names. */
  public List<Group> resolve(List<Mention> mentions) {
    return resolve(mentions, Map.of());
  }

  /**
   * Groups {@code mentions}, which must be sorted by span; a linked entity is named from
   * {@code canonicalNames} (by {@code kb_id}), else from the knowledge base.
   */
  public List<Group> resolve(List<Mention> mentions, Map<String, String> canonicalNames) {
    List<Draft> drafts = group(mentions);
    mergePartialNames(drafts);
    mergeAcronyms(drafts);
    List<Draft> live = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (!d.mentions.isEmpty()) {
        d.sort();
        live.add(d);
      }
    }
    live.sort((a, b) -> a.mentions.get(0).compareTo(b.mentions.get(0)));
    List<Group> out = new ArrayList<>(live.size());
    for (int i = 0; i < live.size(); i++) {
      Draft d = live.get(i);
      // The drafts die here: their lists are handed over, not copied (a group is read once); most
      // things are mentioned once.
      List<Mention> ms = d.mentions.size() == 1 ? List.of(d.mentions.get(0)) : Collections.unmodifiableList(d.mentions);
      out.add(new Group(d.type, canonicalName(d, canonicalNames), ms,
          d.originals == null ? ms : Collections.unmodifiableList(d.originals)));
    }
    return out;
  }

  /**
   * The mentions grouped by type and knowledge-base id, else type and value, else type and folded
   * text (the antecedent's, for a description linked by name), in order of first mention. An open-addressing table
   * over the drafts themselves, which hold their key: an article has a few dozen mentions, and a
   * HashMap's entry and key objects per mention cost more than the lookups.
   */
  private static List<Draft> group(List<Mention> mentions) {
    int n = mentions.size();
    Draft[] table = new Draft[Integer.highestOneBit(Math.max(4, n) * 2) * 2]; // at most half full
    int mask = table.length - 1;
    List<Draft> drafts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Mention m = mentions.get(i);
      Map<String, String> attributes = m.attributes();
      boolean plain = attributes.isEmpty(); // most mentions: no map lookups
      String kbId = plain ? null : attributes.get("kb_id");
      int kind;
      String key;
      String keyText = null;
      if (kbId != null) {
        kind = KB;
        key = kbId;
      } else if (m.value().isPresent()) {
        kind = VALUE;
        key = m.value().get();
      } else {
        kind = TEXT;
        String antecedent = plain ? null : attributes.get("antecedent"); // "the group": one thing with its name
        keyText = antecedent != null ? null : m.text();
        key = AliasKeys.fold(antecedent != null ? antecedent : m.text());
      }
      EntityType type = m.type();
      int slot = hash(type, kind, key) & mask;
      Draft d;
      while ((d = table[slot]) != null && !d.hasKey(type, kind, key)) {
        slot = (slot + 1) & mask;
      }
      if (d == null) {
        d = new Draft(type, kbId, kind, key, keyText);
        table[slot] = d;
        drafts.add(d);
      }
      d.add(m);
    }
    return drafts;
  }

  private static int hash(EntityType type, int kind, String key) {
    int h = (key.hashCode() * 31 + kind) * 31 + type.hashCode();
    return h ^ (h >>> 16);
  }

  /** Mentions that will be one entity, while merging. */
  private static final class Draft {
    EntityType type;
    String kbId;
    /** The key the draft was grouped under (see {@link #group}): its type is the draft's first type. */
    private final EntityType keyType;
    private final int keyKind;
    private final String key;
    /** A text whose fold is the key (the first mention's), or null: its words need no folding again. */
    private final String keyText;
    // Most things are named once or twice in an article: small lists first.
    final List<Mention> mentions = new ArrayList<>(2);
    /** The mentions as given, at the same index; null while none was retyped (most drafts). */
    List<Mention> originals;

    Draft(EntityType type, String kbId, int keyKind, String key, String keyText) {
      this.type = type;
      this.kbId = kbId;
      this.keyType = type;
      this.keyKind = keyKind;
      this.key = key;
      this.keyText = keyText;
    }

    boolean hasKey(EntityType type, int kind, String key) {
      return keyKind == kind && this.key.equals(key) && keyType.equals(type);
    }

    void add(Mention m) {
      add(m, m);
    }

    void add(Mention m, Mention original) {
      if (originals == null && original != m) {
        originals = new ArrayList<>(mentions);
      }
      mentions.add(m);
      if (originals != null) {
        originals.add(original);
      }
      // The first longest stays the first longest unless the new one is strictly longer.
      if (longest != null && m.text().length() > longest.length()) {
        longest = m.text();
      }
    }

    void remove(int i) {
      mentions.remove(i);
      if (originals != null) {
        originals.remove(i);
      }
      longest = null;
    }

    void clear() {
      mentions.clear();
      originals = null;
      longest = null;
    }

    void sort() {
      if (isSorted()) {
        return; // the stable sort would keep this order
      }
      longest = null;
      Integer[] order = new Integer[mentions.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (x, y) -> mentions.get(x).compareTo(mentions.get(y)));
      List<Mention> m = new ArrayList<>(order.length);
      List<Mention> o = originals == null ? null : new ArrayList<>(order.length);
      for (int i : order) {
        m.add(mentions.get(i));
        if (o != null) {
          o.add(originals.get(i));
        }
      }
      mentions.clear();
      mentions.addAll(m);
      if (o != null) {
        originals.clear();
        originals.addAll(o);
      }
    }

    /** The mention at {@code i} as it was given. */
    Mention original(int i) {
      return originals == null ? mentions.get(i) : originals.get(i);
    }

    private boolean isSorted() {
      for (int i = 1; i < mentions.size(); i++) {
        if (mentions.get(i - 1).compareTo(mentions.get(i)) > 0) {
          return false;
        }
      }
      return true;
    }

    /** {@link #longest()} as last computed; null when it must be computed again. */
    private String longest;

    /** The longest mention text; the first of equals. */
    String longest() {
      if (longest == null) {
        String name = mentions.get(0).text();
        for (int i = 0; i < mentions.size(); i++) {
          Mention m = mentions.get(i);
          if (m.text().length() > name.length()) {
            name = m.text();
          }
        }
        longest = name;
      }
      return longest;
    }

    /**
     * The name of an entity no knowledge-base entry names. Of a name (a person, an organization, a
     * place...), the longest mention in mixed case, else in capitals, the first of equals: a description
     * merged into it ("the president", "the company") does not name a person found as "Reagan", nor does
     * a headline in capitals. Of a value (a date, a number), its longest mention.
     */
    String name() {
      if (mentions.size() == 1) {
        return mentions.get(0).text(); // its only text, by any of the rules below
      }
      if (VALUE_TYPES.contains(type)) {
        return longest();
      }
      String mixed = null;
      String capitals = null;
      for (int i = 0; i < mentions.size(); i++) {
        Mention m = mentions.get(i);
        if (!m.attributes().isEmpty() && m.attributes().containsKey(AnaphorStage.ANAPHOR)) {
          continue; // "the President" names no one: "Reagan" does
        }
        String t = m.text();
        int c = caseOf(t);
        if (c == MIXED && (mixed == null || t.length() > mixed.length())) {
          mixed = t;
        } else if (c == CAPITALS && (capitals == null || t.length() > capitals.length())) {
          capitals = t;
        }
      }
      return mixed != null ? mixed : capitals != null ? capitals : longest();
    }

    private static final java.util.Set<EntityType> VALUE_TYPES = java.util.Set.of(EntityType.DATE, EntityType.TIME,
        EntityType.PERCENT, EntityType.MONEY, EntityType.QUANTITY, EntityType.ORDINAL, EntityType.CARDINAL);
    private static final int LOWER = 0;
    private static final int MIXED = 1;
    private static final int CAPITALS = 2;

    /** Whether a text has no capital letter, capitals and small letters, or capitals only. */
    private static int caseOf(String text) {
      boolean upper = false;
      boolean lower = false;
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (ch < 128) {
          upper |= ch >= 'A' && ch <= 'Z';
          lower |= ch >= 'a' && ch <= 'z';
        } else {
          upper |= Character.isUpperCase(ch);
          lower |= Character.isLowerCase(ch);
        }
      }
      return !upper ? LOWER : lower ? MIXED : CAPITALS;
    }

    private String wordsOf;
    private String[] words;

    /** {@code words(longest())}, split again only when the longest mention changed. */
    String[] longestWords() {
      String name = longest();
      if (name != wordsOf) {
        wordsOf = name;
        words = words(name.equals(keyText) ? key : AliasKeys.fold(name));
      }
      return words;
    }

    int firstStart() {
      int s = Integer.MAX_VALUE;
      for (int i = 0; i < mentions.size(); i++) {
        Mention m = mentions.get(i);
        s = Math.min(s, m.start());
      }
      return s;
    }
  }

  // ------------------------------------------------------------------ people

  /**
   * Moves mentions of part of a person's name to the person named in full, and an organization's
   * distinctive word ("Nordvik") to the one organization whose name holds it ("Nordvik Energy").
   */
  private void mergePartialNames(List<Draft> drafts) {
    for (int p = 0; p < drafts.size(); p++) {
      Draft part = drafts.get(p);
      boolean person = part.type.equals(EntityType.PERSON);
      boolean org = part.type.equals(EntityType.ORG) && part.mentions.get(0).rule().equals("ner.org.short");
      if (!person && !org || part.kbId != null || part.mentions.isEmpty()) {
        continue;
      }
      String[] words = null; // folded only when there is another draft of the type to compare with
      List<Draft> fulls = null; // most parts are part of nothing: no list for them
      for (int f = 0; f < drafts.size(); f++) {
        Draft full = drafts.get(f);
        if (full == part || !full.type.equals(part.type) || full.mentions.isEmpty()) {
          continue;
        }
        if (words == null) {
          words = part.longestWords();
        }
        if (person ? isPartOf(words, full.longestWords()) : contains(full.longestWords(), words[0])) {
          if (fulls == null) {
            fulls = new ArrayList<>(2);
          }
          fulls.add(full);
        }
      }
      if (fulls == null || org && fulls.size() != 1) {
        continue;
      }
      for (int i = part.mentions.size() - 1; i >= 0; i--) {
        Mention m = part.mentions.get(i);
        nearest(fulls, m.start()).add(m, part.original(i));
        part.remove(i);
      }
    }
  }

  /** Whether {@code part} is a trailing part of {@code full}, or its first word when a surname. */
  private boolean isPartOf(String[] part, String[] full) {
    if (part.length >= full.length) {
      return false;
    }
    boolean suffix = true;
    for (int i = 0; i < part.length && suffix; i++) {
      suffix = part[part.length - 1 - i].equals(full[full.length - 1 - i]);
    }
    if (suffix) {
      return true;
    }
    return part.length == 1
        && part[0].equals(full[0])
        && kb.get().surnames().containsKey(part[0])
        && !kb.get().givenNames().containsKey(part[0]);
  }

  private static boolean contains(String[] words, String word) {
    for (String w : words) {
      if (w.equals(word)) {
        return words.length > 1;
      }
    }
    return false;
  }

  /** The draft whose first mention is the latest before {@code offset}, else the earliest after it. */
  private static Draft nearest(List<Draft> drafts, int offset) {
    Draft before = null;
    Draft after = null;
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      int s = d.firstStart();
      if (s <= offset && (before == null || s > before.firstStart())) {
        before = d;
      } else if (s > offset && (after == null || s < after.firstStart())) {
        after = d;
      }
    }
    return before != null ? before : after;
  }

  // ------------------------------------------------------------------ acronyms

  /** Merges each acronym with the one long form in the article it abbreviates. */
  private void mergeAcronyms(List<Draft> drafts) {
    // Types do not change while merging: which drafts can be long forms is known once.
    List<Draft> named = null;
    for (int a = 0; a < drafts.size(); a++) {
      Draft acronym = drafts.get(a);
      if (acronym.mentions.isEmpty() || !isAcronymShape(acronym.mentions.get(0).text())) {
        continue;
      }
      if (named == null) {
        named = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
          Draft d = drafts.get(i);
          if (isNameType(d.type)) {
            named.add(d);
          }
        }
      }
      String letters = acronym.mentions.get(0).text();
      Draft target = null;
      for (int f = 0; f < named.size(); f++) {
        Draft full = named.get(f);
        if (full == acronym || full.mentions.isEmpty()) {
          continue;
        }
        if (acronym.kbId != null && full.kbId != null) {
          continue; // both linked, and not to the same entry: two things
        }
        String longest = full.longest();
        if (longest.indexOf(' ') > 0 && Acronyms.mayMatch(letters, 0, letters.length(), longest)
            && Acronyms.matches(letters, 0, letters.length(), longest)) {
          if (target == null || full.type.equals(acronym.type) && !target.type.equals(acronym.type)) {
            target = full;
          }
        }
      }
      if (target == null) {
        continue;
      }
      // The knowledge base's side decides the type and id of the merged entity.
      Draft into = target.kbId == null && acronym.kbId != null ? acronym : target;
      Draft from = into == target ? acronym : target;
      for (int i = 0; i < from.mentions.size(); i++) {
        Mention m = from.mentions.get(i);
        into.add(m.type().equals(into.type) ? m : retype(m, into.type), from.original(i));
      }
      from.clear();
    }
  }

  private static boolean isAcronymShape(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        // ASCII (most names): the same tests without the Character tables
        if (c >= 'A' && c <= 'Z') {
          letters++;
        } else if (c != '.' && c != '&' && (c < '0' || c > '9')) {
          return false;
        }
      } else if (Character.isUpperCase(c)) {
        letters++;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return letters >= 2 && letters <= 8;
  }

  private static boolean isNameType(EntityType t) {
    return t.equals(EntityType.ORG) || t.equals(EntityType.GPE) || t.equals(EntityType.LOC)
        || t.equals(EntityType.FAC) || t.equals(EntityType.NORP) || t.equals(EntityType.EVENT)
        || t.equals(EntityType.LAW) || t.equals(EntityType.PRODUCT) || t.equals(EntityType.WORK_OF_ART);
  }

  private static Mention retype(Mention m, EntityType type) {
    Mention.Builder b = Mention.builder(m.span(), m.text(), type).rule(m.rule()).attributes(m.attributes());
    m.value().ifPresent(b::value);
    return b.build();
  }

  // ------------------------------------------------------------------ names and keys

  private String canonicalName(Draft d, Map<String, String> canonicalNames) {
    // A draft without an id has no linked mention: linked mentions group by their id, and merging
    // moves only unlinked mentions (a partial name, the unlinked side of an acronym and long form).
    String kbId = d.kbId;
    if (kbId == null) {
      return d.name();
    }
    String given = canonicalNames.get(kbId);
    if (given != null || canonicalNames.containsKey(kbId)) {
      return given;
    }
    String name = kb.get().nameOfId(kbId);
    if (name != null && !name.isEmpty()) {
      return name;
    }
    return d.name();
  }

  /** The words of a folded name, which has single spaces only (as {@code split(" ")} gives them). */
  private static String[] words(String folded) {
    int n = 1;
    for (int i = folded.indexOf(' '); i >= 0; i = folded.indexOf(' ', i + 1)) {
      n++;
    }
    String[] words = new String[n];
    int from = 0;
    for (int w = 0; w < n - 1; w++) {
      int space = folded.indexOf(' ', from);
      words[w] = folded.substring(from, space);
      from = space + 1;
    }
    words[n - 1] = folded.substring(from);
    return words;
  }

  /** The kinds of grouping key: a knowledge-base id, a value, folded text. */
  private static final int KB = 0;
  private static final int VALUE = 1;
  private static final int TEXT = 2;
}
