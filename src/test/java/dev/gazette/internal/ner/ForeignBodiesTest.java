package dev.gazette.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Entity;
import dev.gazette.EntityType;
import dev.gazette.Extraction;
import dev.gazette.Gazette;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A one-word legislature that the knowledge base knows as one country's ("Congress", "Senate": the US ones)
 * is another country's where the sentence says so: a nationality or a country's possessive right
 * before it, or "of" or "in" and a place right after it; and so is the same word later in an article
 * that had not named the knowledge base's body before. Sentences written for the test.
 */
class ForeignBodiesTest {

  private static final String HEADER = " date 2024-05-02 \n\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The Brazilian Senate approved the reform on Tuesday.                          | Senate | BR
          Chile's Senate rejected the bill.                                             | Senate | CL
          Demonstrators gathered in front of the Congress in Buenos Aires.              | Congress | AR
          The Senate of Colombia voted on the budget.                                   | Senate | CO
          The Brazilian Senate approved the reform. The Senate will meet again in June.  | Senate | BR
          """)
  void anotherCountrysBody(String text, String name, String country) {
    List<Entity> bodies = bodies(text, name);
    assertThat(bodies).hasSize(1);
    assertThat(bodies.get(0).attributes()).containsEntry("country", country).doesNotContainKey("kb_id");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Congress passed the budget and President Biden signed it.                          | Congress
          The American Senate confirmed the nominee.                                         | Senate
          E. Gerald Corrigan, president of the New York Fed, said rates would hold.          | Fed
          Congress approved the aid. The Mexican Congress also voted. Congress met again.    | Congress
          """)
  void theKnowledgeBasesBody(String text, String name) {
    assertThat(bodies(text, name)).anySatisfy(e -> assertThat(e.attributes()).containsEntry("country", "US").containsKey("kb_id"));
  }

  private static List<Entity> bodies(String text, String name) {
    Extraction x = Gazette.defaults().extract(HEADER + text);
    return x.entities().stream()
        .filter(e -> e.type().equals(EntityType.ORG) && e.name().contains(name))
        .toList();
  }
}
