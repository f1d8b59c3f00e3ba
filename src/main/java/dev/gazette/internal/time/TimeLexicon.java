package dev.gazette.internal.time;

import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words date expressions are made of, by lower-case form: month and weekday names, number words,
 * units, deictic words, modifiers, tense cues. Built once per JVM from the table below (one entry a
 * line: {@code form  CLASS  value}), immutable, and looked up without allocating through {@link
 * #lookup(CharSequence, int, int)}, which folds ASCII case on the fly.
 *
 * <p>The table is data, not code, so that new words need no new logic: a word of an existing class
 * behaves like the others of that class.
 */
final class TimeLexicon {
  private TimeLexicon() {}

  /** Word classes. The int value's meaning depends on the class (see the table). */
  enum Cls {
    /** value = month 1-12. */
    MONTH,
    /** value = ISO day of week 1 (Monday) - 7. */
    WEEKDAY,
    /** plural weekday ("Mondays"): value = day of week; a set. */
    WEEKDAYS,
    /** value = the number. */
    NUMBER,
    /** tens word (twenty..ninety), value = the number. */
    TENS,
    /** value = the ordinal ("first" = 1). */
    ORDINAL,
    /** value = {@link Unit} ordinal; singular. */
    UNIT,
    /** value = {@link Unit} ordinal; plural. */
    UNITS,
    /** value = index into {@link #PARTS_OF_DAY}. */
    PART_OF_DAY,
    /** value = index into {@link #SEASONS}. */
    SEASON,
    /** today (0), yesterday (-1), tomorrow (+1), tonight (0, night). value = day offset + 10. */
    DAY_WORD,
    /** this / last / next... value = {@link Deictic} ordinal. */
    DEICTIC,
    /** value = index into {@link #REFS}. */
    REF,
    /** early / late / mid: value = index into {@link #MODS}. */
    POINT_MOD,
    /** beginning / end / middle (of): value = index into {@link #MODS}. */
    EDGE,
    /** about, nearly, more, less...: value = index into {@link #MODS}. */
    APPROX,
    /** daily, weekly...: value = {@link Unit} ordinal. */
    SET_ADVERB,
    /** every, each, per. */
    EVERY,
    /** ago. */
    AGO,
    /** earlier / before (-1), later / after (+1): value = direction + 1. */
    RELATION,
    /** a.m. (0) / p.m. (12). */
    MERIDIEM,
    /** A time zone abbreviation. */
    ZONE,
    /** fiscal. */
    FISCAL,
    /** quarter / half as parts of a year: value = 4 or 2 (parts per year). */
    YEAR_PART,
    /** the. */
    THE,
    /** a / an: the number one before a unit. */
    ARTICLE,
    /** few, several, many, some: an unspecified number. */
    SOME,
    /** noon (12), midnight (24), midday (12): value = hour. */
    CLOCK_WORD,
    /** Holiday: value = month * 100 + day. */
    HOLIDAY,
    /** will, shall, 'll, going, would...: a future-tense cue. */
    FUTURE_CUE,
    /** was, were, said, had, did...: a past-tense cue. */
    PAST_CUE,
    /** in, on, at, during, since, by... */
    PREP,
    /** "of". */
    OF,
    /** "year-ago", "year-earlier", "year-end": value = 0 ago, 1 end. */
    YEAR_AGO,
    /** o'clock. */
    OCLOCK,
    /** A grammatical word that never starts a date: and, or. */
    CONJ,
    /** now-like words that only count before a unit: current, latest, previous... value = Deictic. */
    MISC
  }

  /** Units of time, in TIMEX3 order of size. */
  enum Unit {
    SECOND("S", true),
    MINUTE("M", true),
    HOUR("H", true),
    DAY("D", false),
    WEEKEND("WE", false),
    WEEK("W", false),
    FORTNIGHT("W", false),
    MONTH("M", false),
    QUARTER("Q", false),
    HALF_YEAR("M", false),
    YEAR("Y", false),
    DECADE("DE", false),
    CENTURY("CE", false);

    final String code;
    final boolean timePart;

    Unit(String code, boolean timePart) {
      this.code = code;
      this.timePart = timePart;
    }
  }

  /** Deictic words that relate a unit or name to the anchor. */
  enum Deictic {
    THIS,
    LAST,
    NEXT,
    PAST,
    COMING,
    PREVIOUS,
    FOLLOWING,
    CURRENT,
    LATEST,
    SAME,
    THAT,
    FIRST,
    FINAL,
    RECENT
  }

  static final String[] PARTS_OF_DAY = {"MO", "AF", "EV", "NI", "DT"};
  static final String[] SEASONS = {"SP", "SU", "FA", "WI"};
  static final String[] REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"};
  /** Modifier names; APPROX entries hold the TIMEX3 mod. */
  static final String[] MODS = {
    "START", "END", "MID", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"
  };

  /** The word table. Forms are lower case; a trailing period is never part of a form. */
  private static final String TABLE =
      """
      january MONTH 1|jan MONTH 1|february MONTH 2|feb MONTH 2|march MONTH 3|mar MONTH 3
      april MONTH 4|apr MONTH 4|may MONTH 5|june MONTH 6|jun MONTH 6|july MONTH 7|jul MONTH 7
      august MONTH 8|aug MONTH 8|september MONTH 9|sept MONTH 9|sep MONTH 9|october MONTH 10
      oct MONTH 10|november MONTH 11|nov MONTH 11|december MONTH 12|dec MONTH 12
      monday WEEKDAY 1|mon WEEKDAY 1|tuesday WEEKDAY 2|tue WEEKDAY 2|tues WEEKDAY 2
      wednesday WEEKDAY 3|wed WEEKDAY 3|thursday WEEKDAY 4|thu WEEKDAY 4|thur WEEKDAY 4
      thurs WEEKDAY 4|friday WEEKDAY 5|fri WEEKDAY 5|saturday WEEKDAY 6|sat WEEKDAY 6
      sunday WEEKDAY 7|sun WEEKDAY 7
      mondays WEEKDAYS 1|tuesdays WEEKDAYS 2|wednesdays WEEKDAYS 3|thursdays WEEKDAYS 4
      fridays WEEKDAYS 5|saturdays WEEKDAYS 6|sundays WEEKDAYS 7
      one NUMBER 1|two NUMBER 2|three NUMBER 3|four NUMBER 4|five NUMBER 5|six NUMBER 6
      seven NUMBER 7|eight NUMBER 8|nine NUMBER 9|ten NUMBER 10|eleven NUMBER 11|twelve NUMBER 12
      thirteen NUMBER 13|fourteen NUMBER 14|fifteen NUMBER 15|sixteen NUMBER 16
      seventeen NUMBER 17|eighteen NUMBER 18|nineteen NUMBER 19|dozen NUMBER 12
      twenty TENS 20|thirty TENS 30|forty TENS 40|fifty TENS 50|sixty TENS 60|seventy TENS 70
      eighty TENS 80|ninety TENS 90|hundred NUMBER 100|couple NUMBER 2
      first ORDINAL 1|second ORDINAL 2|third ORDINAL 3|fourth ORDINAL 4|fifth ORDINAL 5
      sixth ORDINAL 6|seventh ORDINAL 7|eighth ORDINAL 8|ninth ORDINAL 9|tenth ORDINAL 10
      eleventh ORDINAL 11|twelfth ORDINAL 12|thirteenth ORDINAL 13|fourteenth ORDINAL 14
      fifteenth ORDINAL 15|sixteenth ORDINAL 16|seventeenth ORDINAL 17|eighteenth ORDINAL 18
      nineteenth ORDINAL 19|twentieth ORDINAL 20|thirtieth ORDINAL 30|twenty-first ORDINAL 21
      second UNIT 0|seconds UNITS 0|sec UNIT 0|secs UNITS 0|minute UNIT 1|minutes UNITS 1
      min UNIT 1|mins UNITS 1|hour UNIT 2|hours UNITS 2|hr UNIT 2|hrs UNITS 2|day UNIT 3
      days UNITS 3|weekend UNIT 4|weekends UNITS 4|week UNIT 5|weeks UNITS 5
      fortnight UNIT 6|fortnights UNITS 6|month UNIT 7|months UNITS 7|quarter UNIT 8
      quarters UNITS 8|year UNIT 10|years UNITS 10|yr UNIT 10|yrs UNITS 10|decade UNIT 11
      decades UNITS 11|century UNIT 12|centuries UNITS 12
      morning PART_OF_DAY 0|mornings PART_OF_DAY 0|afternoon PART_OF_DAY 1
      evening PART_OF_DAY 2|night PART_OF_DAY 3|overnight PART_OF_DAY 3|daytime PART_OF_DAY 4
      spring SEASON 0|summer SEASON 1|fall SEASON 2|autumn SEASON 2|winter SEASON 3
      today DAY_WORD 10|yesterday DAY_WORD 9|tomorrow DAY_WORD 11|tonight DAY_WORD 10
      this DEICTIC 0|last DEICTIC 1|next DEICTIC 2|past DEICTIC 3|coming DEICTIC 4
      previous DEICTIC 5|prior DEICTIC 5|following DEICTIC 6|current DEICTIC 7|latest DEICTIC 8
      same DEICTIC 9|that DEICTIC 10|first DEICTIC 11|final DEICTIC 12|recent DEICTIC 13
      upcoming DEICTIC 4|these DEICTIC 0
      now REF 0|currently REF 0|nowadays REF 0|presently REF 0|recently REF 1|lately REF 1
      future REF 2
      early POINT_MOD 0|earlier POINT_MOD 0|late POINT_MOD 1|later POINT_MOD 1|mid POINT_MOD 2
      beginning EDGE 0|start EDGE 0|end EDGE 1|middle EDGE 2|close EDGE 1
      about APPROX 3|around APPROX 3|approximately APPROX 3|roughly APPROX 3|some APPROX 3
      nearly APPROX 5|almost APPROX 5|over APPROX 4|more APPROX 4|less APPROX 5|under APPROX 5
      least APPROX 6|most APPROX 7|within APPROX 7|up APPROX 7|fewer APPROX 5
      daily SET_ADVERB 3|weekly SET_ADVERB 5|monthly SET_ADVERB 7|yearly SET_ADVERB 10
      hourly SET_ADVERB 2
      biweekly SET_ADVERB 6|nightly SET_ADVERB 3
      every EVERY 0|each EVERY 0|per EVERY 0
      ago AGO 0|earlier RELATION 0|before RELATION 0|later RELATION 2|after RELATION 2
      hence RELATION 2
      a.m. MERIDIEM 0|am MERIDIEM 0|a.m MERIDIEM 0|p.m. MERIDIEM 12|pm MERIDIEM 12|p.m MERIDIEM 12
      gmt ZONE 0|utc ZONE 0|est ZONE 0|edt ZONE 0|cst ZONE 0|cdt ZONE 0|mst ZONE 0|mdt ZONE 0
      pst ZONE 0|pdt ZONE 0|cet ZONE 0|cest ZONE 0|bst ZONE 0|msk ZONE 0|ist ZONE 0|jst ZONE 0
      fiscal FISCAL 0|fy FISCAL 1
      half YEAR_PART 2
      the THE 0|a ARTICLE 1|an ARTICLE 1
      few SOME 0|several SOME 0|many SOME 0|numerous SOME 0
      noon CLOCK_WORD 12|midday CLOCK_WORD 12|midnight CLOCK_WORD 24
      christmas HOLIDAY 1225|new-year HOLIDAY 101|halloween HOLIDAY 1031
      will FUTURE_CUE 0|shall FUTURE_CUE 0|'ll FUTURE_CUE 0|going FUTURE_CUE 0|gonna FUTURE_CUE 0
      would FUTURE_CUE 0|scheduled FUTURE_CUE 0|expected FUTURE_CUE 0|expects FUTURE_CUE 0
      plans FUTURE_CUE 0|plan FUTURE_CUE 0|planned FUTURE_CUE 0|due FUTURE_CUE 0
      intends FUTURE_CUE 0|upcoming FUTURE_CUE 0|wo FUTURE_CUE 0
      was PAST_CUE 0|were PAST_CUE 0|had PAST_CUE 0|did PAST_CUE 0|said PAST_CUE 0
      told PAST_CUE 0|met PAST_CUE 0|took PAST_CUE 0|went PAST_CUE 0|came PAST_CUE 0|saw PAST_CUE 0
      made PAST_CUE 0|gave PAST_CUE 0|began PAST_CUE 0|left PAST_CUE 0|held PAST_CUE 0
      found PAST_CUE 0|got PAST_CUE 0|fell PAST_CUE 0|rose PAST_CUE 0|sold PAST_CUE 0
      bought PAST_CUE 0|won PAST_CUE 0|lost PAST_CUE 0|paid PAST_CUE 0|spent PAST_CUE 0
      became PAST_CUE 0|brought PAST_CUE 0|thought PAST_CUE 0|led PAST_CUE 0|ran PAST_CUE 0
      wrote PAST_CUE 0|spoke PAST_CUE 0|broke PAST_CUE 0|chose PAST_CUE 0|drove PAST_CUE 0
      flew PAST_CUE 0|grew PAST_CUE 0|knew PAST_CUE 0|threw PAST_CUE 0|sent PAST_CUE 0
      built PAST_CUE 0|kept PAST_CUE 0|meant PAST_CUE 0|heard PAST_CUE 0|stood PAST_CUE 0
      fought PAST_CUE 0|caught PAST_CUE 0|sought PAST_CUE 0|struck PAST_CUE 0|says PAST_CUE 0
      has PAST_CUE 0|have PAST_CUE 0|been PAST_CUE 0|ago PAST_CUE 0|agreed PAST_CUE 0
      in PREP 0|on PREP 0|at PREP 0|during PREP 0|since PREP 0|by PREP 0|from PREP 0|until PREP 0
      through PREP 0|for PREP 0|to PREP 0|of OF 0|o'clock OCLOCK 0|and CONJ 0|or CONJ 0
      year-ago YEAR_AGO 0|year-earlier YEAR_AGO 0|year-end YEAR_AGO 1
      """;

  /**
   * Words outside the table that the grammar compares pieces with ("once", "than", "q", titles such as
   * "mr"). They get a slot too, with no entry and no class, so that every word the grammar names has an
   * id ({@link #id}) and a word test is one int compare instead of a char-by-char one. Letters only: a
   * slot folds the typographic apostrophe, a text comparison does not. A word the grammar names that is
   * missing here makes {@link #id} fail when the grammar class is loaded.
   */
  private static final String GRAMMAR_WORDS =
      """
      about additional adm after age ago almost and approximately are as at barrels be before billion by
      capt cents century close co col coming consecutive corp couple current day days distant dollars
      dozen dr due during each earlier early end eve every expected few fewer first for foreseeable from
      ft full future fy gen going gov h half hence hundred in inc is jr july june last late later latter
      least less local long lt ltd maj march may mid million more most mr mrs ms mt near nearly new next
      nightly no now number of old on once or other over part past per percent period plan planned plans
      possible prof q quarter recent recently rep right roughly scheduled second sen set several sgt
      since some soon sr st straight than the these this thousand through till time times to tonight
      twice two under until up vs was weekend were within year z
      deadline slated expires expire ends closes begins starts opens lapses resumes reconvenes convenes
      kicks runs gave given give gives giving granted grants extended extends extending has have had said
      says told tells added announced warned stated confirmed postponed delayed deferred adjourned suspended
      faces meets hosts visits travels plays votes holds arrives returns heads takes
      """;

  /** One lexicon entry: a form may belong to several classes ("second", "may", "first"). */
  record Entry(String form, Cls cls, int value) {}

  private static final int EMPTY = -1;
  private static final String[] KEYS;
  /**
   * For slot s: the chars of KEYS[s] and its full hash, which {@link #lookup} compares before the chars:
   * the lookup runs for most words of every article.
   */
  private static final char[][] KEY_CHARS;
  private static final int[] KEY_HASHES;
  /** For slot s: index of the first entry of that form in ENTRIES; the form's entries are contiguous. */
  private static final int[] FIRST;
  private static final int[] COUNT;
  private static final int MASK;
  /** The length of the longest form. */
  private static final int MAX_LENGTH;
  private static final Entry[] ENTRIES;
  /** For slot s: the bit set of the classes of that form ({@link #bit}), so a class test is one AND. */
  private static final long[] CLASSES;
  /**
   * By length and first char (its low 6 bits), the set of the last chars (low 6 bits) of the forms: most
   * words of a text are no form, and two chars tell most of them apart without hashing.
   */
  private static final long[] ENDS;

  static {
    if (Cls.values().length > Long.SIZE) {
      throw new AssertionError("class masks need one bit per class");
    }
    List<Entry> entries = new ArrayList<>();
    for (String item : Splitter.onPattern("[|\\n]").omitEmptyStrings().trimResults().split(TABLE)) {
      List<String> f = Splitter.on(' ').omitEmptyStrings().splitToList(item);
      entries.add(new Entry(f.get(0).toLowerCase(Locale.ROOT), Cls.valueOf(f.get(1)), Integer.parseInt(f.get(2))));
    }
    entries.sort((a, b) -> a.form.compareTo(b.form));
    ENTRIES = entries.toArray(new Entry[0]);
    List<String> grammarWords = Splitter.onPattern("\\s+").omitEmptyStrings().splitToList(GRAMMAR_WORDS);
    int longest = 0;
    for (Entry e : ENTRIES) {
      longest = Math.max(longest, e.form.length());
    }
    for (String w : grammarWords) {
      longest = Math.max(longest, w.length());
    }
    MAX_LENGTH = longest;
    int cap = Integer.highestOneBit((ENTRIES.length + grammarWords.size()) * 4);
    MASK = cap - 1;
    KEYS = new String[cap];
    FIRST = new int[cap];
    COUNT = new int[cap];
    java.util.Arrays.fill(FIRST, EMPTY);
    for (int i = 0; i < ENTRIES.length; i++) {
      int slot = insert(ENTRIES[i].form);
      if (FIRST[slot] == EMPTY) {
        FIRST[slot] = i;
      }
      COUNT[slot]++;
    }
    for (String w : grammarWords) {
      insert(w); // a slot without entries when the table does not have the word
    }
    KEY_CHARS = new char[cap][];
    KEY_HASHES = new int[cap];
    for (int slot = 0; slot < cap; slot++) {
      if (KEYS[slot] != null) {
        KEY_CHARS[slot] = KEYS[slot].toCharArray();
        KEY_HASHES[slot] = hash(KEY_CHARS[slot], 0, KEY_CHARS[slot].length, false);
      }
    }
    ENDS = new long[(MAX_LENGTH + 1) * 64];
    for (String k : KEYS) {
      if (k != null) {
        ENDS[k.length() * 64 + (k.charAt(0) & 63)] |= 1L << (k.charAt(k.length() - 1) & 63);
      }
    }
    CLASSES = new long[cap];
    for (int slot = 0; slot < cap; slot++) {
      for (int i = FIRST[slot], n = i + COUNT[slot]; i < n; i++) {
        CLASSES[slot] |= bit(ENTRIES[i].cls);
      }
    }
  }

  /** The slot of key {@code k}, made when it has none. */
  private static int insert(String k) {
    int slot = hash(k.toCharArray(), 0, k.length(), false) & MASK;
    while (KEYS[slot] != null && !KEYS[slot].equals(k)) {
      slot = (slot + 1) & MASK;
    }
    KEYS[slot] = k;
    return slot;
  }

  /**
   * The id of a word the grammar names (lower case, letters only): the slot {@link #lookup} gives a
   * piece that reads as that word, so that comparing a piece with the word is comparing two ints.
   *
   * @throws IllegalArgumentException when the word is neither a form nor in {@link #GRAMMAR_WORDS}
   */
  static int id(String word) {
    int slot = lookup(word, 0, word.length(), false);
    if (slot < 0 || !KEYS[slot].equals(word)) {
      throw new IllegalArgumentException("no word id for \"" + word + "\": add it to GRAMMAR_WORDS");
    }
    return slot;
  }

  /** The bit of class {@code cls} in a class mask. */
  static long bit(Cls cls) {
    return 1L << cls.ordinal();
  }

  /** The class mask of the word in {@code slot} (one {@link #bit} per class), 0 for no word. */
  static long classes(int slot) {
    return slot < 0 ? 0 : CLASSES[slot];
  }

  private static int hash(char[] s, int start, int end, boolean formatChars) {
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = s[i];
      if (formatChars && TimePieces.isFormat(c)) {
        continue; // left out of words: "Mon\u00ADday" is "monday"
      }
      h = 31 * h + fold(c);
    }
    return h ^ (h >>> 16);
  }

  private static char fold(char c) {
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + 32);
    }
    if (c == '\u2019') {
      return '\'';
    }
    return c < 128 ? c : Character.toLowerCase(c);
  }

  /**
   * The slot of the form {@code s[start, end)}, case-folded, or -1 when it is no known word: a form of
   * the table (its classes non-zero) or a word the grammar names ({@link #GRAMMAR_WORDS}, no classes).
   * Allocates nothing.
   */
  static int lookup(CharSequence s, int start, int end) {
    return lookup(s, start, end, true);
  }

  /** {@link #lookup(char[], int, int, boolean)} of a char sequence (tests and tools; copies it). */
  static int lookup(CharSequence s, int start, int end, boolean formatChars) {
    char[] chars = s.subSequence(start, end).toString().toCharArray();
    return lookup(chars, 0, chars.length, formatChars);
  }

  /**
   * {@link #lookup}, told whether the form may hold invisible format chars: a form known to hold none
   * (nearly every word) takes the fast path, which compares lengths before chars.
   */
  static int lookup(char[] s, int start, int end, boolean formatChars) {
    int len = end - start;
    if (len > MAX_LENGTH && (!formatChars || visibleLength(s, start, end) > MAX_LENGTH)) {
      return EMPTY; // keys match only at equal length
    }
    if (!formatChars && len > 0 && (ENDS[len * 64 + (fold(s[start]) & 63)]
        & (1L << (fold(s[end - 1]) & 63))) == 0) {
      return EMPTY; // a key of this length would start and end with these chars
    }
    int h = hash(s, start, end, formatChars);
    int slot = h & MASK;
    while (true) {
      char[] k = KEY_CHARS[slot];
      if (k == null) {
        return EMPTY;
      }
      if (KEY_HASHES[slot] == h && (formatChars ? k.length <= len : k.length == len)
          && equalsFolded(k, s, start, end)) {
        return slot;
      }
      slot = (slot + 1) & MASK;
    }
  }

  /** Whether {@code s[start, end)} folded, invisible format chars left out, is {@code key}. */
  private static boolean equalsFolded(char[] key, char[] s, int start, int end) {
    if (key.length == end - start) {
      for (int i = 0; i < key.length; i++) {
        if (key[i] != fold(s[start + i])) {
          return false;
        }
      }
      return true;
    }
    int j = start;
    for (int i = 0; i < key.length; i++, j++) {
      while (j < end && TimePieces.isFormat(s[j])) {
        j++;
      }
      if (j == end || key[i] != fold(s[j])) {
        return false;
      }
    }
    while (j < end && TimePieces.isFormat(s[j])) {
      j++;
    }
    return j == end;
  }

  /** The number of chars of {@code s[start, end)} that are no invisible format chars. */
  private static int visibleLength(char[] s, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      if (!TimePieces.isFormat(s[i])) {
        n++;
      }
    }
    return n;
  }

  /** The entry of class {@code cls} for the word in {@code slot}, or null. */
  static Entry entry(int slot, Cls cls) {
    if (slot < 0) {
      return null;
    }
    for (int i = FIRST[slot], n = i + COUNT[slot]; i < n; i++) {
      if (ENTRIES[i].cls == cls) {
        return ENTRIES[i];
      }
    }
    return null;
  }

  /** Whether the word in {@code slot} has class {@code cls}. */
  static boolean is(int slot, Cls cls) {
    return (classes(slot) & bit(cls)) != 0;
  }

  /** The value of the word in {@code slot} for class {@code cls}, or {@code dflt}. */
  static int value(int slot, Cls cls, int dflt) {
    if ((classes(slot) & bit(cls)) == 0) {
      return dflt;
    }
    Entry e = entry(slot, cls);
    return e == null ? dflt : e.value;
  }

  /** Every key with a slot: the forms of the table and the words the grammar names (for tests). */
  static List<String> keys() {
    List<String> out = new ArrayList<>();
    for (String k : KEYS) {
      if (k != null) {
        out.add(k);
      }
    }
    return out;
  }

  /** Every form of the table, each once (for tests). */
  static List<String> forms() {
    List<String> out = new ArrayList<>();
    for (Entry e : ENTRIES) {
      if (out.isEmpty() || !out.get(out.size() - 1).equals(e.form)) {
        out.add(e.form); // entries are sorted by form
      }
    }
    return out;
  }

  /** The form stored in {@code slot}. */
  static String form(int slot) {
    return KEYS[slot];
  }
}
