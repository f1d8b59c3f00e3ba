package dev.gazette.internal.ner;

import dev.gazette.internal.text.EnglishWordList;
import dev.gazette.internal.text.WordSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The closed word lists the name recognizer consults: heads that make a capitalized sequence an
 * organization, facility or location, words that announce a company or a person, name particles, and
 * capitalized words that are never names. All lists match case-insensitively; callers check case.
 */
final class NameWords {
  private NameWords() {}

  // Bits of CLASSES: one per list below.
  static final int C_ORG_HEADS = 1 << 0;
  static final int C_PORTFOLIO_TITLES = 1 << 1;
  static final int C_PRODUCT_HEADS = 1 << 2;
  static final int C_PRODUCT_MODIFIERS = 1 << 3;
  static final int C_NATIONAL_BODIES = 1 << 4;
  static final int C_NON_ORG_ACRONYMS = 1 << 5;
  static final int C_ORG_OF_HEADS = 1 << 6;
  static final int C_FAC_HEADS = 1 << 7;
  static final int C_FAC_MODIFIERS = 1 << 8;
  static final int C_DIRECTIONS = 1 << 9;
  static final int C_GPE_HEADS = 1 << 10;
  static final int C_LOC_HEADS = 1 << 11;
  static final int C_LOC_PREFIXES = 1 << 12;
  static final int C_ORG_CUES = 1 << 13;
  static final int C_DESCRIBED_ORG_NOUNS = 1 << 14;
  static final int C_ORG_PARTNER_NOUNS = 1 << 15;
  static final int C_PERSON_VERBS = 1 << 16;
  static final int C_PARTICLES = 1 << 17;
  static final int C_NON_NAMES = 1 << 18;
  static final int C_GROUP_NAMES = 1 << 19;
  static final int C_LAW_HEADS = 1 << 20;
  static final int C_EVENT_HEADS = 1 << 21;
  static final int C_EVENT_TAILS = 1 << 22;
  static final int C_NAME_HONORIFICS = 1 << 23;
  // Bits 24 to 27 and 30 are NameStage's own memo bits (Pass.classes); 28, 29 and 31 are lists.
  static final int C_AMBIGUOUS_GIVEN_NAMES = 1 << 28;
  static final int C_PLACE_COMPANY_TAILS = 1 << 29;
  static final int C_ORG_OPENERS = 1 << 31;

  /** The lists below by word, while they are built: see {@link #CLASSES}. */
  private static final Map<String, Integer> CLASS_BITS = new HashMap<>();

  /** A list, also registered under {@code bit} in {@link #CLASSES}. */
  private static WordSet set(int bit, String... words) {
    for (String w : words) {
      CLASS_BITS.merge(w.toLowerCase(Locale.ROOT), bit, (a, b) -> a | b);
    }
    return WordSet.of(words);
  }

  /** Last words that make a capitalized sequence an organization ("Financial Conduct Authority"). */
  static final WordSet ORG_HEADS =
      set(C_ORG_HEADS, 
          "council", "court", "party", "office", "agency", "authority", "commission", "ministry",
          "bank", "group", "fund", "corporation", "company", "inc", "inc.", "ltd", "ltd.", "corp",
          "corp.", "co.", "plc", "llc", "gmbh", "ag", "sa", "nv", "spa", "s.a.", "university",
          "institute", "committee", "department", "federation", "association", "organization",
          "organisation", "union", "foundation", "service", "services", "board", "bureau", "assembly",
          "parliament", "senate", "congress", "tribunal", "army", "navy", "police", "guard", "forces",
          "front", "movement", "alliance", "coalition", "league", "club", "holding", "holdings",
          "airlines", "airways", "motors", "industries", "technologies", "systems", "energy",
          "petroleum", "telecom", "media", "partners", "capital", "investments", "securities",
          "insurance", "bancorp", "network", "exchange", "directorate", "inspectorate", "secretariat",
          "cabinet", "centre", "center", "college", "school", "academy", "observatory", "brigade",
          "regiment", "battalion", "command", "society", "trust", "conference", "network", "times",
          "post", "journal", "press", "news", "television", "radio", "broadcasting", "pharmaceuticals",
          "chemicals", "electric", "mining", "steel", "oil", "gas", "railways", "shipping", "logistics",
          "labs", "laboratories", "consulting", "ventures", "enterprises", "commerce", "chamber",
          "secretariat", "mission", "embassy", "consulate", "prosecutor's", "procuracy", "duma",
          "rada", "knesset", "bundestag", "sejm", "force", "fleet", "confederation", "cartel", "corps",
          "militia", "brigades", "consortium", "syndicate", "institution", "endowment", "cooperative",
          "electronics", "semiconductor", "aerospace", "motor", "pharma", "robotics", "therapeutics",
          "foods", "properties", "shipyards", "railroad", "railroads", "tribune", "herald", "gazette", "co", "cos", "n.v.", "oyj", "asa", "bhd", "devices", "electron",
          "instruments", "materials", "semiconductors", "fisheries", "minerals", "resources", "metals",
          "associates", "asociados", "associados", "forum", "telecommunications");

