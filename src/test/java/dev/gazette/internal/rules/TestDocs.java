package dev.gazette.internal.rules;

import dev.gazette.Article;
import dev.gazette.EntityType;
import dev.gazette.Mention;
import dev.gazette.Span;
import dev.gazette.TokenKind;
import dev.gazette.internal.pipeline.Workspace;
import dev.gazette.internal.text.TokenBuffer;
import dev.gazette.internal.text.TokenFlags;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds workspaces for rule tests without depending on the (still placeholder) tokenizer: words,
 * numbers and single punctuation chars become tokens with kinds and shape flags; a capital letter right
 * after a lower-case one inside a word ("alsoOil") splits it with GLUE_CASE; '|' inside a word marks a
 * GLUE_WORD split ("partnership|added") and is not part of the text. Sentences end after . ! or ?.
 */
final class TestDocs {
  private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}'\\-]*|\\d+(?:[.,]\\d+)*|\\S");

  private TestDocs() {}

  /** A workspace for {@code text} with mentions {@code "TYPE:surface"} (first occurrence of each surface). */
  static Workspace workspace(String text, String... mentions) {
    String clean = text.replace("|", "");
    Workspace ws = new Workspace();
    ws.reset(Article.of(clean));
    tokenize(text, ws.tokens());
    split(clean, ws);
    for (String spec : mentions) {
      int colon = spec.indexOf(':');
      String type = spec.substring(0, colon);
      String surface = spec.substring(colon + 1);
      int at = clean.indexOf(surface);
      if (at < 0) {
        throw new IllegalArgumentException("no '" + surface + "' in text");
      }
      ws.mentions().add(Mention.builder(Span.of(at, at + surface.length()), surface, EntityType.of(type)).rule("test").build());
    }
    return ws;
  }

  /** Adds a mention with attributes at the {@code nth} occurrence (0-based) of {@code surface}. */
  static Mention mention(Workspace ws, String type, String surface, int nth, String... attrs) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = ws.text().indexOf(surface, at + 1);
    }
    Mention.Builder b = Mention.builder(Span.of(at, at + surface.length()), surface, EntityType.of(type)).rule("test");
    for (int i = 0; i < attrs.length; i += 2) {
      b.attribute(attrs[i], attrs[i + 1]);
    }
    Mention m = b.build();
    ws.mentions().add(m);
    return m;
  }

  private static void tokenize(String marked, TokenBuffer out) {
    // Offsets refer to the text without '|' marks.
    StringBuilder clean = new StringBuilder();
    java.util.List<Integer> gluesAt = new java.util.ArrayList<>();
    for (int i = 0; i < marked.length(); i++) {
      if (marked.charAt(i) == '|') {
        gluesAt.add(clean.length());
      } else {
        clean.append(marked.charAt(i));
      }
    }
    String text = clean.toString();
    Matcher m = TOKEN.matcher(text);
    int prevEnd = 0;
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      // split on glue marks and on lower->upper joins inside words
      int piece = s;
      for (int i = s + 1; i <= e; i++) {
        boolean wordGlue = gluesAt.contains(i) && i < e;
        boolean caseGlue = i < e && Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i));
        if (i == e || wordGlue || caseGlue) {
          int flags = 0;
          if (piece == s && piece > prevEnd) {
            flags |= TokenFlags.SPACE_BEFORE;
          }
          if (piece > s) {
            flags |= gluesAt.contains(piece) ? TokenFlags.GLUE_WORD : TokenFlags.GLUE_CASE;
          }
          add(out, text, piece, i, flags);
          piece = i;
        }
      }
      prevEnd = e;
    }
  }

  private static void add(TokenBuffer out, String text, int s, int e, int flags) {
    String t = text.substring(s, e);
    TokenKind kind;
    char c = t.charAt(0);
    if (Character.isLetter(c)) {
      kind = TokenKind.WORD;
    } else if (Character.isDigit(c)) {
      kind = TokenKind.NUMBER;
    } else if (c == '"' || c == '\u201c' || c == '\u201d' || c == '\'') {
      kind = TokenKind.QUOTE;
    } else if (c == '-' || c == '\u2013' || c == '\u2014') {
      kind = TokenKind.DASH;
    } else if (".,;:!?()[]".indexOf(c) >= 0) {
      kind = TokenKind.PUNCT;
    } else {
      kind = TokenKind.SYMBOL;
    }
    if (Character.isUpperCase(c)) {
      flags |= TokenFlags.CAPITALIZED;
    }
    if (t.chars().anyMatch(Character::isLetter)) {
      if (t.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
        flags |= TokenFlags.ALL_UPPER;
      }
      if (t.chars().filter(Character::isLetter).allMatch(Character::isLowerCase)) {
        flags |= TokenFlags.ALL_LOWER;
      }
    }
    if (t.chars().anyMatch(Character::isDigit)) {
      flags |= TokenFlags.HAS_DIGIT;
    }
    out.add(s, e, kind, flags);
  }

  private static void split(String text, Workspace ws) {
    TokenBuffer t = ws.tokens();
    int first = 0;
    for (int i = 0; i < t.size(); i++) {
      char c = text.charAt(t.start(i));
      boolean end = t.end(i) - t.start(i) == 1 && (c == '.' || c == '!' || c == '?');
      if (end || i == t.size() - 1) {
        ws.sentences().add(first, i + 1, 0);
        first = i + 1;
      }
    }
  }
}
