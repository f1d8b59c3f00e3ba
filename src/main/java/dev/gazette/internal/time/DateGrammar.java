package dev.gazette.internal.time;

import static dev.gazette.internal.time.TimeLexicon.Cls.AGO;
import static dev.gazette.internal.time.TimeLexicon.Cls.APPROX;
import static dev.gazette.internal.time.TimeLexicon.Cls.ARTICLE;
import static dev.gazette.internal.time.TimeLexicon.Cls.CLOCK_WORD;
import static dev.gazette.internal.time.TimeLexicon.Cls.DAY_WORD;
import static dev.gazette.internal.time.TimeLexicon.Cls.DEICTIC;
import static dev.gazette.internal.time.TimeLexicon.Cls.EDGE;
import static dev.gazette.internal.time.TimeLexicon.Cls.EVERY;
import static dev.gazette.internal.time.TimeLexicon.Cls.FISCAL;
import static dev.gazette.internal.time.TimeLexicon.Cls.FUTURE_CUE;
import static dev.gazette.internal.time.TimeLexicon.Cls.HOLIDAY;
import static dev.gazette.internal.time.TimeLexicon.Cls.MERIDIEM;
import static dev.gazette.internal.time.TimeLexicon.Cls.MONTH;
import static dev.gazette.internal.time.TimeLexicon.Cls.NUMBER;
import static dev.gazette.internal.time.TimeLexicon.Cls.OCLOCK;
import static dev.gazette.internal.time.TimeLexicon.Cls.OF;
import static dev.gazette.internal.time.TimeLexicon.Cls.ORDINAL;
import static dev.gazette.internal.time.TimeLexicon.Cls.PART_OF_DAY;
import static dev.gazette.internal.time.TimeLexicon.Cls.PAST_CUE;
import static dev.gazette.internal.time.TimeLexicon.Cls.POINT_MOD;
import static dev.gazette.internal.time.TimeLexicon.Cls.REF;
import static dev.gazette.internal.time.TimeLexicon.Cls.RELATION;
import static dev.gazette.internal.time.TimeLexicon.Cls.SEASON;
import static dev.gazette.internal.time.TimeLexicon.Cls.SET_ADVERB;
import static dev.gazette.internal.time.TimeLexicon.Cls.SOME;
import static dev.gazette.internal.time.TimeLexicon.Cls.TENS;
import static dev.gazette.internal.time.TimeLexicon.Cls.THE;
import static dev.gazette.internal.time.TimeLexicon.Cls.UNIT;
import static dev.gazette.internal.time.TimeLexicon.Cls.UNITS;
import static dev.gazette.internal.time.TimeLexicon.Cls.WEEKDAY;
import static dev.gazette.internal.time.TimeLexicon.Cls.WEEKDAYS;
import static dev.gazette.internal.time.TimeLexicon.Cls.YEAR_AGO;
import static dev.gazette.internal.time.TimeLexicon.Cls.ZONE;
import static dev.gazette.internal.time.TimePieces.NUM;
import static dev.gazette.internal.time.TimePieces.NUM_APOS;
import static dev.gazette.internal.time.TimePieces.NUM_SEP;
import static dev.gazette.internal.time.TimePieces.NUM_SUFFIX;
import static dev.gazette.internal.time.TimePieces.PUNCT;
import static dev.gazette.internal.time.TimePieces.WORD;

import dev.gazette.internal.time.TimeLexicon.Deictic;
import dev.gazette.internal.time.TimeLexicon.Unit;
import dev.gazette.internal.time.TimexValues.Direction;
import java.time.LocalDate;

/**
 * The grammar of date and time expressions, read over {@link TimePieces} one sentence at a time. Each
 * {@code match*} method tries one family of expressions at a piece and returns the match or null; {@link
 * #match(int)} keeps the longest. Every method looks a bounded number of pieces ahead, so a sentence is
 * read in linear time. Objects are allocated only for matches.
 *
 * <p>Spans follow the TimeML conventions: prepositions stay outside ("on Thursday" tags "Thursday"),
 * determiners and modifiers inside ("the third quarter", "about two weeks", "early 2023").
 */
final class DateGrammar {
  private static final Unit[] UNITS_BY_ORDINAL = Unit.values();
  private static final Deictic[] DEICTICS = Deictic.values();

  /**
   * The ids ({@link TimeLexicon#id}) of the words the grammar names, so that a word test is one int
   * compare: {@code word(j, W.YEAR)} is whether piece j reads as "year".
   */
  private static final class W {
    static final int ABOUT = TimeLexicon.id("about");
    static final int ADDITIONAL = TimeLexicon.id("additional");
    static final int AFTER = TimeLexicon.id("after");
    static final int AGE = TimeLexicon.id("age");
    static final int AGO = TimeLexicon.id("ago");
    static final int ALMOST = TimeLexicon.id("almost");
    static final int AND = TimeLexicon.id("and");
    static final int APPROXIMATELY = TimeLexicon.id("approximately");
    static final int ARE = TimeLexicon.id("are");
    static final int AS = TimeLexicon.id("as");
    static final int AT = TimeLexicon.id("at");
    static final int BARRELS = TimeLexicon.id("barrels");
    static final int BEFORE = TimeLexicon.id("before");
    static final int BILLION = TimeLexicon.id("billion");
    static final int BY = TimeLexicon.id("by");
    static final int CENTS = TimeLexicon.id("cents");
    static final int CENTURY = TimeLexicon.id("century");
    static final int CLOSE = TimeLexicon.id("close");
    static final int COMING = TimeLexicon.id("coming");
    static final int CONSECUTIVE = TimeLexicon.id("consecutive");
    static final int COUPLE = TimeLexicon.id("couple");
    static final int CURRENT = TimeLexicon.id("current");
    static final int DAY = TimeLexicon.id("day");
    static final int DAYS = TimeLexicon.id("days");
    static final int DISTANT = TimeLexicon.id("distant");
    static final int DOLLARS = TimeLexicon.id("dollars");
    static final int DOZEN = TimeLexicon.id("dozen");
    static final int DUE = TimeLexicon.id("due");
    static final int DURING = TimeLexicon.id("during");
    static final int BE = TimeLexicon.id("be");
    static final int EACH = TimeLexicon.id("each");
    static final int EARLIER = TimeLexicon.id("earlier");
    static final int EARLY = TimeLexicon.id("early");
    static final int END = TimeLexicon.id("end");
    static final int EVE = TimeLexicon.id("eve");
    static final int EVERY = TimeLexicon.id("every");
    static final int EXPECTED = TimeLexicon.id("expected");
    static final int FEW = TimeLexicon.id("few");
    static final int FEWER = TimeLexicon.id("fewer");
    static final int FIRST = TimeLexicon.id("first");
    static final int FOR = TimeLexicon.id("for");
    static final int FORESEEABLE = TimeLexicon.id("foreseeable");
    static final int FROM = TimeLexicon.id("from");
    static final int FULL = TimeLexicon.id("full");
    static final int FUTURE = TimeLexicon.id("future");
    static final int FY = TimeLexicon.id("fy");
    static final int GOING = TimeLexicon.id("going");
    static final int H = TimeLexicon.id("h");
    static final int HALF = TimeLexicon.id("half");
    static final int HENCE = TimeLexicon.id("hence");
    static final int HUNDRED = TimeLexicon.id("hundred");
    static final int IN = TimeLexicon.id("in");
    static final int IS = TimeLexicon.id("is");
    static final int JULY = TimeLexicon.id("july");
    static final int JUNE = TimeLexicon.id("june");
    static final int LAST = TimeLexicon.id("last");
    static final int LATE = TimeLexicon.id("late");
    static final int LATER = TimeLexicon.id("later");
    static final int LATTER = TimeLexicon.id("latter");
    static final int LEAST = TimeLexicon.id("least");
    static final int LESS = TimeLexicon.id("less");
    static final int LOCAL = TimeLexicon.id("local");
    static final int LONG = TimeLexicon.id("long");
    static final int MARCH = TimeLexicon.id("march");
    static final int MAY = TimeLexicon.id("may");
    static final int MID = TimeLexicon.id("mid");
    static final int MILLION = TimeLexicon.id("million");
    static final int MORE = TimeLexicon.id("more");
    static final int MOST = TimeLexicon.id("most");
    static final int NEAR = TimeLexicon.id("near");
    static final int NEARLY = TimeLexicon.id("nearly");
    static final int NEW = TimeLexicon.id("new");
    static final int NEXT = TimeLexicon.id("next");
    static final int NIGHTLY = TimeLexicon.id("nightly");
    static final int NO = TimeLexicon.id("no");
    static final int NOW = TimeLexicon.id("now");
    static final int NUMBER = TimeLexicon.id("number");
    static final int OF = TimeLexicon.id("of");
    static final int OLD = TimeLexicon.id("old");
    static final int ON = TimeLexicon.id("on");
    static final int ONCE = TimeLexicon.id("once");
    static final int OR = TimeLexicon.id("or");
    static final int OTHER = TimeLexicon.id("other");
    static final int OVER = TimeLexicon.id("over");
    static final int PART = TimeLexicon.id("part");
    static final int PAST = TimeLexicon.id("past");
    static final int PER = TimeLexicon.id("per");
    static final int PERCENT = TimeLexicon.id("percent");
    static final int PERIOD = TimeLexicon.id("period");
    static final int PLAN = TimeLexicon.id("plan");
    static final int PLANNED = TimeLexicon.id("planned");
    static final int PLANS = TimeLexicon.id("plans");
    static final int POSSIBLE = TimeLexicon.id("possible");
    static final int Q = TimeLexicon.id("q");
    static final int QUARTER = TimeLexicon.id("quarter");
    static final int RECENT = TimeLexicon.id("recent");
    static final int RECENTLY = TimeLexicon.id("recently");
    static final int RIGHT = TimeLexicon.id("right");
    static final int ROUGHLY = TimeLexicon.id("roughly");
    static final int SCHEDULED = TimeLexicon.id("scheduled");
    static final int SECOND = TimeLexicon.id("second");
    static final int SET = TimeLexicon.id("set");
    static final int SEVERAL = TimeLexicon.id("several");
    static final int SINCE = TimeLexicon.id("since");
    static final int SOME = TimeLexicon.id("some");
    static final int SOON = TimeLexicon.id("soon");
    static final int STRAIGHT = TimeLexicon.id("straight");
    static final int THAN = TimeLexicon.id("than");
    static final int THE = TimeLexicon.id("the");
    static final int THESE = TimeLexicon.id("these");
    static final int THIS = TimeLexicon.id("this");
    static final int THOUSAND = TimeLexicon.id("thousand");
    static final int THROUGH = TimeLexicon.id("through");
    static final int TILL = TimeLexicon.id("till");
    static final int DEADLINE = TimeLexicon.id("deadline");
    static final int SLATED = TimeLexicon.id("slated");
    static final int TIME = TimeLexicon.id("time");
    static final int TIMES = TimeLexicon.id("times");
    static final int TO = TimeLexicon.id("to");
    static final int TONIGHT = TimeLexicon.id("tonight");
    static final int TWICE = TimeLexicon.id("twice");
    static final int TWO = TimeLexicon.id("two");
    static final int UNDER = TimeLexicon.id("under");
    static final int UNTIL = TimeLexicon.id("until");
    static final int UP = TimeLexicon.id("up");
    static final int WAS = TimeLexicon.id("was");
    static final int WEEKEND = TimeLexicon.id("weekend");
    static final int WERE = TimeLexicon.id("were");
    static final int WITHIN = TimeLexicon.id("within");
    static final int YEAR = TimeLexicon.id("year");
    static final int Z = TimeLexicon.id("z");
  }

  private final TimePieces p;
  /** The article date, or null. */
  private final LocalDate anchor;
  private final String anchorText;
  private int lo;
  private int hi;

  // reference-time tracker across the article, fed by accept(): the last quarter and the last year
  // named (explicitly or resolved), so that "a year earlier" in a quarterly report is the year-ago
  // quarter and "that year" / "the following year" follow the story rather than the article date
  private int refQuarterYear = Integer.MIN_VALUE;
  private int refQuarter;
  private int refYear = Integer.MIN_VALUE;

  // scratch for number parsing
  private double numValue;
  private int numEnd;

  DateGrammar(TimePieces pieces, LocalDate anchor) {
    this.p = pieces;
    this.anchor = anchor;
    this.anchorText = anchor == null ? "" : TimexValues.day(anchor);
  }

  /** Sets the sentence bounds, as piece indices {@code [lo, hi)}. */
  void sentence(int lo, int hi) {
    this.lo = lo;
    this.hi = hi;
  }

  /**
   * Records an expression the stage kept, for the reference-time tracker: its quarter ("1989-Q3") and
   * its year when the year was written in the text (not derived from the article date).
   */
  void accept(TimexMatch m) {
    if (!m.type().equals("DATE") && !m.type().equals("TIME")) {
      return;
    }
    String v = m.value();
    if (v.length() < 4 || !digits(v, 0, 4)) {
      return;
    }
    int y = (v.charAt(0) - '0') * 1000 + (v.charAt(1) - '0') * 100 + (v.charAt(2) - '0') * 10
        + (v.charAt(3) - '0');
    boolean yearAgo = m.rule().startsWith("time:year-ago") || m.rule().startsWith("time:ago")
        || m.rule().startsWith("time:relative") || m.anchorReason().startsWith("quarter reported");
    if (!yearAgo && v.length() == 7 && v.charAt(5) == 'Q' && v.charAt(6) >= '1' && v.charAt(6) <= '4') {
      refQuarterYear = y;
      refQuarter = v.charAt(6) - '0';
    }
    if (m.anchor().isEmpty() && m.anchorReason().isEmpty()) {
      refYear = y;
    }
  }

