/**
 * Gazette: rule-based extraction of entities, dates and relations from news articles.
 *
 * <p>The public API is the {@code dev.gazette} package; everything under {@code dev.gazette.internal}
 * and the command-line tool are implementation details and are not exported.
 */
module dev.gazette {
  requires transitive com.google.common;
  requires org.apache.commons.lang3;
  requires com.fasterxml.jackson.core;
  requires static info.picocli;

  exports dev.gazette;
  exports dev.gazette.kb;
  exports dev.gazette.rules;

  opens dev.gazette.cli to info.picocli;
}
