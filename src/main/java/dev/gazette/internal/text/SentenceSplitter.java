package dev.gazette.internal.text;

import dev.gazette.Article;
import dev.gazette.Span;
import dev.gazette.TokenKind;
import java.util.Arrays;
import java.util.List;

/**
 * Groups tokens into sentences in one linear pass. Stateless and thread-safe; allocates only a small
 * array of layout offsets per article, nothing per token.
 *
 * <h2>Where sentences end</h2>
 * <ul>
 *   <li><b>Always</b> at a paragraph break, at the edges of the lead's repeat in the body, and around
 *       each related-link headline (marker plus headline, as the {@link Article} found them). Header
 *       tokens are skipped: header lines are not sentences.
 *   <li><b>After . ! ? and ellipses</b>, with any closing quotes and brackets that follow (a straight
 *       quote counts as closing when no space precedes it), unless the next token starts in lower case
 *       ({@code "Why?" he asked}) or with a comma, semicolon or colon ({@code (about $3 bn.), according
 *       to...}), or the period belongs to an abbreviation: after an initial
 *       ("J. R. R. Tolkien", "George W. Bush") or a title or prefix ("Dr.", "St.", "No.", "Jan.") never,
 *       unless for an initial the next word is a strong opener ("The", "It"); after other abbreviations
 *       ("U.S.", "Inc.", "a.m.") only before a sentence opener ("...by the U.S. The move..."), never
 *       before a name ("the U.S. Senate"). An ellipsis ends a sentence only before a capital.
 *       Decimals ("3.5") are single tokens and never split.
 *   <li>Not inside brackets, unless the bracket has stayed open for {@link #MAX_BRACKET_TOKENS} tokens
 *       (scraping loses closing brackets too).
 * </ul>
 *
 * <h2>Glue repairs</h2>
 * The tokenizer flags tokens split off by glue repair. A lower-to-upper join ({@link
 * TokenFlags#GLUE_CASE}) marks a lost period <em>or</em> a lost closing quote, and the two need
 * opposite answers:
 * <ul>
 *   <li>{@code ...closer to ChinaRussian presidential spokesman Dmitry Peskov told the press.} is
 *       {@code ...closer to China," Russian presidential spokesman ... told the press.}: the quote and its
 *       attribution form one sentence in edited text, and keeping them together lets later stages link
 *       the speaker to what was said. So when a speech verb ({@link SentenceCues#SPEECH_VERBS}) follows
 *       within {@link #ATTRIBUTION_WINDOW} tokens (before any sentence end), the glue is <em>not</em> a
 *       boundary; the sentence gets {@link SentenceBuffer#LOST_QUOTE}.
 *   <li>Otherwise ({@code ...new sanctions listMoscow has responded...}) it is a lost period and a
 *       boundary, unless the word before the glue is a function word ("theKremlin" only lost a space).
 * </ul>
 * A lower-lower join ({@link TokenFlags#GLUE_WORD}: "partnershipadded", "Londonsaid") is by construction a
 * lost quote before a speech verb: never a boundary, always {@link SentenceBuffer#LOST_QUOTE}.
 *
 * <h2>Lost periods without glue</h2>
 * A capitalized subject pronoun or discourse opener ({@link SentenceCues#LOST_PERIOD_OPENERS}: "Our",
 * "We", "They", "However"...) right after a lower-case word with no punctuation between, and followed by
 * a lower-case word, starts a sentence ("...true strategic partnership Our leaders will..."): scraping
 * dropped a period or a run-in subheading. "The" and "In" are not in that list ("in The Hague").
 *
 * <h2>Title lines</h2>
 * A line of two or more words without a lower-case letter and without final punctuation ("OIL PRICES
 * FALL") ends at its line break: it is a title, not the start of the next line's sentence.
 *
 * <h2>Flags</h2>
 * {@link SentenceBuffer#PARAGRAPH_START} on a paragraph's first sentence, {@link SentenceBuffer#IN_LEAD}
 * on sentences starting in the lead, {@link SentenceBuffer#IN_LEAD_REPEAT} on those starting in the
 * body's repeat of the lead, {@link SentenceBuffer#RELATED_LINK} on a related-link marker plus headline
 * (one sentence, never split inside).
 */