  /**
   * Legal forms and group words after a company's name ("Ford Motor Co", "Deutsche Bank AG", "Lloyds
   * Bank Plc", "Volkswagen Group"): the longer name is the same company.
   */
  static final WordSet LEGAL_FORMS =
      WordSet.of(
          "co", "co.", "cos", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "ag", "sa", "s.a.", "nv",
          "n.v.", "gmbh", "spa", "s.p.a.", "bhd", "oyj", "asa", "group", "holding", "holdings");

  /**
   * Words that make a name a company's wherever they stand, many of them first in the languages news
   * translates from: "Banca Nazionale del Lavoro", "Cie Financiere de Paribas", "Westdeutsche
   * Landesbank Girozentrale".
   */
  static final WordSet COMPANY_WORDS =
      WordSet.of(
          "banca", "banco", "banque", "bancorp", "cie", "compagnie", "compania", "companhia", "societe", "société",
          "sociedad", "societa", "società", "groupe", "gruppo", "grupo", "caisse", "caja", "landesbank",
          "girozentrale", "kreditanstalt", "sparkasse", "aktiengesellschaft", "kabushiki", "kaisha");

  /** Titles followed by a portfolio: "Minister of Foreign Affairs", "Secretary for Health". */
  static final WordSet PORTFOLIO_TITLES =
      set(C_PORTFOLIO_TITLES, "minister", "secretary", "commissioner", "undersecretary", "under-secretary");

  /** Kinds of products a name before them names: "Challenger 2 tanks", "Mohajer drones". */
  static final WordSet PRODUCT_HEADS =
      set(C_PRODUCT_HEADS, 
          "tank", "tanks", "missile", "missiles", "drone", "drones", "jet", "jets", "fighter", "fighters",
          "helicopter", "helicopters", "rocket", "rockets", "howitzer", "howitzers", "launcher", "launchers",
          "vaccine", "vaccines", "rifle", "rifles", "airliner", "airliners", "warship", "warships", "frigate",
          "frigates", "submarines", "bomber", "bombers", "smartphone", "smartphones", "jetliner", "jetliners");

  /** Lower-case words between a product's name and its kind: "Hwasong-18 solid-fuel missile". */
  static final WordSet PRODUCT_MODIFIERS =
      set(C_PRODUCT_MODIFIERS, 
          "solid-fuel", "liquid-fuel", "ballistic", "cruise", "hypersonic", "intercontinental", "battle",
          "main", "attack", "combat", "fighter", "kamikaze", "suicide", "anti-aircraft", "anti-tank",
          "air-defence", "air-defense", "surface-to-air", "air-to-air", "stealth", "heavy", "light",
          "armoured", "armored", "multiple", "rocket", "passenger", "cargo", "covid-19", "mrna");

