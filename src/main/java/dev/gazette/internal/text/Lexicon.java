package dev.gazette.internal.text;

import java.util.Arrays;

/**
 * The word lists the tokenizer consults, as {@link CharTable}s: abbreviations, units, top-level
 * domains, speech verbs and the exceptions that keep glue repair from splitting real names. Immutable,
 * built once per JVM. The English word list is loaded lazily, on the first glue candidate.
 */
final class Lexicon {
  private Lexicon() {}

  /**
   * Words that keep their final period, exact case, without the period. Initials (one capital letter)
   * and letter-dot runs ("U.S.", "a.m.") are recognized by shape instead. "No" is special-cased (only
   * before a number).
   */
  static final CharTable ABBREVIATIONS =
      table(
          // titles
          "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Rev", "Fr", "Sr",
          "Jr", "Esq", "Hon", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Cmdr", "Cdr", "Adm", "Brig",
          "Sgt", "Cpl", "Pvt", "Gov", "Sen", "Rep", "Reps", "Sens", "Pres", "Supt", "Insp", "Det",
          "Atty", "Amb", "Rt", "Mgr", "Msgr", "St", "Ste", "Mt", "Ft",
          // organizations, places
          "Co", "Cos", "Corp", "Inc", "Ltd", "Bros", "Plc", "Dept", "Univ", "Assn", "Ave", "Blvd",
          "Rd", "Sq", "Hwy", "Pl",
          // months and days
          "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon",
          "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
          // U.S. states in AP style
          "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
          "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev",
          "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
          // common lower-case ones
          "vs", "v", "etc", "al", "approx", "cf", "viz", "incl", "esp", "Fig", "fig", "Vol", "vol",
          "Nos", "ed", "eds", "Ed", "Eds",
          // dotted forms that are not single letters
          "Ph.D", "M.Sc", "B.Sc", "M.Phil", "Ed.D", "Lt.Col", "Gen.Maj");

  /**
   * Letter runs after a number that are units or magnitudes, exact case: "5km" is "5" + "km", but "5G"
   * and "3D" stay one word.
   */
  static final CharTable UNITS =
      table(
          "bn", "bln", "mn", "mln", "m", "k", "b", "tn", "trn", "pct", "pc", "km", "kg", "mg", "g",
          "cm", "mm", "ml", "l", "lb", "lbs", "oz", "ft", "mph", "kph", "kmh", "am", "pm", "h", "hr",
          "hrs", "min", "mins", "sec", "secs", "ms", "yr", "yrs", "sq", "t", "dlrs", "cts", "yen",
          "ha", "mi", "nm", "kt", "kts", "p", "mt", "mmt", "bbl", "bbls", "bcm", "bpd", "x", "kw",
          "kwh", "mw", "mwh", "gw", "gwh", "twh", "gb", "mb", "tb", "kb", "ghz", "mhz", "khz", "hz", "mah",
          "BN", "MLN", "KM", "KG", "AM", "PM", "GB", "MB", "TB", "KB", "kW", "kWh", "MW", "MWh",
          "GW", "GWh", "TWh", "GHz", "MHz", "kHz", "Hz", "mAh", "dB", "kV", "USD", "EUR", "GBP",
          "MT", "BPD");

  /** Top-level domains that make "name.tld" a web address; English words ("in", "it") excluded. */
  static final CharTable TLDS =
      table(
          "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io", "uk", "ru", "cn",
          "de", "fr", "eu", "jp", "au", "ch", "nl", "es", "tv", "ai", "app", "news", "online", "ua",
          "pl", "br", "kr", "tw", "hk", "sg", "nz", "za", "ie", "se", "dk", "fi", "cz", "gr", "tr",
          "il", "ir", "ae", "sa", "ng", "ke", "mx", "ar", "cl", "ly", "gl", "ca");

