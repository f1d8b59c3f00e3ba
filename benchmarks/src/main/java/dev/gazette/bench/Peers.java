package dev.gazette.bench;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The tokenizers a user would pick instead of ours, each used the way its documentation shows, each
 * returning the number of tokens and folding every token's offsets into {@link #checksum} so the work
 * cannot be optimized away. One instance per benchmark thread.
 */
final class Peers {
  private Peers() {}

  /** Lucene's {@code StandardTokenizer} (UAX#29 word breaks), one instance reused across texts. */
  static final class Lucene {
    private final StandardTokenizer tokenizer = new StandardTokenizer();
    private final OffsetAttribute offsets = tokenizer.addAttribute(OffsetAttribute.class);
    long checksum;

    int tokenize(String text) {
      try {
        tokenizer.setReader(new StringReader(text));
        tokenizer.reset();
        int n = 0;
        long sum = 0;
        while (tokenizer.incrementToken()) {
          sum += offsets.startOffset() + offsets.endOffset();
          n++;
        }
        tokenizer.end();
        tokenizer.close();
        checksum += sum;
        return n;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** OpenNLP's rule-free {@code SimpleTokenizer} (character classes), returning offset spans. */
  static final class OpenNlp {
    private final SimpleTokenizer tokenizer = SimpleTokenizer.INSTANCE;
    long checksum;

    int tokenize(String text) {
      Span[] spans = tokenizer.tokenizePos(text);
      long sum = 0;
      for (Span s : spans) {
        sum += s.getStart() + s.getEnd();
      }
      checksum += sum;
      return spans.length;
    }
  }

  /**
   * CoreNLP's {@code PTBTokenizer} with {@code CoreLabel} tokens (what its pipeline uses) and default
   * options, except that untokenizable chars are kept silently instead of logged.
   */
  static final class CoreNlp {
    private final TokenizerFactory<CoreLabel> factory =
        PTBTokenizer.factory(new CoreLabelTokenFactory(), "untokenizable=noneKeep");
    long checksum;

    int tokenize(String text) {
      Iterator<CoreLabel> it = factory.getTokenizer(new StringReader(text));
      int n = 0;
      long sum = 0;
      while (it.hasNext()) {
        CoreLabel l = it.next();
        sum += l.beginPosition() + l.endPosition();
        n++;
      }
      checksum += sum;
      return n;
    }
  }
}