  /**
   * Given names the given-name table leaves out because they are also a country, a city or an English
   * word ("Jordan", "Israel", "Lewis", "Will", "Marine", "Guy"): read as given names only when a
   * surname-shaped word follows (see {@code NameStage}), never alone.
   */
  static final WordSet AMBIGUOUS_GIVEN_NAMES =
      set(C_AMBIGUOUS_GIVEN_NAMES, 
          "jordan", "israel", "lewis", "milan", "sydney", "austin", "victoria", "sofia", "franca", "dominique",
          "dakota", "mauricio", "savannah", "brooklyn", "dallas", "adelaide", "alexandria", "charlotte", "india",
          "will", "marine", "guy", "grant", "rich", "hope", "faith", "joy", "sonny", "rusty", "bud", "pierce",
          "penny", "amber", "miles", "hunter", "reed", "rod", "bonnie", "ginger", "mercy", "summer", "autumn");

  /**
   * Last words that make a knowledge-base place before them a company's or an institution's name
   * ("Boston Scientific", "Vienna Philharmonic", "Tennessee Tech", "Boston Globe"), though they are no
   * organization head elsewhere ("Big Tech", "the Morning Star").
   */
  static final WordSet PLACE_COMPANY_TAILS =
      set(C_PLACE_COMPANY_TAILS, 
          "scientific", "philharmonic", "philharmonia", "orchestra", "symphony", "opera", "ballet", "tech",
          "daily", "globe", "sun", "star", "chronicle", "inquirer", "sentinel", "courier", "examiner",
          "telegraph", "dispatch", "bulletin", "observer", "edison", "united", "rangers", "athletic", "air",
          "power");

  /**
   * Capitalized words of a sport or a public service that, right before a country's or a region's name
   * and nothing else, name that place's governing body or agency: "Athletics Kenya", "Cricket
   * Australia", "Statistics Canada", "Transport Canada". After the place they are no name ("Kenya
   * Athletics" is left to a head such as "Federation").
   */
  static final WordSet PLACE_BODY_PREFIXES =
      set(C_ORG_OPENERS, 
          "athletics", "cricket", "football", "rugby", "tennis", "swimming", "cycling", "hockey", "basketball",
          "volleyball", "netball", "rowing", "golf", "boxing", "gymnastics", "triathlon", "badminton", "judo",
          "sailing", "skiing", "archery", "handball", "squash", "wrestling", "weightlifting", "fencing",
          "statistics", "transport", "health", "tourism", "parks", "sport", "invest", "enterprise", "business",
          "fly");

  /**
   * Capitalized words that open the name of a broadcaster or an airline, whatever capitalized words
   * follow, places included: "Radio Okapi", "Radio Free Asia", "Air Senegal", "Royal Air Maroc".
   */
  static final WordSet ORG_OPENERS = set(C_ORG_OPENERS, "radio", "air");

  /** Bodies of a state named by one word after "the": "the Navy", "the Congress". */
  static final WordSet NATIONAL_BODIES =
      set(C_NATIONAL_BODIES, "navy", "army", "marines", "congress", "parliament", "legislature", "senate", "politburo");

  /** Acronyms in capitals that are not organizations. */
  static final WordSet NON_ORG_ACRONYMS =
      set(C_NON_ORG_ACRONYMS, 
          "tv", "ceo", "cfo", "coo", "cto", "gdp", "gnp", "aids", "hiv", "dna", "rna", "gmt", "utc", "est",
          "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "am", "pm", "ok", "id", "lng",
          "lpg", "vat", "ipo", "mp", "mps", "pr", "it", "ai", "usb", "pc", "tnt", "bc", "ad", "ce", "bce",
          "ph", "iq", "phd", "md", "rip", "faq", "diy", "suv", "atm", "sms", "gps", "hq", "ps", "pps",
          "vip", "ufo", "mph", "kph", "km", "kg", "mw", "gw", "kw", "twh", "gwh", "mwh", "bpd", "ppm",
          "covid", "sars", "mers", "ebola", "usd", "eur", "gbp", "jpy", "cny", "rmb", "chf", "rub",
          "inr", "brl", "try", "uah", "ceos", "mrs", "mr", "ms", "dr", "jr", "sr", "st", "ii", "iii",
          "fm", "cd", "dvd", "abc", "ie", "eg", "etc", "vs", "lol", "omg", "ceasefire", "ok", "no", "yes");

