package dev.gazette.internal.rules;

import dev.gazette.Mention;
import dev.gazette.internal.text.SentenceBuffer;
import dev.gazette.internal.text.TokenBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * What token tests read about one document, as parallel arrays indexed by token: the vocabulary id of
 * the lower-cased token, the mention covering it (the longest one if several do) and that mention's type
 * id, plus sentence boundaries by position. One instance per thread, reused from document to document.
 */
public final class MatchInput {
  String text;
  TokenBuffer tokens;
  SentenceBuffer sentences;
  List<Mention> mentions;
  int size;
  int[] wordId = new int[256];
  int[] mention = new int[256];
  int[] mentionType = new int[256];
  /** Per position 0..size: bit 1 = a sentence starts here, bit 2 = a sentence ends here. */
  byte[] bounds = new byte[257];
  int[] sentenceOf = new int[256];

  static final byte START = 1;
  static final byte END = 2;

  /** Regular-expression token tests that spent their budget (no match), and where the first one was. */
  int regexGaveUp;
  int firstRegexGaveUpAt = -1;
  /** Answers of regular-expression tests by token text, kept from document to document. */
  final RegexMemo regexMemo = new RegexMemo();

  /** Fills the arrays for a document. */
  public void prepare(Program program, String text, TokenBuffer tokens, SentenceBuffer sentences, List<Mention> mentions) {
    this.text = text;
    this.tokens = tokens;
    this.sentences = sentences;
    this.mentions = mentions;
    regexGaveUp = 0;
    firstRegexGaveUpAt = -1;
    int n = tokens.size();
    this.size = n;
    if (wordId.length < n) {
      int cap = Math.max(n, wordId.length * 2);
      wordId = new int[cap];
      mention = new int[cap];
      mentionType = new int[cap];
      sentenceOf = new int[cap];
      bounds = new byte[cap + 1];
    }
    Vocabulary vocab = program.vocabulary;
    char[] chars = tokens.textChars(text);
    if (chars != null) {
      for (int i = 0; i < n; i++) {
        wordId[i] = vocab.lookup(chars, tokens.start(i), tokens.end(i));
      }
    } else {
      for (int i = 0; i < n; i++) {
        wordId[i] = vocab.lookup(text, tokens.start(i), tokens.end(i));
      }
    }
    Arrays.fill(mention, 0, n, -1);
    Arrays.fill(mentionType, 0, n, -1);
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      int t = firstTokenEndingAfter(m.start());
      for (; t < n && tokens.start(t) < m.end(); t++) {
        int cur = mention[t];
        if (cur < 0 || mentions.get(cur).span().length() < m.span().length()) {
          mention[t] = k;
        }
      }
    }
    int lastMention = -1;
    int lastType = -1;
    for (int i = 0; i < n; i++) {
      int k = mention[i];
      if (k >= 0) {
        if (k != lastMention) {
          // a mention covers a run of tokens: its type id is looked up once per run
          Integer type = program.typeIds.get(mentions.get(k).type().name());
          lastMention = k;
          lastType = type == null ? -2 : type;
        }
        mentionType[i] = lastType;
      }
    }
    Arrays.fill(bounds, 0, n + 1, (byte) 0);
    if (sentences.size() == 0 && n > 0) {
      bounds[0] |= START; // no sentence split: the whole document is one sentence
      bounds[n] |= END;
      Arrays.fill(sentenceOf, 0, n, 0);
    }
    for (int s = 0; s < sentences.size(); s++) {
      int first = sentences.firstToken(s);
      int end = sentences.endToken(s);
      bounds[first] |= START;
      bounds[end] |= END;
      for (int t = first; t < end; t++) {
        sentenceOf[t] = s;
      }
    }
  }

  /** Drops references to the document so that it can be collected. */
  public void release() {
    text = null;
    tokens = null;
    sentences = null;
    mentions = null;
  }

  private int firstTokenEndingAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.end(mid) <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
