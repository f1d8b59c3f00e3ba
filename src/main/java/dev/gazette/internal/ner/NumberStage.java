package dev.gazette.internal.ner;

import com.google.common.collect.ImmutableMap;
import dev.gazette.EntityType;
import dev.gazette.Mention;
import dev.gazette.Span;
import dev.gazette.TokenKind;
import dev.gazette.internal.pipeline.Stage;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.text.SentenceBuffer;
import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.TokenFlags;
import dev.gazette.internal.text.WordSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Money, percentages, quantities, cardinals and ordinals from number tokens and number words, in one
 * pass over the tokens the earlier stages left free (so a year read as a date, or "2" in "Nord Stream
 * 2", is not read again).
 *
 * <p>Values (the mention's {@code value}):
 *
 * <ul>
 *   <li>MONEY: {@code "<ISO 4217 code> <amount>"}, the amount a plain decimal with scale words applied:
 *       "2.4 billion euros" is {@code EUR 2400000000}, "$1.5bn" is {@code USD 1500000000}; {@code XXX}
 *       when the currency is unknown.
 *   <li>PERCENT: {@code "<amount>%"}: "3.5 percent" is {@code 3.5%}.
 *   <li>QUANTITY: {@code "<amount> <unit>"} with a canonical unit symbol: "2.8 gigawatts" is
 *       {@code 2.8 GW}, "55 billion cubic metres" is {@code 55000000000 m3}.
 *   <li>CARDINAL: the amount: "71" is {@code 71}, "three" is {@code 3}, "1,200" is {@code 1200}.
 *   <li>ORDINAL: the integer: "eleventh" and "11th" are {@code 11}.
 * </ul>
 *
 * An approximation word before the number ("about", "more than", "up to") is part of the mention and
 * is recorded in the attribute {@code mod} with the TIMEX3 vocabulary: {@code APPROX},
 * {@code MORE_THAN}, {@code LESS_THAN}, {@code EQUAL_OR_MORE}, {@code EQUAL_OR_LESS}.
 */
public final class NumberStage implements Stage {
  private static final NumberStage INSTANCE = new NumberStage();

  private static final Map<String, Long> SMALL =
      ImmutableMap.<String, Long>builder()
          .put("zero", 0L).put("one", 1L).put("two", 2L).put("three", 3L).put("four", 4L)
          .put("five", 5L).put("six", 6L).put("seven", 7L).put("eight", 8L).put("nine", 9L)
          .put("ten", 10L).put("eleven", 11L).put("twelve", 12L).put("thirteen", 13L)
          .put("fourteen", 14L).put("fifteen", 15L).put("sixteen", 16L).put("seventeen", 17L)
          .put("eighteen", 18L).put("nineteen", 19L).put("twenty", 20L).put("thirty", 30L)
          .put("forty", 40L).put("fifty", 50L).put("sixty", 60L).put("seventy", 70L)
          .put("eighty", 80L).put("ninety", 90L)
          .build();

  private static final Map<String, Long> ORDINALS =
      ImmutableMap.<String, Long>builder()
          .put("first", 1L).put("second", 2L).put("third", 3L).put("fourth", 4L).put("fifth", 5L)
          .put("sixth", 6L).put("seventh", 7L).put("eighth", 8L).put("ninth", 9L).put("tenth", 10L)
          .put("eleventh", 11L).put("twelfth", 12L).put("thirteenth", 13L).put("fourteenth", 14L)
          .put("fifteenth", 15L).put("sixteenth", 16L).put("seventeenth", 17L).put("eighteenth", 18L)
          .put("nineteenth", 19L).put("twentieth", 20L).put("thirtieth", 30L).put("fortieth", 40L)
          .put("fiftieth", 50L).put("sixtieth", 60L).put("seventieth", 70L).put("eightieth", 80L)
          .put("ninetieth", 90L).put("hundredth", 100L).put("thousandth", 1000L)
          .build();

  /** Longer digit tokens are not read as numbers (BigDecimal parsing is quadratic in length). */
  static final int MAX_NUMBER_CHARS = 64;
  /** "a hundred thousand million" at most. */
  private static final int MAX_SCALE_WORDS = 3;

  private static final Map<String, Long> SCALES =
      ImmutableMap.<String, Long>builder()
          .put("hundred", 100L).put("thousand", 1_000L).put("million", 1_000_000L)
          .put("billion", 1_000_000_000L).put("trillion", 1_000_000_000_000L).put("bn", 1_000_000_000L)
          .put("bln", 1_000_000_000L).put("mn", 1_000_000L).put("mln", 1_000_000L)
          .put("tn", 1_000_000_000_000L).put("trn", 1_000_000_000_000L).put("crore", 10_000_000L)
          .put("lakh", 100_000L).put("millions", 1_000_000L).put("billions", 1_000_000_000L)
          .build();

  /** Scale letters that only mean a scale right after a currency amount: "€300m", "$5bn", "$20k". */
  private static final Map<String, Long> MONEY_SCALES =
      ImmutableMap.of("m", 1_000_000L, "b", 1_000_000_000L, "k", 1_000L);

  private static final Map<String, String> CURRENCY_SYMBOLS =
      ImmutableMap.<String, String>builder()
          .put("$", "USD").put("US$", "USD").put("€", "EUR").put("£", "GBP").put("¥", "JPY")
          .put("₽", "RUB").put("₹", "INR").put("₩", "KRW").put("₺", "TRY").put("₴", "UAH")
          .put("₪", "ILS").put("C$", "CAD").put("A$", "AUD").put("HK$", "HKD").put("R$", "BRL")
          .put("S$", "SGD").put("NZ$", "NZD").put("₦", "NGN").put("₱", "PHP").put("฿", "THB")
          .put("₫", "VND").put("₸", "KZT").put("₼", "AZN").put("₾", "GEL").put("元", "CNY")
          .build();

  private static final Map<String, String> CURRENCY_WORDS =
      ImmutableMap.<String, String>builder()
          .put("dollar", "USD").put("dollars", "USD").put("euro", "EUR").put("euros", "EUR")
          .put("yuan", "CNY").put("renminbi", "CNY").put("rouble", "RUB").put("roubles", "RUB")
          .put("ruble", "RUB").put("rubles", "RUB").put("pound", "GBP").put("pounds", "GBP")
          .put("sterling", "GBP").put("yen", "JPY").put("rupee", "INR").put("rupees", "INR")
          .put("reais", "BRL").put("real", "BRL").put("won", "KRW").put("lira", "TRY")
          .put("liras", "TRY").put("franc", "CHF").put("francs", "CHF").put("zloty", "PLN")
          .put("zlotys", "PLN").put("zlotych", "PLN").put("krone", "NOK").put("kroner", "NOK")
          .put("krona", "SEK").put("kronor", "SEK").put("hryvnia", "UAH").put("hryvnias", "UAH")
          .put("shekel", "ILS").put("shekels", "ILS").put("riyal", "SAR")
          .put("riyals", "SAR").put("dirham", "AED").put("dirhams", "AED").put("peso", "MXN")
          .put("pesos", "MXN").put("rand", "ZAR").put("naira", "NGN").put("rupiah", "IDR")
          .put("ringgit", "MYR").put("baht", "THB").put("dong", "VND").put("forint", "HUF")
          .put("forints", "HUF").put("koruna", "CZK").put("lei", "RON").put("leu", "RON")
          .put("tenge", "KZT").put("manat", "AZN").put("lari", "GEL").put("dram", "AMD")
          .put("dinar", "XXX").put("dinars", "XXX").put("cents", "USD").put("pence", "GBP")
          .build();

  /** A country adjective before a currency word that changes it: "Canadian dollars", "Swiss francs". */
  private static final Map<String, String> CURRENCY_ADJECTIVES =
      ImmutableMap.<String, String>builder()
          .put("canadian dollars", "CAD").put("australian dollars", "AUD").put("hong kong dollars", "HKD")
          .put("singapore dollars", "SGD").put("new zealand dollars", "NZD").put("taiwan dollars", "TWD")
          .put("us dollars", "USD").put("u.s. dollars", "USD").put("american dollars", "USD")
          .put("swiss francs", "CHF").put("cfa francs", "XOF").put("norwegian kroner", "NOK")
          .put("danish kroner", "DKK").put("swedish kronor", "SEK").put("egyptian pounds", "EGP")
          .put("lebanese pounds", "LBP").put("argentine pesos", "ARS").put("argentinian pesos", "ARS")
          .put("mexican pesos", "MXN").put("chilean pesos", "CLP").put("colombian pesos", "COP")
          .put("philippine pesos", "PHP").put("chinese yuan", "CNY").put("indian rupees", "INR")
          .put("pakistani rupees", "PKR").put("brazilian reais", "BRL").put("turkish lira", "TRY")
          .put("russian roubles", "RUB").put("russian rubles", "RUB").put("iraqi dinars", "IQD")
          .put("kuwaiti dinars", "KWD").put("algerian dinars", "DZD").put("tunisian dinars", "TND")
          .put("jordanian dinars", "JOD").put("serbian dinars", "RSD").put("japanese yen", "JPY")
          .put("south korean won", "KRW").put("saudi riyals", "SAR").put("qatari riyals", "QAR")
          .build();

  private static final WordSet CURRENCY_CODES =
      WordSet.of(
          "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "RUB", "INR", "BRL", "CHF", "CAD", "AUD", "HKD",
          "SGD", "NZD", "KRW", "TRY", "UAH", "ILS", "SAR", "AED", "MXN", "ZAR", "NGN", "IDR", "MYR",
          "THB", "VND", "HUF", "CZK", "RON", "PLN", "NOK", "SEK", "DKK", "KZT", "EGP", "PKR", "QAR",
          "KWD", "ARS", "CLP", "COP", "PHP", "TWD", "BTC");

  /** Units of measure: lower-case word or symbol to canonical symbol. */
  private static final Map<String, String> UNITS =
      ImmutableMap.<String, String>builder()
          .put("km", "km").put("kilometre", "km").put("kilometres", "km").put("kilometer", "km")
          .put("kilometers", "km").put("mile", "mi").put("miles", "mi").put("metre", "m")
          .put("metres", "m").put("meter", "m").put("meters", "m").put("cm", "cm").put("mm", "mm")
          .put("centimetres", "cm").put("centimeters", "cm").put("millimetres", "mm")
          .put("millimeters", "mm").put("feet", "ft").put("foot", "ft").put("ft", "ft")
          .put("inches", "in").put("inch", "in").put("kg", "kg").put("kilogram", "kg")
          .put("kilograms", "kg").put("kilogrammes", "kg").put("kilos", "kg").put("gram", "g")
          .put("grams", "g").put("tonne", "t").put("tonnes", "t").put("ton", "t").put("tons", "t")
          .put("lb", "lb").put("lbs", "lb").put("ounce", "oz").put("ounces", "oz").put("oz", "oz")
          .put("barrel", "bbl").put("barrels", "bbl").put("bbl", "bbl").put("bpd", "bbl/d")
          .put("bcm", "bcm").put("hectare", "ha").put("hectares", "ha").put("ha", "ha")
          .put("acre", "acre").put("acres", "acre").put("litre", "l").put("litres", "l")
          .put("liter", "l").put("liters", "l").put("gallon", "gal").put("gallons", "gal")
          .put("watt", "W").put("watts", "W").put("kilowatt", "kW").put("kilowatts", "kW")
          .put("kw", "kW").put("megawatt", "MW").put("megawatts", "MW").put("mw", "MW")
          .put("gigawatt", "GW").put("gigawatts", "GW").put("gw", "GW").put("kwh", "kWh")
          .put("mwh", "MWh").put("gwh", "GWh").put("twh", "TWh").put("kilowatt-hours", "kWh")
          .put("megawatt-hours", "MWh").put("gigawatt-hours", "GWh").put("terawatt-hours", "TWh")
          .put("degrees", "deg").put("degree", "deg").put("knots", "kn").put("mph", "mph")
          .put("kph", "km/h").put("kmh", "km/h").put("mt", "Mt").put("mmt", "Mt")
          .put("teu", "TEU").put("teus", "TEU").put("gb", "GB").put("tb", "TB").put("mb", "MB")
          .put("kt", "kt").put("megatons", "Mt").put("megatonnes", "Mt").put("kilotons", "kt")
          .build();

  /** Two-word units, checked before single words. */
  private static final Map<String, String> UNIT_PHRASES =
      ImmutableMap.<String, String>builder()
          .put("cubic metres", "m3").put("cubic meters", "m3").put("square kilometres", "km2")
          .put("square kilometers", "km2").put("square metres", "m2").put("square meters", "m2")
          .put("square miles", "mi2").put("square feet", "ft2").put("barrels per", "bbl/d")
          .put("degrees celsius", "degC").put("degrees fahrenheit", "degF")
          .put("metric tons", "t").put("metric tonnes", "t").put("nautical miles", "nmi")
          .build();

  /** Words before a number that qualify it, with the TIMEX3-style modifier they record. */
  private static final Map<String, String> MODIFIERS =
      ImmutableMap.<String, String>builder()
          .put("about", "APPROX").put("around", "APPROX").put("nearly", "APPROX")
          .put("almost", "APPROX").put("some", "APPROX").put("roughly", "APPROX")
          .put("approximately", "APPROX").put("circa", "APPROX").put("over", "MORE_THAN")
          .put("more than", "MORE_THAN").put("less than", "LESS_THAN").put("fewer than", "LESS_THAN")
          .put("up to", "EQUAL_OR_LESS").put("at least", "EQUAL_OR_MORE").put("at most", "EQUAL_OR_LESS")
          .put("under", "LESS_THAN").put("close to", "APPROX").put("just over", "MORE_THAN")
          .put("just under", "LESS_THAN").put("upwards of", "MORE_THAN")
          .build();

  /** Cheap prefilters, so that ordinary words cost no allocation. */
  private static final WordSet NUMBER_WORD_STARTS = wordSet(SMALL.keySet(), "a", "an");

  private static final WordSet ORDINAL_WORD_STARTS = wordSet(ORDINALS.keySet());

  /** Keys of CURRENCY_WORDS and UNITS, and "pounds": a word after a number that is none is skipped. */
  private static final WordSet CURRENCY_OR_UNIT_WORDS = wordSet(CURRENCY_WORDS.keySet(), concat(UNITS.keySet(), "pounds"));

  /** Keys of SCALES and MONEY_SCALES. */
  private static final WordSet SCALE_WORDS = wordSet(SCALES.keySet(), MONEY_SCALES.keySet().toArray(String[]::new));

  /** The last words of the MODIFIERS keys: the word before a number that is none starts no modifier. */
  private static final WordSet MODIFIER_LAST_WORDS = lastWords(MODIFIERS.keySet());

  private static WordSet lastWords(java.util.Set<String> phrases) {
    List<String> lasts = new java.util.ArrayList<>();
    for (String p : phrases) {
      lasts.add(p.substring(p.lastIndexOf(' ') + 1));
    }
    return WordSet.of(lasts.toArray(String[]::new));
  }

  /** The first words of the UNIT_PHRASES keys. */
  private static final WordSet UNIT_PHRASE_FIRST_WORDS = firstWords(UNIT_PHRASES.keySet());

  private static String[] concat(java.util.Set<String> words, String... more) {
    List<String> all = new java.util.ArrayList<>(words);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static WordSet firstWords(java.util.Set<String> phrases) {
    List<String> firsts = new java.util.ArrayList<>();
    for (String p : phrases) {
      int space = p.indexOf(' ');
      firsts.add(space < 0 ? p : p.substring(0, space));
    }
    return WordSet.of(firsts.toArray(String[]::new));
  }

  /** Keys of NUMBER_WORD_STARTS and ORDINAL_WORD_STARTS. */
  private static final WordSet NUMBER_OR_ORDINAL_WORDS = wordSet(SMALL.keySet(), concat(ORDINALS.keySet(), "a", "an"));

  /**
   * By first and last letter (a..z, 26 x 26), the lengths of the NUMBER_OR_ORDINAL_WORDS with those
   * letters, one bit per length: a word of n chars between two ASCII letters can only be a key of at most
   * n chars with the same letters at its ends (the set leaves out invisible format chars, never adds
   * any), which rules out most words ("the", "to", "for", "said") before the set is probed.
   */
  private static final int[] NUMBER_WORD_ENDS = endLetters(SMALL.keySet(), ORDINALS.keySet(), java.util.Set.of("a", "an"));

  @SafeVarargs
  private static int[] endLetters(java.util.Set<String>... sets) {
    int[] ends = new int[26 * 26];
    for (java.util.Set<String> set : sets) {
      for (String w : set) {
        for (int k = 0; k < w.length(); k++) {
          if (asciiLetter(w.charAt(k)) < 0 || Character.isUpperCase(w.charAt(k)) || w.length() > 30) {
            throw new IllegalStateException("not a short ASCII lower-case word: " + w);
          }
        }
        ends[asciiLetter(w.charAt(0)) * 26 + asciiLetter(w.charAt(w.length() - 1))] |= 1 << w.length();
      }
    }
    return ends;
  }

  /** 0..25 for an ASCII letter of either case, else -1. */
  private static int asciiLetter(char c) {
    int letter = (c | 0x20) - 'a';
    return c < 128 && letter >= 0 && letter < 26 ? letter : -1;
  }

  private static final WordSet TENS = WordSet.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  private static WordSet wordSet(java.util.Set<String> words, String... more) {
    List<String> all = new java.util.ArrayList<>(words);
    all.addAll(List.of(more));
    return WordSet.of(all.toArray(String[]::new));
  }

  /** Words before "one" that make it a pronoun: "the one", "no one", "this one". */
  private static final WordSet PRONOUN_ONE_BEFORE =
      WordSet.of("the", "this", "that", "no", "any", "every", "each", "which", "another", "someone", "one");

  public static NumberStage defaults() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "number";
  }

  @Override
  public void process(Workspace ws) {
    boolean[] covered = ws.tokensCoveredByMentions();
    SentenceBuffer sentences = ws.sentences();
    Optional<Span> leadRepeat = ws.article().leadRepeat();
    Scan scan = new Scan(ws, covered);
    for (int s = 0; s < sentences.size(); s++) {
      int first = sentences.firstToken(s);
      if (first >= sentences.endToken(s)) {
        continue;
      }
      int start = ws.tokens().start(first);
      if (leadRepeat.isPresent() && leadRepeat.get().start() <= start && start < leadRepeat.get().end()) {
        continue;
      }
      scan.sentence(first, sentences.endToken(s));
    }
    scan.dropMentions();
    scan.reportLimits();
  }

  /** One article's scan. */
  private static final class Scan {
    final Workspace ws;
    final String text;
    final TokenBuffer tokens;
    final boolean[] covered;
    int first;
    int end;
    // The number parsed by parseNumber: its value and the token after it.
    BigDecimal value;
    int after;
    boolean spelled;
    /** Char offsets of tokens whose knowledge-base mention gives way to a money amount. */
    final List<Integer> dropped = new ArrayList<>();

    // Work left undone past a limit, reported once per article (Workspace.warn).
    int tooLong;
    int firstTooLong = -1;
    int lastTooLong = -1; // token index, so that a token tried twice counts once
    int scalesCut;
    int firstScalesCut = -1;
    int lastScalesCut = -1;

    Scan(Workspace ws, boolean[] covered) {
      this.ws = ws;
      this.text = ws.text();
      this.tokens = ws.tokens();
      this.covered = covered;
    }

    void reportLimits() {
      if (tooLong > 0) {
        ws.warn("number-too-long: " + tooLong + " digit run(s) over " + MAX_NUMBER_CHARS
            + " chars not read as numbers, the first at char " + firstTooLong);
      }
      if (scalesCut > 0) {
        ws.warn("number-scale-words: " + scalesCut + " number(s) followed by more than " + MAX_SCALE_WORDS
            + " scale words (\"billion billion ...\") read with the first " + MAX_SCALE_WORDS
            + ", the first at char " + firstScalesCut);
      }
    }

    void sentence(int from, int to) {
      first = from;
      end = to;
      int i = from;
      while (i < to) {
        int next = at(i);
        i = Math.max(next, i + 1);
      }
    }

    /**
     * Whether a token of this kind may start a mention: a word, a number, an ordinal or a currency sign;
     * punctuation, quotes and the like start none ({@link #currencyBefore}, {@link #ordinalWord} and
     * {@link #parseNumber} all refuse them), so the scan skips them at once.
     */
    private static boolean mayStartMention(int kind) {
      return kind == WORD_KIND || kind == NUMBER_KIND || kind == ORDINAL_KIND || kind == CURRENCY_KIND;
    }

    private static final int WORD_KIND = TokenKind.WORD.ordinal();
    private static final int NUMBER_KIND = TokenKind.NUMBER.ordinal();
    private static final int ORDINAL_KIND = TokenKind.ORDINAL.ordinal();
    private static final int CURRENCY_KIND = TokenKind.CURRENCY.ordinal();

    /** Reads a numeric mention starting at {@code i}; returns the token after it, or i + 1. */
    int at(int i) {
      if (covered[i] || !mayStartMention(tokens.kindOrdinal(i))) {
        return i + 1;
      }
      // Currency first: "$1.5 billion", "US$ 5bn", "EUR 300 million".
      String code = currencyBefore(i);
      if (code != null && i + 1 < end && !covered[i + 1] && parseNumber(i + 1, true)) {
        return money(i, after, code, value);
      }
      if (tokens.kind(i) == TokenKind.ORDINAL) {
        String digits = asciiDigits(text, tokens.start(i), tokens.end(i));
        return add(i, i + 1, EntityType.ORDINAL, digits);
      }
      if (tokens.kind(i) == TokenKind.WORD && !mayStartNumberWord(i)) {
        return i + 1; // what ordinalWord and parseNumber would say of a word that starts no number
      }
      Long ordinal = ordinalWord(i);
      if (ordinal != null) {
        return add(i, i + 1, EntityType.ORDINAL, Long.toString(ordinal));
      }
      if (!parseNumber(i, false)) {
        return i + 1;
      }
      int j = after;
      BigDecimal v = value;
      boolean isSpelled = spelled;
      if (j < end && !covered[j]) {
        if (is(j, "%") || is(j, "percent") || is(j, "pct")) {
          return add(i, j + 1, EntityType.PERCENT, plain(v) + "%");
        }
        if (is(j, "per") && j + 1 < end && is(j + 1, "cent")) {
          return add(i, j + 2, EntityType.PERCENT, plain(v) + "%");
        }
        if (is(j, "percentage") && j + 1 < end && (is(j + 1, "points") || is(j + 1, "point"))) {
          return add(i, j + 2, EntityType.PERCENT, plain(v) + "%");
        }
        if (tokens.kind(j) == TokenKind.WORD && CURRENCY_CODES.contains(text, tokens.start(j), tokens.end(j))
            && tokens.has(j, TokenFlags.ALL_UPPER)) {
          return money(i, j + 1, upper(j), v);
        }
        String unit = unitPhrase(j);
        if (unit != null) {
          int k = is(j, "barrels") && j + 2 < end && is(j + 2, "day") ? j + 3 : j + 2;
          return quantity(i, k, v, unit);
        }
        String word = mayBeIn(j, CURRENCY_OR_UNIT_WORDS) ? lower(j) : "";
        if (CURRENCY_WORDS.containsKey(word) && !(word.equals("pounds") && j + 1 < end && is(j + 1, "of"))
            && !(word.equals("won") && !isSpelled && j + 1 < end && tokens.has(j + 1, TokenFlags.ALL_LOWER) && !is(j + 1, "in"))
            && !word.equals("real")) {
          return money(i, j + 1, CURRENCY_WORDS.get(word), word.equals("cents") || word.equals("pence") ? v.movePointLeft(2) : v);
        }
        if (UNITS.containsKey(word) || word.equals("pounds") || tokens.has(j, TokenFlags.ALL_UPPER) && UNITS.containsKey(word)) {
          String u = word.equals("pounds") ? "lb" : UNITS.get(word);
          int k = j + 1;
          if (u.equals("bbl") && k + 1 < end && is(k, "per") && is(k + 1, "day")) {
            u = "bbl/d";
            k += 2;
          }
          return quantity(i, k, v, u);
        }
      }
      // "5 million Canadian dollars", "Hong Kong dollars": a country between number and currency; the
      // knowledge base's mention of the country gives way to the money.
      for (int len = 2; len <= 3 && j + len - 1 < end; len++) {
        int last = j + len - 1;
        if (covered[last] || !mayBeIn(last, CURRENCY_OR_UNIT_WORDS) || !CURRENCY_WORDS.containsKey(lower(last))) {
          continue;
        }
        String c = CURRENCY_ADJECTIVES.get(text.substring(tokens.start(j), tokens.end(last)).toLowerCase(Locale.ROOT));
        if (c != null) {
          for (int k = j; k < last; k++) {
            if (covered[k]) {
              dropMentionAt(k);
            }
          }
          return money(i, last + 1, c, v);
        }
      }
      if (!isSpelled && isYearLike(i, j)) {
        return j; // a year the date stage left alone is not a count
      }
      if (isSpelled && j - i == 1 && is(i, "one") && i > first && PRONOUN_ONE_BEFORE.contains(text, tokens.start(i - 1), tokens.end(i - 1))) {
        return j;
      }
      return add(i, j, EntityType.CARDINAL, plain(v));
    }

    int money(int from, int to, String code, BigDecimal amount) {
      return add(from, to, EntityType.MONEY, code + " " + plain(amount));
    }

    int quantity(int from, int to, BigDecimal amount, String unit) {
      if (unit.equals("bcm")) {
        return add(from, to, EntityType.QUANTITY, plain(amount.multiply(BigDecimal.valueOf(1_000_000_000L))) + " m3");
      }
      return add(from, to, EntityType.QUANTITY, plain(amount) + " " + unit);
    }

    /** Adds the mention [from, to), with a modifier word before it; returns {@code to}. */
    int add(int from, int to, EntityType type, String v) {
      String mod = null;
      int start = from;
      if (from - 1 >= first && !covered[from - 1] && mayBeIn(from - 1, MODIFIER_LAST_WORDS)) {
        String one = lower(from - 1);
        if (from - 2 >= first && !covered[from - 2]) {
          String two = lower(from - 2) + " " + one;
          if (MODIFIERS.containsKey(two)) {
            mod = MODIFIERS.get(two);
            start = from - 2;
          }
        }
        if (mod == null && MODIFIERS.containsKey(one) && !(one.equals("some") && type.equals(EntityType.ORDINAL))) {
          mod = MODIFIERS.get(one);
          start = from - 1;
        }
      }
      if (type.equals(EntityType.ORDINAL)) {
        mod = null;
        start = from;
      }
      int s = tokens.start(start);
      int e = tokens.end(to - 1);
      Mention.Builder m = Mention.builder(new Span(s, e), text.substring(s, e), type).rule("number").value(v);
      if (mod != null) {
        m.attribute("mod", mod);
      }
      ws.mentions().add(m.build());
      for (int k = start; k < to; k++) {
        covered[k] = true;
      }
      return to;
    }

    /** The currency code of a symbol or code token right before a number, else null. */
    String currencyBefore(int i) {
      TokenKind kind = tokens.kind(i);
      if (kind == TokenKind.CURRENCY) {
        String symbol = text.substring(tokens.start(i), tokens.end(i));
        return CURRENCY_SYMBOLS.getOrDefault(symbol, "XXX");
      }
      if (kind == TokenKind.WORD && tokens.has(i, TokenFlags.ALL_UPPER)
          && CURRENCY_CODES.contains(text, tokens.start(i), tokens.end(i))) {
        return upper(i);
      }
      return null;
    }

    /**
     * Parses a number at {@code i}: digits or number words, then scale words ("2.4 billion"). Sets
     * {@link #value}, {@link #after} and {@link #spelled}.
     */
    boolean parseNumber(int i, boolean money) {
      int j = i;
      BigDecimal v;
      if (tokens.kind(i) == TokenKind.NUMBER) {
        if (tokens.end(i) - tokens.start(i) > MAX_NUMBER_CHARS) {
          if (i > lastTooLong) {
            lastTooLong = i;
            if (tooLong++ == 0) {
              firstTooLong = tokens.start(i);
            }
          }
          return false;
        }
        v = parseDigits(text, tokens.start(i), tokens.end(i));
        if (v == null) {
          return false;
        }
        spelled = false;
        j++;
      } else if (tokens.kind(i) == TokenKind.WORD && mayBeNumberWord(i, NUMBER_WORD_STARTS)) {
        boolean capital = tokens.has(i, TokenFlags.CAPITALIZED);
        if (capital && i != first) {
          return false; // "the Twenty-Seven", "Group of Seven": names, not counts
        }
        long current = 0;
        long last = -1;
        boolean any = false;
        boolean hundred = false;
        if (is(j, "a") || is(j, "an")) {
          if (!(j + 1 < end && mayBeIn(j + 1, SCALE_WORDS) && SCALES.containsKey(lower(j + 1)))) {
            return false; // "a" without a scale word after it is no number (the loop below would say so)
          }
          current = 1; // "a billion dollars"
          any = true;
          j++;
        }
        while (j < end && !covered[j] && tokens.kind(j) == TokenKind.WORD) {
          String w = lower(j);
          Long small = smallNumber(w);
          if (small != null) {
            boolean continues = !any || last >= 20 && last % 10 == 0 && small < 10 || hundred && last < 0;
            if (!continues) {
              break;
            }
            current += small;
            last = small;
            any = true;
          } else if (w.equals("hundred") && any && current < 100) {
            current *= 100;
            hundred = true;
            last = -1;
          } else if (w.equals("and") && hundred && last < 0 && j + 1 < end && smallNumber(lower(j + 1)) != null) {
            // "one hundred and fifty"
          } else {
            break;
          }
          j++;
        }
        if (!any) {
          return false;
        }
        v = BigDecimal.valueOf(current);
        spelled = true;
      } else {
        return false;
      }
      // Scale words: "2.4 billion", "5bn", "€300m" (letters only after a currency). At most
      // MAX_SCALE_WORDS of them: "billion billion billion..." would otherwise grow the value without bound.
      int scaleWords = 0;
      while (j < end && !covered[j] && tokens.kind(j) == TokenKind.WORD && scaleWords < MAX_SCALE_WORDS) {
        if (!mayBeIn(j, SCALE_WORDS)) {
          break; // neither table has it
        }
        String w = lower(j);
        Long scale = SCALES.get(w);
        if (scale == null && money) {
          scale = MONEY_SCALES.get(w);
        }
        if (scale == null || w.equals("hundred") && !spelled) {
          break;
        }
        v = v.multiply(BigDecimal.valueOf(scale));
        scaleWords++;
        j++;
      }
      if (scaleWords == MAX_SCALE_WORDS
          && j < end
          && tokens.kind(j) == TokenKind.WORD
          && (SCALES.containsKey(lower(j)) || money && MONEY_SCALES.containsKey(lower(j)))) {
        if (i > lastScalesCut) {
          lastScalesCut = i;
          if (scalesCut++ == 0) {
            firstScalesCut = tokens.start(i);
          }
        }
      }
      if (spelled && (is(i, "a") || is(i, "an")) && j == i + 1) {
        return false;
      }
      value = v;
      after = j;
      return true;
    }

    Long smallNumber(String w) {
      Long v = SMALL.get(w);
      if (v != null) {
        return v;
      }
      int dash = w.indexOf('-');
      if (dash > 0) {
        Long tens = SMALL.get(w.substring(0, dash));
        Long units = SMALL.get(w.substring(dash + 1));
        if (tens != null && units != null && tens >= 20 && tens % 10 == 0 && units < 10) {
          return tens + units;
        }
      }
      return null;
    }

    /**
     * False only when word token {@code i} is neither an ordinal word nor the start of a number word,
     * so that {@link #ordinalWord} and {@link #parseNumber} both give up on it: a capitalized word
     * inside the sentence (both refuse it), a word whose end letters and length fit none of those words,
     * or one in neither word set (one lookup instead of two).
     */
    boolean mayStartNumberWord(int i) {
      if (tokens.has(i, TokenFlags.CAPITALIZED) && i != first) {
        return false;
      }
      if (tokens.has(i, TokenFlags.HYPHENATED)) {
        return true; // "twenty-one", "thirty-first": left to the full tests
      }
      int s = tokens.start(i);
      int e = tokens.end(i);
      // An ASCII letter is never left out of a key: at the word's ends it is the key's first or last.
      int first = asciiLetter(text.charAt(s));
      int last = asciiLetter(text.charAt(e - 1));
      if (first >= 0 && last >= 0) {
        int n = e - s;
        int upToN = n >= 30 ? -1 : (2 << n) - 1; // the bits of lengths 0..n
        if ((NUMBER_WORD_ENDS[first * 26 + last] & upToN) == 0) {
          return false;
        }
      }
      return NUMBER_OR_ORDINAL_WORDS.contains(text, s, e);
    }

    /** Whether token {@code i} may start a number word: "three", "twenty-one", "a" (billion). */
    boolean mayBeNumberWord(int i, WordSet words) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      if (words.contains(text, s, e)) {
        return true;
      }
      if (!tokens.has(i, TokenFlags.HYPHENATED)) {
        return false;
      }
      for (int k = s; k < e; k++) {
        if (text.charAt(k) == '-') {
          return TENS.contains(text, s, k);
        }
      }
      return false;
    }

    Long ordinalWord(int i) {
      if (tokens.kind(i) != TokenKind.WORD || tokens.has(i, TokenFlags.CAPITALIZED) && i != first
          || !mayBeNumberWord(i, ORDINAL_WORD_STARTS)) {
        return null;
      }
      String w = lower(i);
      Long v = ORDINALS.get(w);
      int dash = w.indexOf('-');
      if (v == null && dash > 0) {
        Long tens = SMALL.get(w.substring(0, dash));
        Long units = ORDINALS.get(w.substring(dash + 1));
        if (tens != null && units != null && tens >= 20 && tens % 10 == 0 && units < 10) {
          v = tens + units;
        }
      }
      if (v != null && v == 2L) {
        // "second" the unit of time: "a few seconds", "30 second"; "a second" stays ordinal.
        if (i - 1 >= first && tokens.kind(i - 1) == TokenKind.NUMBER) {
          return null;
        }
      }
      return v;
    }

    String unitPhrase(int j) {
      if (j + 1 >= end || covered[j + 1]) {
        return null;
      }
      if (!mayBeIn(j, UNIT_PHRASE_FIRST_WORDS)) {
        return null;
      }
      String two = lower(j) + " " + lower(j + 1);
      String unit = UNIT_PHRASES.get(two);
      if (unit == null) {
        return null;
      }
      if (unit.equals("bbl/d") && !(j + 2 < end && is(j + 2, "day"))) {
        return null;
      }
      return unit;
    }

    boolean isYearLike(int i, int j) {
      if (j != i + 1 || tokens.kind(i) != TokenKind.NUMBER || tokens.end(i) - tokens.start(i) != 4) {
        return false;
      }
      BigDecimal v = value;
      return v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(1800)) >= 0 && v.compareTo(BigDecimal.valueOf(2100)) <= 0;
    }

    /** Marks the knowledge-base mention over {@code token} to be dropped ({@link #dropMentions}). */
    void dropMentionAt(int token) {
      dropped.add(tokens.start(token));
    }

    /**
     * Drops the knowledge-base mentions over the tokens marked by {@link #dropMentionAt}, in one pass
     * after the scan: a pass per token was quadratic in articles of many such money amounts. Nothing in
     * the scan reads the mentions it drops.
     */
    void dropMentions() {
      if (dropped.isEmpty()) {
        return;
      }
      int[] starts = dropped.stream().mapToInt(Integer::intValue).sorted().toArray();
      ws.mentions().removeIf(m -> {
        if (!m.rule().equals("kb")) {
          return false;
        }
        int k = Arrays.binarySearch(starts, m.start());
        int next = k >= 0 ? k : -1 - k; // the first marked start at or after the mention's start
        return next < starts.length && starts[next] < m.end();
      });
    }

    boolean is(int i, String word) {
      int s = tokens.start(i);
      return tokens.end(i) - s == word.length() && text.regionMatches(true, s, word, 0, word.length());
    }

    /**
     * Whether {@code lower(i)} may be one of the words of {@code set} (a prefilter: false only when it
     * is not). A token of printable ASCII has no space and lower-cases as the set folds it, so the set
     * answers; any other token may be.
     */
    boolean mayBeIn(int i, WordSet set) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      for (int k = s; k < e; k++) {
        char c = text.charAt(k);
        if (c <= ' ' || c > '~') {
          return true;
        }
      }
      return set.contains(text, s, e);
    }

    String lower(int i) {
      return text.substring(tokens.start(i), tokens.end(i)).toLowerCase(Locale.ROOT);
    }

    String upper(int i) {
      return text.substring(tokens.start(i), tokens.end(i)).toUpperCase(Locale.ROOT);
    }
  }

  /** The ASCII digits of {@code text[start, end)}, in order ("21st" gives "21"). */
  static String asciiDigits(String text, int start, int end) {
    int lead = start;
    while (lead < end && isAsciiDigit(text.charAt(lead))) {
      lead++;
    }
    int rest = lead;
    while (rest < end && !isAsciiDigit(text.charAt(rest))) {
      rest++;
    }
    if (rest == end) {
      return text.substring(start, lead); // "21st": the digits are one run at the start
    }
    StringBuilder b = new StringBuilder(end - start);
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** "1,500.25" or "1.500,25" or "3.5" as a decimal; null when it is not one number. */
  static BigDecimal parseDigits(String s) {
    return parseDigits(s, 0, s.length());
  }

  /** {@link #parseDigits(String)} of {@code text[start, end)}, copying the chars only when it must. */
  static BigDecimal parseDigits(String text, int start, int end) {
    if (end - start > MAX_NUMBER_CHARS) {
      return null; // not a quantity anyone writes; and parsing a huge BigDecimal takes quadratic time
    }
    BigDecimal simple = parseSimple(text, start, end);
    return simple != null ? simple : parseGrouped(text.substring(start, end));
  }

  /** {@link #parseDigits(String)} of what {@link #parseSimple} does not read: separators, spaces. */
  static BigDecimal parseGrouped(String s) {
    int comma = s.lastIndexOf(',');
    int dot = s.lastIndexOf('.');
    String plain;
    if (comma >= 0 && dot >= 0) {
      plain = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
    } else if (comma >= 0) {
      // "1,500" groups thousands; "2,5" is a decimal comma.
      boolean groups = s.length() - comma - 1 == 3 && s.indexOf(',') == s.indexOf(',', 0) && comma > 0;
      plain = groups ? s.replace(",", "") : s.indexOf(',') == comma ? s.replace(',', '.') : s.replace(",", "");
    } else if (dot >= 0 && s.indexOf('.') != dot) {
      plain = s.replace(".", ""); // "1.500.000"
    } else {
      plain = s;
    }
    plain = plain.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "");
    try {
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The common case without a string copy: {@code text[start, end)} is up to 18 ASCII digits with at most
   * one inner period ("1987", "3.5"), and thousands commas before it ("1,500", "2,400,000", "1,500.25"),
   * read with the same value and scale as {@link #parseGrouped}; null for anything else (which that then
   * reads: "2,5", "1.500,25", "1,000.").
   */
  private static BigDecimal parseSimple(String text, int start, int end) {
    int n = end - start;
    if (n == 0 || n > 26) {
      return null;
    }
    long unscaled = 0;
    int digits = 0;
    int dot = -1;
    int lastComma = -1;
    for (int k = 0; k < n; k++) {
      char c = text.charAt(start + k);
      if (c >= '0' && c <= '9') {
        if (++digits > 18) {
          return null;
        }
        unscaled = unscaled * 10 + (c - '0');
      } else if (c == '.' && dot < 0 && k > 0 && k < n - 1) {
        dot = k;
      } else if (c == ',' && dot < 0) {
        lastComma = k;
      } else {
        return null;
      }
    }
    if (dot < 0 && lastComma >= 0 && !(lastComma > 0 && n - lastComma - 1 == 3)) {
      return null; // no thousands grouping: a decimal comma ("2,5"), read by parseGrouped
    }
    // parseGrouped drops every comma before a period, and every comma of a grouped integer
    return dot < 0 ? BigDecimal.valueOf(unscaled) : BigDecimal.valueOf(unscaled, n - 1 - dot);
  }

  static String plain(BigDecimal v) {
    // Nearly every amount is an integer ("71", "2400000000") or a decimal without trailing zeros
    // ("3.5"): its plain string is already the answer, without the two copies stripping makes.
    if (v.scale() == 0) {
      return v.toPlainString();
    }
    if (v.scale() > 0) {
      String s = v.toPlainString();
      if (s.charAt(s.length() - 1) != '0') {
        return s;
      }
      // "5930000.00" (5.93 times a million): the zeros after the point, and a bare point, dropped from
      // the string itself, which is what stripping and the plain string of the result say
      int end = s.length();
      while (s.charAt(end - 1) == '0') {
        end--;
      }
      if (s.charAt(end - 1) == '.') {
        end--;
      }
      return s.substring(0, end);
    }
    BigDecimal stripped = v.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
