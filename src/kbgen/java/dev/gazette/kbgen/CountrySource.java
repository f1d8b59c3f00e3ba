package dev.gazette.kbgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Countries: every ISO 3166-1 code known to the JDK or to {@code i18n-iso-countries} (MIT), with
 * their names in English and in the main source languages of translated news (French, German,
 * Spanish, Italian, Portuguese), from both the JDK's locale data and i18n-iso-countries, plus
 * explicit diacritic-free variants.
 */
final class CountrySource {

  static final int RANK = 0;
  static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it", "pt");

  private final KbGen gen;

  CountrySource(KbGen gen) {
    this.gen = gen;
  }

  @SuppressWarnings("unchecked")
  void load(Path i18nDir) throws IOException {
    List<Object> codes = (List<Object>) Json.read(i18nDir.resolve("codes.json"));
    for (Object row : codes) {
      List<Object> r = (List<Object>) row;
      Entry e = country((String) r.get(0));
      e.attr("iso3", (String) r.get(1));
    }
    for (String cc : Locale.getISOCountries()) {
      country(cc);
    }
    for (String lang : LANGUAGES) {
      Path file = i18nDir.resolve("langs/" + lang + ".json");
      Map<String, Object> names = (Map<String, Object>) Json.at(Json.read(file), "countries");
      for (Map.Entry<String, Object> n : names.entrySet()) {
        Entry e = gen.get("gpe:" + n.getKey());
        if (e == null) {
          continue;
        }
        if (n.getValue() instanceof List) {
          for (Object v : (List<Object>) n.getValue()) {
            add(e, (String) v, lang);
          }
        } else {
          add(e, (String) n.getValue(), lang);
        }
      }
    }
  }

  private Entry country(String cc) {
    Entry e = gen.get("gpe:" + cc);
    if (e != null) {
      return e;
    }
    String english = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
    e = gen.create("gpe:" + cc, "GPE", english, RANK);
    e.attr("kind", "country");
    e.attr("iso2", cc);
    e.attr("country", cc);
    for (String lang : LANGUAGES) {
      add(e, new Locale("", cc).getDisplayCountry(Locale.forLanguageTag(lang)), lang);
    }
    return e;
  }

  private void add(Entry e, String name, String lang) {
    if (name == null || name.isEmpty() || name.contains(",") || name.contains("(")) {
      // "Korea, Republic of" and "Netherlands (Kingdom of the)" are catalogue forms, not news forms.
      return;
    }
    if (!lang.equals("en") && !gen.allowed(name)) {
      return;
    }
    e.alias(name);
    String plain = Text.stripDiacritics(name);
    if (!plain.equals(name)) {
      e.alias(plain);
    }
  }
}
