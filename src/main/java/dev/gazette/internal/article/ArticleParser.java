package dev.gazette.internal.article;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.gazette.Span;
import dev.gazette.internal.pipeline.Workspace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an article's layout from its text in one linear pass (plus a linear search for the lead's
 * repeat): header, paragraphs, lead, lead repeat, related-link headlines. Offsets are into the original
 * text; nothing is rewritten. Never throws on any input.
 *
 * <ul>
 *   <li><b>Lines</b> end at LF, CRLF, CR, NEL, LS or PS. A line of only white space (including no-break
 *       spaces) is blank.
 *   <li><b>Header</b>: the first block of non-blank lines (after leading blank lines) is a header if
 *       every line of it is a header line and at least one of them is a known one (see {@link
 *       HeaderLines}). Feeds that put no blank line after the header are read too: header lines at the
 *       start of the block followed by prose lines are a header when they give the article its date
 *       ({@code date 2022-12-29} or a bare date line), so that a prose line that merely looks like
 *       {@code key: value} ("Title: Gas talks" before the text) is not taken for one. Otherwise the block
 *       is the first paragraph. Values are trimmed; the first value of a name wins. The date comes from
 *       the first date key ({@code date}, {@code published}, ...) whose value {@link HeaderDates} can
 *       read; a value it cannot read stays in the metadata and gives no date. The title comes from
 *       {@code title} (else {@code headline}).
 *   <li><b>Paragraphs</b>: maximal runs of non-blank lines after the header, each span trimmed. A run
 *       with a line longer than {@link #WRAP_LIMIT} chars was not hard-wrapped, so its line breaks are
 *       the feed's paragraph breaks (many feeds separate paragraphs with one line break): each of its
 *       lines is a paragraph.
 *   <li><b>Lead</b>: the first paragraph, when more follow; its repeat in the body is found by {@link
 *       LeadRepeatFinder}. When the first paragraph is a headline (one short line that ends no
 *       sentence) and the body does not repeat it, the lead is the second paragraph if the body repeats
 *       that one.
 *   <li><b>Related links</b>: see {@link RelatedLinkFinder}.
 * </ul>
 */
public final class ArticleParser {
  /**
   * Hard-wrapped text (mail, some wires) keeps its lines at 72 to 120 chars; a run of lines with one
   * longer than this is one paragraph per line.
   */
  static final int WRAP_LIMIT = 150;

  private ArticleParser() {}

  /** The layout of {@code text}. */
  public static ArticleLayout parse(String text) {
    // One copy of the text as chars, read by every scan below: array reads instead of String.charAt.
    // The thread's buffer, reused from article to article: it may be longer than the text (a NUL
    // follows the text's chars, so that a code point read at the last char ends there).
    int n = text.length();
    char[] t = chars(text, n);
    // A byte-order mark left by a decoder (Article.read skips it, other readers may not) is not text.
    int pos = skipBlankLines(t, n, n > 0 && t[0] == '\uFEFF' ? 1 : 0);

    // Header: the first block, if every line of it is a header line.
    Optional<Span> header = Optional.empty();
    Map<String, String> metadata = new LinkedHashMap<>();
    Optional<LocalDate> date = Optional.empty();
    Optional<String> title = Optional.empty();
    int blockEnd = blockEnd(t, n, pos);
    if (pos < n) {
      HeaderBlock h = headerLines(text, t, n, pos, blockEnd);
      if (h != null) {
        header = Optional.of(trim(t, pos, h.end()));
        for (HeaderLines.Line line : h.lines()) {
          if (!line.value().isEmpty()) {
            metadata.putIfAbsent(line.key(), line.value());
          }
          if (date.isEmpty() && HeaderLines.DATE_KEYS.contains(line.key())) {
            date = HeaderDates.parse(line.value());
          }
        }
        title = Optional.ofNullable(metadata.getOrDefault("title", metadata.get("headline")));
        pos = h.end() == blockEnd ? skipBlankLines(t, n, blockEnd) : nextLine(t, n, h.end());
      }
    }

    // Paragraphs.
    List<Span> paragraphs = new ArrayList<>();
    boolean first = true;
    while (pos < n) {
      // The first block's end is known already (the header was looked for in it).
      int end = first && pos < blockEnd ? blockEnd : blockEnd(t, n, pos);
      first = false;
      if (hasLongLine(t, n, pos, end)) {
        addLines(t, n, pos, end, paragraphs);
      } else {
        Span p = trim(t, pos, end);
        if (!p.isEmpty()) {
          paragraphs.add(p);
        }
      }
      pos = skipBlankLines(t, n, end);
    }

    // Lead and its repeat.
    Optional<Span> lead = Optional.empty();
    Optional<Span> leadRepeat = Optional.empty();
    if (paragraphs.size() > 1) {
      lead = Optional.of(paragraphs.get(0));
      leadRepeat = LeadRepeatFinder.find(text, t, paragraphs.get(0), paragraphs.get(1).start(), n);
      if (leadRepeat.isEmpty() && paragraphs.size() > 2 && isHeadline(t, paragraphs.get(0))) {
        // A headline before the lead: the lead is the paragraph after it, if the body repeats that one.
        Optional<Span> second = LeadRepeatFinder.find(text, t, paragraphs.get(1), paragraphs.get(2).start(), n);
        if (second.isPresent()) {
          lead = Optional.of(paragraphs.get(1));
          leadRepeat = second;
        }
      }
    }

    // Related-link headlines.
    List<Span> markers = new ArrayList<>();
    List<Span> headlines = new ArrayList<>();
    RelatedLinkFinder.find(text, t, paragraphs, markers, headlines);

    return new ArticleLayout(
        header,
        ImmutableMap.copyOf(metadata),
        date,
        title,
        ImmutableList.copyOf(paragraphs),
        lead,
        leadRepeat,
        ImmutableList.copyOf(headlines),
        ImmutableList.copyOf(markers));
  }

  /**
   * Whether a paragraph reads as a headline: one line of at most {@link #HEADLINE_LIMIT} chars that
   * does not end a sentence ("Serbia rejects Kosovo plan, Vucic accuses Pristina").
   */
  static boolean isHeadline(char[] t, Span p) {
    if (p.length() > HEADLINE_LIMIT) {
      return false;
    }
    for (int i = p.start(); i < p.end(); i++) {
      if (t[i] == '\n' || t[i] == '\r') {
        return false;
      }
    }
    char last = t[p.end() - 1];
    return last != '.' && last != '!' && last != '?' && last != '"' && last != '\u201d' && last != '\u00bb';
  }

  /** The longest headline: news headlines run to about 120 chars. */
  static final int HEADLINE_LIMIT = 200;

  /** The header lines at the start of a block, and the end of the last of them. */
  private record HeaderBlock(List<HeaderLines.Line> lines, int end) {}

  /**
   * The header at the start of block {@code [start, end)}: the whole block if all its lines are header
   * lines and one is known, or its leading header lines if prose lines follow them and they give a date;
   * null if there is none.
   */
  private static HeaderBlock headerLines(String text, char[] t, int n, int start, int end) {
    List<HeaderLines.Line> lines = null;
    boolean known = false;
    boolean dated = false;
    int lastEnd = start;
    int i = start;
    while (i < end) {
      int e = lineEnd(t, n, i);
      Span s = trim(t, i, Math.min(e, end));
      HeaderLines.Line line =
          s.length() > HeaderLines.MAX_LINE ? null : HeaderLines.parse(text.substring(s.start(), s.end()));
      if (line == null) {
        return dated ? new HeaderBlock(lines, lastEnd) : null;
      }
      known |= line.known();
      dated |= HeaderLines.DATE_KEYS.contains(line.key()) && HeaderDates.parse(line.value()).isPresent();
      if (lines == null) {
        lines = new ArrayList<>();
      }
      lines.add(line);
      lastEnd = Math.min(e, end);
      i = nextLine(t, n, e);
    }
    return known ? new HeaderBlock(lines, end) : null;
  }

  /** Whether a line of block {@code [start, end)} is longer than {@link #WRAP_LIMIT} chars, trimmed. */
  private static boolean hasLongLine(char[] t, int n, int start, int end) {
    int i = start;
    while (i < end) {
      int e = Math.min(lineEnd(t, n, i), end);
      if (e - i > WRAP_LIMIT && trim(t, i, e).length() > WRAP_LIMIT) {
        return true;
      }
      i = nextLine(t, n, e);
    }
    return false;
  }

  /** Adds each non-blank line of block {@code [start, end)}, trimmed, as a paragraph. */
  private static void addLines(char[] t, int n, int start, int end, List<Span> out) {
    int i = start;
    while (i < end) {
      int e = Math.min(lineEnd(t, n, i), end);
      Span p = trim(t, i, e);
      if (!p.isEmpty()) {
        out.add(p);
      }
      i = nextLine(t, n, e);
    }
  }

  /** The end of the block of non-blank lines starting at line start {@code pos}: its last line's end. */
  private static int blockEnd(char[] t, int n, int pos) {
    int i = pos;
    int end = pos;
    while (i < n) {
      int e = lineEnd(t, n, i);
      if (isBlankLine(t, i, e)) {
        break;
      }
      end = e;
      i = nextLine(t, n, e);
    }
    return end;
  }

  /** The first line start at or after {@code pos} whose line is not blank, or the text's length. */
  private static int skipBlankLines(char[] t, int n, int pos) {
    int i = pos < n && RelatedLinkFinder.isLineEnd(t[pos]) ? nextLine(t, n, pos) : pos;
    while (i < n) {
      int e = lineEnd(t, n, i);
      if (!isBlankLine(t, i, e)) {
        return i;
      }
      i = nextLine(t, n, e);
    }
    return n;
  }

  private static final ThreadLocal<char[][]> CHARS = ThreadLocal.withInitial(() -> new char[1][]);

  /** {@code text}'s chars in the thread's buffer, followed by a NUL. */
  private static char[] chars(String text, int n) {
    char[] t;
    if (n > Workspace.RETAINED_CHARS) {
      t = new char[n + 1]; // not kept by the thread
    } else {
      char[][] holder = CHARS.get();
      t = holder[0];
      if (t == null || t.length < n + 1) {
        t = new char[Math.min(Workspace.RETAINED_CHARS + 1, Math.max(n + 1, t == null ? 0 : t.length * 2))];
        holder[0] = t;
      }
    }
    text.getChars(0, n, t, 0);
    t[n] = 0;
    return t;
  }

  /** The end of the line at {@code i}: the first line end at or after it, or the text's length. */
  static int lineEnd(char[] t, int n, int i) {
    while (i < n) {
      char c = t[i];
      // Line ends are \n, \r, NEL, LS and PS: most chars are between \r and NEL, one test.
      if ((c > '\r' && c < '\u0085') || !RelatedLinkFinder.isLineEnd(c)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** The start of the line after the line end at {@code e} (CRLF counts as one). */
  private static int nextLine(char[] t, int n, int e) {
    if (e >= n) {
      return n;
    }
    if (t[e] == '\r' && e + 1 < n && t[e + 1] == '\n') {
      return e + 2;
    }
    return e + 1;
  }

  private static boolean isBlankLine(char[] t, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!RelatedLinkFinder.isBlank(t[i])) {
        return false;
      }
    }
    return true;
  }

  private static Span trim(char[] t, int start, int end) {
    while (start < end && RelatedLinkFinder.isBlank(t[start])) {
      start++;
    }
    while (end > start && RelatedLinkFinder.isBlank(t[end - 1])) {
      end--;
    }
    return Span.of(start, end);
  }
}
