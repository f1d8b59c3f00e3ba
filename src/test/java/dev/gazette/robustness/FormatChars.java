package dev.gazette.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Entity;
import dev.gazette.Extraction;
import dev.gazette.Mention;
import dev.gazette.Relation;
import dev.gazette.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Invisible format chars (Unicode Cf: zero-width joiners and spaces, soft hyphen, bidi marks and
 * isolates, word joiner) that web pages leave inside names, and the check that a text holding them
 * gives what its clean form gives.
 */
final class FormatChars {
  private FormatChars() {}

  /** Format chars seen inside words on the web; each must leave a name whole. */
  static final String INSIDE_WORDS =
      "\u200C\u200D\u00AD\u2060\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF";

  private static final Set<EntityType> NAME_TYPES =
      Set.of(EntityType.PERSON, EntityType.ORG, EntityType.GPE, EntityType.LOC, EntityType.NORP, EntityType.FAC);

  static boolean isFormat(char c) {
    return Character.getType(c) == Character.FORMAT;
  }

  /** The text without its format chars. */
  static String strip(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!isFormat(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  /** For each offset into {@code dirty} (0..length), the offset of the same place in {@link #strip}. */
  static int[] cleanOffsets(String dirty) {
    int[] map = new int[dirty.length() + 1];
    int kept = 0;
    for (int i = 0; i < dirty.length(); i++) {
      map[i] = kept;
      if (!isFormat(dirty.charAt(i))) {
        kept++;
      }
    }
    map[dirty.length()] = kept;
    return map;
  }

  /**
   * Inserts a random format char between two letters of the capitalized words ("Macron", not "of" or
   * "SCB") of the names {@code clean} finds (mentions of people, organizations, places, nationalities,
   * facilities; only those linked to the knowledge base if {@code linkedOnly}), at about one place in
   * {@code rate}, so that the clean form of the result is {@code text} itself.
   */
  static String sprinkleInNames(String text, Extraction clean, boolean linkedOnly, Random random, int rate) {
    boolean[] inName = new boolean[text.length()];
    for (Entity e : clean.entities()) {
      if (NAME_TYPES.contains(e.type()) && (e.kbId().isPresent() || !linkedOnly)) {
        for (Mention m : e.mentions()) {
          Arrays.fill(inName, m.start(), m.end(), true);
        }
      }
    }
    // Not in paragraphs with an inline related-link headline ("read alsoOil: ..."): where the
    // headline ends is read from its words' letters, which do not skip format chars yet.
    for (int r = text.indexOf("read also"); r >= 0; r = text.indexOf("read also", r + 1)) {
      int p0 = Math.max(0, text.lastIndexOf("\n\n", r));
      int p1 = text.indexOf("\n\n", r);
      Arrays.fill(inName, p0, p1 < 0 ? text.length() : p1, false);
    }
    StringBuilder b = new StringBuilder(text.length() + text.length() / 8);
    boolean capitalized = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      b.append(c);
      if (!Character.isLetter(c)) {
        capitalized = false;
      } else if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
        capitalized = Character.isUpperCase(c) && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
      }
      if (i + 1 < text.length()
          && capitalized
          && inName[i]
          && inName[i + 1]
          && Character.isLetter(c)
          && Character.isLetter(text.charAt(i + 1))
          && random.nextInt(rate) == 0) {
        b.append(INSIDE_WORDS.charAt(random.nextInt(INSIDE_WORDS.length())));
      }
    }
    return b.toString();
  }

  /**
   * Asserts that {@code dirty}'s extraction has the same entities (type, name, knowledge-base id,
   * value), mentions (type, value, offsets mapped to the clean text, text equal once stripped) and
   * relations as the extraction of its clean form.
   */
  static void assertSameAsClean(String dirty, Extraction dx, Extraction cx) {
    assertSameAsClean(dirty, dx, cx, true);
  }

  /**
   * Like {@link #assertSameAsClean(String, Extraction, Extraction)}, relations compared only when
   * {@code relations}: relation rules test literal words (which do not skip format chars yet), and a
   * format char inside a name can hide a literal the rule wrongly matched there.
   */
  static void assertSameAsClean(String dirty, Extraction dx, Extraction cx, boolean relations) {
    String clean = strip(dirty);
    assertThat(cx.article().text()).isEqualTo(clean);
    int[] map = cleanOffsets(dirty);
    List<String> got = summary(dx, map, true, relations);
    List<String> want = summary(cx, null, false, relations);
    List<String> diff = new ArrayList<>();
    for (String line : got) {
      if (!want.contains(line)) {
        diff.add("+ " + line);
      }
    }
    for (String line : want) {
      if (!got.contains(line)) {
        diff.add("- " + line);
      }
    }
    assertThat(diff)
        .as("text with format chars (+) against its clean form (-): %s", dirty.replaceAll("\\p{Cf}", "<Cf>"))
        .isEmpty();
    assertThat(got).isEqualTo(want);
  }

  /**
   * One line per entity, mention and relation, offsets mapped to the clean text. Aliases are mention
   * texts, so they keep format chars: compared stripped, leaving out those equal to the name.
   */
  private static List<String> summary(Extraction x, int[] map, boolean stripTexts, boolean relations) {
    List<String> lines = new ArrayList<>();
    for (Entity e : x.entities()) {
      lines.add(e.type() + " name=" + e.name() + " kb=" + e.kbId().orElse("-")
          + " value=" + e.value().orElse("-") + " aliases="
          + e.aliases().stream().map(FormatChars::strip).filter(a -> !a.equals(e.name())).distinct().sorted()
              .collect(Collectors.toList()));
      for (Mention m : e.mentions()) {
        int s = map == null ? m.start() : map[m.start()];
        int end = map == null ? m.end() : map[m.end()];
        lines.add("  " + e.name() + ": " + m.type() + " " + s + "-" + end + " "
            + (stripTexts ? strip(m.text()) : m.text()) + " value=" + m.value().orElse("-"));
      }
    }
    for (Relation r : relations ? x.relations() : List.<Relation>of()) {
      lines.add(r.type() + " " + nameOf(x, r.subject()) + " -> " + r.object().map(o -> nameOf(x, o)).orElse("-")
          + " at " + (map == null ? r.evidence().start() : map[r.evidence().start()]));
    }
    return lines;
  }

  private static String nameOf(Extraction x, String entityId) {
    return x.entities().stream().filter(e -> e.id().equals(entityId)).findFirst().map(Entity::name).orElse(entityId);
  }
}
