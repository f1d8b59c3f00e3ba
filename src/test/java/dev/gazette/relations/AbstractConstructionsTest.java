package dev.gazette.relations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.Entity;
import dev.gazette.Extraction;
import dev.gazette.Gazette;
import dev.gazette.Relation;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the tests of the default relation rules share: a test class gives invented sentences that must
 * give a relation ({@link #positives()}) and near misses that must not ({@link #negatives()}), and this
 * class extracts each one and checks it. Relations are named by their {@link #label label},
 * {@code "TYPE subject -> object"} (or {@code "TYPE subject"}), by entity names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractConstructionsTest {
  static final String HEADER = " date 2024-03-05 \n\n";

  /**
   * Rows of (sentence, label) or (sentence, label, {@code Map<String, String>} of attributes): the
   * sentence gives a relation with that label and those attributes. A label {@code "TYPE * -> object"}
   * checks the type and the object only, for a subject the recognizers name differently.
   */
  abstract Stream<Arguments> positives();

  /**
   * Rows of (sentence, label): the sentence gives no relation whose label starts with that one (so
   * {@code "TYPE subject"} forbids the relation with any object).
   */
  abstract Stream<Arguments> negatives();

  @ParameterizedTest
  @MethodSource("positiveRows")
  void findsTheRelation(String sentence, String expected, Map<String, String> attrs) {
    Relation r = find(extract(sentence), expected);
    attrs.forEach((k, v) -> assertThat(r.attributes()).as(k).containsEntry(k, v));
    assertThat(r.attributes()).as("every relation has a date").containsKey("date").doesNotContainKey("check");
    assertThat(r.rule()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("negatives")
  void doesNotFind(String sentence, String forbidden) {
    assertThat(relations(extract(sentence))).noneMatch(l -> l.startsWith(forbidden));
  }

  /** The positives, with no attributes to check where a row gives none. */
  Stream<Arguments> positiveRows() {
    return positives().map(Arguments::get).map(a -> a.length == 2 ? Arguments.of(a[0], a[1], Map.of()) : Arguments.of(a));
  }

  /** The relations of an article as {@code "TYPE subject -> object"} (or {@code "TYPE subject"}). */
  static List<String> relations(Extraction x) {
    return x.relations().stream().map(r -> label(x, r)).collect(Collectors.toList());
  }

  static String label(Extraction x, Relation r) {
    String s = x.entity(r.subject()).map(Entity::name).orElse("?");
    return r.type() + " " + s + r.object().map(o -> " -> " + x.entity(o).map(Entity::name).orElse("?")).orElse("");
  }

  /** The body after a dateline header, extracted by the default pipeline. */
  static Extraction extract(String body) {
    return Gazette.defaults().extract(HEADER + body + "\n");
  }

  /** The first relation with that label (or any subject for {@code "TYPE * -> object"}), else a failure. */
  static Relation find(Extraction x, String label) {
    int any = label.indexOf(" * -> ");
    Predicate<String> wanted = any < 0
        ? label::equals
        : l -> l.startsWith(label.substring(0, any + 1)) && l.endsWith(label.substring(any + 2));
    return x.relations().stream()
        .filter(r -> wanted.test(label(x, r)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + label + " in " + relations(x)));
  }
}