public final class SentenceSplitter {
  /** Tokens after which an unclosed bracket no longer suppresses sentence ends. */
  static final int MAX_BRACKET_TOKENS = 40;
  /** How far after a glue repair a speech verb makes it a lost quote rather than a sentence end. */
  static final int ATTRIBUTION_WINDOW = 10;

  /** Clears {@code out} and fills it with the sentences of {@code article}'s tokens. */
  public void split(Article article, TokenBuffer tokens, SentenceBuffer out) {
    out.clear();
    new Pass(article, tokens, out).run();
  }

  /** The state of one call. */
  private static final class Pass {
    private final String text;
    private final TokenBuffer tokens;
    private final SentenceBuffer out;
    private final int n;
    private final int headerEnd;
    private final List<Span> paragraphs;
    private final Span lead;
    private final Span repeat;
    private final List<Span> markers;
    private final List<Span> headlines;
    /** Offsets where a sentence must start at the first token at or after them, ascending. */
    private final int[] cuts;

    private int cut;
    private int para = -1;
    private int link;

    Pass(Article article, TokenBuffer tokens, SentenceBuffer out) {
      this.text = article.text();
      this.tokens = tokens;
      this.out = out;
      this.n = tokens.size();
      this.headerEnd = article.header().map(Span::end).orElse(0);
      this.paragraphs = article.paragraphs();
      this.lead = article.lead().orElse(null);
      this.repeat = article.leadRepeat().orElse(null);
      this.markers = article.relatedLinkMarkers();
      this.headlines = article.relatedLinks();
      int[] c = new int[2 + 2 * markers.size()];
      int k = 0;
      if (repeat != null) {
        c[k++] = repeat.start();
        c[k++] = repeat.end();
      }
      for (int i = 0; i < markers.size(); i++) {
        c[k++] = markers.get(i).start();
        c[k++] = headlines.get(i).end();
      }
      this.cuts = Arrays.copyOf(c, k);
      Arrays.sort(cuts);
      this.opens = positions(text, '(', '[');
      this.closes = positions(text, ')', ']');
    }

    /**
     * Offsets of the brackets of the text, ascending: found by the library's fast char search, so that
     * each token's bracket count is two binary searches (most articles have few brackets, many none)
     * rather than a look at each of its chars.
     */
    private final int[] opens;
    private final int[] closes;

    private static final int[] NONE = new int[0];

    /** The ascending offsets of chars {@code a} and {@code b} in {@code text}. */
    private static int[] positions(String text, char a, char b) {
      int ia = text.indexOf(a);
      int ib = text.indexOf(b);
      if (ia < 0 && ib < 0) {
        return NONE;
      }
      int[] p = new int[8];
      int n = 0;
      while (ia >= 0 || ib >= 0) {
        int k;
        if (ib < 0 || ia >= 0 && ia < ib) {
          k = ia;
          ia = text.indexOf(a, ia + 1);
        } else {
          k = ib;
          ib = text.indexOf(b, ib + 1);
        }
        if (n == p.length) {
          p = Arrays.copyOf(p, n * 2);
        }
        p[n++] = k;
      }
      return Arrays.copyOf(p, n);
    }

    /** The number of offsets of {@code p} in {@code [s, e)}. */
    private static int countIn(int[] p, int s, int e) {
      if (p.length == 0) {
        return 0;
      }
      return lowerBound(p, e) - lowerBound(p, s);
    }

    private static int lowerBound(int[] p, int x) {
      int k = Arrays.binarySearch(p, x);
      return k >= 0 ? k : -k - 1;
    }

