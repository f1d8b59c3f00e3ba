package dev.gazette.relations;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The ROLE and STATEMENT constructions of translated, scraped news that the default rules read, one
 * invented sentence or two each: speakers after a title or an apposition in inverted attributions,
 * speech verbs glued to a short word the tokenizer leaves whole, a lost quote cut by the sentence
 * splitter, "according to him", "She" after a sentence its subject opens, "announced" with a noun
 * phrase, "added" before a clause, the organization "led by", "chaired by" or "the party of" a person
 * and titles given with no organization; "who chairs", "Z's mission chief for P, X", a title naming an
 * organization between a glued quote and the speaker, a headline "Country: the title X", the
 * organization named again by a common noun ("the governor of the central bank X"), "X, southern Y" and
 * "X, the southern Ukrainian port"; with the near misses that must give nothing (an addressee after
 * "to", a source that only describes, "added" with an object, a place after "in" as a speaker, an
 * envoy in a headline country, a lawyer of a person, a list of places).
 */
class RoleStatementConstructionsTest extends AbstractConstructionsTest {

  @Override
  Stream<Arguments> positives() {
    return Stream.of(
        // "former" before the organization belongs to the title (session 13)
        Arguments.of("The former Pakistani prime minister Imran Khan was sentenced on Tuesday.", "ROLE Imran Khan -> Pakistani",
            Map.of("title", "former prime minister")),
        Arguments.of("The Pakistani prime minister Shehbaz Sharif spoke on Tuesday.", "ROLE Shehbaz Sharif -> Pakistani",
            Map.of("title", "prime minister")),
        // inverted attribution, the speaker after a title naming an organization or a country
        Arguments.of("The strike will continue until Friday, the Verdi spokesman Lukas Brenner declared on Monday.",
            "STATEMENT Lukas Brenner", Map.of("verb", "declared")),
        Arguments.of("The talks will resume in May, the governor of the Leningrad region Alexander Drozdenko announced.",
            "STATEMENT Alexander Drozdenko", Map.of()),
        // inverted attribution, the speaker in an apposition between commas
        Arguments.of("The sanctions remain in force, a spokesman for the European Commission, Peter Stano, confirmed to AFP.",
            "STATEMENT Peter Stano", Map.of("verb", "confirmed")),
        // a speech verb glued to a short word the tokenizer leaves whole
        Arguments.of("The price is too high for usdeclared Anna Kowal after the meeting.", "STATEMENT Anna Kowal", Map.of()),
        // a lost quote cut by the sentence splitter before the glued speaker
        Arguments.of("The people want bread, not promises from BrusselsRobert Fico launched on Sunday in Bratislava.",
            "STATEMENT Robert Fico", Map.of("verb", "launched")),
        // "according to her" in the sentence after the one the person opens
        Arguments.of("Sophie Lambert, an analyst at Rystad Energy, considers the price high. According to her, the buyer pays too much.",
            "STATEMENT Sophie Lambert", Map.of("verb", "according")),
        // an expressed hope, and a quotation an agency reports
        Arguments.of("In Brussels, the European Commission hoped that the support would continue, according to the agency TASS.",
            "STATEMENT European Commission", Map.of("verb", "hoped")),
        Arguments.of("Dmitry Peskov was quoted as saying by the agency Interfax that the talks had failed.",
            "STATEMENT Dmitry Peskov", Map.of("verb", "saying")),
        // "announced" with a noun phrase, by a company or a person
        Arguments.of("The Norwegian energy group Helvara announced on Monday the takeover of the Polish developer Morwind.",
            "STATEMENT Helvara", Map.of("verb", "announced")),
        // "added" before a clause without "that"
        Arguments.of("Dmitry Peskov added the talks would resume next week.", "STATEMENT Dmitry Peskov", Map.of("verb", "added")),
        // "its TITLE PERSON" after a company described by a demonym and common nouns
        Arguments.of("The Norwegian energy group Helvara will buy Morwind, its chief executive Ingrid Solberg said in Oslo.",
            "ROLE Ingrid Solberg -> Helvara", Map.of("title", "chief executive")),
        // an organization led, chaired or founded by a person
        Arguments.of("Progressive Slovakia (PS), led by Michal Simecka, came second.",
            "ROLE Michal Simecka -> Progressive Slovakia", Map.of("title", "head")),
        Arguments.of("The investment fund Baltic Capital, chaired by Anna Kowal, accepted the offer.",
            "ROLE Anna Kowal -> Baltic Capital", Map.of("title", "chair")),
        // the party of a person
        Arguments.of("Brothers of Italy, the party of Prime Minister Giorgia Meloni, hailed a victory.",
            "ROLE Giorgia Meloni -> Brothers of Italy", Map.of()),
        // "named X as his TITLE"
        Arguments.of("The president-elect named Luis Caputo as his economy minister on Friday.",
            "ROLE Luis Caputo", Map.of("title", "economy minister")),
        // "X explained, an analyst at ORG"
        Arguments.of("Europe wants lithium that does not pass through China, Tendai Mutasa explained, an analyst at the brokerage firm Kopje Capital.",
            "ROLE Tendai Mutasa -> Kopje Capital", Map.of("title", "analyst")),
        // title words: "mines minister", "High Commissioner for Refugees", "chargé d'affaires"
        Arguments.of("The Zimbabwean mines minister Winston Chitando refused the offer.",
            "ROLE Winston Chitando -> Zimbabwean", Map.of("title", "mines minister")),
        Arguments.of("Manila summoned the Chinese chargé d'affaires Zhou Zhiyong on Wednesday.",
            "ROLE Zhou Zhiyong -> Chinese", Map.of()),
        // the subject of the sentence before "She" is the speaker, though another person follows the verb
        Arguments.of("The president of Kosovo, Vjosa Osmani, received the American ambassador Jeffrey Hovenier on Friday. "
            + "She warned that the talks would fail.", "STATEMENT Vjosa Osmani", Map.of("verb", "warned")),
        // a title given with no organization, and in a headline that opens with a country
        Arguments.of("Maria Rossi was appointed chief executive on Monday.", "ROLE Maria Rossi", Map.of("title", "chief executive")),
        Arguments.of("The vote was close. read alsoMontenegro: Jakov Milatovic sworn in as president The count resumed.",
            "ROLE Jakov Milatovic -> Montenegro", Map.of("title", "president")),
        // a place that opens the sentence speaks for its government
        Arguments.of("Moscow said that the talks had failed.", "STATEMENT Moscow", Map.of("verb", "said")),
        // an inverted speaker after a title in an apposition
        Arguments.of("Inflation is falling, stressed the governor, Leonardo Villar.", "STATEMENT Leonardo Villar", Map.of("verb", "stressed")),
        // a speech participle after the clause of the sentence's subject
        Arguments.of("The central bank chief Leonardo Villar defended the decision, saying inflation was still high.",
            "STATEMENT Leonardo Villar", Map.of("verb", "saying")),
        // an adverb between the speaker and the verb
        Arguments.of("Gustavo Petro has repeatedly said that the rates were too high.", "STATEMENT Gustavo Francisco Petro Urrego", Map.of("verb", "said")),
        // an unnamed spokesman speaks for the organization he is the spokesman of
        Arguments.of("The European Commission's spokesman said the sanctions would remain.", "STATEMENT European Commission", Map.of("verb", "said")),
        Arguments.of("The talks failed, a Kremlin spokesman said.", "STATEMENT Kremlin", Map.of("verb", "said")),
        // where an organization sits, between it and the verb
        Arguments.of("The investment fund Baltic Capital in Warsaw said it had accepted the offer.", "STATEMENT Baltic Capital", Map.of("verb", "said")),
        // "who chairs" makes a chair; "who leads" a unit of an organization makes a head of it
        Arguments.of("Ricardo Serna, who chairs the PP in Cordoba, said the government would be formed in July.",
            "ROLE Ricardo Serna -> PP", Map.of("title", "chair")),
        Arguments.of("The evidence is overwhelmingreplied the prosecutor Hugo Salcedo, who leads the anticorruption team of the Public Ministry.",
            "ROLE Hugo Salcedo -> Public Ministry", Map.of("title", "head")),
        // the party of "the" titled person
        Arguments.of("The Popular Party (PP) of the regional president Juanma Moreno kept its majority.",
            "ROLE Juanma Moreno -> Popular Party", Map.of()),
        // a possessive organization, a title with a free modifier, "for <place>", the person
        Arguments.of("The IMF's mission chief for Colombia, Ana Lucía Restrepo, said the decision was right.",
            "ROLE Ana Lucía Restrepo -> International Monetary Fund", Map.of("title", "mission chief")),
        // a glued quote, then a title naming an organization (with a demonym, or an abbreviation), then the speaker
        Arguments.of("The Andalusians have spoken and we accept itadmitted the PSOE candidate Maria Jesus Montero in Seville.",
            "STATEMENT Maria Jesus Montero", Map.of()),
        Arguments.of("Washington is playing with firedeclared the spokesman of the Chinese Ministry of Foreign Affairs Lin Jian.",
            "STATEMENT Lin Jian", Map.of("verb", "declared")),
        Arguments.of("Washington is playing with firedeclared the spokesman of the Chinese Ministry of Foreign Affairs Lin Jian.",
            "ROLE Lin Jian -> Ministry of Foreign Affairs", Map.of("title", "spokesman")),
        Arguments.of("There is no reason to panicassured the governor of the State Bank of Vietnam (SBV) Nguyen Thi Hong on Saturday.",
            "ROLE Nguyen Thi Hong -> State Bank of Vietnam", Map.of("title", "governor")),
        // a headline that opens with a country, a title and a person (also when the splitter cut it)
        Arguments.of("The trial ended. read alsoEcuador: the former vice-president Jorge Glas transferred to a prison The talks resumed.",
            "ROLE Jorge Glas -> Ecuador", Map.of("title", "former vice-president")),
        Arguments.of("The vote was close. read alsoPeru: central bank governor Julio Velarde reappointed for five years The board met.",
            "ROLE Julio Velarde -> Peru", Map.of("title", "central bank governor")),
        // the organization that opens the sentence named again by a common noun before the title holder
        Arguments.of("The Bank of the Republic of Colombia lowered its key rate on Wednesday, the governor of the central bank Leonardo Villar announced.",
            "ROLE Leonardo Villar -> Bank of the Republic of Colombia", Map.of("title", "governor")),
        // an airline named like a state is the airline, no state
        Arguments.of("The managers were installed by Texas Air chairman Frank Lorenzo.", "ROLE Frank Lorenzo -> Texas Air"),
        // a title, the person, "of the <party> party"
        Arguments.of("Congressman Pedro Gomez of the Vox party denounced a verdict.", "ROLE Pedro Gomez -> Vox", Map.of("title", "congressman")),
        // a possessive country or organization with free modifiers before the title, after the name and before it
        Arguments.of("Leonardo Villar, Colombia's central bank governor, defended the decision.",
            "ROLE Leonardo Villar -> Colombia", Map.of("title", "central bank governor")),
        Arguments.of("The governor of Colombia's central bank, Leonardo Villar, defended the decision.",
            "ROLE Leonardo Villar -> Colombia", Map.of("title", "governor")),
        // a title of an organization the text does not name
        Arguments.of("Rates are too high, said Hernando Rosero, the acting president of the regional federation of growers.",
            "ROLE Hernando Rosero", Map.of("title", "acting president")),
        // LOCATED_IN: "X, southern Y" and "X, the southern <demonym> port"
        Arguments.of("In Pasto, southern Colombia, the growers borrow at 20%.", "LOCATED_IN Pasto -> Colombia", Map.of()),
        Arguments.of("The army shelled Kherson, the southern Ukrainian port, again.", "LOCATED_IN Kherson -> Ukrainian", Map.of()),
        // frames found missing on development articles 57-64 (widening.rules and the edits that came
        // with them): the head of a country after "of", titles taken ("becomes", "sworn in as",
        // "named ... as" after a date), "Its leader" after a sentence opened by a party, exile, a
        // concern voiced, a glued "defended", a subject in apposition after a demonym
        Arguments.of("President Hakainde Hichilema of Zambia arrived in Lusaka.", "ROLE Hakainde Hichilema -> Zambia", Map.of("title", "president")),
        Arguments.of("Prime Minister Jane Doe of Ghana arrived in Accra.", "ROLE Jane Doe -> Ghana", Map.of("title", "prime minister")),
        Arguments.of("Senate Republican Leader Robert Dole of Kansas said he agreed.", "LOCATED_IN Robert Dole -> Kansas", Map.of("via", "of")),
        Arguments.of("Radoslaw Sikorski becomes foreign minister in the new cabinet.", "ROLE Radoslaw Sikorski", Map.of("title", "foreign minister")),
        Arguments.of("Mamadi Doumbouya was sworn in as president on Saturday.", "ROLE Mamadi Doumbouya", Map.of("title", "president")),
        Arguments.of("The board named Ana Ruiz as finance director, replacing Juan Perez, who retired.", "ROLE Juan Perez",
            Map.of("title", "finance director")),
        Arguments.of("Marta Solis, a former judge, becomes justice minister in place of Luis Vega, who resigned.", "ROLE Luis Vega",
            Map.of("title", "justice minister")),
        Arguments.of("The prime minister named on Monday the economist Ana Ruiz as finance minister.", "ROLE Ana Ruiz",
            Map.of("title", "finance minister")),
        Arguments.of("The Democratic Party accused the mayor of fraud. Its leader John Smith demanded a recount.",
            "ROLE John Smith -> Democratic Party", Map.of("title", "leader")),
        Arguments.of("The opposition leader Juan Perez, in exile in Madrid since 2021, called for elections.", "LOCATED_IN Juan Perez -> Madrid",
            Map.of("via", "lives")),
        Arguments.of("Berlin voiced its concern on Friday.", "STATEMENT Berlin", Map.of()),
        Arguments.of("The reform is necessarydefended the Spanish labour minister Yolanda Díaz.", "STATEMENT Yolanda Díaz", Map.of()),
        Arguments.of("His lawyer, the Spanish Pablo Ortiz, slammed a politically motivated trial.", "ACCUSE Pablo Ortiz", Map.of()),
        Arguments.of("In Eldoret, the training capital of the Rift Valley, coaches met.", "LOCATED_IN Eldoret -> Rift Valley", Map.of()),
        Arguments.of("The coup was condemned by the African Union, whose commission chairman Mahmoud Ali Youssouf demanded a release.",
            "ROLE Mahmoud Ali Youssouf -> African Union", Map.of("title", "commission chairman")),
        Arguments.of("The deal was signed by his predecessor Prabowo Subianto, now head of state.", "ROLE Prabowo Subianto",
            Map.of("title", "head of state")));
  }

