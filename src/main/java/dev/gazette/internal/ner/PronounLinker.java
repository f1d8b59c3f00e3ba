package dev.gazette.internal.ner;

import dev.gazette.EntityType;
import dev.gazette.Mention;
import dev.gazette.Span;
import dev.gazette.internal.kb.AliasKeys;
import dev.gazette.internal.kb.KnowledgeBase;
import dev.gazette.internal.kb.NameTable;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.text.SentenceBuffer;
import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.TokenFlags;
import dev.gazette.internal.text.WordSet;
import dev.gazette.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links "he" and "she" in subject position to the person they refer to, when the text leaves one
 * reading: a mention over the pronoun, of type PERSON, marked {@code anaphor=1} like the descriptions
 * {@link AnaphorStage} links, so that relation rules read "He said the talks were useful" as that
 * person's statement while entities never list the pronoun.
 *
 * <p>A pronoun counts when it opens a sentence ("He said"), a clause after "and", "but" or a comma
 * ("..., and he met Erdogan"), a reported clause after a speech verb ("Costa said (that) he had
 * spoken with Nyusi"), or a reporting clause after a quote or comma ("... were useful," he said), and
 * a lower-case word follows it (its verb or an adverb: "He Lifeng" is a name). Its
 * antecedent must be one person, of a gender that fits the pronoun (from the given-name table, "Mr" or
 * "Ms" before a name, or the knowledge base's given name; unknown fits both):
 * <ul>
 *   <li>after "and", "but", a speech verb or a comma inside the sentence: the person who opens the sentence, when
 *       no other person fitting the pronoun is named before the pronoun;
 *   <li>at the start of a sentence, or in a reporting clause whose sentence names no one fitting
 *       before it: the subject of the sentence before, that is the person opening it (after title
 *       words, a nationality or place, or an opening phrase with a comma), the speaker of its
 *       reporting clause (", Smith said"), or a pronoun already linked there. Two different subjects
 *       fitting the pronoun, or a subject coordinated with another ("Putin and Erdogan met"), leave it
 *       unlinked. When the subject's gender is known not to fit, the only other person of that
 *       sentence whose gender is known to fit is taken ("Angela Merkel met Vladimir Putin. He said").
 * </ul>
 * A person followed by a possessive ("Smith's spokesman said") makes the sentence ambiguous: its
 * pronoun may be the spokesman.
 *
 * <p>Cost: one scan of the tokens for pronouns; the rest runs only for the sentences that have one.
 */
public final class PronounLinker {
  static final String RULE = "ner.anaphor";

  private static final WordSet SPEECH =
      WordSet.of(
          "said", "says", "told", "tells", "added", "adds", "declared", "explained", "wrote", "stated", "insisted",
          "stressed", "noted", "indicated", "affirmed", "assured", "confirmed", "argued", "claimed", "replied",
          "commented", "estimated", "recalled", "underlined", "emphasized", "emphasised", "acknowledged",
          "admitted", "maintained", "observed", "asserted", "concluded", "repeated", "warned", "predicted",
          "announced", "continued", "answered", "cautioned", "suggested");
  private static final WordSet SPEECH_AUX =
      WordSet.of("also", "later", "then", "further", "has", "had", "again", "earlier", "once", "previously");
  /** Words between "the" and a name that make a title: "Foreign Minister", "the former president". */
  private static final WordSet TITLE_WORDS =
      WordSet.of(
          "the", "of", "president", "minister", "prime", "foreign", "deputy", "vice", "former", "acting", "chancellor",
          "premier", "secretary", "general", "spokesman", "spokeswoman", "spokesperson", "leader", "chief",
          "executive", "chairman", "chairwoman", "chair", "director", "governor", "mayor", "ambassador", "envoy",
          "commander", "king", "queen", "emir", "senator", "sen", "rep", "representative", "judge", "mr", "mrs",
          "ms", "dr", "finance", "defence", "defense", "interior", "economy", "trade", "energy", "state",
          "treasury", "opposition", "party", "new", "incoming", "outgoing", "interim", "senior", "top", "head",
          "officer", "ceo", "founder", "coach", "manager", "analyst", "economist", "lieutenant",
          "colonel", "captain", "admiral", "sheikh", "prince", "princess", "pope", "cardinal", "bishop",
          "archbishop", "counterpart", "opponent", "rival", "candidate", "speaker", "lawmaker", "attorney",
          "presidential", "national", "security", "adviser", "advisor", "council", "house", "white");
  /** Whether {@code word} is a word of titles ("minister", "foreign", "deputy"...), any case. */
  static boolean isTitleWord(String word) {
    return TITLE_WORDS.contains(word);
  }

  /**
   * Lower-case words that put a name inside a phrase rather than at the head of the subject: "An aide
   * to Brandt said", "In a letter from Brandt", "a spokesman for Brandt".
   */
  private static final WordSet NOT_BEFORE_SUBJECT =
      WordSet.of(
          "to", "for", "with", "by", "from", "about", "against", "at", "on", "into", "after", "before", "between",
          "among", "than", "like", "under", "over", "without", "and", "or", "but", "who", "which", "that",
          "whom", "whose", "when", "while", "as", "if", "because", "met", "asked", "named", "according", "told",
          "urged", "called", "replaced", "succeeded", "said");

  private static final WordSet MALE_HONORIFICS = WordSet.of("mr", "sir", "lord", "king", "prince", "monsieur", "herr", "señor");
  private static final WordSet FEMALE_HONORIFICS =
      WordSet.of("mrs", "ms", "miss", "mme", "madam", "madame", "dame", "lady", "queen", "princess", "frau", "señora");

  private static final int UNKNOWN = 0;
  private static final int MALE = 1;
  private static final int FEMALE = 2;
  private static final int BOTH = 3;

  private final KnowledgeBase kb;

  PronounLinker(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** A person named or linked: where, which one (kb id or last word), and what the link should carry. */
  private record Ref(int start, int end, int firstToken, int lastToken, String key, String kbId, String antecedent) {}

  void link(Workspace ws) {
    TokenBuffer tokens = ws.tokens();
    String text = ws.text();
    SentenceBuffer sentences = ws.sentences();
    // Most articles with people have a pronoun: look for one first, build the rest only then.
    int firstPronoun = -1;
    for (int t = 0; t + 1 < tokens.size(); t++) {
      // cheap tests first: a lower-case word after it, and a capital or a comma, "and", "but" or a speech verb before it
      if (tokens.has(t + 1, TokenFlags.ALL_LOWER) && isPronoun(text, tokens, t) != UNKNOWN
          && (Character.isUpperCase(text.charAt(tokens.start(t))) || t > 0 && (is(text, tokens, t - 1, ",")
              || is(text, tokens, t - 1, "and") || is(text, tokens, t - 1, "but") || isQuote(tokens, t - 1)
              || afterSpeech(text, tokens, t - 1, 0)))) {
        firstPronoun = t;
        break;
      }
    }
    if (firstPronoun < 0) {
      return;
    }
    List<Mention> mentions = ws.mentions();
    List<Ref> refs = new ArrayList<>();
    List<Mention> named = new ArrayList<>();
    List<String> namedKeys = new ArrayList<>();
    for (Mention m : mentions) {
      if (!m.type().equals(EntityType.PERSON)) {
        continue;
      }
      int first = tokens.firstEndingAfter(m.start());
      int last = tokens.firstEndingAfter(m.end() - 1);
      if (first >= tokens.size() || last >= tokens.size()) {
        continue;
      }
      String kbId = m.attributes().get("kb_id");
      if (m.attributes().containsKey(AnaphorStage.ANAPHOR)) {
        String antecedent = m.attributes().get("antecedent");
        String key = kbId != null ? kbId : antecedent != null ? lastWord(antecedent) : null;
        if (key != null) {
          refs.add(new Ref(m.start(), m.end(), first, last, key, kbId, antecedent));
        }
        continue;
      }
      String key = kbId != null ? kbId : lastWord(m.text());
      refs.add(new Ref(m.start(), m.end(), first, last, key, kbId, m.text()));
      named.add(m);
      namedKeys.add(key);
    }
    if (refs.isEmpty()) {
      return;
    }
    refs.sort((a, b) -> Integer.compare(a.start, b.start));
    Genders genders = new Genders(this, named, namedKeys, text, tokens);
    List<Mention> found = new ArrayList<>();
    // Tokens a mention overlaps, made for the first pronoun that links: a scan of the mentions for
    // each was quadratic on long texts.
    boolean[] covered = null;
    int firstSentence = 0;
    while (firstSentence < sentences.size() && sentences.endToken(firstSentence) <= firstPronoun) {
      firstSentence++;
    }
    for (int s = firstSentence; s < sentences.size(); s++) {
      if ((sentences.flags(s) & SentenceBuffer.IN_LEAD_REPEAT) != 0) {
        continue;
      }
      int first = sentences.firstToken(s);
      int end = sentences.endToken(s);
      for (int t = first; t + 1 < end; t++) {
        int pronoun = tokens.has(t + 1, TokenFlags.ALL_LOWER) ? isPronoun(text, tokens, t) : UNKNOWN;
        if (pronoun == UNKNOWN) {
          continue;
        }
        Ref antecedent = antecedent(ws, refs, genders, s, t, pronoun);
        if (antecedent == null) {
          continue;
        }
        if (covered == null) {
          covered = ws.tokensCoveredByMentions(); // mentions does not change before the loop ends
        }
        if (covered[t]) {
          continue;
        }
        Mention.Builder m = Mention.builder(new Span(tokens.start(t), tokens.end(t)),
                text.substring(tokens.start(t), tokens.end(t)), EntityType.PERSON)
            .rule(RULE)
            .attribute(AnaphorStage.ANAPHOR, "1");
        if (antecedent.kbId != null) {
          m.attribute("kb_id", antecedent.kbId);
        } else {
          m.attribute("antecedent", antecedent.antecedent);
        }
        found.add(m.build());
        Ref link = new Ref(tokens.start(t), tokens.end(t), t, t, antecedent.key, antecedent.kbId, antecedent.antecedent);
        int at = 0;
        while (at < refs.size() && refs.get(at).start < link.start) {
          at++;
        }
        refs.add(at, link);
      }
    }
    mentions.addAll(found);
  }

  /**
   * Whether the pronoun of the sentence that ends {@code evidence} (its first "he" or "she") may refer
   * to {@code person} by gender: false only when the person's gender is known (given name, honorific or
   * knowledge base, over all the article's mentions of that person) and is the other one, or when the
   * person is named in a possessive ("Brandt's spokesman"), whose noun may be the pronoun. For the rules
   * that read a pronoun themselves ("Karin Lindqvist arrived. He said ..." is not hers).
   */
  public static boolean pronounFits(Workspace ws, Mention person, Span evidence) {
    TokenBuffer tokens = ws.tokens();
    SentenceBuffer sentences = ws.sentences();
    String text = ws.text();
    int after = tokens.firstEndingAfter(person.end());
    if (after < tokens.size() && tokens.has(after, TokenFlags.CLITIC) && tokens.end(after) - tokens.start(after) == 2
        && (text.charAt(tokens.start(after) + 1) == 's' || text.charAt(tokens.start(after) + 1) == 'S')) {
      return false; // "Brandt's spokesman spoke. He said ...": he may be the spokesman
    }
    int last = tokens.firstEndingAfter(evidence.end() - 1);
    int s = 0;
    while (s < sentences.size() && sentences.endToken(s) <= last) {
      s++;
    }
    if (s >= sentences.size()) {
      return true;
    }
    int pronoun = UNKNOWN;
    for (int t = sentences.firstToken(s); t < sentences.endToken(s) && pronoun == UNKNOWN; t++) {
      pronoun = isPronoun(text, tokens, t);
    }
    if (pronoun == UNKNOWN) {
      return true;
    }
    PronounLinker linker = defaults();
    String key = key(person);
    int g = UNKNOWN;
    for (Mention m : ws.mentions()) {
      if (m.type().equals(EntityType.PERSON) && !m.attributes().containsKey(AnaphorStage.ANAPHOR) && key.equals(key(m))) {
        int first = tokens.firstEndingAfter(m.start());
        if (first < tokens.size()) {
          g |= linker.gender(m, m.attributes().get("kb_id"), text, tokens, first);
        }
      }
    }
    return g == UNKNOWN || g == BOTH || g == pronoun;
  }

  private static String key(Mention m) {
    String kbId = m.attributes().get("kb_id");
    return kbId != null ? kbId : lastWord(m.text());
  }

  /**
   * The linker over the default knowledge base: the one {@link AnaphorStage#defaults()} runs and
   * {@link #pronounFits} reads genders with, so that both share its given-name memo.
   */
  static PronounLinker defaults() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final PronounLinker INSTANCE = new PronounLinker(KnowledgeBase.defaults());
  }

  /**
   * The gender of each person (by key) over all the article's named mentions of them, worked out on
   * first use: most people of an article are never a pronoun's candidate.
   */
  private static final class Genders {
    private final PronounLinker linker;
    private final List<Mention> named;
    private final List<String> keys;
    private final String text;
    private final TokenBuffer tokens;
    private final Map<String, Integer> known = new HashMap<>();

    Genders(PronounLinker linker, List<Mention> named, List<String> keys, String text, TokenBuffer tokens) {
      this.linker = linker;
      this.named = named;
      this.keys = keys;
      this.text = text;
      this.tokens = tokens;
    }

    int of(String key) {
      Integer g = known.get(key);
      if (g == null) {
        int v = UNKNOWN;
        for (int k = 0; k < named.size(); k++) {
          Mention m = named.get(k);
          if (key.equals(keys.get(k))) {
            v |= linker.gender(m, m.attributes().get("kb_id"), text, tokens, tokens.firstEndingAfter(m.start()));
          }
        }
        g = v;
        known.put(key, g);
      }
      return g;
    }
  }

  /** MALE for "he", FEMALE for "she" (either case), else UNKNOWN. */
  private static int isPronoun(String text, TokenBuffer tokens, int t) {
    int s = tokens.start(t);
    int n = tokens.end(t) - s;
    if (n != 2 && n != 3) {
      return UNKNOWN; // most tokens: no char read
    }
    char c = text.charAt(s);
    if (n == 2 && (c == 'h' || c == 'H') && (text.charAt(s + 1) == 'e')) {
      return MALE;
    }
    if (n == 3 && (c == 's' || c == 'S') && text.charAt(s + 1) == 'h' && text.charAt(s + 2) == 'e') {
      return FEMALE;
    }
    return UNKNOWN;
  }

  private static final int START = 0;
  private static final int CLAUSE = 1;
  private static final int REPORT = 2;

  /**
   * Whether token {@code k} ends a speech verb, alone or with "that", that opens a reported clause:
   * "Costa said he had spoken with Nyusi", "she added that she would run". Such a clause's pronoun is
   * read like one after "and": the sentence's opener when it is the one person before it that fits.
   */
  private static boolean afterSpeech(String text, TokenBuffer tokens, int k, int first) {
    if (k > first && is(text, tokens, k, "that")) {
      k--;
    }
    return k >= first && tokens.has(k, TokenFlags.ALL_LOWER) && SPEECH.contains(text, tokens.start(k), tokens.end(k));
  }

  /** The person pronoun {@code t} of sentence {@code s} refers to, or null (see the class comment). */
  private Ref antecedent(Workspace ws, List<Ref> refs, Genders genders, int s, int t, int pronoun) {
    String text = ws.text();
    TokenBuffer tokens = ws.tokens();
    SentenceBuffer sentences = ws.sentences();
    int first = sentences.firstToken(s);
    int end = sentences.endToken(s);
    // The word after it: a verb or an adverb, not a name ("He Lifeng") nor a coordination ("He and ...").
    int next = t + 1;
    if (!tokens.has(next, TokenFlags.ALL_LOWER) || is(text, tokens, next, "and") || is(text, tokens, next, "or")
        || is(text, tokens, next, "who")) {
      return null;
    }
    boolean capital = Character.isUpperCase(text.charAt(tokens.start(t)));
    int kind;
    if (t == first || t == first + 1 && isQuote(tokens, first)) {
      if (!capital) {
        return null;
      }
      kind = START;
    } else {
      if (capital) {
        return null;
      }
      int prev = t - 1;
      boolean afterComma = is(text, tokens, prev, ",")
          || isQuote(tokens, prev) && prev > first
              && (is(text, tokens, prev - 1, ",") || is(text, tokens, prev - 1, "?") || is(text, tokens, prev - 1, "!"));
      boolean afterAnd = is(text, tokens, prev, "and") || is(text, tokens, prev, "but")
          || afterSpeech(text, tokens, prev, first);
      if (!afterComma && !afterAnd) {
        return null;
      }
      kind = afterComma && isSpeech(text, tokens, next, end) ? REPORT : CLAUSE;
    }
    // People named before the pronoun in its own sentence.
    int from = firstRef(refs, tokens.start(first));
    List<Ref> before = new ArrayList<>();
    for (int k = from; k < refs.size() && refs.get(k).start < tokens.start(t); k++) {
      before.add(refs.get(k));
    }
    if (possessive(text, tokens, before, end)) {
      return null;
    }
    Ref own = single(before, genders, pronoun);
    if (kind == CLAUSE && own != null) {
      Ref opener = opener(text, tokens, before, first, end);
      return opener != null && opener.key.equals(own.key) ? own : null;
    }
    if (own != null || fitting(before, genders, pronoun)) {
      return null; // someone else named before it in its sentence: not clear
    }
    if (s == 0) {
      return null;
    }
    // The subject of the sentence before.
    int pFirst = sentences.firstToken(s - 1);
    int pEnd = sentences.endToken(s - 1);
    List<Ref> previous = new ArrayList<>();
    for (int k = firstRef(refs, tokens.start(pFirst)); k < refs.size() && refs.get(k).start < tokens.start(first); k++) {
      previous.add(refs.get(k));
    }
    if (previous.isEmpty() || possessive(text, tokens, previous, pEnd)) {
      return null;
    }
    List<Ref> subjects = new ArrayList<>(2);
    Ref opener = opener(text, tokens, previous, pFirst, pEnd);
    if (opener != null) {
      subjects.add(opener);
    }
    for (Ref r : previous) {
      if (r != opener && isSpeaker(text, tokens, r, pFirst, pEnd)) {
        subjects.add(r);
      }
    }
    if (subjects.isEmpty()) {
      return null;
    }
    Ref subject = single(subjects, genders, pronoun);
    if (subject != null) {
      return subject;
    }
    if (fitting(subjects, genders, pronoun)) {
      return null; // two subjects that fit
    }
    // The subjects do not fit the pronoun: the one other person whose gender is known to fit.
    Ref other = null;
    for (Ref r : previous) {
      int g = genders.of(r.key);
      if (g == pronoun) {
        if (other != null && !other.key.equals(r.key)) {
          return null;
        }
        other = other == null ? r : other;
      } else if (g == UNKNOWN || g == BOTH) {
        return null;
      }
    }
    return other;
  }

  /** The one person of {@code refs} fitting the pronoun (several mentions of one person are one), or null. */
  private static Ref single(List<Ref> refs, Genders genders, int pronoun) {
    Ref found = null;
    for (Ref r : refs) {
      if (!fits(genders, r, pronoun)) {
        continue;
      }
      if (found != null && !found.key.equals(r.key)) {
        return null;
      }
      if (found == null) {
        found = r;
      }
    }
    return found;
  }

  private static boolean fitting(List<Ref> refs, Genders genders, int pronoun) {
    for (Ref r : refs) {
      if (fits(genders, r, pronoun)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fits(Genders genders, Ref r, int pronoun) {
    int g = genders.of(r.key);
    return g == UNKNOWN || g == BOTH || g == pronoun;
  }

  /** Whether one of {@code refs} is followed by "'s": "Smith's spokesman said" may be the "he". */
  private static boolean possessive(String text, TokenBuffer tokens, List<Ref> refs, int end) {
    for (Ref r : refs) {
      int n = r.lastToken + 1;
      if (n < end && tokens.has(n, TokenFlags.CLITIC) && tokens.end(n) - tokens.start(n) == 2
          && (text.charAt(tokens.start(n) + 1) == 's' || text.charAt(tokens.start(n) + 1) == 'S')) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first person of the sentence when they open it: only title words, a nationality or place, or an
   * opening phrase closed by a comma come before, and no "and" or "or" joins another after them.
   */
  private Ref opener(String text, TokenBuffer tokens, List<Ref> refs, int first, int end) {
    if (refs.isEmpty()) {
      return null;
    }
    Ref r = refs.get(0);
    int t = first;
    if (isQuote(tokens, t)) {
      return null; // a quote opens the sentence: its people are quoted
    }
    // An opening phrase up to a comma ("On Monday, ...", "In Ankara, ...") with no one in it.
    int comma = -1;
    for (int i = first; i < r.firstToken; i++) {
      if (is(text, tokens, i, ",")) {
        comma = i;
        break;
      }
    }
    if (comma >= 0 && comma - first <= 6) {
      t = comma + 1;
    }
    for (int i = t; i < r.firstToken; i++) {
      boolean ok = tokens.has(i, TokenFlags.CAPITALIZED) || tokens.has(i, TokenFlags.ALL_UPPER)
          || TITLE_WORDS.contains(text, tokens.start(i), tokens.end(i)) || is(text, tokens, i, ".")
          || is(text, tokens, i, "-")
          || tokens.has(i, TokenFlags.ALL_LOWER) && !NOT_BEFORE_SUBJECT.contains(text, tokens.start(i), tokens.end(i))
              && !SPEECH.contains(text, tokens.start(i), tokens.end(i));
      if (!ok || i - t > 8) {
        return null;
      }
    }
    int n = r.lastToken + 1;
    if (n < end && (is(text, tokens, n, "and") || is(text, tokens, n, "or") || is(text, tokens, n, "&"))) {
      return null;
    }
    return r;
  }

  /** ", Smith said", ", said Smith": the speaker of a reporting clause after a comma or quote. */
  private static boolean isSpeaker(String text, TokenBuffer tokens, Ref r, int first, int end) {
    int p = r.firstToken - 1;
    if (p >= first && (is(text, tokens, p, ",") || isQuote(tokens, p))) {
      return isSpeech(text, tokens, r.lastToken + 1, end);
    }
    // ", said Smith"
    if (p - 1 >= first && SPEECH.contains(text, tokens.start(p), tokens.end(p))
        && (is(text, tokens, p - 1, ",") || isQuote(tokens, p - 1))) {
      return true;
    }
    return false;
  }

  /** Whether a speech verb, after at most two small words, starts at token {@code t}. */
  private static boolean isSpeech(String text, TokenBuffer tokens, int t, int end) {
    for (int i = t; i < end && i < t + 3; i++) {
      if (SPEECH.contains(text, tokens.start(i), tokens.end(i))) {
        return true;
      }
      if (!SPEECH_AUX.contains(text, tokens.start(i), tokens.end(i))) {
        return false;
      }
    }
    return false;
  }

  private static boolean isQuote(TokenBuffer tokens, int t) {
    return tokens.kind(t) == TokenKind.QUOTE;
  }

  private static boolean is(String text, TokenBuffer tokens, int t, String word) {
    int s = tokens.start(t);
    return tokens.end(t) - s == word.length() && text.regionMatches(true, s, word, 0, word.length());
  }

  /** The index of the first ref starting at or after {@code offset}. */
  private static int firstRef(List<Ref> refs, int offset) {
    int lo = 0;
    int hi = refs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (refs.get(mid).start < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The gender a named mention tells: its given name, an honorific before it, its kb entry's given name. */
  private int gender(Mention m, String kbId, String text, TokenBuffer tokens, int first) {
    int g = UNKNOWN;
    if (first > 0) {
      int p = first - 1;
      if (is(text, tokens, p, ".") && p > 0) {
        p--;
      }
      if (MALE_HONORIFICS.contains(text, tokens.start(p), tokens.end(p))) {
        g |= MALE;
      } else if (FEMALE_HONORIFICS.contains(text, tokens.start(p), tokens.end(p))) {
        g |= FEMALE;
      }
    }
    String given = null;
    if (kbId != null) {
      int e = kb.indexOf(kbId);
      given = e >= 0 ? kb.attributeOrNull(e, "given") : null;
      if (given != null && given.indexOf(' ') > 0) {
        given = given.substring(0, given.indexOf(' '));
      }
    }
    if (given == null) {
      String name = m.text();
      int space = name.indexOf(' ');
      if (space > 0) {
        given = name.substring(0, space);
      }
    }
    if (given != null) {
      g |= givenNameGender(given);
    }
    return g;
  }

  private final java.util.concurrent.ConcurrentHashMap<String, Integer> givenGenders =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The gender the given-name table gives {@code given} (both when its rows disagree), remembered per name. */
  private int givenNameGender(String given) {
    Integer known = givenGenders.get(given);
    if (known != null) {
      return known;
    }
    int g = lookUpGivenNameGender(given);
    if (givenGenders.size() < 100_000) {
      givenGenders.put(given, g);
    }
    return g;
  }

  private int lookUpGivenNameGender(String given) {
    NameTable names = kb.givenNames();
    int g = UNKNOWN;
    for (int row : names.rows(given)) {
      String v = names.attributes(row).get("gender");
      if (v == null) {
        continue;
      }
      if (v.equals("m")) {
        g |= MALE;
      } else if (v.equals("f")) {
        g |= FEMALE;
      } else {
        g |= BOTH;
      }
    }
    return g;
  }

  private static String lastWord(String s) {
    return AliasKeys.fold(s.substring(s.lastIndexOf(' ') + 1));
  }
}