  /** First words of "X of Y" organizations: "Ministry of Defence", "Bank of Korea". */
  static final WordSet ORG_OF_HEADS =
      set(C_ORG_OF_HEADS, 
          "ministry", "department", "bank", "university", "institute", "council", "court", "office",
          "commission", "committee", "federation", "association", "organization", "organisation",
          "union", "league", "chamber", "house", "board", "bureau", "agency", "academy", "college",
          "school", "church", "order", "army", "party", "movement", "people's", "state", "secretariat",
          "federal", "confederation", "society", "presidency");

  /** Last words of facilities, capitalized or not ("Druzhba pipeline", "Kerch Bridge"). */
  static final WordSet FAC_HEADS =
      set(C_FAC_HEADS, 
          "airport", "pipeline", "bridge", "plant", "port", "dam", "refinery", "terminal", "canal",
          "railway", "tunnel", "stadium", "arena", "station", "reactor", "mine", "highway", "motorway",
          "palace", "tower", "square", "street", "avenue", "boulevard", "prison", "base", "shipyard",
          "factory", "complex", "museum", "cathedral", "mosque", "temple", "hospital", "harbour",
          "harbor", "gigafactory", "hotel", "building", "road", "line", "corridor", "interconnector", "pit",
          "cannery", "wharf", "quay", "pier", "smelter", "barracks", "reservoir", "oilfield", "depot");

  /**
   * Lower-case words that may stand between a name and a facility head: "Power of Siberia 2 gas
   * pipeline", "Zaporizhzhia nuclear power plant".
   */
  static final WordSet FAC_MODIFIERS =
      set(C_FAC_MODIFIERS, 
          "gas", "oil", "nuclear", "power", "hydroelectric", "hydropower", "coal", "coal-fired",
          "gas-fired", "wind", "solar", "lng", "international", "natural", "crude", "steel", "chemical",
          "military", "air", "naval", "car", "cement", "fertilizer", "fertiliser", "thermal",
          "desalination", "container", "grain", "export", "import", "deep-water", "deepwater",
          "offshore", "onshore", "rail", "road", "submarine", "undersea", "subsea", "water", "geothermal",
          "tailings", "copper", "gold", "iron", "lithium", "uranium", "open-pit", "tuna", "fish", "hydro");

  /** Capitalized directions that name part of a place: "Southern California". */
  static final WordSet DIRECTIONS =
      set(C_DIRECTIONS, "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
          "southeastern", "southwestern", "upper", "lower");

  /** Last words of administrative divisions and towns: "Dade County", "Morgan City". */
  static final WordSet GPE_HEADS =
      set(C_GPE_HEADS, "county", "city", "province", "prefecture", "township", "parish", "oblast", "governorate",
          "municipality", "borough", "canton", "springs", "beach");

  /** Last words of locations: "Caspian Sea", "Ural Mountains", "Mekong River". */
  static final WordSet LOC_HEADS =
      set(C_LOC_HEADS, 
          "sea", "ocean", "river", "mountains", "mountain", "range", "hills", "strait", "straits", "hole", "falls",
          "heights", "creek", "cove",
          "peninsula", "valley", "desert", "basin", "bay", "gulf", "lake", "island", "islands", "coast",
          "plateau", "plain", "plains", "delta", "glacier", "volcano", "forest", "canyon", "archipelago",
          "lagoon", "channel", "fjord", "reef", "steppe", "atoll", "shoal", "shoals");

  /** First words of locations: "Gulf of Aden", "Lake Chad", "Mount Everest". */
  static final WordSet LOC_PREFIXES =
      set(C_LOC_PREFIXES, "gulf", "lake", "mount", "mt.", "strait", "straits", "sea", "bay", "cape", "isle", "river",
          "gulf", "mountains", "island", "islands");

