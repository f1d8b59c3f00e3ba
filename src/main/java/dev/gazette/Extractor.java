package dev.gazette;

/**
 * One stage of the pipeline, run once per article after tokenization and sentence splitting, in the
 * order stages were added to {@link Gazette.Builder}. Integrators implement it to add their own
 * recognizers.
 *
 * <pre>{@code
 * Extractor tickers = doc -> {
 *   for (Token t : doc.tokens()) {
 *     if (t.text().startsWith("$") && t.text().length() > 1) {
 *       doc.addMention(Mention.builder(t.span(), t.text(), EntityType.of("TICKER")).rule("tickers").build());
 *     }
 *   }
 * };
 * Gazette g = Gazette.builder().addExtractor(tickers).build();
 * }</pre>
 *
 * <p>An extractor used by a shared {@link Gazette} is called from many threads at once: it must be
 * thread-safe, which it is when it keeps no mutable state outside the document.
 */
@Beta
@FunctionalInterface
public interface Extractor {
  /** Reads {@code document} and adds what it finds to it. */
  void extract(Document document);
}
