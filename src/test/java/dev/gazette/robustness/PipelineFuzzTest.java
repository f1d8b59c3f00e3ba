package dev.gazette.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gazette.Extraction;
import dev.gazette.Gazette;

/**
 * Fuzzes the whole default pipeline: any text gives an extraction whose tokens, sentences, mentions and
 * relation evidence are valid spans with the input's own text, and whose relations name existing
 * entities.
 */
class PipelineFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void fuzzPipeline(byte[] data) {
    String text = Invariants.text(data);
    Extraction x = Gazette.defaults().extract(text);
    Invariants.checkExtraction(text, x);
  }
}