  /**
   * Words after the dash of a capitalized compound that make it a modifier, not part of a name: "the
   * Miami-based Wallco", "a Saudi-led coalition", "the Kremlin-backed candidate". Not registered in
   * {@link #CLASSES}: read only on hyphenated words.
   */
  static final WordSet COMPOUND_MODIFIER_TAILS =
      WordSet.of(
          "based", "born", "owned", "led", "backed", "controlled", "listed", "headquartered", "registered",
          "funded", "sponsored", "financed", "made", "built", "run", "bound", "linked", "allied", "aligned",
          "dominated", "held", "occupied", "brokered", "mediated", "style", "era", "educated", "trained");

  /** Of those, the ones that make the name right after them a company: "the Tokyo-listed Sanko". */
  static final WordSet COMPANY_COMPOUND_TAILS = WordSet.of("based", "headquartered", "listed", "registered", "owned");

  /** Nouns whose "of" names what is taken over, a company: "the acquisition of Graphcore". */
  static final WordSet TAKEOVER_NOUNS = WordSet.of("acquisition", "takeover", "take-over", "buyout");

  /**
   * Common nouns right before a capitalized name that make it a company or body: "the developer Baltic
   * Breeze", "carmaker Voltra", "the news agency PAP".
   */
  static final WordSet ORG_CUES =
      set(C_ORG_CUES, 
          "group", "company", "firm", "developer", "operator", "carrier", "airline", "lender", "insurer",
          "giant", "maker", "carmaker", "automaker", "manufacturer", "producer", "conglomerate",
          "broadcaster", "newspaper", "daily", "weekly", "agency", "startup", "start-up", "retailer",
          "subsidiary", "supplier", "platform", "channel", "magazine", "club", "team", "miner",
          "shipper", "shipbuilder", "bank", "broker", "exchange", "utility", "fund", "investor",
          "outlet", "chain", "brand", "network", "regulator", "watchdog", "consortium", "contractor",
          "publisher", "label", "studio", "rival", "unit", "labs", "charity", "ngo", "organisation",
          "organization", "union", "party", "movement", "militia", "tabloid", "website", "portal", "chipmaker",
          "drugmaker", "steelmaker", "refiner");

  /**
   * Nouns that describe a company or a business relation before its name, only after a determiner, a
   * possessive or a place ("the Texas exporter Venture Global", "its partner Nissan").
   */
  static final WordSet DESCRIBED_ORG_NOUNS =
      set(C_DESCRIBED_ORG_NOUNS, 
          "exporter", "importer", "chipmaker", "steelmaker", "drugmaker", "automaker", "refiner", "shipowner",
          "distributor", "wholesaler", "processor", "packager", "subcontractor", "joint-venture", "airline",
          "carmaker", "lender", "insurer", "miner", "retailer", "supplier", "institute", "pollster", "think-tank",
          "consultancy");

  /**
   * Business relations before a name ("its partner Nissan"): a company, unless the name has a
   * person's shape ("her partner Anna Berg").
   */
  static final WordSet ORG_PARTNER_NOUNS =
      set(C_ORG_PARTNER_NOUNS, "partner", "competitor", "acquirer", "licensee", "franchisee", "shareholder", "creditor");

  /** Words right after a name that only a person does or is: "X died", "X himself". */
  static final WordSet PERSON_VERBS =
      set(C_PERSON_VERBS, 
          "died", "dies", "married", "marries", "testified", "pleaded", "resigned", "retired", "smiled",
          "laughed", "shouted", "sang", "starred", "himself", "herself", "who", "whose", "wept", "confessed",
          "was born", "divorced", "recalled", "graduated", "campaigned", "apologized", "apologised");

  /**
   * Verbs whose object is a person, never a town: "shot Lincoln", "killing Kessler"; and nouns whose
   * "of" is their victim: "the assassination of Lincoln".
   */
  static final WordSet VICTIM_VERBS =
      WordSet.of(
          "shot", "shooting", "killed", "killing", "murdered", "murdering", "assassinated", "assassinating",
          "stabbed", "stabbing", "strangled", "abduct", "abducted", "abducting", "kidnapped", "kidnapping");

  static final WordSet VICTIM_NOUNS =
      WordSet.of("assassination", "assassin", "assassins", "murder", "murderer", "killer", "killers", "slaying");

