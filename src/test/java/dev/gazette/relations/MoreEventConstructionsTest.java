package dev.gazette.relations;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The event constructions of {@code more_events.rules} (found on development articles 45-47, written before
 * the extractor was run on them) and the list and rule changes that came with them: summons of
 * diplomats as ACCUSE, complaints against a party filed with a body, dated talks and summit
 * sidelines, "sat down with", "is expected in", delegations received, chained and coordinated requests,
 * requests refused or declined, "turned down", demonstrations and strikes by their organizers,
 * withdrawals of forces, deployments, aid goods delivered, suspensions in apposition, agreements
 * "signed by A with B", exports in relative clauses and buyers in appositions, calls, travel to
 * meet, fronted meetings, visits paid, declined acts, "held X responsible", demonstrators named by a
 * demonym, strikes "by" an organizer, deals "struck" (no attack), translated threats ("brandished the
 * threat of", "will not hesitate to", an ultimatum), alerts and call-ups, bans on goods from a country,
 * members suspended, and aid "provided X with". One invented sentence each, and near misses that must
 * give nothing.
 */
class MoreEventConstructionsTest extends AbstractConstructionsTest {

  @Override
  Stream<Arguments> positives() {
    return Stream.of(
        // summons of a diplomat: a diplomatic protest, ACCUSE
        Arguments.of("Turkey's foreign ministry summoned the Swedish ambassador Malena Mard on Monday.", "ACCUSE Turkey -> Malena Mard"),
        Arguments.of("Beijing summoned the ambassador of Japan after the visit.", "ACCUSE Beijing -> Japan"),
        Arguments.of("Oslo condemned the attack and summoned the Iranian chargé d'affaires.", "ACCUSE Oslo -> Iranian"),
        // a complaint filed with a body against a party
        Arguments.of("Ukraine filed a complaint on Monday with the International Court of Justice against Russia.", "ACCUSE Ukraine -> Russia"),
        // dated talks, sidelines, "sat down with", "expected in", delegations, a host in the passive
        Arguments.of("Emmanuel Macron held talks on Tuesday with the Indian Prime Minister Narendra Modi on the sidelines of the G20 summit in Rome.",
            "CONSULT Emmanuel Macron -> Narendra Modi"),
        Arguments.of("The Turkish envoy Hakan Fidan sat down with the foreign ministers of Qatar and Egypt.", "CONSULT Hakan Fidan -> Egypt"),
        Arguments.of("Antony Blinken is expected in Riyadh on Tuesday.", "CONSULT Antony Blinken -> Riyadh"),
        Arguments.of("Cyril Ramaphosa received on Monday in Pretoria a delegation of the World Bank.", "CONSULT Cyril Ramaphosa -> World Bank"),
        Arguments.of("The Saudi minister Faisal bin Farhan was received on Monday evening by Emmanuel Macron, who also spoke with Joe Biden.",
            "CONSULT Faisal bin Farhan -> Emmanuel Macron"),
        // requests: chained, coordinated, refused, declined, at the request of after the clause
        Arguments.of("Josep Borrell urged the army and the rebels to stop fighting, and called on Cairo and Ankara to help.", "REQUEST Josep Borrell -> Ankara"),
        Arguments.of("Antonio Guterres called on Israel and Hamas to agree a pause.", "REQUEST Antonio Guterres -> Hamas"),
        Arguments.of("Tokyo refused to release the ship, despite a request from Beijing and Seoul.", "REQUEST Seoul -> Tokyo"),
        Arguments.of("Viktor Orban turned down an invitation from Volodymyr Zelensky.", "REQUEST Volodymyr Zelensky -> Viktor Orban"),
        Arguments.of("Viktor Orban turned down an invitation from Volodymyr Zelensky.", "REJECT Viktor Orban"),
        Arguments.of("Germany sent troops to Lithuania at the request of Vilnius.", "REQUEST Vilnius -> Germany"),
        // demonstrations and strikes by their organizers
        Arguments.of("The union Verdi called a nationwide strike at the airports.", "PROTEST Verdi"),
        Arguments.of("Thousands of supporters of the opposition leader Imran Khan took to the streets of Lahore on Sunday.", "PROTEST Imran Khan"),
        // withdrawals of forces
        Arguments.of("The last Russian troops left Kherson on Friday.", "RETREAT Russian -> Kherson"),
        Arguments.of("Uganda, whose troops withdrew from Somalia last year, sent a delegation.", "RETREAT Uganda -> Somalia"),
        Arguments.of("The United States pulled out of its base in Niamey in August.", "RETREAT United States -> Niamey"),
        // deployments
        Arguments.of("Germany's government approved on Friday the deployment of a frigate to the Red Sea.", "MOBILIZE Germany -> Red Sea"),
        // aid goods with no named receiver
        Arguments.of("Turkey delivered two planes of tents and blankets on Monday.", "AID Turkey"),
        // suspensions and sanctions in apposition
        Arguments.of("Iran and Syria, sanctioned by Washington since 2019, were absent.", "SANCTION Washington -> Syria"),
        Arguments.of("Guinea, suspended by ECOWAS after the coup, did not attend.", "SANCTION ECOWAS -> Guinea"),
        // agreements signed with a party
        Arguments.of("Moscow rejects the memorandum signed by Kyiv with Warsaw.", "AGREE Kyiv -> Warsaw"),
        // trade
        Arguments.of("Chile, which sells most of its copper to China and Japan, raised its taxes.", "TRADE Chile -> Japan"),
        Arguments.of("Japan, the largest buyer of Australian coal, cut its orders.", "TRADE Australian -> Japan"),
        Arguments.of("Qatar, the main supplier of gas to Italy, signed a new contract.", "TRADE Qatar -> Italy"),
        // more meetings: a call, travel to meet, a pair with a mode noun, a fronted meeting, a visit paid
        Arguments.of("Olaf Scholz telephoned Xi Jinping on Tuesday.", "CONSULT Olaf Scholz -> Xi Jinping"),
        Arguments.of("Antony Blinken flew to Cairo on Monday to meet the Egyptian President Abdel Fattah al-Sisi.",
            "CONSULT Antony Blinken -> Abdel Fattah al-Sisi"),
        Arguments.of("Vladimir Putin and Xi Jinping held a long phone call on Monday.", "CONSULT Vladimir Putin -> Xi Jinping"),
        Arguments.of("During a telephone conversation with Volodymyr Zelensky, Emmanuel Macron promised more shells.",
            "CONSULT Emmanuel Macron -> Volodymyr Zelensky"),
        Arguments.of("Narendra Modi paid a three-day visit to Moscow.", "CONSULT Narendra Modi -> Moscow"),
        // more rejections, accusations and protests
        Arguments.of("Hungary declined to sign the declaration.", "REJECT Hungary"),
        Arguments.of("Kyiv held Moscow responsible for the attack.", "ACCUSE Kyiv -> Moscow"),
        Arguments.of("Georgian protesters blocked the main avenue of Tbilisi.", "PROTEST Georgian"),
        Arguments.of("A strike by the union Verdi paralysed the airports.", "PROTEST Verdi"),
        // a deal struck is an agreement
        Arguments.of("Saudi Arabia struck a deal with Iran.", "AGREE Saudi Arabia -> Iran"),
        // a meeting in a relative clause before a travel; a host in apposition; delegations sent
        Arguments.of("Joe Biden, who received the Kenyan President William Ruto in May, will travel to Paris next month.",
            "CONSULT Joe Biden -> William Ruto"),
        Arguments.of("The president of Kosovo, Vjosa Osmani, received the American ambassador Jeffrey Hovenier on Friday.",
            "CONSULT Vjosa Osmani -> Jeffrey Hovenier"),
        Arguments.of("Bamako and Ouagadougou send a delegation to Niamey.", "CONSULT Ouagadougou -> Niamey"),
        // threats in translated turns
        Arguments.of("Ankara brandished the threat of a veto against Stockholm.", "THREATEN Ankara -> Stockholm"),
        Arguments.of("Tehran will not hesitate to strike Israel, the minister said.", "THREATEN Tehran -> Israel"),
        Arguments.of("Washington gave Caracas an ultimatum on Monday.", "THREATEN Washington -> Caracas"),
        // mobilizations with no target
        Arguments.of("Yerevan put its army on high alert.", "MOBILIZE Yerevan"),
        Arguments.of("Russia called up 300,000 reservists in September.", "MOBILIZE Russia"),
        Arguments.of("Kyiv decreed a general mobilization.", "MOBILIZE Kyiv"),
        // bans on goods from a country, a member suspended
        Arguments.of("Beijing suspended imports of beef from Australia.", "SANCTION Beijing -> Australia"),
        Arguments.of("The African Union suspended Niger from all its activities.", "SANCTION African Union -> Niger"),
        // aid with the receiver before "with"
        Arguments.of("Germany provided Ukraine with air defence systems.", "AID Germany -> Ukraine"));
  }

  @Override
  Stream<Arguments> negatives() {
    return Stream.of(
        // a summons is no request; a summons of someone who is no diplomat is no protest
        Arguments.of("Beijing summoned the ambassador of Japan after the visit.", "REQUEST"),
        Arguments.of("The court summoned the former minister Ivan Petrov to testify.", "ACCUSE"),
        // the body a complaint is filed with is not accused
        Arguments.of("Indonesia lodged a complaint with the World Trade Organization.", "ACCUSE Indonesia -> World Trade Organization"),
        // a new clause after "and" is no second party of the meeting
        Arguments.of("Hakan Fidan met with Qatar and Egypt responded with a statement.", "CONSULT Hakan Fidan -> Egypt"),
        // growth expected in a country is no visit
        Arguments.of("Growth is expected in China next year.", "CONSULT"),
        // a letter received is no delegation
        Arguments.of("Cyril Ramaphosa received a letter of the World Bank.", "CONSULT"),
        // another subject before "called on" is not the first verb's subject
        Arguments.of("Josep Borrell urged Serbia to act, and Kosovo called on Brussels to help.", "REQUEST Josep Borrell -> Brussels"),
        // a new clause after the second object
        Arguments.of("Antonio Guterres called on Israel and Hamas rejected the plan.", "REQUEST Antonio Guterres -> Hamas"),
        // talks with someone are no request from them
        Arguments.of("Tokyo refused to release the ship after talks with Beijing.", "REQUEST Beijing"),
        // a page turned is no rejection
        Arguments.of("Viktor Orban turned the page on the crisis.", "REJECT"),
        // a strike judged is no strike called; a stage is no street
        Arguments.of("Emmanuel Macron called the strike a failure.", "PROTEST"),
        Arguments.of("Imran Khan took to the stage in Lahore.", "PROTEST"),
        // troops that leave for a place go there; talks left are no position
        Arguments.of("The last Russian troops left for Kherson on Friday.", "RETREAT"),
        Arguments.of("Washington pulled out of the talks in Doha.", "RETREAT Washington -> Doha"),
        // networks deployed are no forces
        Arguments.of("Germany's government approved the deployment of fast networks in Bavaria.", "MOBILIZE"),
        // goods that are traded are no aid; an aid agency is no verb
        Arguments.of("Turkey delivered two ships of wheat on Monday.", "AID"),
        Arguments.of("The Saudi aid agency KSrelief opened an office in Aden.", "AID"),
        // praise in apposition is no sanction
        Arguments.of("Iran and Syria, praised by Moscow, were present.", "SANCTION"),
        // a memorandum discussed is not signed
        Arguments.of("Moscow rejects the memorandum discussed by Kyiv with Warsaw.", "AGREE"),
        // buying is no selling; an investor is no buyer
        Arguments.of("Chile, which buys copper from China, raised its taxes.", "TRADE Chile -> China"),
        Arguments.of("Japan, the largest investor in Australian coal, cut its orders.", "TRADE"),
        // "called" a person something is no call; a comment declined is no rejection
        Arguments.of("Olaf Scholz called Xi Jinping a dictator.", "CONSULT"),
        Arguments.of("Peter Szijjarto declined to comment on the report.", "REJECT"),
        // a company held is no accusation; Georgian police are no protesters
        Arguments.of("Kyiv held Moscow talks on Monday.", "ACCUSE"),
        Arguments.of("Georgian police blocked the main avenue of Tbilisi.", "PROTEST"),
        // a deal struck is no attack
        Arguments.of("Saudi Arabia struck a deal with Iran.", "ASSAULT"),
        Arguments.of("Saudi Arabia struck a new agreement.", "ASSAULT"),
        // a letter received by a person in apposition is no meeting; a delegation sent is no trade
        Arguments.of("The head of the party, Vjosa Osmani, received a letter from Joe Biden.", "CONSULT"),
        Arguments.of("Bamako and Ouagadougou send a delegation to Niamey.", "TRADE"),
        // an interview with a news agency is no meeting
        Arguments.of("In an interview with Reuters, Antony Blinken said the talks would resume.", "CONSULT"),
        // a question raised, talks not hesitated, trust put, members called up: no threat, no mobilization
        Arguments.of("The minister raised the question of the debt with Beijing.", "THREATEN"),
        Arguments.of("Tehran will not hesitate to talk with Washington.", "THREATEN"),
        Arguments.of("Yerevan put its trust in Moscow.", "MOBILIZE"),
        Arguments.of("The union Verdi called up its members.", "MOBILIZE"),
        // a suspension with no country of origin; coal is traded, not given
        Arguments.of("Beijing suspended imports of beef after the dispute.", "SANCTION"),
        Arguments.of("Germany provided Poland with coal.", "AID"));
  }
}
