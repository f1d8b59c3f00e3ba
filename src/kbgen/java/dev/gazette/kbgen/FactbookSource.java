package dev.gazette.kbgen;

import dev.gazette.internal.kb.AliasKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CIA World Factbook (public domain, CC0 JSON edition): country names (conventional, local,
 * abbreviations, former), regions, capitals, nationality nouns and adjectives, heads of state and
 * government with their titles.
 */
final class FactbookSource {

  static final int NORP_RANK = 1;
  static final int PERSON_RANK = 3;

  private static final Map<String, String> REGIONS = Map.ofEntries(
      Map.entry("africa", "Africa"), Map.entry("antarctica", "Antarctica"),
      Map.entry("australia-oceania", "Oceania"),
      Map.entry("central-america-n-caribbean", "Central America and the Caribbean"),
      Map.entry("central-asia", "Central Asia"),
      Map.entry("east-n-southeast-asia", "East and Southeast Asia"), Map.entry("europe", "Europe"),
      Map.entry("middle-east", "Middle East"), Map.entry("north-america", "North America"),
      Map.entry("south-america", "South America"), Map.entry("south-asia", "South Asia"));

  /** Words that belong to a title in "Prime Minister Sanae TAKAICHI", never to the name. */
  private static final Set<String> TITLE_WORDS = Set.of("President", "Prime", "Minister", "Premier",
      "Chancellor", "King", "Queen", "Emperor", "Empress", "Prince", "Princess", "Sultan", "Emir",
      "Amir", "Grand", "Duke", "Grand-Duke", "Governor", "General", "Chairman", "Chairwoman", "Chair",
      "Vice", "Co-Vice", "Acting", "Interim", "Transitional", "Leader", "Taliban", "Supreme", "State",
      "Council", "Ministers", "Cabinet", "Executive", "Chief", "Head", "Administrator", "Captain",
      "Captains", "Regent", "Regents", "Pope", "Commissioner", "High", "Lieutenant", "Mayor",
      "Secretary", "Federal", "Deputy", "First", "Co-Prince", "Co-Princes", "Sheikh", "Crown",
      "Presidential", "Chairperson", "of", "the", "and", "Government", "Officer", "Senior",
      "Commander", "Military", "Sovereign", "National", "Co-President", "Caretaker",
      "Premier-designate", "Minister-President", "Field", "Marshal", "Colonel", "Bailiff",
      "Archbishop", "Bishop", "Lieutenant-Governor", "Governor-General", "Co-prince",
      "Vice-President", "Lord", "Viceroy", "Prefect", "High-Commissioner", "Delegate", "Administrator-General");
  private static final Set<String> HONORIFICS = Set.of("Sir", "Dame", "Dr.", "Gen.", "Sr.", "Lt.",
      "Col.", "Maj.", "Sheikh", "Shaykh", "Sayyid", "Mr.", "Mrs.", "Ms.", "Hon.", "Rev.", "Adm.",
      "Brig.", "Lt.-Gen.", "Maj.-Gen.", "Gen", "Dr");
  private static final Set<String> PARTICLES = Set.of("da", "de", "do", "dos", "das", "del", "della",
      "di", "du", "bin", "ibn", "ibni", "bint", "binti", "al", "el", "van", "von", "der", "den", "la",
      "le", "ter", "y", "e");
  private static final Pattern ROMAN = Pattern.compile("^[IVX]{1,4}$");
  private static final Pattern PATRONYMIC = Pattern.compile(".*(vich|vych|ovna|evna|ievna|ich|ogly|oglu|uly|kyzy)$");

  private final KbGen gen;

  FactbookSource(KbGen gen) {
    this.gen = gen;
  }