  /** Nouns after a possessive that only a person has: "Anderson's sister", "Nelson's hometown". */
  static final WordSet KIN_NOUNS =
      WordSet.of(
          "wife", "husband", "widow", "widower", "son", "sons", "daughter", "daughters", "father", "mother",
          "brother", "brothers", "sister", "sisters", "parents", "lawyer", "lawyers", "attorney", "attorneys",
          "hometown", "funeral", "killer", "assassin", "girlfriend", "boyfriend", "grandson", "granddaughter");

  /** Name particles that stand between parts of a person's name: "von der Leyen", "bin Salman". */
  static final WordSet PARTICLES =
      set(C_PARTICLES, 
          "von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le",
          "bin", "ibn", "bint", "al", "el", "ben", "abu", "ter", "ten", "y", "zu", "af");

  /**
   * Capitalized words that are not names: determiners, pronouns, prepositions, conjunctions and the
   * adverbs that open sentences. A run of capitals starting with one of these drops it.
   */
  static final WordSet NON_NAMES =
      set(C_NON_NAMES, 
          "the", "a", "an", "this", "that", "these", "those", "our", "its", "his", "her", "their", "my",
          "your", "we", "i", "he", "she", "they", "it", "you", "in", "on", "at", "for", "from", "with",
          "by", "as", "but", "and", "or", "if", "when", "while", "after", "before", "since", "until",
          "although", "though", "because", "so", "yet", "also", "then", "now", "meanwhile", "however",
          "indeed", "last", "next", "earlier", "later", "today", "yesterday", "tomorrow", "read",
          "according", "despite", "under", "over", "among", "between", "against", "during", "without",
          "within", "through", "following", "both", "all", "some", "many", "most", "several", "each",
          "every", "such", "no", "not", "only", "even", "still", "already", "here", "there", "where",
          "what", "who", "why", "how", "which", "whose", "to", "of", "about", "more", "less", "other",
          "another", "one", "two", "three", "four", "five", "first", "second", "third", "new", "old",
          "like", "unlike", "amid", "instead", "thus", "therefore", "moreover", "furthermore", "besides",
          "nevertheless", "nonetheless", "again", "once", "just", "yes", "please", "thanks", "dear",
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
          "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "mr", "mrs", "ms", "do", "does", "did", "is", "are", "was", "were",
          "will", "would", "can", "could", "should", "must", "shall", "might", "let", "don't", "it's",
          "there's", "breaking", "update", "exclusive", "opinion", "analysis", "watch", "video", "live",
          "photo", "photos", "editorial", "interview", "report", "sources", "source", "officials",
          "true", "false", "yes", "well", "why", "whether", "whatever", "whoever", "any", "none",
          "nobody", "everyone", "everybody", "someone", "nothing", "everything", "something", "much",
          "few", "very", "too", "either", "neither", "nor", "unless", "upon", "whereas", "toward",
          "towards", "around", "across", "behind", "beyond", "above", "below", "near", "via");

  /**
   * Religious, ethnic and political groups that are NORP but not demonyms of a country in the knowledge
   * base.
   */
  static final WordSet GROUP_NAMES =
      set(C_GROUP_NAMES, 
          "muslim", "muslims", "christian", "christians", "jewish", "jews", "jew", "catholic",
          "catholics", "protestant", "protestants", "orthodox", "sunni", "sunnis", "shia", "shiite",
          "shiites", "shi'ite", "hindu", "hindus", "buddhist", "buddhists", "sikh", "sikhs", "islamic",
          "islamist", "islamists", "evangelical", "evangelicals", "kurdish", "kurds", "kurd", "uyghur",
          "uyghurs", "uighur", "uighurs", "tamil", "tamils", "pashtun", "pashtuns", "hazara", "hazaras",
          "rohingya", "tatar", "tatars", "chechen", "chechens", "druze", "alawite", "alawites", "yazidi",
          "yazidis", "copts", "coptic", "berber", "berbers", "tuareg", "bedouin", "roma", "basque",
          "basques", "catalan", "catalans", "flemish", "walloon", "bavarian", "bavarians", "scottish",
          "welsh", "cossack", "cossacks", "republican", "republicans", "democrat", "democrats",
          "democratic", "socialist", "socialists", "communist", "communists", "conservative",
          "conservatives", "liberal", "liberals", "labourite", "tory", "tories", "bolshevik",
          "bolsheviks", "zionist", "zionists", "maoist", "maoists", "marxist", "marxists", "hispanic",
          "hispanics", "latino", "latinos", "latina", "arabs", "persian", "persians", "slavic", "slavs",
          "anglophone", "francophone", "hutu", "tutsi", "hutus", "tutsis", "igbo", "yoruba", "hausa",
          "amhara", "oromo", "tigrayan", "tigrayans", "baloch", "sindhi", "punjabi", "bengali",
          "houthi", "houthis", "taliban", "jihadist", "jihadists", "quechua", "aymara", "mapuche", "maori",
          "inuit", "sami", "zulu", "xhosa", "maasai", "masai", "kikuyu", "fulani", "wolof", "hmong", "kachin",
          "uzbeks", "tajiks", "pashto", "bedouins", "aboriginal");

