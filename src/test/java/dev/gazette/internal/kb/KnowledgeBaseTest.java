package dev.gazette.internal.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeBaseTest {

  private static final KnowledgeBase KB = KnowledgeBase.defaults();

  private static List<String> ids(String alias) {
    return KB.lookup(alias).stream().map(KbEntry::id).collect(Collectors.toList());
  }

  @Test
  void loadsOncePerJvm() {
    assertThat(KnowledgeBase.defaults()).isSameAs(KB);
    assertThat(KB.size()).isGreaterThan(30_000);
    assertThat(KB.aliasCount()).isGreaterThan(KB.size());
  }

  @Test
  void russiaFacts() {
    KbEntry ru = KB.byId("gpe:RU").orElseThrow();
    assertThat(ru.type()).isEqualTo("GPE");
    assertThat(ru.name()).isEqualTo("Russia");
    assertThat(ru.attribute("capital")).contains("gpe:city:moscow-ru");
    assertThat(ru.attribute("demonym")).contains("Russian");
    KbEntry moscow = KB.byId("gpe:city:moscow-ru").orElseThrow();
    assertThat(moscow.attribute("capital_of")).contains("RU");
    assertThat(moscow.attribute("country")).contains("RU");
    assertThat(ids("Moscou")).contains("gpe:city:moscow-ru");
    assertThat(KB.lookup("Russian")).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("NORP");
      assertThat(e.attribute("demonym_of")).contains("RU");
    });
    assertThat(ids("Russians")).contains("norp:RU");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "Poutine, person:vladimir-putin",
      "Vladimir Poutine, person:vladimir-putin",
      "Putin, person:vladimir-putin",
      "Xi Jinping, person:xi-jinping",
      "Zelenskyy, person:volodymyr-zelensky",
      "Zelenski, person:volodymyr-zelensky",
      "Tokaev, person:kassym-jomart-tokayev",
      "Tokayev, person:kassym-jomart-tokayev",
      "Kılıçdaroğlu, person:kemal-kilicdaroglu",
      "Kilicdaroglu, person:kemal-kilicdaroglu",
      "Lula, person:lula",
      "Luiz Inacio Lula da Silva, person:lula",
      "Erdoğan, person:recep-tayyip-erdogan",
      "Dmitri Peskov, person:dmitry-peskov",
      "Lavrov, person:sergei-lavrov",
      "Macron, person:emmanuel-macron",
      "Scholz, person:olaf-scholz",
      "Biden, person:joe-biden",
      "Kremlin, org:seat:kremlin",
      "Elysee, org:seat:elysee",
      "Élysée, org:seat:elysee",
      "Downing Street, org:seat:downing-street",
      "Zhongnanhai, org:seat:zhongnanhai",
      "Quai d’Orsay, org:seat:quai-d-orsay",
      "NATO, org:nato",
      "OTAN, org:nato",
      "IMF, org:imf",
      "African Union, org:african-union",
      "Shanghai Cooperation Organisation, org:sco",
      "Russie, gpe:RU",
      "Chine, gpe:CN",
      "Allemagne, gpe:DE",
      "Turkiye, gpe:TR",
      "Ivory Coast, gpe:CI",
      "America, gpe:US",
      "U.S., gpe:US",
      "Britain, gpe:GB",
      "Pekin, gpe:city:beijing-cn",
      "Peking, gpe:city:beijing-cn",
      "the West, loc:bloc:the-west",
      "Western, norp:western",
      "Gulf states, loc:bloc:gulf-states",
      "Siberia, loc:siberia",
      "Donbass, loc:donbas",
      "East China Sea, loc:east-china-sea",
      "Strait of Hormuz, loc:strait-of-hormuz",
      "Black Sea, loc:black-sea",
      "AFP, org:afp",
      "Xinhua, org:xinhua",
      "Federal Reserve, org:fed",
      "Gazprom, org:gazprom",
      "Nord Stream, fac:nord-stream",
  })
  void knownAliases(String alias, String id) {
    assertThat(ids(alias)).contains(id);
  }

  @Test
  void seatsOfPowerStandForTheirCountry() {
    assertThat(KB.byId("org:seat:kremlin").orElseThrow().attribute("country")).contains("RU");
    assertThat(KB.byId("org:seat:elysee").orElseThrow().attribute("stands_for")).contains("gpe:FR");
    assertThat(KB.byId("org:seat:white-house").orElseThrow().attribute("country")).contains("US");
  }

  @Test
  void leadersCarryTitles() {
    KbEntry putin = KB.byId("person:vladimir-putin").orElseThrow();
    assertThat(putin.attribute("title")).contains("President");
    assertThat(putin.attribute("country")).contains("RU");
    assertThat(KB.byId("person:dmitry-peskov").orElseThrow().attribute("title")).hasValueSatisfying(
        t -> assertThat(t).containsIgnoringCase("spokesman"));
  }

  @Test
  void countriesComeBeforeCitiesOfTheSameName() {
    // Table order puts countries first, so the first entry for an ambiguous key is the country.
    assertThat(KB.lookup("Georgia").get(0).id()).isEqualTo("gpe:GE");
    assertThat(KB.lookup("Paris").get(0).id()).isEqualTo("gpe:city:paris-fr");
  }

  @Test
  void uppercaseAliasesAreFlagged() {
    int alias = KB.firstAliasWithKey("us");
    boolean found = false;
    for (; alias >= 0; alias = KB.nextAliasWithSameKey(alias)) {
      if (KB.aliasText(alias).equals("US")) {
        assertThat(KB.aliasFlags(alias) & KnowledgeBase.FLAG_UPPERCASE).isNotZero();
        assertThat(KB.id(KB.aliasEntry(alias))).isEqualTo("gpe:US");
        found = true;
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void idsAreUniqueAndNamesNonEmpty() {
    Set<String> seen = new HashSet<>();
    Set<String> types = Set.of("GPE", "LOC", "ORG", "NORP", "FAC", "PERSON");
    for (int e = 0; e < KB.size(); e++) {
      assertThat(seen.add(KB.id(e))).as("duplicate id %s", KB.id(e)).isTrue();
      assertThat(KB.name(e)).as(KB.id(e)).isNotBlank();
      assertThat(types).as(KB.id(e)).contains(KB.type(e));
      assertThat(KB.indexOf(KB.id(e))).isEqualTo(e);
      assertThat(KB.aliasFlags(KB.aliasStart(e)) & KnowledgeBase.FLAG_CANONICAL).isNotZero();
    }
  }

  @Test
  void everyAliasFoldsToANonEmptyKeyThatFindsItsEntry() {
    int[] count = {0};
    KB.forEachAlias((alias, text, key, entry) -> {
      assertThat(key).as(text).isNotEmpty().isEqualTo(AliasKeys.fold(text));
      assertThat(text).doesNotContain("\t", "|");
      count[0]++;
    });
    assertThat(count[0]).isEqualTo(KB.aliasCount());
    for (int a = 0; a < KB.aliasCount(); a += 97) {
      int owner = KB.aliasEntry(a);
      assertThat(KB.lookupKey(KB.aliasKey(a))).extracting(KbEntry::index).contains(owner);
    }
  }

  @Test
  void equalKeysShareOneString() {
    int a = KB.firstAliasWithKey("moscow");
    int b = KB.nextAliasWithSameKey(a);
    assertThat(b).isGreaterThanOrEqualTo(0);
    assertThat(KB.aliasKey(a)).isSameAs(KB.aliasKey(b));
  }

  @Test
  void unknownAliasFindsNothing() {
    assertThat(KB.lookup("Zzyzx Qwertyville")).isEmpty();
    assertThat(KB.byId("gpe:ZZ")).isEmpty();
    assertThat(KB.firstAliasWithKey("no such key")).isEqualTo(-1);
  }

  @Test
  void wordLists() {
    assertThat(KB.givenNames().canonical("Dmitri")).contains("Dmitry");
    assertThat(KB.givenNames().canonical("Dmitriy")).contains("Dmitry");
    assertThat(KB.surnames().contains("Nguyen")).isTrue();
    assertThat(KB.surnames().contains("Kim")).isTrue();
    assertThat(KB.surnames().contains("Wang")).isTrue();
    assertThat(KB.surnames().contains("Kilicdaroglu")).isTrue();
    assertThat(KB.titles().contains("spokesman")).isTrue();
    assertThat(KB.titles().contains("Spokeswoman")).isTrue();
    assertThat(KB.titles().canonical("Prime Minister")).contains("prime minister");
    assertThat(KB.titles().canonical("Secretary-General")).contains("secretary general");
    assertThat(KB.titles().canonical("CEO")).contains("chief executive");
    assertThat(KB.givenNames().size()).isGreaterThan(200);
    assertThat(KB.surnames().size()).isGreaterThan(300);
  }

  @Test
  void parsesCustomTables() {
    String table = "# custom\n"
        + "org:acme\tORG\tAcme Corp\tAcme|ACME\tkind=company;country=US\n"
        + "person:jane-doe\tPERSON\tJane Doe\t\ttitle=chief executive\n";
    KnowledgeBase kb = KnowledgeBase.parse(new StringReader(table));
    assertThat(kb.size()).isEqualTo(2);
    assertThat(kb.aliasCount()).isEqualTo(4);
    KbEntry acme = kb.lookup("acme").get(0);
    assertThat(acme.id()).isEqualTo("org:acme");
    assertThat(acme.aliases()).containsExactly("Acme", "ACME");
    assertThat(acme.attributes()).containsEntry("kind", "company").containsEntry("country", "US");
    assertThat(kb.attribute(1, "title")).contains("chief executive");
    assertThat(kb.attribute(1, "tit")).isEmpty();
  }

  @Test
  void compiledTablesRoundTripToTheParsedArrays() throws Exception {
    KnowledgeBase.Tables parsed = KnowledgeBase.parseDefaultTables();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompiledTables.write(parsed, 12345, out);
    ByteBuffer bytes = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
    KnowledgeBase.Tables read = CompiledTables.read(bytes, 12345);
    assertThat(read).isNotNull();
    assertThat(read.pool).isEqualTo(parsed.pool);
    assertThat(read.typeNames).isEqualTo(parsed.typeNames);
    assertThat(read.types).isEqualTo(parsed.types);
    assertThat(read.aliasFlags).isEqualTo(parsed.aliasFlags);
    List<int[]> a = List.of(read.idStart, read.attrStart, read.aliasStart, read.idTable, read.textStart,
        read.keyOf, read.keyStart, read.keyFirstAlias, read.aliasOwner, read.nextSameKey, read.keyTable);
    List<int[]> b = List.of(parsed.idStart, parsed.attrStart, parsed.aliasStart, parsed.idTable,
        parsed.textStart, parsed.keyOf, parsed.keyStart, parsed.keyFirstAlias, parsed.aliasOwner,
        parsed.nextSameKey, parsed.keyTable);
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i)).as("array %d", i).isEqualTo(b.get(i));
    }
    // Compiled from a table of another length: stale, not used.
    assertThat(CompiledTables.read(ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN), 12346))
        .isNull();
  }

  @Test
  void theBuildCompiledTheDefaultTablesAndTheyAnswerLikeTheText() throws Exception {
    CompiledTables.Compiled compiled = CompiledTables.readDefault();
    assertThat(compiled)
        .as("entities.bin missing or stale: the build step (exec-maven-plugin, kb-compile) writes it")
        .isNotNull();
    for (int i = 0; i < CompiledTables.NAME_TABLES.length; i++) {
      NameTable parsed;
      try (java.io.Reader r = KnowledgeBase.resource(CompiledTables.NAME_TABLES[i])) {
        parsed = NameTable.parse(r);
      }
      NameTable read = compiled.nameTables[i];
      assertThat(read).as(CompiledTables.NAME_TABLES[i]).isNotNull();
      assertThat(read.namesArray()).isEqualTo(parsed.namesArray());
      assertThat(read.attributesArray()).isEqualTo(parsed.attributesArray());
      assertThat(read.keyCount()).isEqualTo(parsed.keyCount());
      // Same keys in the same iteration order (matchers are built by iterating them), same rows.
      assertThat(List.copyOf(read.keys())).isEqualTo(List.copyOf(parsed.keys()));
      for (String key : parsed.keys()) {
        assertThat(read.rowsByKey().get(key)).as(key).isEqualTo(parsed.rowsByKey().get(key));
      }
    }
    KnowledgeBase text;
    try (java.io.Reader r = KnowledgeBase.resource("entities.tsv")) {
      text = KnowledgeBase.parse(r);
    }
    assertThat(KB.size()).isEqualTo(text.size());
    assertThat(KB.aliasCount()).isEqualTo(text.aliasCount());
    assertThat(KB.distinctKeyCount()).isEqualTo(text.distinctKeyCount());
    for (int e = 0; e < KB.size(); e++) {
      KbEntry mine = KB.entry(e);
      KbEntry theirs = text.entry(e);
      assertThat(mine).isEqualTo(theirs);
      assertThat(mine.type()).isEqualTo(theirs.type());
      assertThat(mine.aliases()).isEqualTo(theirs.aliases());
      assertThat(mine.attributes()).isEqualTo(theirs.attributes());
      assertThat(KB.indexOf(text.id(e))).isEqualTo(e);
    }
    for (int i = 0; i < KB.aliasCount(); i++) {
      assertThat(KB.aliasText(i)).isEqualTo(text.aliasText(i));
      assertThat(KB.aliasKey(i)).isEqualTo(text.aliasKey(i));
      assertThat(KB.aliasFlags(i)).isEqualTo(text.aliasFlags(i));
      assertThat(KB.aliasEntry(i)).isEqualTo(text.aliasEntry(i));
      assertThat(KB.nextAliasWithSameKey(i)).isEqualTo(text.nextAliasWithSameKey(i));
      assertThat(KB.firstAliasWithSameKey(i)).isEqualTo(text.firstAliasWithKey(text.aliasKey(i)));
    }
  }

  @Test
  void loadCostPrintout() {
    // Informational only (no timing assertion): a fresh parse of the shipped tables.
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long before = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    KnowledgeBase kb = KnowledgeBase.loadDefaultTables();
    long t1 = System.nanoTime();
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf("knowledge base: %d entries, %d aliases, %d distinct keys; load %d ms;"
            + " retained ~%d MB%n", kb.size(), kb.aliasCount(), kb.distinctKeyCount(),
        (t1 - t0) / 1_000_000, (after - before) / (1 << 20));
    assertThat(kb.size()).isEqualTo(KB.size());
  }
}