  void load(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals(
          "package.json")).sorted().collect(Collectors.toList());
    }
    int countries = 0;
    List<Object[]> deferred = new ArrayList<>();
    for (Path f : files) {
      Object root = Json.read(f);
      String internet = Json.text(root, "Communications", "Internet country code");
      String region = REGIONS.get(f.getParent().getFileName().toString());
      if (internet == null || region == null) {
        continue;
      }
      java.util.regex.Matcher cm = Pattern.compile("\\.([a-z]{2})\\b").matcher(internet);
      if (!cm.find()) {
        continue;
      }
      String cc = cm.group(1).toUpperCase();
      if (cc.equals("UK")) {
        cc = "GB";
      }
      if (cc.equals("EU")) {
        continue; // the European Union is a curated organization
      }
      String fips = f.getFileName().toString().replace(".json", "");
      if (cc.equals("PS") && !fips.equals("ps")) {
        territory(root, cc, region);
        continue;
      }
      Entry country = gen.get("gpe:" + cc);
      if (country == null) {
        country = gen.create("gpe:" + cc, "GPE", shortName(root, cc), CountrySource.RANK);
        country.attr("kind", "country");
        country.attr("iso2", cc);
        country.attr("country", cc);
      }
      countries++;
      names(root, country);
      country.attr("region", region);
      country.attr("fips", fips);
      demonyms(root, cc);
      deferred.add(new Object[] {root, cc});
    }
    // Capitals and leaders after every country exists, so cross references resolve.
    for (Object[] d : deferred) {
      capital(d[0], (String) d[1]);
      leaders(d[0], (String) d[1]);
    }
    System.out.println("kbgen: Factbook countries: " + countries);
  }

  private static String shortName(Object root, String cc) {
    String s = Text.html(Json.text(root, "Government", "Country name", "conventional short form"));
    return s.isEmpty() || s.equals("none") ? cc : s;
  }

  private void names(Object root, Entry country) {
    String shortForm = Text.html(Json.text(root, "Government", "Country name", "conventional short form"));
    if (!shortForm.isEmpty() && !shortForm.equals("none")) {
      country.rename(shortForm);
    }
    for (String field : List.of("conventional long form", "local short form", "local long form",
        "abbreviation", "former")) {
      String v = Text.html(Json.text(root, "Government", "Country name", field));
      if (v.isEmpty() || v.startsWith("none")) {
        continue;
      }
      v = v.replaceAll("\\([^)]*\\)", "").replaceAll(";.*$", "");
      for (String part : v.split(",| or |/")) {
        String p = part.trim();
        if (p.isEmpty() || !Text.isLatin(p) || p.split(" ").length > 6 || p.startsWith("note")) {
          continue;
        }
        if (field.startsWith("local") && !gen.allowed(p)) {
          continue;
        }
        country.alias(p);
        String plain = Text.stripDiacritics(p);
        if (!plain.equals(p)) {
          country.alias(plain);
        }
      }
    }
  }

  private void territory(Object root, String cc, String region) {
    String name = shortName(root, cc);
    String first = name.split(",")[0].trim();
    Entry e = gen.create("gpe:region:" + Text.lower(cc) + "-" + Text.slug(first), "GPE", first,
        RegionSource.RANK);
    for (String p : name.split(",")) {
      e.alias(p.trim());
    }
    e.attr("kind", "territory");
    e.attr("country", cc);
    e.attr("region", region);
  }

  private void demonyms(Object root, String cc) {
    String noun = Text.html(Json.text(root, "People and Society", "Nationality", "noun"));
    String adj = Text.html(Json.text(root, "People and Society", "Nationality", "adjective"));
    List<String> adjectives = forms(adj);
    List<String> nouns = forms(noun);
    if (adjectives.isEmpty() && nouns.isEmpty()) {
      return;
    }
    String name = adjectives.isEmpty() ? nouns.get(0) : adjectives.get(0);
    Entry e = gen.create("norp:" + cc, "NORP", name, NORP_RANK);
    adjectives.forEach(e::alias);
    nouns.forEach(e::alias);
    e.attr("demonym_of", cc);
    e.attr("country", cc);
    gen.get("gpe:" + cc).attr("demonym", name);
  }

  /** "Russian(s)" gives Russian, Russians; "Frenchman(men), Frenchwoman(women)" gives four forms. */
  static List<String> forms(String text) {
    List<String> out = new ArrayList<>();
    if (text.isEmpty() || text.equalsIgnoreCase("none") || text.startsWith("NA")) {
      return out;
    }
    String t = text.replaceAll("\\((singular|plural|collective|sing|pl)[^)]*\\)", "")
        .replaceAll(";.*$", "");
    for (String part : t.split(",| or | and |/")) {
      String p = part.trim().replaceAll("^note:.*", "");
      if (p.isEmpty()) {
        continue;
      }
      java.util.regex.Matcher m = Pattern.compile("^(.*?)\\((\\w+)\\)$").matcher(p);
      if (m.matches()) {
        String base = m.group(1).trim();
        String suffix = m.group(2);
        out.add(base);
        if (suffix.equals("s") || suffix.equals("es")) {
          out.add(base + suffix);
        } else if (suffix.equals("men") && base.endsWith("man")) {
          out.add(base.substring(0, base.length() - 3) + "men");
        } else if (suffix.equals("women") && base.endsWith("woman")) {
          out.add(base.substring(0, base.length() - 5) + "women");
        } else if (suffix.startsWith("i")) {
          out.add(base + suffix);
        }
      } else if (!p.contains("(") && !p.contains(")") && p.split(" ").length <= 3
          && Character.isUpperCase(p.charAt(0))) {
        out.add(p);
      }
    }
    return out;
  }

  private void capital(Object root, String cc) {
    String text = Text.html(Json.text(root, "Government", "Capital", "name"));
    if (text.isEmpty() || text.startsWith("no ") || text.startsWith("none")) {
      return;
    }
    String[] segments = text.split(";");
    for (int i = 0; i < segments.length; i++) {
      String seg = segments[i].trim();
      if (seg.startsWith("note") || (i > 0 && !seg.contains("capital"))) {
        continue;
      }
      String name = seg.replaceAll("\\(.*?\\)", "").replaceAll("\\(.*$", "").trim();
      if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || name.split(" ").length > 5) {
        continue;
      }
      Entry city = findCity(cc, name);
      if (city == null && name.contains(",")) {
        city = findCity(cc, name.substring(0, name.indexOf(',')).trim());
      }
      if (city == null) {
        city = gen.create("gpe:city:" + Text.slug(name) + "-" + Text.lower(cc), "GPE", name,
            CitySource.RANK);
        city.attr("kind", "city");
        city.attr("country", cc);
        city.weight = Long.MAX_VALUE / 2;
      } else {
        city.alias(name);
      }
      city.attr("capital_of", cc);
      Entry country = gen.get("gpe:" + cc);
      if (country != null && !country.attrs.containsKey("capital")) {
        country.attr("capital", city.id);
      }
    }
  }

  private Entry findCity(String cc, String name) {
    Map<String, String> keys = gen.cities.byCountryKey.get(cc);
    if (keys == null) {
      return null;
    }
    String id = keys.get(AliasKeys.fold(name));
    return id == null ? null : gen.get(id);
  }

  private void leaders(Object root, String cc) {
    for (String field : List.of("chief of state", "head of government")) {
      String text = Text.html(Json.text(root, "Government", "Executive branch", field));
      if (text.isEmpty()) {
        continue;
      }
      String role = field.equals("chief of state") ? "head_of_state" : "head_of_government";
      boolean represented = text.contains("represented by");
      Entry last = null;
      int segIndex = 0;
      for (String seg : text.split(";|,? represented by|, and ")) {
        String s = seg.trim();
        if (s.startsWith("also spelled") && last != null) {
          String variant = s.substring("also spelled".length()).replaceAll("\\(.*$", "").trim();
          last.alias(variant);
          continue;
        }
        Entry p = person(s, cc, role, represented && segIndex == 0);
        if (p != null) {
          last = p;
        }
        segIndex++;
      }
    }
  }

  private static boolean isTitleWord(String t) {
    if (TITLE_WORDS.contains(t)) {
      return true;
    }
    for (String part : t.split("-")) {
      if (TITLE_WORDS.contains(part) || TITLE_WORDS.contains(Text.titleCaseWord(part))) {
        return true;
      }
    }
    return false;
  }

  /** Parses "Prime Minister Dr. Terrance DREW (since ...)" into a PERSON entry. */
  private Entry person(String segment, String cc, String role, boolean foreignMonarch) {
    String s = segment.replaceAll("\\(.*$", "").replaceAll("\\[[^]]*]", "").trim();
    String[] tok = s.split("\\s+");
    int caps = -1;
    for (int i = 0; i < tok.length; i++) {
      if (!TITLE_WORDS.contains(tok[i]) && (Text.isAllCaps(tok[i]) || Text.startsAllCaps(tok[i]))
          && !tok[i].endsWith(".") && Character.isLetter(tok[i].charAt(0))) {
        caps = i;
        break;
      }
    }
    if (caps < 0) {
      return null;
    }
    int start = caps;
    while (start > 0) {
      String t = tok[start - 1];
      boolean initial = t.length() == 2 && Character.isUpperCase(t.charAt(0)) && t.charAt(1) == '.';
      if (!initial && (isTitleWord(t) || HONORIFICS.contains(t) || t.endsWith(".")
          || !Character.isUpperCase(t.charAt(0)) || t.endsWith(","))) {
        break;
      }
      start--;
    }
    int end = caps;
    boolean stop = false;
    if (tok[caps].endsWith(",")) {
      tok[caps] = tok[caps].substring(0, tok[caps].length() - 1);
      stop = true; // nothing after the comma belongs to the name
    }
    while (!stop && end + 1 < tok.length && end - start < 6) {
      String t = tok[end + 1];
      if (t.equals("of")) {
        break;
      }
      boolean cap = Character.isUpperCase(t.charAt(0)) && Character.isLetter(t.charAt(0));
      if (cap && !TITLE_WORDS.contains(t)) {
        end++;
      } else if (PARTICLES.contains(t.toLowerCase()) && end + 2 < tok.length
          && Character.isUpperCase(tok[end + 2].charAt(0))) {
        end++;
      } else {
        break;
      }
      if (t.endsWith(",")) {
        tok[end] = t.substring(0, t.length() - 1);
        break;
      }
    }
    List<String> title = new ArrayList<>();
    for (int i = 0; i < start; i++) {
      if (HONORIFICS.contains(tok[i])) {
        continue;
      }
      if (!tok[i].endsWith(".") && Character.isUpperCase(tok[i].charAt(0)) || tok[i].equals("of")
          || tok[i].equals("the") || tok[i].equals("and")) {
        if (!title.isEmpty() || Character.isUpperCase(tok[i].charAt(0))) {
          title.add(tok[i]);
        }
      }
    }
    List<String> given = new ArrayList<>();
    for (int i = start; i < caps; i++) {
      given.add(tok[i]);
    }
    List<String> surname = new ArrayList<>();
    List<String> capsPart = new ArrayList<>();
    boolean inCaps = true;
    for (int i = caps; i <= end; i++) {
      String w = tok[i];
      String out;
      if (ROMAN.matcher(w).matches() && i > caps) {
        out = w;
      } else if (PARTICLES.contains(w.toLowerCase())) {
        out = w.toLowerCase();
      } else if (Text.isAllCaps(w) || Text.startsAllCaps(w)) {
        out = Text.titleCaseWord(w);
      } else {
        out = w;
        inCaps = false;
      }
      surname.add(out);
      if (inCaps) {
        capsPart.add(out);
      }
    }
    while (!capsPart.isEmpty() && PARTICLES.contains(capsPart.get(capsPart.size() - 1))) {
      capsPart.remove(capsPart.size() - 1);
    }
    if (surname.isEmpty() || capsPart.isEmpty()) {
      return null;
    }
    if (given.isEmpty() && surname.size() == 1 && capsPart.get(0).length() <= 4) {
      return null; // "the GNU", "CNSP": acronyms of bodies, not people
    }
    List<String> full = new ArrayList<>(given);
    full.addAll(surname);
    String fullName = String.join(" ", full);
    String canonical = fullName;
    if (given.size() > 1 && PATRONYMIC.matcher(given.get(given.size() - 1)).matches()) {
      List<String> c = new ArrayList<>();
      c.add(given.get(0));
      c.addAll(surname);
      canonical = String.join(" ", c);
    }
    String id = "person:" + Text.slug(canonical);
    Entry e = gen.get(id);
    if (e == null) {
      e = gen.create(id, "PERSON", canonical, PERSON_RANK);
    }
    e.alias(fullName);
    String first = given.stream().filter(g -> !g.endsWith(".")).findFirst().orElse(null);
    if (first != null) {
      e.alias(first + " " + String.join(" ", surname));
      e.alias(first + " " + String.join(" ", capsPart));
    }
    for (String a : new ArrayList<>(e.aliases)) {
      String plain = Text.stripDiacritics(a);
      if (!plain.equals(a)) {
        e.alias(plain);
      }
    }
    String plainName = Text.stripDiacritics(e.name);
    if (!plainName.equals(e.name)) {
      e.alias(plainName);
    }
    String titleText = String.join(" ", title).replaceAll("\\s+(of|the|and)$", "").trim();
    if (!titleText.isEmpty() && !e.attrs.containsKey("title")) {
      e.attr("title", titleText);
    }
    if (foreignMonarch) {
      e.addAttr("head_of_state_of", cc);
    } else {
      if (!e.attrs.containsKey("country")) {
        e.attr("country", cc);
      }
      e.addAttr("role", role);
    }
    e.attr("surname", String.join(" ", capsPart));
    if (first != null) {
      e.attr("given", first);
      gen.addGivenName(first, "source=leaders;country=" + cc);
    }
    gen.addSurname(String.join(" ", capsPart), "source=leaders;country=" + cc);
    return e;
  }
}