  /**
   * Last words of laws and treaties: "Inflation Reduction Act", "Prior Consultation Law", "Paris
   * Agreement", "Nairobi Convention"; also first words before "of" or "on" ("Treaty of Lisbon",
   * "Convention on Biological Diversity").
   */
  static final WordSet LAW_HEADS =
      set(C_LAW_HEADS, "act", "law", "code", "convention", "treaty", "agreement", "accord", "accords",
          "protocol", "charter", "directive", "statute", "constitution");

  /** Capitalized last words of events: "Africa Climate Summit", "Paris Olympics", "Venice Biennale". */
  static final WordSet EVENT_HEADS =
      set(C_EVENT_HEADS, "summit", "olympics", "paralympics", "festival", "expo", "championship",
          "championships", "biennale", "marathon", "jamboree", "war");

  /**
   * Lower-case words after a name the knowledge base does not know that make it an event: "the COP30
   * summit", "the Perumin convention".
   */
  static final WordSet EVENT_TAILS =
      set(C_EVENT_TAILS, "summit", "convention", "conference", "congress", "festival", "expo", "fair", "games");

  /**
   * Honorifics and traditional titles before a name that are no part of it and no title of the table:
   * "Chief Olufemi Adeyemi", "Lord Fakafanua", "Ratu Epeli".
   */
  static final WordSet NAME_HONORIFICS =
      set(C_NAME_HONORIFICS, "chief", "lord", "lady", "ratu", "dame", "alhaji", "alhaja", "datuk", "datin",
          "tunku", "baron", "baroness", "oba", "sheikha");

  /**
   * Occupations that only a person has, after a name in apposition ("X, a researcher at", "X, an
   * expert on"), beyond the title table.
   */
  static final WordSet PERSON_NOUNS =
      WordSet.of("researcher", "expert", "scholar", "specialist", "lecturer", "consultant", "historian",
          "sociologist", "scientist", "engineer", "geologist", "economist", "anthropologist", "academic",
          "strategist", "activist", "farmer", "fisherman", "teacher", "student", "doctor", "nurse");

  /**
   * Every list above in one table, a word to the bits ({@code C_...}) of the lists that hold it: one
   * probe answers them all.
   */
  static final WordSet CLASSES = WordSet.withValues(CLASS_BITS);

  /** Whether a lower-case word of English, from the same SCOWL-derived list the tokenizer uses. */
  static boolean isEnglishWord(CharSequence text, int start, int end) {
    return English.LOWER.contains(text, start, end);
  }

  /** Whether a capitalized proper name of the English word list (given names, places, brands). */
  static boolean isProperName(CharSequence text, int start, int end) {
    return English.PROPER.contains(text, start, end);
  }

  /** Lazy holder: indexed on the first unknown capitalized word. */
  private static final class English {
    static final WordSet LOWER = WordSet.of(EnglishWordList.lowerCase().toArray(String[]::new));
    static final WordSet PROPER = WordSet.of(EnglishWordList.capitalized().toArray(String[]::new));
  }
}