    void run() {
      int i = 0;
      while (i < n && tokens.start(i) < headerEnd) {
        i++;
      }
      if (i >= n) {
        return;
      }
      int sentStart = i;
      boolean paraStart = advance(i);
      int flags = startFlags(i, paraStart);
      int pendingBreak = -1;
      int depth = 0;
      int depthSince = 0;
      int lineStart = i;
      for (; i < n; i++) {
        if (i > 0 && lineBreakBefore(i)) {
          lineStart = i;
        }
        if (i > sentStart) {
          boolean forced = advance(i);
          boolean newPara = forced && paraFirst;
          if (forced || i == pendingBreak) {
            out.add(sentStart, i, flags);
            sentStart = i;
            flags = startFlags(i, newPara);
            pendingBreak = -1;
            depth = 0;
          }
        }
        // Brackets.
        int delta = bracketDelta(i);
        if (depth == 0 && delta > 0) {
          depthSince = i;
        }
        depth = Math.max(0, depth + delta);
        if (i < pendingBreak || (flags & SentenceBuffer.RELATED_LINK) != 0 || i + 1 >= n) {
          continue;
        }
        // Glue repairs and lost periods before the next token.
        char t = terminal(i);
        int nextFlags = tokens.flags(i + 1);
        if ((nextFlags & TokenFlags.GLUE_WORD) != 0) {
          flags |= SentenceBuffer.LOST_QUOTE;
        } else if ((nextFlags & TokenFlags.GLUE_CASE) != 0 && t == 0) {
          if (attributionFollows(i + 1)) {
            flags |= SentenceBuffer.LOST_QUOTE;
          } else if (!isFunctionWord(i)) {
            pendingBreak = i + 1;
          }
          continue;
        } else if (t == 0 && (lostPeriod(i) || (lineBreakBefore(i + 1) && capsLine(lineStart, i)))) {
          pendingBreak = i + 1;
          continue;
        }
        // Sentence-final punctuation.
        if (t == 0) {
          continue;
        }
        int j = i + 1;
        int closed = depth;
        while (j < n && isClosing(j) && !forcedBefore(j)) {
          closed = Math.max(0, closed + bracketDelta(j));
          j++;
        }
        if (closed > 0 && i - depthSince < MAX_BRACKET_TOKENS) {
          continue; // "(about 200. Some say more)"; but "(without a deal.) Both" ends
        }
        if (j >= n || endsBefore(i, t, j)) {
          pendingBreak = j;
          depth = 0;
        }
      }
      out.add(sentStart, n, flags);
    }

    // ---- Layout cursors ------------------------------------------------------------------------

    /** Set by {@link #advance}: token is the first of its paragraph. */
    private boolean paraFirst;

    /** Moves the layout cursors to token {@code i}; true if a forced break lies before it. */
    private boolean advance(int i) {
      int s = tokens.start(i);
      boolean crossed = false;
      while (cut < cuts.length && cuts[cut] <= s) {
        cut++;
        crossed = true;
      }
      paraFirst = false;
      while (para + 1 < paragraphs.size() && paragraphs.get(para + 1).start() <= s) {
        para++;
        paraFirst = true;
      }
      if ((tokens.flags(i) & TokenFlags.PARAGRAPH_BEFORE) != 0) {
        paraFirst = true;
      }
      return crossed || paraFirst;
    }

    /** Whether a forced break lies before token {@code j}, without moving the cursors. */
    private boolean forcedBefore(int j) {
      int s = tokens.start(j);
      return (cut < cuts.length && cuts[cut] <= s)
          || (para + 1 < paragraphs.size() && paragraphs.get(para + 1).start() <= s)
          || (tokens.flags(j) & TokenFlags.PARAGRAPH_BEFORE) != 0;
    }

    private int startFlags(int i, boolean paragraphStart) {
      int s = tokens.start(i);
      int f = paragraphStart ? SentenceBuffer.PARAGRAPH_START : 0;
      if (lead != null && s >= lead.start() && s < lead.end()) {
        f |= SentenceBuffer.IN_LEAD;
      }
      if (repeat != null && s >= repeat.start() && s < repeat.end()) {
        f |= SentenceBuffer.IN_LEAD_REPEAT;
      }
      while (link < headlines.size() && headlines.get(link).end() <= s) {
        link++;
      }
      if (link < headlines.size() && s >= markers.get(link).start()) {
        f |= SentenceBuffer.RELATED_LINK;
      }
      return f;
    }

