package dev.gazette.relations;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Constructions found missing or misread on articles invented in the feed's style (session 13): a guest
 * "met by" a host whose title comes before the name ("was met at the airport by Chilean Foreign Minister
 * X"), and the title before a host after "received by"; no meeting "with" protests "by" or criticism
 * "from" someone; a visit whose visitor arrived "in" a city first ("arrived in Montevideo for a state
 * visit to Uruguay": the city does not visit); no attack by whoever "condemned the attack on" a place;
 * "Its president X" opening a sentence, the title held at the organization or country the sentence
 * before opens with; an organization opening a sentence that "was founded / is led / is chaired by" a
 * person; "whose competition chief X"; the content of "..., whose chief X said that ..." or "..., which X
 * said ...", which is not what comes before the comma; no accused in "condemned the attack on X" (X is
 * the victim); "The head of X, PERSON, spoke by phone with Y"; a portfolio before the title ("External
 * Affairs Minister"); no aid in "EU finance ministers" or "the Amazon fund"; "minister of State for
 * Petroleum Resources X"; the company in "sanctioned the Chinese drone maker DJI"; no aid in "granted the
 * company's motion"; a fine imposed on someone, an accusation as "fined" is; the object of a first verb
 * is no subject of a second ("accused Brussels of targeting US companies and threatened the EU").
 */
class UnseenNewsConstructionsTest extends AbstractConstructionsTest {

  @Override
  Stream<Arguments> positives() {
    return Stream.of(
        // a fine imposed, also after a date in the French word order; a second verb's object
        Arguments.of("The European Commission imposed on Wednesday a fine of 500 million euros on the American giant Apple.",
            "ACCUSE European Commission -> Apple"),
        Arguments.of("Howard Lutnick accused Brussels of targeting American companies and threatened the European Union.",
            "THREATEN Howard Lutnick -> European Union"),
        // consult.met_by and the host's title after "by"
        Arguments.of("Narendra Modi was met at the airport by Chilean Foreign Minister Alberto van Klaveren.",
            "CONSULT Narendra Modi -> Alberto van Klaveren"),
        Arguments.of("On Monday Olaf Scholz was met in Nairobi by Kenyan President William Ruto.",
            "CONSULT Olaf Scholz -> William Ruto", Map.of("location", "Nairobi")),
        Arguments.of("Sergei Lavrov was received on Tuesday by the Indian Prime Minister Narendra Modi.",
            "CONSULT Sergei Lavrov -> Narendra Modi"),
        Arguments.of("Olaf Scholz met with the Kenyan President William Ruto on Monday.", "CONSULT Olaf Scholz -> William Ruto"),
        // consult.visit_noun: the place of arrival between the visitor and the visit
        Arguments.of("Olaf Scholz arrived in Nairobi on Sunday for a three-day state visit to Kenya.", "CONSULT Olaf Scholz -> Kenya"),
        Arguments.of("Emmanuel Macron landed in Lagos for an official visit to Nigeria.", "CONSULT Emmanuel Macron -> Nigeria"),
        // assault.noun still reads the attacker before the noun
        Arguments.of("Russia launched a new attack on Kharkiv on Sunday.", "ASSAULT Russia -> Kharkiv"),
        // role.its_title_person_next_sentence: "Its TITLE PERSON" opening the next sentence
        Arguments.of("Uruguay has been pushing for a trade deal with China. Its president Yamandu Orsi said in June that the bloc must change.",
            "ROLE Yamandú Orsi Martínez -> Uruguay", Map.of("title", "president")),
        Arguments.of("The Kenyan lender Equity Bank reported record profits on Monday. Its chief executive James Mwangi said lending grew.",
            "ROLE James Mwangi -> Equity Bank", Map.of("title", "chief executive")),
        // role.org_is_led_by_person and its kin: the passive as the main clause
        Arguments.of("Norvik Energy was founded by Olav Strand in 1998 and is listed in Oslo.", "ROLE Olav Strand -> Norvik Energy",
            Map.of("title", "founder")),
        Arguments.of("The Kenyan lender Equity Bank is led by James Mwangi.", "ROLE James Mwangi -> Equity Bank", Map.of("title", "head")),
        Arguments.of("Hamas was headed by Yahya Sinwar until October.", "ROLE Yahya Sinwar -> Hamas", Map.of("title", "head")),
        Arguments.of("Equity Bank has been chaired by James Mwangi since 2019.", "ROLE James Mwangi -> Equity Bank", Map.of("title", "chair")),
        // role.whose_title_person with free modifiers before the title
        Arguments.of("The deal needs the approval of the European Commission, whose competition chief Teresa Ribera has doubts.",
            "ROLE Teresa Ribera -> European Commission", Map.of("title", "competition chief")),
        // a relative clause after the comma: the speaker said what follows
        Arguments.of("The deal needs the approval of the European Commission, whose competition chief Teresa Ribera said on Monday that she would look closely at it.",
            "STATEMENT Teresa Ribera", Map.of("content", "she would look closely at it")),
        Arguments.of("Exports rose by 12 percent, which Olaf Scholz said was a good sign for industry.",
            "STATEMENT Olaf Scholz", Map.of("content", "was a good sign for industry")),
        Arguments.of("Exports rose by 12 percent, German Chancellor Olaf Scholz said.",
            "STATEMENT Olaf Scholz", Map.of("content", "Exports rose by 12 percent")),
        // accuse.condemned_attack_on: the condemnation is kept, with no accused
        Arguments.of("Antonio Guterres condemned the attack on Odesa port.", "ACCUSE Antonio Guterres"),
        Arguments.of("Israel blamed the attack on Hamas.", "ACCUSE Israel -> Hamas"),
        Arguments.of("France condemned Russia for the attack on Kyiv.", "ACCUSE France -> Russia"),
        // consult.apposition_subject_with: "The head of X, PERSON, spoke by phone with Y"
        Arguments.of("The head of the ECOWAS Commission, Omar Touray, spoke by phone with Bola Tinubu on Wednesday.",
            "CONSULT Omar Touray -> Bola Tinubu", Map.of("mode", "phone")),
        Arguments.of("The chief of the IAEA, Rafael Grossi, held talks with Iranian Foreign Minister Abbas Araghchi in Vienna.",
            "CONSULT Rafael Grossi -> Abbas Araghchi"),
        // a portfolio's field before the title: "External Affairs Minister"
        Arguments.of("The Indian External Affairs Minister, Subrahmanyam Jaishankar, met Wang Yi on Monday.",
            "ROLE Subrahmanyam Jaishankar -> Indian", Map.of("title", "external affairs minister")),
        Arguments.of("Kenyan Foreign Affairs Minister Musalia Mudavadi arrived in Addis Ababa.",
            "ROLE Musalia Mudavadi -> Kenyan", Map.of("title", "foreign affairs minister")),
        // aid verbs: a bare form after an auxiliary is still a verb
        Arguments.of("Norway will fund the new clinic in Kenya.", "AID Norway -> Kenya"),
        Arguments.of("The United States will help Ukraine rebuild its grid.", "AID United States -> Ukraine"),
        Arguments.of("Norway funds three clinics in Kenya.", "AID Norway -> Kenya"),
        // a portfolio "of State for ..." in the title
        Arguments.of("Nigeria's minister of State for Petroleum Resources Ekpo Umoh said output would rise.", "ROLE Ekpo Umoh -> Nigeria",
            Map.of("title", "minister of state for petroleum resources")),
        Arguments.of("The Egyptian Minister of State for Energy Affairs Karim Badawi said output would rise.", "ROLE Karim Badawi -> Egyptian"),
        Arguments.of("Brazil's minister of State for Foreign Trade Affairs Tatiana Prazeres said her country would not take sides.",
            "ROLE Tatiana Prazeres -> Brazil", Map.of("title", "minister of state for foreign trade affairs")),
        // the described company after a demonym is the object
        Arguments.of("Washington sanctioned the Chinese drone maker DJI on Monday.", "SANCTION Washington -> DJI"),
        Arguments.of("The EU criticized the Russian energy giant Gazprom.", "ACCUSE European Union -> Gazprom"),
        Arguments.of("Kenya rejected the Chinese offer.", "REJECT Kenya -> Chinese"),
        Arguments.of("The EU criticized the Russian invasion of Ukraine.", "ACCUSE European Union -> Russian"),
        // what is granted is aid unless it is a court filing
        Arguments.of("The United States granted Ukraine's request for more air defense.", "AID United States -> Ukraine"),
        Arguments.of("Norway helped the refugees on Monday.", "AID Norway"));
  }

  @Override
  Stream<Arguments> negatives() {
    return Stream.of(
        Arguments.of("The European Commission imposed on Wednesday a fine of 500 million euros on the American giant Apple.",
            "SANCTION"),
        Arguments.of("Howard Lutnick accused Brussels of targeting American companies and threatened the European Union.",
            "THREATEN Brussels"),
        Arguments.of("Olaf Scholz was met with protests by supporters of William Ruto.", "CONSULT"),
        Arguments.of("Olaf Scholz said the demand was met by imports from Kenya.", "CONSULT"),
        // consult.sat_down_with: no meeting with those "by" or "from" whom something is received
        Arguments.of("The plan of Olaf Scholz met with criticism from William Ruto.", "CONSULT"),
        Arguments.of("Olaf Scholz arrived in Nairobi on Sunday for a three-day state visit to Kenya.", "CONSULT Nairobi"),
        Arguments.of("Emmanuel Macron landed in Lagos for an official visit to Nigeria.", "CONSULT Lagos"),
        // assault.noun: who condemns or denounces an attack did not attack
        Arguments.of("Antonio Guterres condemned the attack on Odesa port.", "ASSAULT Antonio Guterres"),
        Arguments.of("Germany denounced the attacks on Kharkiv and Odesa.", "ASSAULT Germany"),
        // the sentence before opens with no organization, or the title is none held there
        Arguments.of("In Uruguay, the talks went on for days. Its president Yamandu Orsi said the bloc must change.", "ROLE Yamandú Orsi Martínez -> Uruguay"),
        Arguments.of("The deal was approved by Uruguay on Monday. Its president Yamandu Orsi said the bloc must change.", "ROLE Yamandú Orsi Martínez -> Uruguay"),
        Arguments.of("Equity Bank was sued by a group of savers. Their lawyer James Mwangi said the case was strong.", "ROLE James Mwangi -> Equity Bank"),
        Arguments.of("Uruguay criticised China on Monday. Its president Yamandu Orsi said the bloc must change.", "ROLE Yamandú Orsi Martínez -> Uruguay"),
        // a passive whose subject is not the organization
        Arguments.of("The talks with Iran were led by Abbas Araghchi.", "ROLE Abbas Araghchi -> Iran"),
        Arguments.of("Kenya's delegation was led by William Ruto.", "ROLE William Ruto -> Kenya"),
        Arguments.of("The visit to Hamas was run by Yahya Sinwar.", "ROLE Yahya Sinwar -> Hamas"),
        Arguments.of("The deal needs the approval of the European Commission, whose final decision Teresa Ribera criticized.",
            "ROLE Teresa Ribera -> European Commission"),
        // the victim of a condemned attack is not accused
        Arguments.of("Antonio Guterres condemned the attack on Odesa port.", "ACCUSE Antonio Guterres -> Odesa"),
        Arguments.of("Germany denounced the attacks on Kharkiv and Odesa.", "ACCUSE Germany -> "),
        Arguments.of("The head of the ECOWAS Commission, Omar Touray, spoke to Reuters on Wednesday.", "CONSULT"),
        Arguments.of("The head of the ECOWAS Commission, Omar Touray, spoke with reporters about Bola Tinubu.", "CONSULT"),
        Arguments.of("Kenyan foreign affairs were discussed by Musalia Mudavadi on Monday.", "ROLE Musalia Mudavadi"),
        // a bare "aid" word right after a name is a noun the name modifies
        Arguments.of("EU finance ministers met in Brussels on Monday.", "AID"),
        Arguments.of("The Amazon fund, financed largely by donors, grew by 10 percent.", "AID Amazon"),
        Arguments.of("The IMF aid package was approved on Friday.", "AID"),
        Arguments.of("The Egyptian Ministry of State for Energy Affairs said output would rise.", "ROLE"),
        Arguments.of("Washington sanctioned the Chinese drone maker DJI on Monday.", "SANCTION Washington -> Chinese"),
        Arguments.of("Brazil's minister of State for Foreign Trade Affairs spoke first, and Tatiana Prazeres left.", "ROLE Tatiana Prazeres -> Brazil"),
        Arguments.of("The EU criticized the Russian invasion of Ukraine.", "ACCUSE European Union -> Ukraine"),
        Arguments.of("Judge Amit Mehta granted Google's motion on Monday.", "AID"),
        Arguments.of("Judge Amit Mehta granted the company's petition to delay the trial.", "AID"));
  }
}