  @Override
  Stream<Arguments> negatives() {
    return Stream.of(
        // the agency after "to" is the addressee
        Arguments.of("The sanctions remain in force, a spokesman for the European Commission, Peter Stano, confirmed to AFP.",
            "STATEMENT AFP"),
        // a name that describes the source is no speaker
        Arguments.of("The ration is worth 8 dollars, according to the UN agency.", "STATEMENT United Nations"),
        // "added" with an object
        Arguments.of("The Commerce Department added the Chinese memory maker YMTC to its export blacklist.",
            "STATEMENT Commerce Department"),
        // a country announcing a decision
        Arguments.of("Last week, Washington announced an aid of 87 million dollars.", "STATEMENT Washington"),
        // a word that really ends with a speech verb
        Arguments.of("Those who proclaimed Labour's defeat were wrong, analysts said.", "STATEMENT Labour"),
        // the speaker of an inverted attribution is not the person before the apposition
        Arguments.of("Prices will not change, Wincenty Nowicki, a deputy director of Cukropol, the sugar union, said.",
            "STATEMENT Cukropol"),
        // two subjects leave "He" with no single antecedent
        Arguments.of("Vladimir Putin and Recep Tayyip Erdogan met in Sochi. He said the talks were useful.",
            "STATEMENT Vladimir Putin"),
        // a place after "in" or "on Thursday in" says where someone spoke, it does not speak
        Arguments.of("A trader in Bogota noted that the peso barely moved.", "STATEMENT Bogotá"),
        // a person before "in <place> said" is not the speaker seated there
        Arguments.of("Officials with Maria Lopez in Lima said the talks had failed.", "STATEMENT Maria Lopez"),
        Arguments.of("The decision was consistent, said on Thursday in Washington a trader.", "STATEMENT Washington"),
        // "saying" after a clause with a second person has no single speaker; a fronted place is none
        Arguments.of("Vladimir Putin met Recep Tayyip Erdogan in Sochi, saying the talks were useful.", "STATEMENT"),
        Arguments.of("In Bogota, the protesters blocked the road, saying they wanted lower rates.", "STATEMENT"),
        Arguments.of("He defended the Bank of the Republic, saying the rates were right.", "STATEMENT"),
        // a possessive description with no title
        Arguments.of("Leonardo Villar, Colombia's most famous son, defended the decision.", "ROLE Leonardo Villar"),
        // an unnamed official is no spokesman
        Arguments.of("The talks failed, a Russian official said.", "STATEMENT"),
        // "who met the head of" gives the speaker no title
        Arguments.of("Maria Lopez, who met the head of the Public Ministry, left.", "ROLE Maria Lopez"),
        // "of the" before a word that is no title
        Arguments.of("The Popular Party (PP) of the brother Juan Moreno kept its majority.", "ROLE Juan Moreno"),
        // the place after "for" is where the title is exercised, not its employer
        Arguments.of("The IMF's mission chief for Colombia, Ana Lucía Restrepo, said the decision was right.",
            "ROLE Ana Lucía Restrepo -> Colombia"),
        // the organization inside a speaker's title is not the speaker
        Arguments.of("The Andalusians have spoken and we accept itadmitted the PSOE candidate Maria Jesus Montero in Seville.",
            "STATEMENT PSOE"),
        Arguments.of("Washington is playing with firedeclared the spokesman of the Chinese Ministry of Foreign Affairs Lin Jian.",
            "STATEMENT Ministry of Foreign Affairs"),
        // a headline title usually held abroad is not held in the headline's country
        Arguments.of("The war goes on. read alsoSudan: the American envoy Tom Perriello calls for a truce The talks failed.",
            "ROLE Tom Perriello -> Sudan"),
        // the common noun names another organization: Gazprom is not the employer
        Arguments.of("Gazprom cut its deliveries on Monday, the head of the company Naftogaz Oleksiy Chernyshov said.",
            "ROLE Oleksiy Chernyshov -> Gazprom"),
        // a lawyer of a person holds no title at an organization
        Arguments.of("According to Fatou Sarr, a lawyer of the opponent, the police blocked him.", "ROLE Fatou Sarr"),
        // a direction and a place that is not larger: a list of places
        Arguments.of("Flights between Lima, northern Chile and Bolivia resumed.", "LOCATED_IN Lima"),
        // the demonym names another country than the place's, or no place part follows
        Arguments.of("The talks were held in Gdansk, a Russian port.", "LOCATED_IN Gdańsk"),
        Arguments.of("The talks were held in Gdansk, a Polish delegation said.", "LOCATED_IN Gdańsk"),
        // a demonym of no country, and a list of places with directions
        Arguments.of("The clashes began in Kherson, a mainly Christian town.", "LOCATED_IN Kherson"),
        Arguments.of("Snow fell from Montana across Wyoming, western Nebraska and western Kansas.", "LOCATED_IN Wyoming"),
        // near misses of the widening.rules frames: a president of a company named like a country is
        // not the country's; becoming "the leader" of a market is no office; a man named Sultan has no
        // title; an airline named like a state is no state; another actor in the sentence before "Its";
        // talks are no exile; support voiced
        // is no statement; a passive "defended by" is no quotation; reading is no attack
        Arguments.of("President Hakainde Hichilema of Zambia Airways arrived in Lusaka.", "ROLE Hakainde Hichilema -> Zambia"),
        Arguments.of("Anna Kowalska would become the leader of the market.", "ROLE Anna Kowalska"),
        Arguments.of("Ana Ruiz became president after defeating Juan Perez.", "ROLE Juan Perez"),
        Arguments.of("Ana Ruiz, who worked as a lawyer, met Juan Perez in place of the minister.", "ROLE Juan Perez"),
        Arguments.of("The daily reported Prince Sultan Al Saud as saying the study was complete.", "ROLE Al Saud"),
        Arguments.of("The Democratic Party criticised Canada. Its leader John Smith demanded a recount.", "ROLE John Smith -> Democratic Party"),
        Arguments.of("Juan Perez, in talks in Madrid since 2021, called for elections.", "LOCATED_IN"),
        Arguments.of("Berlin voiced its support for Kyiv.", "STATEMENT"),
        Arguments.of("The reform was defended by Yolanda Díaz.", "STATEMENT"),
        Arguments.of("His lawyer, the Spanish Pablo Ortiz, read a politically motivated statement.", "ACCUSE"),
        Arguments.of("In Paris, the capital of fashion, designers met.", "LOCATED_IN"),
        Arguments.of("The deal was signed by his predecessor Prabowo Subianto, now in Jakarta.", "ROLE Prabowo Subianto"));
  }
}