    // ---- Token tests ---------------------------------------------------------------------------

    /** The terminal char (. ! ? …) that token {@code i} ends with, before closing marks, or 0. */
    private char terminal(int i) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      char last = text.charAt(e - 1);
      if (Character.isLetterOrDigit(last)) {
        return 0;
      }
      while (e > s + 1 && SentenceCues.isClosing(text.charAt(e - 1))) {
        e--;
      }
      char c = text.charAt(e - 1);
      return SentenceCues.isTerminal(c) ? c : 0;
    }

    /** Whether the terminal {@code t} ending token {@code i} ends the sentence before token {@code j}. */
    private boolean endsBefore(int i, char t, int j) {
      char next = text.charAt(tokens.start(j));
      if (Character.isLowerCase(next) || isClauseContinuation(next)) {
        return false; // "(roughly $3.8 bn.), according to..."
      }
      boolean ellipsis = t == '\u2026' || endsWith(i, "..");
      if (ellipsis) {
        return Character.isUpperCase(next) || Character.isTitleCase(next) || isOpeningQuote(j);
      }
      if (t != '.') {
        return true;
      }
      int kind = abbreviation(i);
      if (kind == NOT_ABBREVIATION) {
        return true;
      }
      if (kind == PREFIX) {
        return false;
      }
      boolean opener = SentenceCues.SENTENCE_OPENERS.contains(text, tokens.start(j), coreEnd(j))
          && (Character.isUpperCase(next) || Character.isTitleCase(next));
      return kind == INITIAL
          ? opener && SentenceCues.LOST_PERIOD_OPENERS.contains(text, tokens.start(j), coreEnd(j))
              || opener && isStrongOpener(j)
          : opener || isOpeningQuote(j);
    }

    private static final int NOT_ABBREVIATION = 0;
    private static final int INITIAL = 1;
    private static final int PREFIX = 2;
    private static final int OTHER = 3;

