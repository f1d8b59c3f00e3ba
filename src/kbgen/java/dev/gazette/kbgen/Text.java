package dev.gazette.kbgen;

import dev.gazette.internal.kb.AliasKeys;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** String helpers for the generator: HTML entity decoding, slugs, script tests, name casing. */
final class Text {

  private Text() {}

  private static final Pattern ACCENT_ENTITY =
      Pattern.compile("&([A-Za-z])(acute|grave|circ|uml|tilde|cedil|ring|caron);");
  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9A-Fa-f]+);");
  private static final Map<String, String> MARKS = Map.of("acute", "\u0301", "grave", "\u0300",
      "circ", "\u0302", "uml", "\u0308", "tilde", "\u0303", "cedil", "\u0327", "ring", "\u030a",
      "caron", "\u030c");
  private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("&amp;", "&"),
      Map.entry("&quot;", "\""), Map.entry("&apos;", "'"), Map.entry("&nbsp;", " "),
      Map.entry("&ndash;", "-"), Map.entry("&mdash;", "-"), Map.entry("&rsquo;", "'"),
      Map.entry("&lsquo;", "'"), Map.entry("&ldquo;", "\""), Map.entry("&rdquo;", "\""),
      Map.entry("&szlig;", "ß"), Map.entry("&aelig;", "æ"), Map.entry("&oslash;", "ø"),
      Map.entry("&Oslash;", "Ø"), Map.entry("&eth;", "ð"), Map.entry("&thorn;", "þ"),
      Map.entry("&lt;", "<"), Map.entry("&gt;", ">"));

  /** Decodes the HTML entities and drops the tags the Factbook text carries. */
  static String html(String s) {
    if (s == null) {
      return "";
    }
    String t = s.replaceAll("<[^>]*>", " ");
    Matcher m = ACCENT_ENTITY.matcher(t);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + MARKS.get(m.group(2))));
    }
    m.appendTail(sb);
    t = sb.toString();
    m = NUMERIC_ENTITY.matcher(t);
    sb = new StringBuilder();
    while (m.find()) {
      int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
      m.appendReplacement(sb, Matcher.quoteReplacement(new String(Character.toChars(cp))));
    }
    m.appendTail(sb);
    t = sb.toString();
    for (Map.Entry<String, String> e : NAMED.entrySet()) {
      t = t.replace(e.getKey(), e.getValue());
    }
    return Normalizer.normalize(t, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
  }

  /** An id-safe slug: folded, runs of other characters become one hyphen. */
  static String slug(String s) {
    String f = AliasKeys.fold(s).replace("'", "");
    String slug = f.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "x" : slug;
  }

  /** Removes diacritics but keeps case, for explicit diacritic-free variants. */
  static String stripDiacritics(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return d.replace('ı', 'i').replace('İ', 'I').replace('ø', 'o').replace('Ø', 'O')
        .replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D')
        .replace("ß", "ss").replace("æ", "ae").replace("Æ", "Ae").replace("œ", "oe");
  }

  /** Whether every letter is Latin script (accents allowed). */
  static boolean isLatin(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetter(cp)
          && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** "PUTIN" to "Putin", "SASSOU-Nguesso" to "Sassou-Nguesso", "al-ASAD" to "al-Asad". */
  static String titleCaseWord(String w) {
    StringBuilder sb = new StringBuilder(w.length());
    boolean start = true;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        sb.append(start ? c : Character.toLowerCase(c));
        start = false;
      } else {
        sb.append(c);
        start = c == '-' || c == '\'' || c == ' ';
      }
    }
    return sb.toString();
  }

  static boolean isAllCaps(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  /** Whether the part before the first hyphen is all caps ("SASSOU-Nguesso"). */
  static boolean startsAllCaps(String w) {
    int h = w.indexOf('-');
    return h > 1 && isAllCaps(w.substring(0, h));
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a name carries the dots and cedillas of a scholarly romanization of Arabic or Persian
   * (ḩ, ḑ, ţ, ẕ...), which news never prints: "Rafaḩ" is "Rafah" in the press. Vietnamese and
   * European diacritics ("Quảng Nam", "Durrës", and the Romanian and Moldovan ţ of "Constanţa") are the
   * names' own and stay.
   */
  static boolean hasRomanizationMarks(String name, String countryCode) {
    boolean ownCedilla = countryCode.equals("RO") || countryCode.equals("MD");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ("ḩḨḥḤḑḐḍḌṭṬẕẔẓẒ".indexOf(c) >= 0 || !ownCedilla && (c == 'ţ' || c == 'Ţ')) {
        return true;
      }
    }
    return false;
  }
}