  /**
   * Verbs of saying that follow a quotation; a lost closing quote glues them to the quote's last word
   * ("partnershipadded"). Lower case. Package-private for the tokenizer's tables; never written.
   */
  static final String[] SPEECH_VERB_LIST = {
          // Present-tense forms that are also plural nouns ("notes", "claims", "reports") are left
          // out: they end compound nouns ("euronotes") far more often than they follow a lost quote.
          "said", "says", "added", "adds", "told", "tells", "insisted", "insists", "wrote",
          "writes", "stressed", "stresses", "explained", "explains", "declared", "declares",
          "noted", "warned", "warns", "stated", "asked", "asks", "replied", "announced",
          "announces", "argued", "argues", "continued", "continues", "concluded", "concludes",
          "claimed", "urged", "urges", "admitted", "admits", "acknowledged", "acknowledges",
          "confirmed", "confirms", "denied", "denies", "cautioned", "commented", "observed",
          "recalled", "remarked", "responded", "responds", "reported", "suggested", "suggests",
          "tweeted", "testified", "emphasized", "emphasised", "emphasizes", "underlined",
          "assured", "assures", "promised", "predicted", "predicts", "complained", "complains",
          "countered", "retorted", "conceded", "concedes", "reiterated", "reiterates",
          "indicated", "indicates", "revealed", "disclosed", "maintained", "contended",
          "contends", "alleged", "alleges", "demanded", "specified", "clarified", "joked",
          "quipped", "lamented", "shouted", "whispered", "affirmed", "affirms", "believes",
          "thinks", "wondered", "recounted", "explaining", "adding", "saying", "noting",
          "stressing", "insisting", "arguing",
          // Verbs of translated French attributions ("estima", "jugea", "déplora", "martela").
          "estimated", "estimates", "judged", "deplored", "regretted", "hammered", "justified",
          "answered", "asserted", "considered", "considers", "defended", "launched", "repeated",
          // ...and of protest ("is unfairprotested the minister").
          "protested", "thundered", "fumed", "denounced", "criticized", "criticised", "objected",
          "pleaded", "hailed", "welcomed", "welcomes"
  };

  static final SuffixTrie SPEECH_VERBS = new SuffixTrie(SPEECH_VERB_LIST);

  /**
   * Words that start sentences and rarely end a camel-case name: a capital one of these glued to a word
   * marks a lost sentence end ("ChinaThe", "officialsBut"). Exact case.
   */
  static final CharTable SENTENCE_STARTERS =
      table(
          "The", "This", "That", "These", "Those", "He", "She", "It", "We", "They", "You", "In",
          "On", "At", "But", "And", "Or", "So", "If", "As", "For", "With", "According", "After",
          "Before", "While", "When", "Meanwhile", "However", "Our", "His", "Her", "Its", "Their",
          "There", "What", "Why", "How", "An", "From", "By", "Since", "Although", "Despite",
          "Last", "Earlier", "Later", "Also", "Read", "Many", "Some", "Most", "Both", "Such",
          "Under", "Among", "During", "Not", "Now", "Then", "Yet", "Still", "Even", "Only",
          "Indeed", "Moreover", "Furthermore", "Instead", "Asked", "Speaking", "Several",
          "Analysts", "Officials", "Experts", "Sources", "Advertisement");

  /** Proper names that end compound names ("ExxonMobil", "HongKong", "GenCorp"). Exact case. */
  static final CharTable NAME_TAILS =
      table(
          "Corp", "Corps", "East", "West", "North", "South", "Mobil", "Kong", "Lines", "Smith",
          "Kline", "Gate", "Gates", "Point", "Field", "Land", "Ford", "Park", "Bell", "Texaco",
          "Chrysler", "Phillips", "Collins", "Packard", "Lehman", "Lynch", "Morgan", "Stanley",
          "Sachs", "Mellon", "Fargo", "Chase", "Mart", "Marriott", "Hilton", "Disney", "Warner",
          "Boeing", "Airbus", "Lloyd", "Lloyds", "Baker", "Hughes", "Dow", "Jones", "America",
          "American", "Americas", "Pacific", "Atlantic", "Europe", "Asia", "Africa", "Canada",
          "Canadian", "Texas", "Ohio", "Carolina", "Virginia", "Florida", "Georgia", "Mark", "Marks");

