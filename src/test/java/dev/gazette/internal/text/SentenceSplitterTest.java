package dev.gazette.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Article;
import dev.gazette.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The splitter's rules on tokens as the tokenizer's contract describes them (punctuation split off,
 * abbreviations and decimals whole, glue repairs flagged), produced here by {@link ContractTokenizer} so
 * these cases do not depend on the real tokenizer's progress. Expected sentences are separated by
 * {@code " | "}.
 */
class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> sentences(String text) {
    return sentences(Article.of(text)).texts;
  }

  private Result sentences(Article article) {
    TokenBuffer tokens = new TokenBuffer();
    ContractTokenizer.tokenize(article.text(), tokens);
    SentenceBuffer out = new SentenceBuffer();
    splitter.split(article, tokens, out);
    return new Result(article.text(), tokens, out);
  }

  private static final class Result {
    final List<String> texts = new ArrayList<>();
    final List<Integer> flags = new ArrayList<>();

    Result(String text, TokenBuffer tokens, SentenceBuffer out) {
      for (int i = 0; i < out.size(); i++) {
        assertThat(out.endToken(i)).isGreaterThan(out.firstToken(i));
        if (i > 0) {
          assertThat(out.firstToken(i)).isEqualTo(out.endToken(i - 1));
        }
        texts.add(text.substring(tokens.start(out.firstToken(i)), tokens.end(out.endToken(i) - 1)));
        flags.add(out.flags(i));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '`',
      value = {
        // plain ends
        "Talks resumed. Both sides attended.                   # Talks resumed. | Both sides attended.",
        "Did they agree? Nobody knows! Talks go on.            # Did they agree? | Nobody knows! | Talks go on.",
        "Talks resumed.Both sides attended.                    # Talks resumed. | Both sides attended.",
        "Prices rose 3.5 percent. Oil fell.                    # Prices rose 3.5 percent. | Oil fell.",
        "It grew 2.1% in 2022. In 2023 it fell.                # It grew 2.1% in 2022. | In 2023 it fell.",
        "Output rose in 2022. 2023 was worse.                  # Output rose in 2022. | 2023 was worse.",
        // abbreviations and initials
        "Dr. Ayse Kaya met Mr. Lee in St. Petersburg.          # Dr. Ayse Kaya met Mr. Lee in St. Petersburg.",
        "The No. 2 official left on Jan. 5 for talks.          # The No. 2 official left on Jan. 5 for talks.",
        "J. R. R. Tolkien wrote it. George W. Bush read it.    # J. R. R. Tolkien wrote it. | George W. Bush read it.",
        "The U.S. Senate voted. It passed.                     # The U.S. Senate voted. | It passed.",
        "Sanctions came from the U.S. The EU followed.         # Sanctions came from the U.S. | The EU followed.",
        "They met at 9 a.m. Moscow time on Friday.             # They met at 9 a.m. Moscow time on Friday.",
        "Acme Corp. said it would appeal. Shares fell.          # Acme Corp. said it would appeal. | Shares fell.",
        "The group was in pool B. The final is today.          # The group was in pool B. | The final is today.",
        // quotes
        "\"We will not yield,\" she said. Talks ended.         # \"We will not yield,\" she said. | Talks ended.",
        "He said: \"We will not yield.\" Talks ended.          # He said: \"We will not yield.\" | Talks ended.",
        "“We will not yield.” Talks ended.                     # “We will not yield.” | Talks ended.",
        "“Why now?” he asked. Nobody answered.                 # “Why now?” he asked. | Nobody answered.",
        "Talks ended. \"We will return,\" he said.             # Talks ended. | \"We will return,\" he said.",
        "Talks ended (without a deal.) Both left.              # Talks ended (without a deal.) | Both left.",
        "It cost 3.5 billion euros (about $3.8 bn.), he said.  # It cost 3.5 billion euros (about $3.8 bn.), he said.",
        "The Acme Inc.; its rival. Others.                     # The Acme Inc.; its rival. | Others.",
        // ellipses
        "He paused... Then he left.                            # He paused... | Then he left.",
        "He paused… Then he left.                              # He paused… | Then he left.",
        "He paused... and then went on.                        # He paused... and then went on.",
        // brackets
        "The deal (worth $2 bn. in total) was signed. It holds. # The deal (worth $2 bn. in total) was signed. | It holds.",
        "Troops (about 200. Some say more) left. Others stayed. # Troops (about 200. Some say more) left. | Others stayed.",
        // glue: lost period
        "Exports fell sharply last yearMoscow has since found new buyers.   # Exports fell sharply last year | Moscow has since found new buyers.",
        // glue: lost quote before attribution stays one sentence
        "The talks will be hard for both sides and for ChinaRussian envoy Ivan Orlov told reporters on Monday. # The talks will be hard for both sides and for ChinaRussian envoy Ivan Orlov told reporters on Monday.",
        "We are ready to sign the dealOfficials in Ankara said on Friday.    # We are ready to sign the dealOfficials in Ankara said on Friday.",
        "We will never accept this ultimatumadded the minister, visibly angry.  # We will never accept this ultimatumadded the minister, visibly angry.",
        // glue after a function word is a lost space only
        "Delegates met theKremlin envoy on Monday.                          # Delegates met theKremlin envoy on Monday.",
        // lost period before a subject pronoun
        "Energy security first Our countries will cooperate closely.        # Energy security first | Our countries will cooperate closely.",
        "They toured The Hague and met We Are Here activists.               # They toured The Hague and met We Are Here activists.",
        "The minister arrived We met her at the airport.                    # The minister arrived | We met her at the airport.",
      })
  void cases(String text, String expected) {
    assertThat(sentences(text)).containsExactly(expected.split(" \\| "));
    // The same expectations hold on the real tokenizer's output.
    Article article = Article.of(text);
    TokenBuffer tokens = new TokenBuffer();
    new Tokenizer().tokenize(text, tokens);
    SentenceBuffer out = new SentenceBuffer();
    splitter.split(article, tokens, out);
    assertThat(new Result(text, tokens, out).texts).as("with Tokenizer").containsExactly(expected.split(" \\| "));
  }

  @Test
  void lostQuoteFlag() {
    Result r = sentences(Article.of(
        "The talks will be hard for ChinaRussian envoy Ivan Orlov told reporters. Exports fell last yearMoscow "
            + "found buyers. It is over."));
    assertThat(r.texts).hasSize(4);
    assertThat(r.flags.get(0) & SentenceBuffer.LOST_QUOTE).isNotZero();
    assertThat(r.flags.get(1) & SentenceBuffer.LOST_QUOTE).isZero();
    assertThat(r.flags.get(2) & SentenceBuffer.LOST_QUOTE).isZero();
  }

  @Test
  void paragraphsAlwaysEndSentencesAndFlagStarts() {
    Result r = sentences(Article.of("Talks resumed in Doha\n\nBoth sides attended. Nobody spoke.\r\n\r\nThe end"));
    assertThat(r.texts).containsExactly("Talks resumed in Doha", "Both sides attended.", "Nobody spoke.", "The end");
    assertThat(r.flags).containsExactly(
        SentenceBuffer.PARAGRAPH_START | SentenceBuffer.IN_LEAD,
        SentenceBuffer.PARAGRAPH_START,
        0,
        SentenceBuffer.PARAGRAPH_START);
  }

  @Test
  void capsTitleLineEndsAtItsLineBreak() {
    assertThat(sentences("OIL PRICES FALL IN ASIA\nSINGAPORE, May 4 - Prices fell. More later."))
        .containsExactly("OIL PRICES FALL IN ASIA", "SINGAPORE, May 4 - Prices fell.", "More later.");
    assertThat(sentences("Prices fell in\nASIAN MARKETS on Monday.")).containsExactly("Prices fell in\nASIAN MARKETS on Monday.");
    assertThat(sentences("Prices fell.\nREUTER")).containsExactly("Prices fell.", "REUTER");
  }

  @Test
  void headerLinesAreNotSentences() {
    Result r = sentences(Article.of(" date 2023-04-02 \ntitle: Doha talks\n\nTalks resumed. Both attended."));
    assertThat(r.texts).containsExactly("Talks resumed.", "Both attended.");
    assertThat(r.flags.get(0) & SentenceBuffer.PARAGRAPH_START).isNotZero();
  }

  @Test
  void leadAndLeadRepeatFlags() {
    String lead = "Qatar and Germany signed a fifteen-year gas supply deal in Doha on Tuesday.";
    String text = "date 2023-04-02\n\n" + lead + "\n\nIt starts in 2026. The deal is large. " + lead
        + " Berlin welcomed it.";
    Result r = sentences(Article.of(text));
    assertThat(r.texts).containsExactly(lead, "It starts in 2026.", "The deal is large.", lead,
        "Berlin welcomed it.");
    assertThat(r.flags).containsExactly(
        SentenceBuffer.PARAGRAPH_START | SentenceBuffer.IN_LEAD,
        SentenceBuffer.PARAGRAPH_START,
        0,
        SentenceBuffer.IN_LEAD_REPEAT,
        0);
  }

  @Test
  void leadRepeatGluedIsCutOut() {
    String lead = "Qatar and Germany signed a fifteen-year gas supply deal in Doha on Tuesday.";
    String text = lead + "\n\nThe deal is large, officials in Berlin noted" + lead + "Berlin welcomed it.";
    Result r = sentences(Article.of(text));
    assertThat(r.texts).containsExactly(lead, "The deal is large, officials in Berlin noted", lead,
        "Berlin welcomed it.");
    assertThat(r.flags.get(2) & SentenceBuffer.IN_LEAD_REPEAT).isNotZero();
    assertThat(r.flags.get(1) & SentenceBuffer.IN_LEAD_REPEAT).isZero();
    assertThat(r.flags.get(3) & SentenceBuffer.IN_LEAD_REPEAT).isZero();
  }

  @Test
  void relatedLinkIsItsOwnSentenceEndingWhereTheNextStarts() {
    String text = "Tankers waited this week. read alsoGas: Qatar has signed a long supply deal with Germany and "
        + "Italy Berlin is also trying to build new terminals. It will take years.";
    Result r = sentences(Article.of(text));
    assertThat(r.texts).containsExactly(
        "Tankers waited this week.",
        "read alsoGas: Qatar has signed a long supply deal with Germany and Italy",
        "Berlin is also trying to build new terminals.",
        "It will take years.");
    assertThat(r.flags.get(1)).isEqualTo(SentenceBuffer.RELATED_LINK);
    assertThat(r.flags.get(0) & SentenceBuffer.RELATED_LINK).isZero();
    assertThat(r.flags.get(2) & SentenceBuffer.RELATED_LINK).isZero();
  }

  @Test
  void relatedLinkEndsBeforeADeterminerThatOpensTheNextSentenceEvenBeforeNames() {
    // A capitalized determiner after a content word starts the subject of the next sentence, also when
    // a name or an adjective of nationality follows it.
    String[][] cases = {
      {
        "Pipelines were shut. read alsoPower: Grid operator cuts exports to Polish buyers The Slovak"
            + " utility Energa said on Monday it would appeal.",
        "read alsoPower: Grid operator cuts exports to Polish buyers",
        "The Slovak utility Energa said on Monday it would appeal."
      },
      {
        "Roads were blocked. READ ALSO: Farmers block roads in protest over diesel prices A French"
            + " minister has promised talks.",
        "READ ALSO: Farmers block roads in protest over diesel prices",
        "A French minister has promised talks."
      },
      {
        "Talks resumed. read also: Lenders extend credit lines to struggling ports An Italian bank"
            + " confirmed the deal.",
        "read also: Lenders extend credit lines to struggling ports",
        "An Italian bank confirmed the deal."
      },
    };
    for (String[] c : cases) {
      Result r = sentences(Article.of(c[0]));
      assertThat(r.texts).as(c[0]).hasSize(3);
      assertThat(r.texts.get(1)).as(c[0]).isEqualTo(c[1]);
      assertThat(r.texts.get(2)).as(c[0]).isEqualTo(c[2]);
      assertThat(r.flags.get(1) & SentenceBuffer.RELATED_LINK).isNotZero();
      assertThat(r.flags.get(2) & SentenceBuffer.RELATED_LINK).isZero();
    }
  }

  @Test
  void relatedLinkEndsBeforeANameDescribedByAnApposition() {
    // The next sentence opens with a name, a comma and "the ...": a subject and its apposition.
    String text = "The plant opens in May. read alsoShipping: Maersk and MSC end their alliance Workers of"
        + " Genoa, the port's largest union, called a strike on Friday.";
    Result r = sentences(Article.of(text));
    assertThat(r.texts).containsExactly("The plant opens in May.",
        "read alsoShipping: Maersk and MSC end their alliance",
        "Workers of Genoa, the port's largest union, called a strike on Friday.");
    // A sentence opener inside the capitalized run: the sentence starts there, not at the name before.
    String opener = "Sales fell. read alsoCars: Renault buys the plant of its partner Nissan In Tokyo, the"
        + " ministry said nothing.";
    assertThat(sentences(Article.of(opener)).texts).containsExactly("Sales fell.",
        "read alsoCars: Renault buys the plant of its partner Nissan", "In Tokyo, the ministry said nothing.");
    // No determiner after the comma: the headline runs on ("Paris, Berlin" is a list, not a subject).
    String list = "Talks resumed. read also: Rail strikes spread to Paris, Berlin and Madrid\nUnions met.";
    assertThat(sentences(Article.of(list)).texts).containsExactly("Talks resumed.",
        "read also: Rail strikes spread to Paris, Berlin and Madrid", "Unions met.");
  }

  @Test
  void relatedLinkKeepsADeterminerNameWithoutAVerbAfterIt() {
    // "The Hague council for..." has no finite verb after it: the headline goes on to its line end.
    String text = "Permits were late. read also: Dutch court fines The Hague council for late permits\n"
        + "The ruling can be appealed.";
    Result r = sentences(Article.of(text));
    assertThat(r.texts).containsExactly("Permits were late.",
        "read also: Dutch court fines The Hague council for late permits", "The ruling can be appealed.");
  }

  @Test
  void relatedLinkWithPeriodsInside() {
    String text = "Tankers waited. READ ALSO: U.S. and EU agree gas deal\nIt will take years.";
    Result r = sentences(Article.of(text));
    assertThat(r.texts).containsExactly("Tankers waited.", "READ ALSO: U.S. and EU agree gas deal",
        "It will take years.");
    assertThat(r.flags.get(1) & SentenceBuffer.RELATED_LINK).isNotZero();
  }

  @Test
  void emptyInputs() {
    assertThat(sentences("")).isEmpty();
    assertThat(sentences("date: 2023-01-01\n")).isEmpty();
    assertThat(sentences("Yes")).containsExactly("Yes");
  }

  @Test
  void reusedBufferIsCleared() {
    TokenBuffer tokens = new TokenBuffer();
    SentenceBuffer out = new SentenceBuffer();
    Article a = Article.of("One. Two. Three.");
    ContractTokenizer.tokenize(a.text(), tokens);
    splitter.split(a, tokens, out);
    splitter.split(a, tokens, out);
    assertThat(out.size()).isEqualTo(3);
  }

  @Test
  @Timeout(30)
  void linearOnLargeInput() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      sb.append("Exports fell (by 3.5 percent lastyearMoscow said. ");
    }
    Result r = sentences(Article.of(sb.toString()));
    assertThat(r.texts).hasSizeGreaterThan(1000);
  }

  /**
   * A tiny tokenizer that honours the tokenizer's contract closely enough for these cases: words,
   * numbers with decimals, abbreviations and initials as single tokens, every other punctuation mark
   * and quote alone, "..." as one token; lower-to-upper joins split with GLUE_CASE, and a lower-case
   * word ending in a speech verb split with GLUE_WORD.
   */
  static final class ContractTokenizer {
    private static final Set<String> ABBREVIATIONS =
        Set.of("dr", "mr", "mrs", "st", "no", "jan", "corp", "inc", "gen", "bn");
    private static final String[] GLUED_VERBS = {"added", "said", "told", "insisted", "wrote"};

    static void tokenize(String text, TokenBuffer out) {
      out.clear();
      int n = text.length();
      int i = 0;
      int flags = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
          int s = i;
          while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
          }
          String ws = text.substring(s, i).replace("\r\n", "\n").replace('\r', '\n');
          flags = TokenFlags.SPACE_BEFORE | (ws.contains("\n\n") ? TokenFlags.PARAGRAPH_BEFORE : 0);
          continue;
        }
        int s = i;
        if (Character.isLetterOrDigit(c)) {
          while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isInner(text, i))) {
            i++;
          }
          boolean abbreviation = false;
          if (i < n && text.charAt(i) == '.') {
            String w = text.substring(s, i);
            if (w.contains(".") || (w.length() == 1 && Character.isLetter(c))
                || ABBREVIATIONS.contains(w.toLowerCase())) {
              i++;
              abbreviation = true;
            }
          }
          addWord(text, s, i, abbreviation, flags, out);
        } else if (text.startsWith("...", i)) {
          i += 3;
          out.add(s, i, TokenKind.PUNCT, flags);
        } else {
          i++;
          out.add(s, i, "\"'“”‘’«»".indexOf(c) >= 0 ? TokenKind.QUOTE : TokenKind.PUNCT, flags);
        }
        flags = 0;
      }
    }

    private static boolean isInner(String text, int i) {
      char c = text.charAt(i);
      return (c == '.' || c == ',' || c == '-') && i + 1 < text.length() && i > 0
          && Character.isLetterOrDigit(text.charAt(i + 1)) && Character.isLetterOrDigit(text.charAt(i - 1))
          && (c != '.' || Character.isDigit(text.charAt(i + 1)) || Character.isUpperCase(text.charAt(i - 1)));
    }

    private static void addWord(String text, int s, int e, boolean abbreviation, int flags, TokenBuffer out) {
      int from = s;
      for (int k = s + 2; k < e; k++) {
        if (Character.isLowerCase(text.charAt(k - 1)) && Character.isUpperCase(text.charAt(k))
            && Character.isLowerCase(text.charAt(k - 2)) && k - from >= 3) {
          out.add(from, k, TokenKind.WORD, flags);
          from = k;
          flags = TokenFlags.GLUE_CASE;
        }
      }
      String w = text.substring(from, e);
      if (w.equals(w.toLowerCase())) {
        for (String v : GLUED_VERBS) {
          if (w.endsWith(v) && w.length() >= v.length() + 4) {
            out.add(from, e - v.length(), TokenKind.WORD, flags);
            from = e - v.length();
            flags = TokenFlags.GLUE_WORD;
            break;
          }
        }
      }
      out.add(from, e, abbreviation ? TokenKind.ABBREVIATION : TokenKind.WORD, flags);
    }
  }
}