  private static boolean digits(String v, int from, int to) {
    for (int k = from; k < to; k++) {
      if (v.charAt(k) < '0' || v.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The year-ago quarter of the tracked quarter, or null when no quarter was named yet. */
  private String trackedYearAgoQuarter() {
    return refQuarter > 0 ? TimexValues.quarter(refQuarterYear - 1, refQuarter) : null;
  }

  /** The longest expression starting at piece i, or null. */
  TimexMatch match(int i) {
    if (!canStart(i)) {
      return null;
    }
    return matchAll(i);
  }

  /** Every family at piece i, keeping the longest match. */
  private TimexMatch matchAll(int i) {
    // Each costly family is called only where its first test can pass (a family that would return
    // null changes nothing): a numeric piece, or a word of one of the classes it begins with. A family
    // that learns a new first word needs its class (or the literal) added to its guard here.
    long c = p.classes(i);
    byte k = p.kind(i);
    boolean numeric = k == NUM || k == NUM_SEP;
    // what number() reads as a count: a year or "1,500" begins no set and no duration
    boolean count = k == NUM && p.digits(i) <= 3 || k == NUM_SEP && isHalfDecimal(i);
    TimexMatch best = null;
    if (count || (c & SET_STARTS) != 0 || word(i, W.ONCE) || word(i, W.TWICE)) {
      best = longer(best, matchSet(i));
    }
    if ((c & APPROX_BIT) != 0 || word(i, W.AT) || word(i, W.NO)) {
      best = longer(best, matchModified(i));
    }
    if ((c & EDGE_STARTS) != 0) {
      best = longer(best, matchEdges(i));
    }
    if (count || (c & DURATION_STARTS) != 0 || word(i, W.OTHER)) {
      best = longer(best, matchDuration(i));
    }
    if (k != WORD || (c & CLOCK_WORD_BIT) != 0) {
      best = longer(best, matchTime(i));
    }
    if (numeric || k == NUM_SUFFIX || (c & CALENDAR_STARTS) != 0) {
      best = longer(best, matchCalendar(i, true));
    }
    if (k != WORD || (c & YEAR_STARTS) != 0) {
      best = longer(best, matchYear(i));
    }
    if (k == NUM_SUFFIX || (c & QUARTER_STARTS) != 0 || word(i, W.Q) || word(i, W.H) || word(i, W.LATTER)) {
      best = longer(best, matchQuarter(i));
    }
    if ((c & DEICTIC_STARTS) != 0) {
      best = longer(best, matchDeictic(i));
    }
    if ((c & DAY_WORD_STARTS) != 0) {
      best = longer(best, matchDayWord(i));
    }
    if ((c & REF_STARTS) != 0 || word(i, W.RIGHT) || word(i, W.AS)) {
      best = longer(best, matchRef(i));
    }
    if ((c & PART_OF_DAY_STARTS) != 0 || word(i, W.LATTER) || word(i, W.NEW)) {
      best = longer(best, matchPartOfDay(i));
    }
    if (best != null) {
      best = withZone(best);
    }
    return best;
  }

  private static long bits(TimeLexicon.Cls... classes) {
    long b = 0;
    for (TimeLexicon.Cls c : classes) {
      b |= TimeLexicon.bit(c);
    }
    return b;
  }

  /** The word classes that can begin a number ({@link #number}): "two", "twenty", "a", "few", "half". */
  private static final long NUMBER_STARTS =
      bits(NUMBER, TENS, SOME, APPROX, ARTICLE, TimeLexicon.Cls.YEAR_PART);
  /** {@link #matchSet}: "daily", "Mondays", "every", "per", a number before "times", a rate's "a". */
  private static final long SET_STARTS = NUMBER_STARTS | bits(SET_ADVERB, WEEKDAYS, EVERY);
  /** {@link #matchEdges}: "the end of", "early", "mid-". */
  private static final long EDGE_STARTS = bits(THE, EDGE, POINT_MOD);
  /** {@link #matchDuration}: "the", "last", a number, "years", "year-long". */
  private static final long DURATION_STARTS = NUMBER_STARTS | bits(THE, DEICTIC, UNIT, UNITS);
  /** {@link #matchCalendar}: a weekday, a month, "the" (30th of). */
  private static final long CALENDAR_STARTS = bits(WEEKDAY, MONTH, THE);
  /** {@link #matchYear} at a word: "the", "fiscal", "nineteen", "two thousand", "twentieth", "twenty-first". */
  private static final long YEAR_STARTS = bits(THE, FISCAL, NUMBER, TENS, ORDINAL);
  /** {@link #matchQuarter}: "the", "fiscal", "third", "last", "this". */
  private static final long QUARTER_STARTS = bits(THE, FISCAL, ORDINAL, DEICTIC);
  /** {@link #matchDeictic}: "the", "year-ago", "summer", "last". */
  private static final long DEICTIC_STARTS = bits(THE, UNIT, SEASON, DEICTIC);
  /** {@link #matchTime} at a word: "noon" (else a numeric piece). */
  private static final long CLOCK_WORD_BIT = TimeLexicon.bit(CLOCK_WORD);
  /** {@link #matchDayWord}: "today", "the day before yesterday". */
  private static final long DAY_WORD_STARTS = bits(DAY_WORD, THE);
  /** {@link #matchRef}: "now", "the past", "more recently", "these days" (and "right now", "as soon as"). */
  private static final long REF_STARTS = bits(REF, THE, APPROX, DEICTIC);
  /**
   * {@link #matchPartOfDay}: "the", "first part of the day", "early part", "last part", "Christmas" (and
   * "latter part", "New Year's Day").
   */
  private static final long PART_OF_DAY_STARTS = bits(THE, ORDINAL, POINT_MOD, DEICTIC, HOLIDAY);

  /**
   * Whether any family can match at piece i: a cheap test on the piece (and for a few words the next
   * one) that keeps the grammar away from the many pieces that cannot begin an expression. It must never
   * reject a piece where {@link #matchAll} would match.
   */
  private boolean canStart(int i) {
    byte k = p.kind(i);
    if (k == PUNCT) {
      // "'90s" cut by the tokenizer into a quote and "90s"
      return (p.isChar(i, '\'') || p.isChar(i, '\u2019')) && in(i + 1) && p.kind(i + 1) == NUM_SUFFIX;
    }
    if (k == NUM_SEP) {
      // "3.5" (a number), "10:30" or "9.30 p.m." (a clock), "12/30/2022" (a date); not "1,000" or "2.75"
      int c = clockSeparator(i);
      return c > 0 && (p.charAt(i, c) == ':' || is(i + 1, MERIDIEM)) || twoSlashes(i)
          || isHalfDecimal(i) && canFollow(i + 1, NUMBER_FOLLOWERS);
    }
    if (k == NUM) {
      // years ("1990") stand alone; a shorter number needs a unit, a clock or a month after it
      return p.length(i) > 3 || canFollow(i + 1, NUMBER_FOLLOWERS);
    }
    if (k != WORD) {
      return true;
    }
    long classes = p.classes(i);
    if (classes == 0) {
      return unknownWordCanStart(i);
    }
    if ((classes & ~NEVER_START) == 0) {
      // prepositions, tense cues, conjunctions...: only "at" ("at least") begins an expression
      return p.isWord(i, W.AT) && (word(i + 1, W.LEAST) || word(i + 1, W.MOST));
    }
    if (classes == ARTICLE_BIT) {
      // "a", "an": the number one before a unit ("a week", "a-year"), "a few", "a couple of"
      return dash(i + 1) || in(i + 1) && p.kind(i + 1) == WORD && canFollowLeading(i + 1, false);
    }
    if ((classes & ~LEADING_ONLY) == 0) {
      // "the", "that", "last"...: only before a word that can continue an expression
      return canFollowLeading(i + 1, classes == THE_BIT);
    }
    if (classes == NUMBER_BIT || classes == TENS_BIT) {
      // "two", "twenty": like a number written in digits
      return canFollow(i + 1, NUMBER_FOLLOWERS);
    }
    if (classes == UNIT_BIT) {
      // a singular unit begins only "year-ago", "year-end", "year-long": a hyphen follows it
      return dash(i + 1);
    }
    if (classes == ORDINAL_BIT) {
      // "third quarter", "first half", "first fiscal quarter", "twentieth century", "third-quarter",
      // "first part of the day": a hyphen, a lexicon word or "part" follows; "first time" begins nothing
      return dash(i + 1) || in(i + 1) && p.kind(i + 1) == WORD && (p.classes(i + 1) != 0 || p.isWord(i + 1, W.PART));
    }
    if (classes == EVERY_BIT) {
      // "every week", "each Monday", "every other day", "$5 per month"
      return canFollow(i + 1, EVERY_FOLLOWERS);
    }
    if (classes == APPROX_BIT) {
      // "about two weeks", "more than a year", "up to 72 hours", "more recently", "some years"
      return mayBeModified(i + 1)
          || (word(i + 1, W.THAN) || word(i + 1, W.TO)) && mayBeModified(i + 2);
    }
    return true;
  }

  private static final long APPROX_BIT = TimeLexicon.bit(APPROX);
  private static final long THE_BIT = TimeLexicon.bit(THE);

  /**
   * Whether a duration may begin at piece j, after a modifier: a number, a number word, a lexicon word
   * ("a", "few", "recent", "years"...) or "other"; never "the", which a modifier takes as a preposition
   * ("over the weekend"), nor punctuation.
   */
  private boolean mayBeginDuration(int j) {
    if (!in(j)) {
      return false;
    }
    byte k = p.kind(j);
    if (k == NUM || k == NUM_SEP) {
      return true;
    }
    if (k != WORD) {
      return false;
    }
    long classes = p.classes(j);
    return classes != 0 && classes != THE_BIT || p.isWord(j, W.OTHER);
  }

  /**
   * {@link #mayBeginDuration}, and for a number whether anything can begin at it: the families that
   * begin at a modifier word read a number after it only as the start of the duration the modifier
   * takes ({@link #matchModified} reads it with {@link #matchDuration}, which {@link #canStart} of the
   * number lets through wherever it can match); the others read no number there. So "about 500
   * tonnes", "up 15 pct", "around 1,500 people" begin nothing, and "about 15 years" still does.
   */
  private boolean mayBeModified(int j) {
    if (!mayBeginDuration(j)) {
      return false;
    }
    byte k = p.kind(j);
    return k != NUM && k != NUM_SEP || canStart(j);
  }

  /** Whether piece i holds two slashes, as a date does ("12/30/2022"; not "24/7"). */
  private boolean twoSlashes(int i) {
    int s1 = slashAfter(i, 0);
    return s1 >= 0 && slashAfter(i, s1 + 1) >= 0;
  }

  private static final long ARTICLE_BIT = TimeLexicon.bit(ARTICLE);
  private static final long NUMBER_BIT = TimeLexicon.bit(NUMBER);
  private static final long TENS_BIT = TimeLexicon.bit(TENS);
  private static final long UNIT_BIT = TimeLexicon.bit(UNIT);
  private static final long ORDINAL_BIT = TimeLexicon.bit(ORDINAL);
  private static final long EVERY_BIT = TimeLexicon.bit(EVERY);

  /**
   * The words outside the lexicon that a family reads right after a number: "five consecutive
   * years", "three times a week", "two thousand". Any other such word ends the expression before it
   * began (the number itself is never one: a year has four digits).
   */
  private static final int[] NUMBER_FOLLOWERS =
      ids("additional", "full", "straight", "consecutive", "times", "thousand");
  private static final int[] NO_FOLLOWERS = {};
  /** "every other week". */
  private static final int[] EVERY_FOLLOWERS = ids("other");

  /**
   * Whether piece j may continue an expression begun at j - 1 by a word that needs a follower: false
   * only for a word outside the lexicon that is not one of {@code followers}. The grammar reads such a
   * word only by comparing it with a literal, so one that matches none of the literals a family checks
   * there ends every family's match before it is one.
   */
  private boolean canFollow(int j, int[] followers) {
    return !in(j) || p.kind(j) != WORD || p.classes(j) != 0 || isOneOf(j, followers);
  }

  /** Whether piece j is one of the words with the ids {@code words}. */
  private boolean isOneOf(int j, int[] words) {
    for (int w : words) {
      if (p.isWord(j, w)) {
        return true;
      }
    }
    return false;
  }

  /** The word ids ({@link TimeLexicon#id}) of {@code words}. */
  private static int[] ids(String... words) {
    int[] out = new int[words.length];
    for (int k = 0; k < words.length; k++) {
      out[k] = TimeLexicon.id(words[k]);
    }
    return out;
  }

  /** The words outside the lexicon that begin an expression, each with what must follow it. */
  private boolean unknownWordCanStart(int i) {
    if (p.slot(i) < 0) {
      return false; // none of the words below: each has a slot (TimeLexicon.GRAMMAR_WORDS)
    }
    return p.isWord(i, W.Q) || p.isWord(i, W.H) || p.isWord(i, W.ONCE) || p.isWord(i, W.TWICE)
        || p.isWord(i, W.AS) && word(i + 1, W.SOON)
        || p.isWord(i, W.NO) && (word(i + 1, W.MORE) || word(i + 1, W.LESS))
        || p.isWord(i, W.NEW) && word(i + 1, W.YEAR)
        || p.isWord(i, W.RIGHT) && word(i + 1, W.NOW);
  }

  /**
   * Lexicon classes of words that begin an expression only together with the next word: "the third
   * quarter", "a week", "that day", "last year".
   */
  private static final long LEADING_ONLY =
      TimeLexicon.bit(THE) | TimeLexicon.bit(ARTICLE) | TimeLexicon.bit(DEICTIC);

  /** Words outside the lexicon that can follow a {@link #LEADING_ONLY} word inside an expression. */
  private static final int[] FOLLOWERS = ids(
      "other", "q", "h", "latter", "near", "distant", "foreseeable", "number", "additional", "full",
      "straight", "consecutive", "to", "or", "part");

  /**
   * Whether piece j can continue an expression after a {@link #LEADING_ONLY} word ({@code the}: after
   * "the" itself). Never "the" ("that the", "the the"); after "the" no decimal either: "the 2.5 years"
   * is no duration the grammar reads, unlike "the past 2.5 years".
   */
  private boolean canFollowLeading(int j, boolean the) {
    if (!in(j)) {
      return false;
    }
    if (p.kind(j) != WORD) {
      if (the && p.kind(j) == NUM && p.digits(j) <= 3) {
        // "the 12 months", "the 30 of March": what follows "the" and a number (not a year: "the 2021
        // period" is the quarter the story reports) is a word the grammar reads there, as after a
        // number alone; not "the 12 goals"
        return canFollow(j + 1, NUMBER_FOLLOWERS);
      }
      return !the || p.kind(j) != NUM_SEP;
    }
    long classes = p.classes(j);
    if (classes == THE_BIT) {
      return false;
    }
    return (classes & ~NEVER_START) != 0 || isOneOf(j, FOLLOWERS);
  }

  /**
   * Lexicon classes that never begin an expression: a word with only these classes is skipped, so that
   * the grammar is entered only at pieces that can start one.
   */
  private static final long NEVER_START = TimeLexicon.bit(TimeLexicon.Cls.PREP) | TimeLexicon.bit(OF)
      | TimeLexicon.bit(TimeLexicon.Cls.CONJ) | TimeLexicon.bit(FUTURE_CUE) | TimeLexicon.bit(PAST_CUE)
      | TimeLexicon.bit(AGO) | TimeLexicon.bit(RELATION) | TimeLexicon.bit(MERIDIEM) | TimeLexicon.bit(ZONE)
      | TimeLexicon.bit(OCLOCK) | TimeLexicon.bit(YEAR_AGO);

  private static TimexMatch longer(TimexMatch a, TimexMatch b) {
    if (b == null) {
      return a;
    }
    if (a == null || b.end() > a.end()) {
      return b;
    }
    return a;
  }

  // ---------------------------------------------------------------- helpers

  private boolean in(int j) {
    return j >= lo && j < hi;
  }

  private boolean is(int j, TimeLexicon.Cls cls) {
    return in(j) && p.is(j, cls);
  }

  private int val(int j, TimeLexicon.Cls cls) {
    return in(j) ? p.value(j, cls) : -1;
  }

  /** Whether piece j, inside the sentence, is the word with id {@code w} ({@link W}). */
  private boolean word(int j, int w) {
    return in(j) && p.isWord(j, w);
  }

  /** {@link #word(int, int)} for a word that is not letters only ("-"), compared as text. */
  private boolean word(int j, String w) {
    return in(j) && p.isWord(j, w);
  }

  private boolean dash(int j) {
    return in(j) && p.isDash(j) && !p.spaced(j);
  }

  private boolean ch(int j, char c) {
    return in(j) && p.isChar(j, c);
  }

  private TimexMatch m(int first, int end, String type, String value, String rule) {
    return new TimexMatch(first, end, type, value, "", rule, "", "", "", "");
  }

  private TimexMatch anchored(int first, int end, String type, String value, String rule, String reason) {
    return new TimexMatch(
        first, end, type, value, "", rule, anchor == null ? "" : anchorText,
        anchor == null ? "no article date" : reason, "", "");
  }

  /** After a month abbreviation: the period that closes it, if glued to it. */
  private int skipAbbrevPeriod(int j) {
    return ch(j, '.') && !p.spaced(j) && p.wordLength(j - 1) <= 4 && !p.isWord(j - 1, W.MAY)
        && !p.isWord(j - 1, W.JUNE) && !p.isWord(j - 1, W.JULY) ? j + 1 : j;
  }

  private int skipComma(int j) {
    return ch(j, ',') ? j + 1 : j;
  }

  /** A month name at j that is meant as one (not "may" the verb, not "march" the walk). */
  private boolean isMonth(int j) {
    if (!is(j, MONTH)) {
      return false;
    }
    int len = p.wordLength(j);
    boolean cap = p.capitalized(j);
    if (p.isWord(j, W.MAY) || p.isWord(j, W.MARCH) || len <= 4 && !p.isWord(j, W.JUNE)
        && !p.isWord(j, W.JULY)) {
      if (!cap) {
        return false;
      }
      // ambiguous words and abbreviations need a date-like neighbour
      int k = skipAbbrevPeriod(j + 1);
      boolean numberNext = in(k) && (p.kind(k) == NUM || p.kind(k) == NUM_SUFFIX) && p.number(k) > 0;
      boolean periodNext = k > j + 1;
      boolean prevCue = in(j - 1) && (word(j - 1, W.IN) || word(j - 1, W.SINCE) || word(j - 1, W.UNTIL)
          || word(j - 1, W.LAST) || word(j - 1, W.NEXT) || word(j - 1, W.THIS) || word(j - 1, W.EARLY)
          || word(j - 1, W.LATE) || word(j - 1, W.OF) || word(j - 1, W.MID) || word(j - 1, W.BY)
          || word(j - 1, W.THROUGH) || word(j - 1, W.FROM) || word(j - 1, W.DURING));
      boolean dayBefore = in(j - 1) && (p.kind(j - 1) == NUM || p.kind(j - 1) == NUM_SUFFIX)
          || is(j + 1, DEICTIC) && word(j + 2, W.YEAR);
      if (len <= 3 && !p.isWord(j, W.MAY)) {
        return numberNext || periodNext && (prevCue || dayBefore) || dayBefore;
      }
      if (p.isWord(j, W.MAY) && j == lo) {
        return numberNext;
      }
      return numberNext || prevCue || dayBefore || (p.isWord(j, W.MARCH) && j > lo && !word(j + 1, W.ON)
          && !word(j + 1, W.TO) && !is(j - 1, THE));
    }
    return true;
  }

  private boolean isWeekday(int j) {
    if (!is(j, WEEKDAY)) {
      return false;
    }
    if (p.wordLength(j) <= 4) {
      // "Sun", "Sat", "Wed": only capitalized and abbreviated with a period or before a date
      return p.capitalized(j) && ch(j + 1, '.') && !p.spaced(j + 1);
    }
    return true;
  }

  /** A 4-digit year at j (1000-2199), not an amount. */
  private boolean isYear(int j) {
    if (!in(j) || p.kind(j) != NUM || p.digits(j) != 4) {
      return false;
    }
    int y = p.number(j);
    if (y < 1000 || y > 2199) {
      return false;
    }
    if (in(j - 1) && (ch(j - 1, '$') || ch(j - 1, '#') || ch(j - 1, '\u20ac') || ch(j - 1, '\u00a3'))) {
      return false;
    }
    if (in(j + 1) && (ch(j + 1, '%') || word(j + 1, W.PERCENT) || is(j + 1, UNITS) || is(j + 1, UNIT)
        && !p.isWord(j + 1, W.QUARTER) && !p.isWord(j + 1, W.YEAR))) {
      return false;
    }
    return y >= 1900 || in(j - 1) && (is(j - 1, TimeLexicon.Cls.PREP) || isMonth(j - 1) || ch(j - 1, ','));
  }

  /** A day of month at j: "30", "30th", "thirtieth". Returns the day or -1. */
  private int dayOfMonth(int j) {
    if (!in(j)) {
      return -1;
    }
    byte k = p.kind(j);
    if (k == NUM && p.digits(j) <= 2 || k == NUM_SUFFIX && isOrdinalSuffix(j)) {
      int d = p.number(j);
      return d >= 1 && d <= 31 ? d : -1;
    }
    return -1;
  }

  private boolean isOrdinalSuffix(int j) {
    return p.suffixIs(j, "st") || p.suffixIs(j, "nd") || p.suffixIs(j, "rd") || p.suffixIs(j, "th");
  }

  /** The decimal value of chars [from, to) of piece i, or -1 unless they are all ASCII digits. */
  private int digitValue(int i, int from, int to) {
    if (from >= to) {
      return -1;
    }
    int v = 0;
    for (int k = from; k < to; k++) {
      char c = p.charAt(i, k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** The position of the first '/' in piece i at or after char {@code from}, or -1. */
  private int slashAfter(int i, int from) {
    for (int k = from, len = p.length(i); k < len; k++) {
      if (p.charAt(i, k) == '/') {
        return k;
      }
    }
    return -1;
  }

  /** Whether piece i is digits followed by ".5" ("3.5"). */
  private boolean isHalfDecimal(int i) {
    int len = p.length(i);
    return len >= 3 && p.charAt(i, len - 2) == '.' && p.charAt(i, len - 1) == '5'
        && digitValue(i, 0, len - 2) >= 0;
  }

  /** A clock piece "10:30", "9.45" (1-2 digits, ':' or '.', 2 digits): the position of the separator, or -1. */
  private int clockSeparator(int i) {
    int len = p.length(i);
    int c = len - 3;
    if (c < 1 || c > 2) {
      return -1;
    }
    char sep = p.charAt(i, c);
    if (sep != ':' && sep != '.') {
      return -1;
    }
    return digitValue(i, 0, c) >= 0 && digitValue(i, c + 1, len) >= 0 ? c : -1;
  }

  /**
   * A number at j: digits, number words ("twenty-four", "a dozen", "a couple of"), or an unspecified
   * amount ("several", "a few" = -1). Sets numValue and numEnd.
   */
  private boolean number(int j, boolean allowArticle) {
    if (!in(j)) {
      return false;
    }
    byte k = p.kind(j);
    if (k == NUM && p.digits(j) <= 3 && !(ch(j - 1, '$'))) {
      numValue = p.number(j);
      numEnd = j + 1;
      // "5 1/2"
      if (in(j + 1) && p.kind(j + 1) == NUM_SEP && p.textIs(j + 1, "1/2")) {
        numValue += 0.5;
        numEnd = j + 2;
      }
      return true;
    }
    if (k == NUM_SEP && isHalfDecimal(j)) {
      numValue = p.number(j) + 0.5;
      numEnd = j + 1;
      return true;
    }
    if (k != WORD) {
      return false;
    }
    if (is(j, TENS)) {
      numValue = val(j, TENS);
      numEnd = j + 1;
      int u = dash(j + 1) ? j + 2 : j + 1;
      int ones = val(u, NUMBER);
      if (ones >= 1 && ones <= 9) {
        numValue += ones;
        numEnd = u + 1;
      }
      return true;
    }
    if (is(j, NUMBER) && !p.isWord(j, W.HUNDRED) && !p.isWord(j, W.COUPLE) && !p.isWord(j, W.DOZEN)) {
      numValue = val(j, NUMBER);
      numEnd = j + 1;
      if (word(j + 1, W.HUNDRED)) {
        numValue *= 100;
        numEnd = j + 2;
      } else if (word(j + 1, W.AND) && is(j + 2, ARTICLE) && word(j + 3, W.HALF)) {
        numValue += 0.5;
        numEnd = j + 4;
      }
      return true;
    }
    if (is(j, SOME) || word(j, W.SOME) && (is(j + 1, UNITS))) {
      numValue = -1;
      numEnd = j + 1;
      return true;
    }
    if (word(j, W.COUPLE) && word(j + 1, W.OF)) {
      numValue = 2;
      numEnd = j + 2;
      return true;
    }
    if (word(j, W.DOZEN)) {
      numValue = 12;
      numEnd = j + 1;
      return true;
    }
    if (word(j, W.HALF) && is(j + 1, ARTICLE)) {
      numValue = 0.5;
      numEnd = j + 2;
      return true;
    }
    if (is(j, ARTICLE)) {
      if (word(j + 1, W.FEW) || word(j + 1, W.NUMBER) && word(j + 2, W.OF)) {
        numValue = -1;
        numEnd = word(j + 1, W.FEW) ? j + 2 : j + 3;
        return true;
      }
      if (word(j + 1, W.COUPLE) && word(j + 2, W.OF)) {
        numValue = 2;
        numEnd = j + 3;
        return true;
      }
      if (word(j + 1, W.DOZEN)) {
        numValue = 12;
        numEnd = j + 2;
        return true;
      }
      if (word(j + 1, W.HUNDRED)) {
        numValue = 100;
        numEnd = j + 2;
        return true;
      }
      if (allowArticle) {
        numValue = 1;
        numEnd = j + 1;
        if (word(j + 1, W.HALF)) {
          numValue = 0.5;
          numEnd = j + 2;
        }
        return true;
      }
    }
    return false;
  }

  /** A unit at j (singular or plural); returns the unit or null. */
  private Unit unit(int j) {
    int v = val(j, UNIT);
    if (v < 0) {
      v = val(j, UNITS);
    }
    return v < 0 ? null : UNITS_BY_ORDINAL[v];
  }

  // ---------------------------------------------------------------- tense

  /** A direction with the reason for it. */
  private record Dir(Direction direction, String reason) {}

  /**
   * The direction a bare weekday or month at pieces [s, e) points to, from the nearest tense cue in
   * its sentence: a future marker ("will meet") looks forward, a past-tense verb ("said", "announced")
   * looks back; of a cue on each side, the one a comma does not set apart, else the nearer.
   * {@code fallback} applies when the sentence has no cue.
   */
  private Dir tense(int s, int e, Direction fallback, String fallbackReason) {
    int back = -1;
    for (int j = s - 1; j >= lo && s - j <= 12; j--) {
      if (boundary(j)) {
        break;
      }
      if (cue(j) != 0) {
        back = j;
        break;
      }
    }
    int fwd = -1;
    for (int j = e; j < hi && j - e < 12; j++) {
      if (boundary(j)) {
        break;
      }
      if (cue(j) != 0) {
        fwd = j;
        break;
      }
    }
    int pick;
    if (back < 0) {
      pick = fwd;
    } else if (fwd < 0) {
      pick = back;
    } else {
      // A comma on one side only sets the date's clause apart from that side's cue: in "who will be
      // sworn in on Tuesday, promised", "will" is the date's verb and "promised" another clause's.
      boolean commaBefore = hasComma(back + 1, s);
      boolean commaAfter = hasComma(e, fwd);
      if (commaAfter != commaBefore) {
        pick = commaAfter ? back : fwd;
      } else {
        pick = (s - back) <= (fwd - e + 1) ? back : fwd;
      }
    }
    if (pick < 0) {
      return new Dir(fallback, fallbackReason);
    }
    int c = cue(pick);
    String w = p.text(pick, pick + 1);
    if (c > 0) {
      String v = "";
      if (in(pick + 1) && p.kind(pick + 1) == WORD && !is(pick + 1, THE) && !isWeekday(pick + 1)) {
        v = " " + p.text(pick + 1, pick + 2);
      }
      return new Dir(Direction.FUTURE, "tense: future (" + w + v + ")");
    }
    return new Dir(Direction.PAST, "tense: past (" + w + ")");
  }

  /** Whether a comma is among the pieces [from, to). */
  private boolean hasComma(int from, int to) {
    for (int j = from; j < to; j++) {
      if (ch(j, ',')) {
        return true;
      }
    }
    return false;
  }

  /** A clause or sentence end: ; ! ? or a period that closes no abbreviation. */
  private boolean boundary(int j) {
    if (ch(j, ';') || ch(j, '!') || ch(j, '?')) {
      return true;
    }
    if (ch(j, '.')) {
      return !(j > lo && !p.spaced(j) && p.kind(j - 1) == WORD && isAbbreviation(j - 1));
    }
    return in(j) && p.paragraphBefore(j);
  }

  private static final java.util.Set<String> TITLES = java.util.Set.of(
      "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "st", "lt", "col", "jr", "sr", "co", "corp",
      "inc", "ltd", "no", "vs", "prof", "adm", "capt", "sgt", "maj", "mt", "ft");

  /** Whether the word at j is one that takes an abbreviation period ("Jan.", "Mr.", "J."). */
  private boolean isAbbreviation(int j) {
    int len = p.wordLength(j);
    if (len == 1 && p.capitalized(j)) {
      return true;
    }
    if ((is(j, MONTH) || is(j, WEEKDAY)) && len <= 4 && !p.isWord(j, W.MAY) && !p.isWord(j, W.JUNE)
        && !p.isWord(j, W.JULY)) {
      return true;
    }
    return len <= 5 && isTitle(j);
  }

  private static final int[] TITLE_IDS = ids(TITLES.toArray(new String[0]));

  /** Whether the word at j, lower-cased, is in {@link #TITLES}; allocates only for non-ASCII words. */
  private boolean isTitle(int j) {
    int len = p.length(j);
    for (int k = 0; k < len; k++) {
      if (p.charAt(j, k) >= 128) {
        return TITLES.contains(p.text(j, j + 1).toLowerCase(java.util.Locale.ROOT));
      }
    }
    for (int t : TITLE_IDS) {
      if (p.isWord(j, t)) {
        return true;
      }
    }
    return false;
  }

  /** +1 for a future cue at j, -1 for a past cue, 0 for none. */
  private int cue(int j) {
    if (p.kind(j) != WORD) {
      return 0;
    }
    if (p.is(j, FUTURE_CUE)) {
      if ((p.isWord(j, W.GOING) || p.isWord(j, W.PLAN) || p.isWord(j, W.PLANS) || p.isWord(j, W.PLANNED))
          && !word(j + 1, W.TO)) {
        return 0;
      }
      return 1;
    }
    if ((p.isWord(j, W.SOON) || p.isWord(j, W.EARLY)) && word(j - 1, W.AS) && word(j + 1, W.AS)) {
      return 1;
    }
    if (p.isWord(j, W.TO) && in(j + 1) && p.kind(j + 1) == WORD && Character.isLowerCase(p.text().charAt(p.start(j + 1)))
        && p.classes(j + 1) == 0 && !p.endsWith(j + 1, "ing") && !p.looksPast(j + 1)
        && (word(j - 1, W.IS) || word(j - 1, W.ARE) || word(j - 1, W.SET) || word(j - 1, W.DUE)
            || word(j - 1, W.WAS) || word(j - 1, W.WERE) || word(j - 1, W.SCHEDULED) || word(j - 1, W.EXPECTED))) {
      return 1;
    }
    if ((p.isWord(j, W.IS) || p.isWord(j, W.ARE) || p.isWord(j, "'re"))
        && in(j + 1) && p.endsWith(j + 1, "ing")) {
      return 1;
    }
    if (word(j - 1, W.BE) && (p.is(j, PAST_CUE) || p.looksPast(j))) {
      return 1; // "must be confirmed in July", "will be held on Friday": a passive still to come
    }
    if (p.is(j, PAST_CUE)) {
      return -1;
    }
    if (p.looksPast(j) && !p.is(j, MONTH) && !p.is(j, WEEKDAY)) {
      return -1;
    }
    return 0;
  }

  // ---------------------------------------------------------------- families

  /** "about two weeks", "more than four decades ago", "at least 72 hours". */
  private TimexMatch matchModified(int i) {
    int j = i;
    String mod;
    if (word(j, W.AT) && (word(j + 1, W.LEAST) || word(j + 1, W.MOST))) {
      mod = word(j + 1, W.LEAST) ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS";
      j += 2;
    } else if (word(j, W.NO) && (word(j + 1, W.MORE) || word(j + 1, W.LESS)) && word(j + 2, W.THAN)) {
      mod = word(j + 1, W.MORE) ? "EQUAL_OR_LESS" : "EQUAL_OR_MORE";
      j += 3;
    } else if ((word(j, W.MORE) || word(j, W.LESS) || word(j, W.FEWER)) && word(j + 1, W.THAN)) {
      mod = word(j, W.MORE) ? "MORE_THAN" : "LESS_THAN";
      j += 2;
    } else if (word(j, W.UP) && word(j + 1, W.TO)) {
      mod = "EQUAL_OR_LESS";
      j += 2;
    } else if (is(j, APPROX) && !word(j, W.LEAST) && !word(j, W.MOST) && !word(j, W.MORE)
        && !word(j, W.LESS) && !word(j, W.UP) && !word(j, W.FEWER)) {
      mod = TimeLexicon.MODS[val(j, APPROX)];
      j += 1;
    } else {
      return null;
    }
    if (is(j, THE) || word(i, W.OVER) && !(is(j, NUMBER) || is(j, TENS) || is(j, ARTICLE)
        || in(j) && p.kind(j) == NUM)) {
      // "over the next three quarters": "over" is a preposition there
      return null;
    }
    TimexMatch inner = matchDuration(j);
    if (inner == null && !word(i, W.WITHIN)) {
      // "about a week ago", "nearly four years ago": the ago-form is a date
      inner = null;
    }
    if (inner == null || inner.first() != j) {
      return null;
    }
    if (word(i, W.SOME) && !inner.type().equals("DURATION") && !inner.rule().equals("time:ago")) {
      return null;
    }
    if (word(i, W.WITHIN) || word(i, W.UNDER) || word(i, W.OVER) && !inner.type().equals("DURATION")) {
      if (!inner.type().equals("DURATION")) {
        return null;
      }
    }
    boolean outside = word(i, W.WITHIN) || word(i, W.ABOUT) || word(i, W.NEARLY) || word(i, W.ALMOST)
        || word(i, W.OVER) || word(i, W.APPROXIMATELY) || word(i, W.ROUGHLY);
    // TimeBank leaves single approximators outside the extent but keeps their meaning in mod
    return inner.withSpan(outside ? inner.first() : i, inner.end()).withMod(mod);
  }

  /**
   * Durations and their ago-forms: "two days", "four hours", "the past two months", "the first nine
   * months", "several years", "two-day", "a year ago", "three weeks earlier", "in two weeks".
   */
  private TimexMatch matchDuration(int i) {
    int j = i;
    boolean the = false;
    if (is(j, THE)) {
      the = true;
      j++;
    }
    Deictic deictic = null;
    int dv = val(j, DEICTIC);
    if (dv >= 0) {
      deictic = DEICTICS[dv];
      if (deictic == Deictic.THAT || deictic == Deictic.SAME || deictic == Deictic.THIS
          && !word(j, W.THESE)) {
        return null;
      }
      j++;
    } else if (word(j, W.NEXT) || word(j, W.OTHER)) {
      j++;
    }
    if (the && deictic == null && !(is(j, NUMBER) || is(j, TENS) || in(j) && p.kind(j) == NUM)) {
      return null;
    }
    double n;
    int u;
    boolean hyphenated = false;
    if (number(j, !the && deictic == null)) {
      n = numValue;
      u = numEnd;
      if ((word(u, W.TO) || word(u, W.OR) || dash(u) && in(u) && p.kind(j) == NUM) && number(u + 1, false)
          && unit(numEnd) != null) {
        // a range: "two to three weeks", "12 to 18 months"
        n = -1;
        u = numEnd;
      }
      if (word(u, W.MORE) || word(u, W.ADDITIONAL) || word(u, W.FULL) || word(u, W.STRAIGHT)
          || word(u, W.CONSECUTIVE)) {
        u++;
      }
      if (dash(u)) {
        hyphenated = true;
        u++;
      }
    } else if (deictic != null && unit(j) != null && is(j, UNITS)) {
      // "the past few years" handled above; "recent months", "the coming weeks"
      if (deictic != Deictic.RECENT && deictic != Deictic.COMING && deictic != Deictic.PAST
          && deictic != Deictic.LAST && deictic != Deictic.NEXT && deictic != Deictic.FOLLOWING
          && deictic != Deictic.PREVIOUS) {
        return null;
      }
      n = -1;
      u = j;
    } else if (deictic == null && !the && is(j, UNITS) && in(j - 1)
        && (word(j - 1, W.FOR) || word(j - 1, W.IN) || word(j - 1, W.OVER)) && !is(j - 1, THE)) {
      // "for years", "in decades"
      Unit bare = unit(j);
      if (bare == Unit.SECOND || bare == Unit.WEEKEND || bare == Unit.QUARTER) {
        return null;
      }
      n = -1;
      u = j;
    } else if (deictic == null && !the && unit(j) != null && dash(j + 1) && word(j + 2, W.LONG)) {
      // "year-long", "decades-long"
      Unit ul = unit(j);
      String v = TimexValues.duration(is(j, UNITS) ? -1 : 1, ul);
      return m(i, j + 3, "DURATION", v, "time:duration");
    } else {
      return null;
    }
    Unit unit = unit(u);
    if (unit == null) {
      return null;
    }
    boolean plural = is(u, UNITS);
    if (unit == Unit.SECOND && !plural && !(in(j) && p.kind(j) == NUM) && !hyphenated) {
      // "a second pipeline", "one second thought": the ordinal, not the unit
      return null;
    }
    if (hyphenated && plural) {
      // "three-quarters" is a fraction, not a duration
      return null;
    }
    if (dash(u + 1) && word(u + 2, W.OLD) || word(u + 1, W.OLD) || word(u + 1, W.OF) && word(u + 2, W.AGE)) {
      // ages ("6-year-old", "52 years old") are not temporal expressions in TimeML
      return null;
    }
    if (!hyphenated && n > 1 && !plural && !(in(j) && p.kind(j) == NUM)) {
      // "two year" in speech transcripts is fine; "one year" singular fine
    }
    if (n == 1 && plural && !is(j, ARTICLE)) {
      // "one days" unlikely; accept
    }
    int end = u + 1;
    if (!hyphenated && n > 0 && n == Math.rint(n) && word(end, W.AND) && is(end + 1, ARTICLE)
        && word(end + 2, W.HALF)) {
      n += 0.5;
      end += 3;
    }
    if (hyphenated && (word(end, W.LONG) || word(end, W.OLD)) && dash(end)) {
      end++;
    }
    if (dash(end) && (word(end + 1, W.LONG) || word(end + 1, W.OLD))) {
      end += 2;
    }
    if (unit == Unit.YEAR && dash(end) && (word(end + 1, W.EARLIER) || word(end + 1, W.AGO))) {
      // "a year-earlier loss": the adjective "year-earlier" is a date, read by the deictic rules
      return null;
    }
    String dur = TimexValues.duration(n, unit);
    if (dur.isEmpty()) {
      return null;
    }
    // ago / earlier / later forms are dates
    if (!hyphenated && !the && (deictic == null) && n != 0) {
      int sign = 0;
      String rule = null;
      int e2 = end;
      if (is(end, AGO)) {
        sign = -1;
        rule = "time:ago";
        e2 = end + 1;
      } else if (word(end, W.EARLIER)) {
        sign = -1;
        rule = "time:relative";
        e2 = end + 1;
      } else if (word(end, W.FROM) && word(end + 1, W.NOW) || word(end, W.HENCE)) {
        sign = 1;
        rule = "time:from-now";
        e2 = word(end, W.HENCE) ? end + 1 : end + 2;
      } else if (word(i - 1, W.IN) && !is(i - 2, DEICTIC) && n > 0 && unit != Unit.SECOND
          && unit != Unit.MINUTE && unit != Unit.HOUR && !word(end, W.OF) && !is(end, UNITS)
          && !is(end, UNIT) && hasFutureCue(i)) {
        sign = 1;
        rule = "time:in";
        e2 = end;
      }
      if (sign != 0) {
        if (n < 0) {
          String ref = sign < 0 ? "PAST_REF" : "FUTURE_REF";
          return m(i, e2, "DATE", ref, rule);
        }
        long steps = Math.round(Math.ceil(n));
        Unit shiftUnit = unit;
        if (unit == Unit.DECADE || unit == Unit.CENTURY) {
          steps *= unit == Unit.DECADE ? 10 : 100;
          shiftUnit = Unit.YEAR;
        }
        String v = TimexValues.shift(anchor, shiftUnit, sign * steps);
        if (unit == Unit.YEAR && steps == 1 && sign < 0 && anchor != null) {
          // "profit rose from a year ago" in a quarterly report: the year-ago quarter, of the quarter
          // the article speaks of when it named one
          String tracked = trackedYearAgoQuarter();
          if (tracked != null) {
            v = tracked;
            dur = dur + " (year-ago quarter of the quarter reported)";
          } else if (sentenceMentionsQuarter(i)) {
            v = TimexValues.shift(anchor, Unit.QUARTER, -5);
            dur = dur + " (year-ago quarter)";
          }
        }
        String reason = sign < 0 ? "article date, " + dur + " back" : "article date, " + dur + " ahead";
        return anchored(i, e2, "DATE", v, rule, reason);
      }
    }
    int first = the && (deictic == null || hyphenated) ? i + 1 : i;
    return m(first, end, "DURATION", dur, hyphenated ? "time:duration-adjective" : "time:duration");
  }

  /** Whether the sentence around piece i speaks of a quarter ("third-quarter profit"). */
  private boolean sentenceMentionsQuarter(int i) {
    for (int j = i - 1; j >= lo && i - j < 40 && !boundary(j); j--) {
      if (p.isWord(j, W.QUARTER)) {
        return true;
      }
    }
    for (int j = i + 1; j < hi && j - i < 20 && !boundary(j); j++) {
      if (p.isWord(j, W.QUARTER)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasFutureCue(int i) {
    for (int j = i - 1; j >= lo && i - j <= 8; j--) {
      int c = cue(j);
      if (c != 0) {
        return c > 0;
      }
    }
    return false;
  }

  /** Clock times: "10:35 a.m.", "6 p.m. EDT", "noon", "14:00", with an optional day after them. */
  private TimexMatch matchTime(int i) {
    int hour;
    int minute = 0;
    int j;
    if (!in(i)) {
      return null;
    }
    byte k = p.kind(i);
    String rule = "time:clock";
    if (is(i, CLOCK_WORD)) {
      hour = val(i, CLOCK_WORD);
      j = i + 1;
      rule = "time:clock-word";
    } else if (k == NUM_SEP && clockSeparator(i) > 0) {
      int c = clockSeparator(i);
      hour = digitValue(i, 0, c);
      minute = digitValue(i, c + 1, p.length(i));
      j = i + 1;
      if (p.charAt(i, c) == '.' && !is(j, MERIDIEM)) {
        return null;
      }
      if (hour > 24 || minute > 59) {
        return null;
      }
    } else if (k == NUM && p.digits(i) <= 2 && (is(i + 1, MERIDIEM) || is(i + 1, OCLOCK))) {
      hour = p.number(i);
      j = i + 1;
    } else if (k == NUM && p.digits(i) <= 2 && p.number(i) <= 12 && word(i + 1, W.IN) && is(i + 2, THE)
        && is(i + 3, PART_OF_DAY)) {
      hour = p.number(i);
      int pod = val(i + 3, PART_OF_DAY);
      if (pod >= 1 && pod <= 3 && hour < 12) {
        hour += 12;
      }
      j = i + 4;
      String clock = "T" + TimexValues.pad2(hour) + ":00";
      return anchored(i, j, "TIME", TimexValues.day(anchor) + clock, rule, "article date");
    } else if (k == NUM_SUFFIX && (p.suffixIs(i, "am") || p.suffixIs(i, "pm"))) {
      hour = p.number(i);
      if (p.suffixIs(i, "pm") && hour < 12) {
        hour += 12;
      }
      j = i + 1;
    } else {
      return null;
    }
    if (is(j, MERIDIEM)) {
      int add = val(j, MERIDIEM);
      if (hour > 12) {
        return null;
      }
      if (add == 12 && hour < 12) {
        hour += 12;
      } else if (add == 0 && hour == 12) {
        hour = 0;
      }
      j++;
      if (ch(j, '.') && !p.spaced(j) && !p.endsWith(j - 1, ".")) {
        j++;
      }
    } else if (is(j, OCLOCK)) {
      j++;
    }
    if (hour > 24) {
      return null;
    }
    String zone = "";
    if (is(j, ZONE) && p.capitalized(j)) {
      zone = p.text(j, j + 1);
      j++;
    } else if (ch(j, '(') && is(j + 1, ZONE)) {
      // "(0735 GMT)": a second clock in another zone; keep it outside
    }
    String clock = "T" + TimexValues.pad2(hour) + ":" + TimexValues.pad2(minute);
    if (hour == 24 && rule.equals("time:clock-word")) {
      clock = "T24:00";
    }
    // a day after the clock: "9 a.m. Tuesday", "noon Saturday", "10 p.m. yesterday"
    int d = j;
    if (ch(d, ',') || word(d, W.ON)) {
      d++;
    }
    TimexMatch day = null;
    if (in(d)) {
      day = matchCalendar(d, false);
      if (day == null) {
        day = matchDayWord(d);
      }
      if (day != null && (!day.type().equals("DATE") || day.value().length() != 10)) {
        day = null;
      }
    }
    TimexMatch out;
    if (day != null) {
      out = new TimexMatch(i, day.end(), "TIME", day.value() + clock, "", rule, day.anchor(),
          day.anchorReason(), zone, "");
    } else {
      out = anchored(i, j, "TIME", TimexValues.day(anchor) + clock, rule, "article date");
      if (!zone.isEmpty()) {
        out = out.withTimezone(j, zone);
      }
    }
    return zone.isEmpty() ? out : out.withTimezone(out.end(), zone);
  }

  /**
   * Calendar dates and names: "Friday, December 30", "Dec. 30, 2022", "30 December 2022", "the 30th of
   * December", "March 2023", "in March", "on Thursday", "Tuesday night", ISO dates, "12/30/2022".
   */
  private TimexMatch matchCalendar(int i, boolean allowThe) {
    if (!in(i)) {
      return null;
    }
    byte k = p.kind(i);
    // ISO 2022-12-30 (possibly with a time), written without spaces
    if (k == NUM && p.digits(i) == 4 && dash(i + 1) && in(i + 2) && p.digits(i + 2) == 2
        && (p.kind(i + 2) == NUM) && dash(i + 3) && in(i + 4) && p.digits(i + 4) == 2) {
      LocalDate d = TimexValues.safeDate(p.number(i), p.number(i + 2), p.number(i + 4));
      if (d != null) {
        int end = i + 5;
        String v = TimexValues.day(d);
        if (p.kind(i + 4) == NUM_SUFFIX && p.suffixIs(i + 4, "t") && in(end)
            && p.kind(end) == NUM_SEP && !p.spaced(end)) {
          String t = p.text(end, end + 1);
          int tend = end + 1;
          if (in(tend) && p.kind(tend) == WORD && !p.spaced(tend) && p.isWord(tend, W.Z)) {
            tend++;
          }
          return m(i, tend, "TIME", v + "T" + (t.length() >= 5 ? t.substring(0, 5) : t), "time:iso");
        }
        return m(i, end, "DATE", v, "time:iso");
      }
    }
    // 12/30/2022 or 30/12/2022
    if (k == NUM_SEP) {
      int len = p.length(i);
      int s1 = slashAfter(i, 0);
      int s2 = s1 < 0 ? -1 : slashAfter(i, s1 + 1);
      if (s1 >= 1 && s1 <= 2 && s2 - s1 - 1 >= 1 && s2 - s1 - 1 <= 2
          && (len - s2 - 1 == 2 || len - s2 - 1 == 4) && digitValue(i, 0, s1) >= 0
          && digitValue(i, s1 + 1, s2) >= 0 && digitValue(i, s2 + 1, len) >= 0) {
        int a = digitValue(i, 0, s1);
        int b = digitValue(i, s1 + 1, s2);
        int y = digitValue(i, s2 + 1, len);
        if (y < 100) {
          y += y < 50 ? 2000 : 1900;
        }
        LocalDate d = a <= 12 ? TimexValues.safeDate(y, a, b) : TimexValues.safeDate(y, b, a);
        if (d != null) {
          return m(i, i + 1, "DATE", TimexValues.day(d), "time:numeric-date");
        }
      }
      return null;
    }
    int j = i;
    int dow = -1;
    if (isWeekday(j)) {
      dow = val(j, WEEKDAY);
      j = skipAbbrevPeriod(j + 1);
      int c = skipComma(j);
      if (word(c, W.THE) && dayOfMonth(c + 1) > 0) {
        c++;
      }
      TimexMatch date = matchMonthDay(c, dow);
      if (date != null) {
        return date.withSpan(i, date.end()).withRule("time:weekday-date");
      }
      // "Monday the 5th": day of month only
      return weekdayOnly(i, j, dow);
    }
    TimexMatch md = matchMonthDay(i, -1);
    if (md != null) {
      return md;
    }
    return null;
  }

  /** A weekday alone, optionally with a part of day: "Thursday", "Tuesday night". */
  private TimexMatch weekdayOnly(int i, int j, int dow) {
    int end = j;
    String pod = "";
    if (is(end, PART_OF_DAY)) {
      pod = TimeLexicon.PARTS_OF_DAY[val(end, PART_OF_DAY)];
      end++;
    }
    if (anchor == null) {
      String v = TimexValues.weekdayNoDate(dow);
      return anchored(i, end, pod.isEmpty() ? "DATE" : "TIME", pod.isEmpty() ? v : v + "T" + pod,
          "time:weekday", "");
    }
    Dir dir = deadline(i, end);
    if (dir == null) {
      dir = in(end) && p.isWord(end, "'s") ? new Dir(Direction.PAST, "possessive: past")
          : directionFor(i, end, true);
    }
    LocalDate d = TimexValues.weekday(anchor, dow, dir.direction());
    String v = TimexValues.day(d) + (pod.isEmpty() ? "" : "T" + pod);
    return new TimexMatch(i, end, pod.isEmpty() ? "DATE" : "TIME", v, "", "time:weekday", anchorText,
        dir.reason(), "", "");
  }

  /**
   * The direction of a bare weekday at pieces [s, e) that a deadline or a schedule governs, null when
   * none does: "has until Friday", "by Friday", "before Monday", "a deadline of Thursday", "Friday's
   * deadline", "expires on Sunday", "a hearing set for Thursday". Such a day is the next one, whatever
   * the tense of a reporting verb ("the club said it had until Friday"), unless the verb nearest before
   * it in its clause is a past tense other than one of granting or reporting ("the talks lasted until
   * Friday", "the ceasefire expired on Sunday", "the deadline passed on Monday").
   */
  private Dir deadline(int s, int e) {
    int j = s - 1;
    String why = null;
    if (word(e, W.DEADLINE) || word(e, "'s") && word(e + 1, W.DEADLINE)) {
      why = "deadline";
    } else if (word(j, W.BY) || word(j, W.UNTIL) || word(j, W.TILL) || word(j, W.BEFORE)) {
      if (word(j, W.BEFORE) && word(e, "'s")) {
        return null; // "before Thursday's announcement": the possessive reads as past
      }
      why = p.text(j, j + 1);
    } else if (scheduleVerb(j)) {
      return new Dir(Direction.FUTURE, "schedule: future (" + p.text(j, j + 1) + ")");
    } else if ((word(j, W.ON) || word(j, W.AT)) && scheduleBefore(j) >= 0) {
      int v = scheduleBefore(j);
      return new Dir(Direction.FUTURE, "schedule: future (" + p.text(v, v + 1) + ")");
    } else if (word(j, W.FOR)) {
      for (int k = j - 1; k >= lo && j - k <= 4 && !boundary(k); k--) {
        if (word(k, W.SET) || word(k, W.SLATED) || word(k, W.SCHEDULED) || word(k, W.PLANNED)) {
          why = p.text(k, k + 1) + " for";
          break;
        }
      }
    } else if (word(j, W.OF) || word(j, W.IS) || word(j, W.ON)) {
      // "a deadline of Thursday", "the deadline is Friday", "the deadline on Friday"
      for (int k = j - 1; k >= lo && j - k <= 2 && !boundary(k); k--) {
        if (word(k, W.DEADLINE)) {
          why = "deadline";
          break;
        }
      }
    }
    if (why == null) {
      return null;
    }
    int from = why.equals("deadline") && word(j, W.OF) ? j - 1 : j;
    if (from <= lo || boundary(from - 1)) {
      // "Until Thursday, they had not called him a suspect": opening the sentence, the deadline is
      // its clause's, whose tense comes after
      return tense(s, e, Direction.FUTURE, "deadline: future (" + why + ")");
    }
    for (int k = from - 1; k >= lo && from - k <= 15; k--) {
      if (boundary(k)) {
        break;
      }
      if (word(k, W.DEADLINE) || p.kind(k) != WORD) {
        continue;
      }
      if (grant(k)) {
        break; // "gave the bank until Monday", "has until Friday", "the club said it had until Friday"
      }
      int c = cue(k);
      if (c > 0) {
        break;
      }
      if (c < 0) {
        return new Dir(Direction.PAST, "deadline: past (" + p.text(k, k + 1) + " " + why + ")");
      }
    }
    return new Dir(Direction.FUTURE, "deadline: future (" + why + ")");
  }

  private static final int[] SCHEDULE_VERBS = ids(new String[] {
      "expires", "expire", "ends", "closes", "begins", "starts", "opens", "lapses", "resumes", "reconvenes",
      "convenes", "kicks", "runs", "faces", "meets", "hosts", "visits", "travels", "plays", "votes", "holds",
      "arrives", "returns", "heads", "takes"});
  private static final int[] GRANTS = ids(new String[] {
      "gave", "given", "give", "gives", "giving", "granted", "grants", "extended", "extends", "extending", "has",
      "have", "had", "said", "says", "told", "tells", "added", "announced", "warned", "stated", "confirmed",
      "until", "till", "postponed", "delayed", "deferred", "adjourned", "suspended"});

  /**
   * The schedule verb at most four words before the preposition at {@code j}, with no tense cue or
   * clause end between ("the cabinet holds its weekly meeting on Tuesday"), or -1.
   */
  private int scheduleBefore(int j) {
    for (int k = j - 1; k >= lo && j - k <= 4; k--) {
      if (boundary(k) || p.kind(k) == WORD && cue(k) != 0) {
        return -1;
      }
      if (scheduleVerb(k)) {
        return k;
      }
    }
    return -1;
  }

  /** "expires", "ends", "opens"...: a present tense that schedules ("the truce expires on Sunday"). */
  private boolean scheduleVerb(int j) {
    return in(j) && oneOf(j, SCHEDULE_VERBS);
  }

  /**
   * A verb that gives a deadline or reports it ("gave", "has", "said"), before which the tense of the
   * clause is not the deadline's; "until" and "till" too ("stays closed until Friday or until Monday").
   */
  private boolean grant(int j) {
    return in(j) && oneOf(j, GRANTS);
  }

  private boolean oneOf(int j, int[] ids) {
    for (int id : ids) {
      if (p.isWord(j, id)) {
        return true;
      }
    }
    return false;
  }

  /** Direction for a bare name: explicit "last"/"next" before it wins, else the tense of the clause. */
  private Dir directionFor(int s, int e, boolean weekday) {
    return weekday
        ? tense(s, e, Direction.PAST, "no tense cue: past (news default)")
        : tense(s, e, Direction.NEAREST, "no tense cue: nearest");
  }

  /**
   * Month-based dates: "December 30[, 2022]", "30 December [2022]", "the 30th of December", "December
   * 2022", "December of 2022", "December".
   */
  private TimexMatch matchMonthDay(int i, int dow) {
    if (!in(i)) {
      return null;
    }
    int j = i;
    int day = -1;
    int month = -1;
    int year = Integer.MIN_VALUE;
    int end;
    boolean the = false;
    if (is(j, THE) && dayOfMonth(j + 1) > 0 && word(j + 2, W.OF) && isMonth(j + 3)) {
      the = true;
      j++;
    }
    int dd = dayOfMonth(j);
    if (dd > 0) {
      int mj = j + 1;
      if (word(mj, W.OF)) {
        mj++;
      }
      if (!isMonth(mj)) {
        return null;
      }
      day = dd;
      month = val(mj, MONTH);
      end = skipAbbrevPeriod(mj + 1);
      int y = skipComma(end);
      if (isYear(y)) {
        year = p.number(y);
        end = y + 1;
      }
    } else if (isMonth(j)) {
      month = val(j, MONTH);
      end = skipAbbrevPeriod(j + 1);
      int dj = end;
      int d2 = dayOfMonth(dj);
      if (d2 < 0 && word(dj, W.THE) && dayOfMonth(dj + 1) > 0) {
        dj++;
        d2 = dayOfMonth(dj);
      }
      if (d2 > 0 && !(in(dj + 1) && (is(dj + 1, UNIT) || is(dj + 1, UNITS) || ch(dj + 1, '%')
          || word(dj + 1, W.PERCENT)))) {
        day = d2;
        end = dj + 1;
        int y = skipComma(end);
        if (isYear(y)) {
          year = p.number(y);
          end = y + 1;
        }
      } else {
        int y = end;
        if (word(y, W.OF) || ch(y, ',')) {
          y++;
        }
        if (isYear(y)) {
          year = p.number(y);
          end = y + 1;
        }
      }
    } else {
      return null;
    }
    if (day > 0) {
      if (year != Integer.MIN_VALUE) {
        LocalDate d = TimexValues.safeDate(year, month, day);
        if (d == null) {
          return null;
        }
        return m(i, end, "DATE", TimexValues.day(d), "time:date");
      }
      if (anchor == null) {
        return anchored(i, end, "DATE", TimexValues.dayNoYear(month, day), "time:month-day", "");
      }
      if (dow > 0) {
        int y = TimexValues.yearOfDay(anchor, month, day, dow);
        LocalDate d = TimexValues.safeDate(y, month, day);
        return d == null ? null : anchored(i, end, "DATE", TimexValues.day(d), "time:month-day",
            "year where the weekday fits, nearest to article date");
      }
      int y = TimexValues.yearOfDay(anchor, month, day, -1);
      Dir dir = new Dir(Direction.NEAREST, "nearest to article date");
      LocalDate nearest = TimexValues.safeDate(y, month, day);
      if (nearest != null && Math.abs(nearest.toEpochDay() - anchor.toEpochDay()) > 60) {
        // far from the article date: let the tense say which side ("was released Oct. 23")
        Dir t = tense(i, end, Direction.NEAREST, "nearest to article date");
        if (t.direction() != Direction.NEAREST) {
          dir = new Dir(t.direction(), t.reason() + ", far from article date");
          y = yearOfDay(month, day, t.direction());
        }
      }
      LocalDate d = TimexValues.safeDate(y, month, day);
      if (d == null) {
        return null;
      }
      return anchored(i, end, "DATE", TimexValues.day(d), "time:month-day", dir.reason());
    }
    if (year != Integer.MIN_VALUE) {
      return m(i, end, "DATE", TimexValues.month(year, month), "time:month-year");
    }
    if (the) {
      return null;
    }
    // "June last year", "January this year", "May next year"
    if (is(end, DEICTIC) && word(end + 1, W.YEAR)) {
      int dv = val(end, DEICTIC);
      int shift = dv == Deictic.LAST.ordinal() ? -1 : dv == Deictic.NEXT.ordinal() ? 1 : dv == 0 ? 0 : 99;
      if (shift != 99) {
        String v = anchor == null ? TimexValues.monthNoYear(month)
            : TimexValues.month(anchor.getYear() + shift, month);
        return anchored(i, end + 2, "DATE", v, "time:month-relative-year", "article date");
      }
    }
    if (anchor == null) {
      return anchored(i, end, "DATE", TimexValues.monthNoYear(month), "time:month", "");
    }
    Dir dir = word(i - 1, W.BY) || word(i - 1, W.UNTIL) || word(i - 1, W.THROUGH) || word(i - 1, W.TILL)
        // a deadline ("conclude by May", "loans through January"): the clause's tense often belongs
        // to another event, the nearest month is the one meant
        ? new Dir(Direction.NEAREST, "deadline: nearest")
        : directionFor(i, end, false);
    int y = TimexValues.yearOfMonth(anchor, month, dir.direction());
    return new TimexMatch(i, end, "DATE", TimexValues.month(y, month), "", "time:month", anchorText,
        dir.reason(), "", "");
  }

  /** The year of a month and day seen from the anchor in direction {@code dir}. */
  private int yearOfDay(int month, int day, Direction dir) {
    int y = anchor.getYear();
    LocalDate same = TimexValues.safeDate(y, month, day);
    if (same == null) {
      return TimexValues.yearOfDay(anchor, month, day, -1);
    }
    switch (dir) {
      case PAST:
        return same.isAfter(anchor) ? y - 1 : y;
      case FUTURE:
        return same.isBefore(anchor) ? y + 1 : y;
      default:
        return TimexValues.yearOfDay(anchor, month, day, -1);
    }
  }

  /** Years, decades and centuries: "2024", "fiscal 2023", "FY2023", "the 1990s", "'80s", "20th century". */
  private TimexMatch matchYear(int i) {
    int j = i;
    boolean the = false;
    if (is(j, THE)) {
      the = true;
      j++;
    }
    boolean fiscal = false;
    if (is(j, FISCAL)) {
      fiscal = true;
      j++;
      if (word(j, W.YEAR)) {
        j++;
      }
    }
    if (!in(j)) {
      return null;
    }
    byte k = p.kind(j);
    if (k == NUM && isYear(j) && !the) {
      // "the 1988 period" is left to others; "1990-91" keeps only 1990
      return m(i, j + 1, "DATE", TimexValues.year(p.number(j)), fiscal ? "time:fiscal-year" : "time:year");
    }
    if (fiscal) {
      return null;
    }
    int spoken = spokenYear(j);
    if (spoken > 0) {
      return m(i, numEnd, "DATE", TimexValues.year(spoken), "time:spoken-year");
    }
    if (k == NUM_SUFFIX && p.digits(j) == 4 && p.suffixIs(j, "s")) {
      return m(i, j + 1, "DATE", TimexValues.decade(p.number(j)), "time:decade");
    }
    if ((ch(j, '\'') || ch(j, '\u2019')) && in(j + 1) && !p.spaced(j + 1) && p.kind(j + 1) == NUM_SUFFIX && p.digits(j + 1) == 2
        && p.suffixIs(j + 1, "s")) {
      // "'90s" cut by the tokenizer into a quote and "90s"
      int y = p.number(j + 1);
      return m(i, j + 2, "DATE", TimexValues.decade((y >= 30 ? 1900 : 2000) + y), "time:decade");
    }
    if (k == NUM_APOS && (p.endsWith(j, "s") || p.endsWith(j, "S"))) {
      int y = p.number(j);
      return m(i, j + 1, "DATE", TimexValues.decade((y >= 30 ? 1900 : 2000) + y), "time:decade");
    }
    // 20th century, the twenty-first century
    int ord = -1;
    int cj = j;
    if (k == NUM_SUFFIX && isOrdinalSuffix(j)) {
      ord = p.number(j);
      cj = j + 1;
    } else if (is(j, ORDINAL)) {
      ord = val(j, ORDINAL);
      cj = j + 1;
    } else if (is(j, TENS) && dash(j + 1) && is(j + 2, ORDINAL)) {
      ord = val(j, TENS) + val(j + 2, ORDINAL);
      cj = j + 3;
    }
    if (ord > 0 && ord <= 30 && word(cj, W.CENTURY)) {
      return m(i, cj + 1, "DATE", TimexValues.century(ord), "time:century");
    }
    return null;
  }

  /** "nineteen ninety-six", "two thousand": a year said in words; sets numEnd. */
  private int spokenYear(int j) {
    int century = val(j, NUMBER);
    if ((century == 18 || century == 19) && is(j + 1, TENS)) {
      int tens = val(j + 1, TENS);
      int end = j + 2;
      int u = dash(end) ? end + 1 : end;
      int ones = val(u, NUMBER);
      if (ones >= 1 && ones <= 9) {
        tens += ones;
        end = u + 1;
      }
      numEnd = end;
      return century * 100 + tens;
    }
    if (word(j, W.TWO) && word(j + 1, W.THOUSAND)) {
      numEnd = j + 2;
      int k = word(numEnd, W.AND) ? numEnd + 1 : numEnd;
      int ones = val(k, NUMBER);
      if (ones >= 1 && ones <= 19) {
        numEnd = k + 1;
        return 2000 + ones;
      }
      return 2000;
    }
    return -1;
  }

  /** Quarters and halves: "the third quarter", "third-quarter", "Q3 2023", "the first half of 1989". */
  private TimexMatch matchQuarter(int i) {
    int j = i;
    boolean the = false;
    if (is(j, THE)) {
      the = true;
      j++;
    }
    if (the && isYear(j)) {
      // "the 1988 third quarter", "the 1988 quarter" / "the 1988 period" (the quarter reported)
      int yr = p.number(j);
      int o = is(j + 1, ORDINAL) ? val(j + 1, ORDINAL) : -1;
      if (o >= 1 && o <= 4 && word(j + 2, W.QUARTER)) {
        return m(i, j + 3, "DATE", TimexValues.quarter(yr, o), "time:quarter");
      }
      if (refQuarter > 0 && (word(j + 1, W.QUARTER) || word(j + 1, W.PERIOD))) {
        return new TimexMatch(i, j + 2, "DATE", TimexValues.quarter(yr, refQuarter), "", "time:quarter",
            "", "quarter reported in the text", "", "");
      }
      return null;
    }
    if (is(j, FISCAL) && !p.isWord(j, W.FY)) {
      j++;
    }
    int q = -1;
    int parts = 4;
    int deictic = -1;
    int end;
    if ((word(j, W.Q) || word(j, W.H)) && in(j + 1) && p.kind(j + 1) == NUM && !p.spaced(j + 1)) {
      parts = word(j, W.Q) ? 4 : 2;
      q = p.number(j + 1);
      end = j + 2;
    } else {
      int o = -1;
      int oj = j;
      if (is(j, ORDINAL) && !word(j, W.SECOND) || word(j, W.SECOND) && !is(j + 1, UNITS)) {
        o = val(j, ORDINAL);
        oj = j + 1;
      } else if (in(j) && p.kind(j) == NUM_SUFFIX && isOrdinalSuffix(j)) {
        o = p.number(j);
        oj = j + 1;
      } else if (is(j, DEICTIC)) {
        deictic = val(j, DEICTIC);
        oj = j + 1;
      } else if (word(j, W.LAST) || word(j, W.LATTER)) {
        oj = j + 1;
      }
      if (dash(oj)) {
        oj++;
        if (the && deictic < 0) {
          // "the third-quarter results": the adjective alone is the expression
          i = i + 1;
          the = false;
        }
      }
      if (is(oj, FISCAL)) {
        oj++;
      }
      if (word(oj, W.QUARTER)) {
        parts = 4;
      } else if (word(oj, W.HALF) && (o > 0 || deictic >= 0)) {
        parts = 2;
      } else {
        return null;
      }
      if (o < 0 && deictic < 0 && !the) {
        return null;
      }
      q = o;
      end = oj + 1;
      if (word(oj + 1, "-") && word(oj + 2, W.CENTURY)) {
        return null;
      }
    }
    if (q > parts || q == 0) {
      return null;
    }
    // explicit year: "of 1989", "1989", "of this year", "'s"
    int y = end;
    if (word(y, W.OF) || ch(y, ',')) {
      y++;
    }
    int year = Integer.MIN_VALUE;
    if (isYear(y)) {
      year = p.number(y);
      end = y + 1;
    } else if (word(y, W.OF) && is(y + 1, THE) && word(y + 2, W.YEAR)) {
      end = y + 3;
    } else if (in(y - 1) && word(y - 1, W.OF) && (word(y, W.THIS) || word(y, W.LAST) || word(y, W.NEXT))
        && word(y + 1, W.YEAR)) {
      year = anchor == null ? Integer.MIN_VALUE
          : anchor.getYear() + (word(y, W.LAST) ? -1 : word(y, W.NEXT) ? 1 : 0);
      end = y + 2;
    }
    String partCode = parts == 4 ? "Q" : "H";
    if (year != Integer.MIN_VALUE && q > 0) {
      return m(i, end, "DATE", parts == 4 ? TimexValues.quarter(year, q) : TimexValues.half(year, q),
          "time:quarter");
    }
    if (anchor == null) {
      return anchored(i, end, "DATE", "XXXX-" + partCode + (q > 0 ? String.valueOf(q) : "X"),
          "time:quarter", "");
    }
    Unit unit = parts == 4 ? Unit.QUARTER : Unit.HALF_YEAR;
    int current = parts == 4 ? (anchor.getMonthValue() - 1) / 3 + 1 : (anchor.getMonthValue() - 1) / 6 + 1;
    if (q < 0) {
      // the quarter / the latest quarter / last quarter: the last one completed; this/current: now
      long shift;
      String reason;
      if (deictic == Deictic.THIS.ordinal() || deictic == Deictic.CURRENT.ordinal()
          || deictic == Deictic.SAME.ordinal()) {
        shift = 0;
        reason = "article date: current " + (parts == 4 ? "quarter" : "half");
      } else if (deictic == Deictic.NEXT.ordinal() || deictic == Deictic.COMING.ordinal()
          || deictic == Deictic.FOLLOWING.ordinal()) {
        shift = 1;
        reason = "article date: next " + (parts == 4 ? "quarter" : "half");
      } else if (deictic < 0 && !the || deictic == Deictic.FIRST.ordinal()
          || deictic == Deictic.FINAL.ordinal() || deictic == Deictic.THAT.ordinal()) {
        return null;
      } else {
        shift = -1;
        reason = "article date: last completed " + (parts == 4 ? "quarter" : "half");
      }
      return anchored(i, end, "DATE", TimexValues.shift(anchor, unit, shift), "time:quarter", reason);
    }
    int yr = anchor.getYear();
    String reason = "article year";
    if (q > current) {
      Dir dir = tense(i, end, Direction.FUTURE, "no tense cue: this year");
      if (dir.direction() == Direction.PAST) {
        yr--;
        reason = dir.reason() + ", previous year";
      } else {
        reason = dir.reason() + ", article year";
      }
    }
    return anchored(i, end, "DATE", parts == 4 ? TimexValues.quarter(yr, q) : TimexValues.half(yr, q),
        "time:quarter", reason);
  }

  /**
   * Deictic dates: "last week", "this year", "next month", "last Friday", "next September", "this
   * summer", "the past year", "last night", "this morning", "the same day", "the day before", "the
   * weekend", "year-ago", "year-end".
   */
  private TimexMatch matchDeictic(int i) {
    int j = i;
    boolean the = false;
    if (is(j, THE)) {
      the = true;
      j++;
    }
    if (word(j, W.YEAR) && dash(j + 1) && (word(j + 2, W.AGO) || word(j + 2, W.EARLIER)
        || word(j + 2, W.END))) {
      int end = j + 3;
      if (word(j + 2, W.END)) {
        return anchored(i, end, "DATE", TimexValues.shift(anchor, Unit.YEAR, 0), "time:year-end",
            "article date").withMod("END");
      }
      Unit after = unit(end);
      String tracked = anchor == null ? null : trackedYearAgoQuarter();
      if (after == Unit.QUARTER || word(end, W.PERIOD)) {
        if (tracked != null) {
          return anchored(i, end + 1, "DATE", tracked, "time:year-ago",
              "article date: quarter reported, a year before");
        }
        return anchored(i, end + 1, "DATE", TimexValues.shift(anchor, Unit.QUARTER, -5),
            "time:year-ago", "article date: last completed quarter, a year before");
      }
      if (the) {
        return null;
      }
      if (tracked != null) {
        return anchored(i, end, "DATE", tracked, "time:year-ago",
            "article date: quarter reported, a year before");
      }
      return anchored(i, end, "DATE", TimexValues.shift(anchor, Unit.YEAR, -1), "time:year-ago",
          "article date, a year back");
    }
    if (is(j, SEASON) && (the || word(i - 1, W.IN) || word(i - 1, W.DURING) || word(i - 1, W.SINCE)
        || word(i - 1, W.BY) || word(i - 1, W.THIS) || isYear(j + 1) || word(j + 1, W.OF) && isYear(j + 2))) {
      int s = val(j, SEASON);
      int end = j + 1;
      String code = TimeLexicon.SEASONS[s];
      if (isYear(end) || word(end, W.OF) && isYear(end + 1)) {
        int yj = isYear(end) ? end : end + 1;
        return m(i, yj + 1, "DATE", TimexValues.season(p.number(yj), code), "time:season");
      }
      if (anchor == null) {
        return m(i, end, "DATE", TimexValues.season(Integer.MIN_VALUE, code), "time:season");
      }
      Dir dir = tense(i, end, Direction.SAME, "no tense cue: article year");
      int y = TimexValues.yearOfSeason(anchor, s, dir.direction());
      return anchored(i, end, "DATE", TimexValues.season(y, code), "time:season", dir.reason());
    }
    if (the && word(j, W.WEEKEND)) {
      Dir dir = tense(i, j + 1, Direction.NEAREST, "no tense cue: nearest weekend");
      long w = dir.direction() == Direction.PAST && anchor != null && anchor.getDayOfWeek().getValue() < 6
          ? -1 : 0;
      return anchored(i, j + 1, "DATE", TimexValues.shift(anchor, Unit.WEEKEND, w), "time:weekend",
          dir.reason());
    }
    // the day before / after, the previous / next / following day
    if (the && word(j, W.DAY) && (word(j + 1, W.BEFORE) || word(j + 1, W.AFTER))
        && !is(j + 2, DAY_WORD) && !(in(j + 2) && p.kind(j + 2) == WORD && !is(j + 2, THE) && false)) {
      long s = word(j + 1, W.BEFORE) ? -1 : 1;
      if (in(j + 2) && (is(j + 2, THE) || is(j + 2, WEEKDAY) || p.capitalized(j + 2))) {
        return null;
      }
      return anchored(i, j + 2, "DATE", TimexValues.shift(anchor, Unit.DAY, s), "time:day-relative",
          "article date");
    }
    if (!the && word(j, W.THIS) && (word(j + 1, W.COMING) || word(j + 1, W.PAST))) {
      // "this coming Sunday", "this past spring"
      j++;
    }
    return matchDeicticWord(i, j, the);
  }

  /**
   * {@link #matchDeictic} from its deictic word at {@code j} ("last", "next", "this", "past"...), after
   * "the" if {@code the}. A method of its own because the whole was too large for the JIT's profiling
   * compiler ("out of virtual registers"), which left it unoptimized for the life of the JVM.
   */
  private TimexMatch matchDeicticWord(int i, int j, boolean the) {
    int dv = val(j, DEICTIC);
    if (dv < 0) {
      return null;
    }
    Deictic d = DEICTICS[dv];
    int k = j + 1;
    if (is(k, FISCAL)) {
      k++;
    }
    long shift;
    Direction nameDir;
    switch (d) {
      case THIS, CURRENT, SAME, THAT -> {
        shift = 0;
        nameDir = Direction.SAME;
      }
      case LAST, PAST, PREVIOUS, LATEST, RECENT -> {
        shift = -1;
        nameDir = Direction.PAST_STRICT;
      }
      case NEXT, COMING, FOLLOWING -> {
        shift = 1;
        nameDir = Direction.FUTURE_STRICT;
      }
      default -> {
        return null;
      }
    }
    if (d == Deictic.RECENT) {
      return null;
    }
    Unit unit = is(k, UNIT) ? unit(k) : null;
    if (unit != null && unit != Unit.SECOND && unit != Unit.MINUTE) {
      if ((d == Deictic.THAT || d == Deictic.SAME) && !the && d == Deictic.SAME) {
        return null;
      }
      if (unit == Unit.HOUR) {
        return null;
      }
      if (unit == Unit.DAY) {
        if (d == Deictic.THIS || d == Deictic.CURRENT || d == Deictic.LATEST || d == Deictic.PAST) {
          return null;
        }
        if (d == Deictic.LAST && !the) {
          return null;
        }
      }
      if (d == Deictic.LATEST && unit != Unit.QUARTER) {
        // "the latest period" style; "latest year" rare
      }
      String v = TimexValues.shift(anchor, unit, shift);
      String rule = "time:" + deicticWord(j) + "-" + unit.name().toLowerCase(java.util.Locale.ROOT);
      String reason = "article date" + (shift < 0 ? ", one " + unitName(unit) + " back"
          : shift > 0 ? ", one " + unitName(unit) + " ahead" : "");
      if (d == Deictic.THAT || d == Deictic.SAME) {
        reason = "article date (referent not tracked)";
      }
      boolean story = d == Deictic.THAT || d == Deictic.SAME || the && (d == Deictic.FOLLOWING
          || d == Deictic.PREVIOUS);
      if (story && anchor != null && unit == Unit.YEAR && refYear != Integer.MIN_VALUE) {
        // "that year", "the following year": the year the story last named, not the article's
        v = TimexValues.year(refYear + (int) shift);
        reason = "last year named in the text" + (shift < 0 ? ", one year back" : shift > 0
            ? ", one year ahead" : "");
      } else if (story && anchor != null && unit == Unit.QUARTER && refQuarter > 0) {
        int q = refQuarter + (int) shift;
        int qy = refQuarterYear + (q > 4 ? 1 : q < 1 ? -1 : 0);
        v = TimexValues.quarter(qy, (q + 3) % 4 + 1);
        reason = "last quarter named in the text" + (shift < 0 ? ", one quarter back" : shift > 0
            ? ", one quarter ahead" : "");
      }
      if (unit == Unit.WEEKEND) {
        v = TimexValues.shift(anchor, Unit.WEEKEND, shift);
      }
      return anchored(i, k + 1, "DATE", v, "time:deictic-unit", reason).withRule(rule);
    }
    if (the && d != Deictic.SAME && d != Deictic.PAST && d != Deictic.PREVIOUS && d != Deictic.FOLLOWING
        && d != Deictic.LATEST) {
      // "the next Monday" reads like "next Monday"; "the last Friday of" is not a deictic
      if (!(d == Deictic.NEXT && (is(k, PART_OF_DAY) || word(k, W.DAY)))) {
        return null;
      }
    }
    if (isWeekdayName(k)) {
      int dow = val(k, WEEKDAY);
      int end = k + 1;
      String pod = "";
      if (is(end, PART_OF_DAY)) {
        pod = TimeLexicon.PARTS_OF_DAY[val(end, PART_OF_DAY)];
        end++;
      }
      if (anchor == null) {
        return m(i, end, pod.isEmpty() ? "DATE" : "TIME",
            TimexValues.weekdayNoDate(dow) + (pod.isEmpty() ? "" : "T" + pod), "time:deictic-weekday");
      }
      LocalDate day = TimexValues.weekday(anchor, dow, nameDir);
      return anchored(i, end, pod.isEmpty() ? "DATE" : "TIME",
          TimexValues.day(day) + (pod.isEmpty() ? "" : "T" + pod), "time:deictic-weekday",
          "article date, '" + deicticWord(j) + "'");
    }
    if (is(k, MONTH) && p.capitalized(k)) {
      int month = val(k, MONTH);
      int end = skipAbbrevPeriod(k + 1);
      if (anchor == null) {
        return m(i, end, "DATE", TimexValues.monthNoYear(month), "time:deictic-month");
      }
      int y = TimexValues.yearOfMonth(anchor, month, nameDir);
      return anchored(i, end, "DATE", TimexValues.month(y, month), "time:deictic-month",
          "article date, '" + deicticWord(j) + "'");
    }
    if (is(k, SEASON)) {
      int s = val(k, SEASON);
      if (anchor == null) {
        return m(i, k + 1, "DATE", TimexValues.season(Integer.MIN_VALUE, TimeLexicon.SEASONS[s]),
            "time:deictic-season");
      }
      int y = TimexValues.yearOfSeason(anchor, s, nameDir);
      return anchored(i, k + 1, "DATE", TimexValues.season(y, TimeLexicon.SEASONS[s]),
          "time:deictic-season", "article date, '" + deicticWord(j) + "'");
    }
    if (is(k, PART_OF_DAY) && (d == Deictic.THIS || d == Deictic.LAST || d == Deictic.NEXT
        || d == Deictic.THAT || d == Deictic.SAME || d == Deictic.PREVIOUS || d == Deictic.FOLLOWING)) {
      int pod = val(k, PART_OF_DAY);
      long s = d == Deictic.LAST ? (pod == 3 ? -1 : -1) : d == Deictic.NEXT || d == Deictic.FOLLOWING ? 1
          : d == Deictic.PREVIOUS ? -1 : 0;
      if (d == Deictic.LAST && pod != 3) {
        // "last evening" is yesterday evening too
        s = -1;
      }
      String v = (anchor == null ? "XXXX-XX-XX" : TimexValues.shift(anchor, Unit.DAY, s)) + "T"
          + TimeLexicon.PARTS_OF_DAY[pod];
      return anchored(i, k + 1, "TIME", v, "time:deictic-part-of-day", "article date, '" + deicticWord(j) + "'");
    }
    return null;
  }

  /** The deictic word at j, lower-cased, for rule ids and reasons (allocates; call per match only). */
  private String deicticWord(int j) {
    return p.text(j, j + 1).toLowerCase(java.util.Locale.ROOT);
  }

  private boolean isWeekdayName(int j) {
    return isWeekday(j);
  }

  private static String unitName(Unit u) {
    return u.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /** today, yesterday, tomorrow, tonight, with a part of day: "yesterday morning". */
  private TimexMatch matchDayWord(int i) {
    int j = i;
    boolean dayBefore = false;
    if (is(j, THE) && word(j + 1, W.DAY) && (word(j + 2, W.BEFORE) || word(j + 2, W.AFTER))
        && is(j + 3, DAY_WORD)) {
      dayBefore = true;
      j += 3;
    }
    if (!is(j, DAY_WORD)) {
      return null;
    }
    long offset = val(j, DAY_WORD) - 10;
    if (dayBefore) {
      offset += word(i + 2, W.BEFORE) ? -1 : 1;
    }
    boolean tonight = word(j, W.TONIGHT);
    int end = j + 1;
    String pod = tonight ? "NI" : "";
    if (!tonight && is(end, PART_OF_DAY)) {
      pod = TimeLexicon.PARTS_OF_DAY[val(end, PART_OF_DAY)];
      end++;
    }
    String base = anchor == null ? "XXXX-XX-XX" : TimexValues.shift(anchor, Unit.DAY, offset);
    String reason = "article date" + (offset < 0 ? ", " + (-offset) + " day back" : offset > 0
        ? ", " + offset + " day ahead" : "");
    return anchored(i, end, pod.isEmpty() ? "DATE" : "TIME", pod.isEmpty() ? base : base + "T" + pod,
        "time:" + p.text(j, j + 1).toLowerCase(java.util.Locale.ROOT), reason);
  }

  /** References: "now", "currently", "recently", "the past", "the future", "soon", "these days". */
  private TimexMatch matchRef(int i) {
    if (is(i, REF)) {
      if (word(i, W.FUTURE)) {
        return null;
      }
      int r = val(i, REF);
      return m(i, i + 1, "DATE", TimeLexicon.REFS[r], "time:ref");
    }
    if (word(i, W.RIGHT) && word(i + 1, W.NOW)) {
      return m(i, i + 2, "DATE", "PRESENT_REF", "time:ref");
    }
    if (word(i, W.MORE) && word(i + 1, W.RECENTLY)) {
      return m(i, i + 2, "DATE", "PAST_REF", "time:ref");
    }
    if (word(i, W.THESE) && word(i + 1, W.DAYS)) {
      return m(i, i + 2, "DATE", "PRESENT_REF", "time:ref");
    }
    if (word(i, W.AS) && word(i + 1, W.SOON) && word(i + 2, W.AS) && word(i + 3, W.POSSIBLE)) {
      return m(i, i + 4, "DATE", "FUTURE_REF", "time:ref");
    }
    if (is(i, THE)) {
      int j = i + 1;
      boolean near = false;
      if (word(j, W.NEAR) || word(j, W.DISTANT) || word(j, W.FORESEEABLE) || word(j, W.RECENT)) {
        near = true;
        j++;
      }
      if (word(j, W.FUTURE) && !is(j + 1, UNITS) && !is(j + 1, UNIT)) {
        return m(i, j + 1, "DATE", "FUTURE_REF", "time:ref");
      }
      if (word(j, W.PAST) && (near || !(is(j + 1, UNIT) || is(j + 1, UNITS) || is(j + 1, NUMBER)
          || is(j + 1, TENS) || is(j + 1, SOME) || in(j + 1) && p.kind(j + 1) == NUM
          || is(j + 1, ARTICLE) || word(j + 1, W.SEVERAL)))) {
        return m(i, j + 1, "DATE", "PAST_REF", "time:ref");
      }
    }
    if (word(i, W.RECENT) && !is(i + 1, UNITS) && !is(i + 1, UNIT) && !is(i - 1, THE)
        && !is(i - 1, ARTICLE)) {
      return null;
    }
    if (word(i, W.CURRENT) && !is(i + 1, UNIT) && !is(i + 1, UNITS) && !is(i + 1, FISCAL)
        && in(i - 1) && is(i - 1, THE) && false) {
      return m(i, i + 1, "DATE", "PRESENT_REF", "time:ref");
    }
    return null;
  }

  /** Sets: "every Monday", "each year", "daily", "weekly", "on Mondays", "twice a week". */
  private TimexMatch matchSet(int i) {
    if (is(i, SET_ADVERB)) {
      Unit u = UNITS_BY_ORDINAL[val(i, SET_ADVERB)];
      if (word(i, W.NIGHTLY)) {
        return m(i, i + 1, "SET", "XXXX-XX-XXTNI", "time:set-adverb");
      }
      return m(i, i + 1, "SET", TimexValues.period(u == Unit.FORTNIGHT ? 1 : 1, u), "time:set-adverb");
    }
    if (is(i, WEEKDAYS) && p.capitalized(i)) {
      return m(i, i + 1, "SET", TimexValues.weekdayNoDate(val(i, WEEKDAYS)), "time:set-weekday");
    }
    if (is(i, EVERY) && !word(i, W.PER)) {
      int j = i + 1;
      int n = 1;
      if (word(j, W.OTHER)) {
        n = 2;
        j++;
      } else if (number(j, false) && numValue > 1 && numValue == Math.rint(numValue)) {
        n = (int) numValue;
        j = numEnd;
      }
      if (isWeekdayName(j)) {
        String v = TimexValues.weekdayNoDate(val(j, WEEKDAY));
        int end = j + 1;
        if (is(end, PART_OF_DAY)) {
          v = v + "T" + TimeLexicon.PARTS_OF_DAY[val(end, PART_OF_DAY)];
          end++;
        }
        return m(i, end, "SET", v, "time:set-every");
      }
      if (is(j, PART_OF_DAY)) {
        return m(i, j + 1, "SET", "XXXX-XX-XXT" + TimeLexicon.PARTS_OF_DAY[val(j, PART_OF_DAY)],
            "time:set-every");
      }
      if (is(j, MONTH) && p.capitalized(j)) {
        return m(i, j + 1, "SET", TimexValues.monthNoYear(val(j, MONTH)), "time:set-every");
      }
      Unit u = unit(j);
      if (u != null && u != Unit.WEEKEND) {
        return m(i, j + 1, "SET", TimexValues.period(n, u), "time:set-every");
      }
      if (u == Unit.WEEKEND) {
        return m(i, j + 1, "SET", "XXXX-WXX-WE", "time:set-every");
      }
      return null;
    }
    // twice a week, once a month, three times a year
    int freq = -1;
    int j = i;
    if (word(j, W.ONCE)) {
      freq = 1;
      j++;
    } else if (word(j, W.TWICE)) {
      freq = 2;
      j++;
    } else if (number(j, false) && numValue > 0 && word(numEnd, W.TIMES)) {
      freq = (int) numValue;
      j = numEnd + 1;
    }
    if (freq > 0 && (is(j, ARTICLE) || word(j, W.PER) || word(j, W.EVERY) || word(j, W.EACH))) {
      Unit u = unit(j + 1);
      if (u != null && is(j + 1, UNIT)) {
        return new TimexMatch(i, j + 2, "SET", TimexValues.period(1, u), "", "time:set-frequency", "", "",
            "", freq + "X");
      }
    }
    // "$5 a year", "3% a month": a rate
    if (freq < 0 && (is(i, ARTICLE) || word(i, W.PER)) && is(i + 1, UNIT) && in(i - 1)
        && (p.kind(i - 1) == NUM || p.kind(i - 1) == NUM_SEP || ch(i - 1, '%') || word(i - 1, W.PERCENT)
            || word(i - 1, W.MILLION) || word(i - 1, W.BILLION) || word(i - 1, W.DOLLARS)
            || word(i - 1, W.CENTS) || word(i - 1, W.BARRELS))) {
      Unit u = unit(i + 1);
      if (u != null && u != Unit.WEEKEND && u != Unit.SECOND) {
        return m(i, i + 2, "SET", TimexValues.period(1, u), "time:set-rate");
      }
    }
    return null;
  }

  /**
   * Parts of day without a day name: "in the morning", "the first part of the day", and holidays
   * ("Christmas").
   */
  private TimexMatch matchPartOfDay(int i) {
    int j = i;
    if (is(j, THE)) {
      j++;
    }
    // the first part of the day -> morning; the second / latter part -> afternoon
    if ((is(j, ORDINAL) || word(j, W.LATTER) || word(j, W.EARLY) || word(j, W.LAST))
        && (word(j + 1, W.PART) || word(j + 1, W.HALF)) && word(j + 2, W.OF) && is(j + 3, THE)
        && word(j + 4, W.DAY)) {
      String pod = word(j, W.FIRST) || word(j, W.EARLY) ? "MO" : "AF";
      String v = (anchor == null ? "XXXX-XX-XX" : TimexValues.day(anchor)) + "T" + pod;
      return anchored(i, j + 5, "TIME", v, "time:part-of-day", "article date");
    }
    if (j > i && is(j, PART_OF_DAY) && (word(i - 1, W.IN) || word(i - 1, W.DURING))
        && !word(j + 1, W.OF) && !is(j + 1, UNIT)) {
      String v = (anchor == null ? "XXXX-XX-XX" : TimexValues.day(anchor)) + "T"
          + TimeLexicon.PARTS_OF_DAY[val(j, PART_OF_DAY)];
      return anchored(i, j + 1, "TIME", v, "time:part-of-day", "article date");
    }
    if (is(i, HOLIDAY) && p.capitalized(i)) {
      int md = val(i, HOLIDAY);
      int end = i + 1;
      if (word(end, W.EVE)) {
        md = md == 1225 ? 1224 : md;
        end++;
      } else if (word(end, W.DAY)) {
        end++;
      }
      int y = skipComma(end);
      if (isYear(y)) {
        return m(i, y + 1, "DATE", TimexValues.year(p.number(y)) + "-" + TimexValues.pad2(md / 100) + "-"
            + TimexValues.pad2(md % 100), "time:holiday");
      }
      if (anchor == null) {
        return m(i, end, "DATE", TimexValues.dayNoYear(md / 100, md % 100), "time:holiday");
      }
      int yr = TimexValues.yearOfDay(anchor, md / 100, md % 100, -1);
      return anchored(i, end, "DATE", TimexValues.day(LocalDate.of(yr, md / 100, md % 100)),
          "time:holiday", "nearest to article date");
    }
    if (word(i, W.NEW) && p.capitalized(i) && word(i + 1, W.YEAR) && in(i + 2) && p.isWord(i + 2, "'s")
        && (word(i + 3, W.DAY) || word(i + 3, W.EVE))) {
      boolean eve = word(i + 3, W.EVE);
      int m = eve ? 12 : 1;
      int d = eve ? 31 : 1;
      if (anchor == null) {
        return m(i, i + 4, "DATE", TimexValues.dayNoYear(m, d), "time:holiday");
      }
      int yr = TimexValues.yearOfDay(anchor, m, d, -1);
      return anchored(i, i + 4, "DATE", TimexValues.day(LocalDate.of(yr, m, d)), "time:holiday",
          "nearest to article date");
    }
    return null;
  }

  /**
   * Point modifiers and edges around another date: "early 2023", "late November", "mid-1990s", "earlier
   * this month", "the end of the month", "the beginning of October", "late yesterday".
   */
  private TimexMatch matchEdges(int i) {
    int j = i;
    boolean the = false;
    if (is(j, THE)) {
      the = true;
      j++;
    }
    String mod;
    int k;
    if (is(j, EDGE) && word(j + 1, W.OF)) {
      mod = TimeLexicon.MODS[val(j, EDGE)];
      if (word(j, W.CLOSE) && !the) {
        return null;
      }
      k = j + 2;
    } else if (is(j, POINT_MOD) && (!the || !word(j, W.EARLIER) && !word(j, W.LATER))) {
      mod = TimeLexicon.MODS[val(j, POINT_MOD)];
      k = j + 1;
      if (dash(k)) {
        k++;
      }
      if (word(k, W.IN) && is(k + 1, THE)) {
        k++;
      }
    } else if (word(j, W.MID) && dash(j + 1)) {
      mod = "MID";
      k = j + 2;
    } else {
      return null;
    }
    // the inner expression
    TimexMatch inner = null;
    if (is(k, THE) && (unit(k + 1) != null) && is(k + 1, UNIT)) {
      Unit u = unit(k + 1);
      if (u == Unit.SECOND || u == Unit.MINUTE || u == Unit.HOUR) {
        return null;
      }
      String v = TimexValues.shift(anchor, u, 0);
      inner = anchored(k, k + 2, "DATE", v, "time:edge", "article date: current " + unitName(u));
      if (word(k + 2, W.OF) ) {
        return null;
      }
    } else {
      inner = longer(inner, matchCalendar(k, false));
      inner = longer(inner, matchYear(k));
      inner = longer(inner, matchDeictic(k));
      inner = longer(inner, matchDayWord(k));
      inner = longer(inner, matchQuarter(k));
    }
    if (inner == null || inner.first() != k || !inner.type().equals("DATE") && !inner.type().equals("TIME")) {
      return null;
    }
    if (inner.value().endsWith("_REF")) {
      return null;
    }
    if (inner.rule().startsWith("time:weekday") || inner.rule().equals("time:today")
        || inner.rule().equals("time:yesterday") || inner.rule().equals("time:tomorrow")
        || inner.rule().equals("time:tonight")) {
      // "earlier Friday", "late Monday", "later today": TimeML leaves the adverb out
      return null;
    }
    if (the && !(inner.rule().equals("time:decade") || is(j, EDGE))) {
      return null;
    }
    boolean earlierLater = word(j, W.EARLIER) || word(j, W.LATER);
    if (earlierLater) {
      // "earlier this year": START; "earlier today": no mod
      if (inner.value().length() >= 10 && !inner.value().contains("W")) {
        mod = "";
      }
    }
    if (inner.rule().startsWith("time:weekday") && inner.type().equals("DATE") && !earlierLater) {
      // "late Tuesday": keep the day, no mod on a day
      mod = "";
    }
    String m = mod.isEmpty() ? inner.mod() : mod;
    return inner.withSpan(i, inner.end()).withMod(m)
        .withRule(inner.rule() + (mod.isEmpty() ? "" : "+mod"));
  }

  /** Timezone named after a time: "Moscow time", "(Paris time + 3)", "GMT". */
  private TimexMatch withZone(TimexMatch m) {
    int j = m.end();
    StringBuilder zone = null;
    int end = m.end();
    // "Moscow time", "local time"
    if (in(j + 1) && word(j + 1, W.TIME) && in(j) && p.kind(j) == WORD
        && (p.capitalized(j) || word(j, W.LOCAL))) {
      zone = new StringBuilder(p.text(j, j + 2));
      end = j + 2;
      j += 2;
    } else if (is(j, ZONE) && p.capitalized(j) && m.timezone().isEmpty()) {
      zone = new StringBuilder(p.text(j, j + 1));
      end = j + 1;
      j++;
    }
    if (zone == null) {
      return m;
    }
    // "(Paris time + 3)": another clock given for reference
    if (ch(j, '(') && in(j + 2) && word(j + 2, W.TIME)) {
      int k = j + 3;
      while (in(k) && k < j + 8 && !ch(k, ')')) {
        k++;
      }
      if (ch(k, ')')) {
        zone.append(' ').append(p.text(j, k + 1));
      }
    }
    TimexMatch out = m.withTimezone(m.end(), zone.toString());
    // the zone is part of the extent only for clock times (TimeML), not after day names
    return m.type().equals("TIME") && m.rule().startsWith("time:clock") ? out.withSpan(m.first(), end) : out;
  }

}