  /**
   * Lower-case beginnings that form real compounds with a speech verb ("overstressed", "outargued"),
   * so a speech verb after them is never a glue.
   */
  static final CharTable VERB_PREFIXES =
      table(
          "over", "under", "out", "fore", "after", "counter", "super", "inter", "self", "mis",
          "dis", "pre", "post", "semi", "anti", "non", "well", "ill", "hyper", "cross", "down");


  /**
   * Capitalized name beginnings that precede a capital inside one name: McDonald, MacBook, DeSantis,
   * DiCaprio, LaGuardia, LeBron, VanDyke, VonDrehle, DuPont, O'... (apostrophe, not camel case).
   */
  static final CharTable NAME_PREFIXES =
      table(
          "Mc", "Mac", "De", "Di", "Da", "Du", "Des", "Del", "Della", "Der", "Den", "La", "Le",
          "Lo", "Van", "Von", "Ver", "Ten", "Ter", "Al", "El", "Fitz", "St", "Ste", "Ben", "Bin",
          "Abu", "Ibn", "Dos", "Das", "Do", "Mac");

  /** Lower-case particles that start names or brands before a capital: "deGrasse", "iPhone". */
  static final CharTable LOWER_PREFIXES =
      table(
          "de", "di", "da", "du", "des", "del", "della", "der", "den", "la", "le", "van", "von",
          "ver", "ten", "ter", "al", "el", "bin", "ibn", "abu", "dos", "das", "mac", "mc", "tv",
          "watch", "mr", "ms", "dr", "my", "we", "go", "un", "non", "ex");

  /**
   * Camel-case names made of real words that case-join repair would otherwise split. Lower case.
   * Names whose first part is not a dictionary word ("ExxonMobil", "TransCanada") need no entry.
   */
  static final CharTable CAMEL_NAMES =
      table(
          "youtube", "linkedin", "powerpoint", "javascript", "blackrock", "paypal", "fedex",
          "whatsapp", "softbank", "blackberry", "wikileaks", "tiktok", "deepmind", "gamestop",
          "harpercollins", "pricewaterhousecoopers", "daimlerchrysler", "smithkline", "bellsouth",
          "mastercard", "healthsouth", "worldcom", "crowdstrike", "solarwinds", "airasia",
          "easyjet", "jetblue", "skyteam", "bankamerica", "biontech", "conocophillips",
          "chevrontexaco", "natwest", "firstenergy", "metlife", "tripadvisor", "solarcity",
          "centurylink", "moneygram", "petrochina", "sunpower", "kraftheinz", "totalenergies",
          "playstation", "photoshop", "wechat", "wework", "gopro", "godaddy", "doordash",
          "myspace", "openai", "marketwatch", "huffpost", "stubhub", "dropbox", "redhat",
          "bigcommerce", "nbcuniversal", "viacomcbs", "exxonmobil", "transcanada", "macbook",
          "mcdonald", "desantis", "dicaprio", "lebron", "laguardia", "iphone", "ipad", "ebay",
          "itunes", "icloud", "macos", "ishares", "powershares", "hongkong");

  private static CharTable table(String... keys) {
    return new CharTable(Arrays.asList(keys));
  }

  /** Whether {@code [s, e)} is a lower-case English word (compared folded to lower case). */
  static boolean isEnglishWord(char[] t, int s, int e) {
    return Words.LOWER.containsLower(t, s, e);
  }

  /** Whether {@code [s, e)} is a capitalized English proper name from the word list ("China"). */
  static boolean isProperName(char[] t, int s, int e) {
    return Words.PROPER.contains(t, s, e);
  }

  /** Lazy holder: indexing the word list costs ~20 ms and a few MB, paid on first use. */
  private static final class Words {
    static final CharTable LOWER = new CharTable(EnglishWordList.lowerCase());
    static final CharTable PROPER = new CharTable(EnglishWordList.capitalized());
  }
}