    /** What kind of abbreviation the period ending token {@code i} closes, if any. */
    private int abbreviation(int i) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      while (e > s && SentenceCues.isClosing(text.charAt(e - 1))) {
        e--;
      }
      int dot = e - 1; // the period
      if (dot <= s) {
        return NOT_ABBREVIATION; // a lone "." token: the tokenizer already ruled out an abbreviation
      }
      int w = dot;
      while (w > s && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
        w--;
      }
      if (w == dot) {
        return NOT_ABBREVIATION; // "2022." or "3)."
      }
      if (dot - w == 1 && Character.isUpperCase(text.charAt(w))) {
        return INITIAL;
      }
      if (SentenceCues.PREFIX_ABBREVIATIONS.contains(text, w, dot)) {
        return PREFIX;
      }
      int inner = text.indexOf('.', w);
      if ((inner >= 0 && inner < dot) || dot - w == 1 || tokens.kind(i) == TokenKind.ABBREVIATION
          || COMMON_ABBREVIATIONS.contains(text, w, dot)) {
        return OTHER;
      }
      return NOT_ABBREVIATION;
    }

    /** Whether token {@code j} is a closing quote or bracket that stays with the sentence before it. */
    private boolean isClosing(int j) {
      int s = tokens.start(j);
      if (tokens.end(j) - s != 1) {
        return false;
      }
      char c = text.charAt(s);
      if (c == '"' || c == '\'') {
        return (tokens.flags(j) & TokenFlags.SPACE_BEFORE) == 0 && s > 0 && !Character.isWhitespace(text.charAt(s - 1));
      }
      return SentenceCues.isClosing(c);
    }

    private static boolean isClauseContinuation(char c) {
      return c == ',' || c == ';' || c == ':' || c == '%' || c == '\u2019' || c == '/';
    }

    private boolean isOpeningQuote(int j) {
      char c = text.charAt(tokens.start(j));
      return c == '"' || c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '\'' || c == '(' || c == '[';
    }

    private boolean isStrongOpener(int j) {
      return STRONG_OPENERS.contains(text, tokens.start(j), coreEnd(j));
    }

    /** Whether a speech verb follows token {@code j} closely, before any sentence end. */
    private boolean attributionFollows(int j) {
      int limit = Math.min(n, j + ATTRIBUTION_WINDOW);
      for (int k = j; k < limit; k++) {
        if (SentenceCues.SPEECH_VERBS.contains(text, tokens.start(k), coreEnd(k))) {
          return true;
        }
        if (k > j && terminal(k) != 0) {
          return false;
        }
      }
      return false;
    }

    private boolean isFunctionWord(int i) {
      return SentenceCues.FUNCTION_WORDS.contains(text, tokens.start(i), coreEnd(i));
    }

    /** Whether a line break lies between token {@code i - 1} and token {@code i}. */
    private boolean lineBreakBefore(int i) {
      int f = tokens.flags(i);
      if ((f & TokenFlags.NEWLINE_BEFORE) != 0) {
        return true;
      }
      if ((f & TokenFlags.SPACE_BEFORE) == 0 && f != 0) {
        return false;
      }
      for (int k = tokens.end(i - 1); k < tokens.start(i); k++) {
        char c = text.charAt(k);
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u0085') {
          return true;
        }
      }
      return false;
    }

    /** Whether tokens {@code [from, to]} form a line without lower-case letters: a title. */
    private boolean capsLine(int from, int to) {
      if (to <= from) {
        return false; // one word alone ("REUTER") is no title
      }
      int letters = 0;
      for (int k = tokens.start(from), e = tokens.end(to); k < e; k++) {
        char c = text.charAt(k);
        if (Character.isLowerCase(c)) {
          return false;
        }
        if (Character.isLetter(c)) {
          letters++;
        }
      }
      return letters >= 4;
    }

    /** Whether a sentence starts at token {@code i + 1} after a lost period (see class comment). */
    private boolean lostPeriod(int i) {
      if (i + 2 >= n) {
        return false;
      }
      int j = i + 1;
      char c = text.charAt(tokens.start(j));
      if (!Character.isUpperCase(c) || coreEnd(i) != tokens.end(i) || !allLower(i)) {
        return false;
      }
      return SentenceCues.LOST_PERIOD_OPENERS.contains(text, tokens.start(j), tokens.end(j))
          && Character.isLowerCase(text.charAt(tokens.start(j + 1)))
          && !forcedBefore(j);
    }

    private boolean allLower(int i) {
      for (int k = tokens.start(i); k < tokens.end(i); k++) {
        char c = text.charAt(k);
        if (!Character.isLowerCase(c) && c != '-' && c != '\'' && c != '\u2019') {
          return false;
        }
      }
      return true;
    }

    /** The end of token {@code i} without trailing punctuation (placeholder tokens carry it). */
    private int coreEnd(int i) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      while (e > s + 1 && !Character.isLetterOrDigit(text.charAt(e - 1))) {
        e--;
      }
      return e;
    }

    private boolean endsWith(int i, String suffix) {
      int e = tokens.end(i);
      int s = e - suffix.length();
      return s >= tokens.start(i) && text.startsWith(suffix, s);
    }

    /** Opening minus closing brackets in token {@code i}. */
    private int bracketDelta(int i) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      if (e - s > 64) {
        return 0; // URLs and runaway tokens do not open sentences' brackets
      }
      return countIn(opens, s, e) - countIn(closes, s, e);
    }
  }

  /** Abbreviations that may end a sentence, recognized when the tokenizer did not already say so. */
  private static final WordSet COMMON_ABBREVIATIONS =
      WordSet.of("inc", "corp", "ltd", "co", "plc", "llc", "etc", "bros", "dept", "univ", "assn", "est",
          "govt", "intl", "natl", "mln", "bln", "bn", "mn", "tr", "yr", "yrs", "hrs", "min", "max");

  /** Openers that end a sentence even after an initial ("...in group B. The next round..."). */
  private static final WordSet STRONG_OPENERS =
      WordSet.of("the", "it", "this", "he", "she", "they", "we", "but", "however", "meanwhile", "in");
}
