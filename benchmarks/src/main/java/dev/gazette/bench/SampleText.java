package dev.gazette.bench;

/**
 * Invented news text (written for these benchmarks, in the style of scraped, machine-translated wire
 * copy), used only when neither the news corpus nor the project's test articles can be found.
 * Articles are separated by blank lines.
 */
final class SampleText {

  private SampleText() {}

  static final String TEXT = String.join("\n",
      " date 2023-03-14 ",
      "",
      "Brazil and Argentina agreed on Tuesday to study a common currency for trade, the two governments said"
          + " in a joint statement, a project that economists in Sao Paulo and Buenos Aires greeted with caution.",
      "",
      "Brazilian President Luiz Inacio Lula da Silva and his Argentine counterpart Alberto Fernandez met in"
          + " Buenos Aires on Monday, March 13, the first foreign trip of the Brazilian leader since his"
          + " inauguration on Jan. 1. The talks covered trade, energy and the Vaca Muerta gas field. We want"
          + " to trade more and depend less on the dollarsaid Fernandez at a press conference, adding that a"
          + " working group would report within 90 days. According to the U.S. Treasury, bilateral trade"
          + " reached $28.6 billion in 2022, up 14.3% on the year before. Read also:Mercosur ministers to meet"
          + " in Montevideo next month The Argentine peso lost about 2.5 percent against the dollar on Tuesday,"
          + " traders in Buenos Aires said. Dr. Ana Ribeiro, an economist at the Getulio Vargas Foundation,"
          + " told AFP that a shared unit of account was realistic but a single currency was not.",
      "",
      " date 2023-06-02 ",
      "",
      "Tokyo (AFP) - Japan's Prime Minister Fumio Kishida warned on Friday that Pyongyang's latest missile"
          + " launch was a grave threat, hours after North Korea fired what Seoul called a ballistic missile"
          + " into the Sea of Japan (East Sea).",
      "",
      "The missile flew about 1,000 km before landing outside Japan's exclusive economic zone at 6:42 a.m."
          + " local time, the Defense Ministry said. South Korean and U.S. forces were on alert, the Joint Chiefs"
          + " of Staff in Seoul added. This is a clear violation of Security Council resolutionsKishida told"
          + " reporters in Tokyo. Kim Jong-un's government has tested more than 70 missiles since January 2022."
          + " The UN Security Council will hold an emergency meeting on Monday at the request of Washington,"
          + " Tokyo and Seoul, diplomats in New York said. read alsoSanctions: EU adds 12 North Korean"
          + " officials to its blacklist The White House condemned the launch and called on Pyongyang to"
          + " return to talks without preconditions.",
      "",
      " date 2024-01-22 ",
      "",
      "Shares of Nordvik Energy ASA jumped 11% in Oslo on Monday after the Norwegian group said it would buy"
          + " a 49.5% stake in a Polish offshore wind farm from Baltica Power for 2.1 billion euros ($2.29"
          + " billion).",
      "",
      "The deal, announced before the market opened, gives Nordvik a foothold in the Baltic Sea, where Poland"
          + " plans to install 5.9 gigawatts of offshore capacity by 2030. Chief executive Ingrid Solberg said"
          + " the acquisition was the largest in the company's 40-year history. We have been looking at the"
          + " Polish market for a long timeSolberg wrote in a note to staff seen by Reuters. The transaction"
          + " still needs the approval of the European Commission and of Poland's competition office UOKiK,"
          + " and is expected to close in the second half of 2024. Analysts at DNB Markets raised their target"
          + " price to 312 crowns from 285 crowns. Contact: investor.relations@nordvik.example or"
          + " https://nordvik.example/ir #energy @NordvikIR",
      "",
      " date 2022-11-08 ",
      "",
      "Ankara has summoned the Swedish ambassador over a protest in Stockholm, the Turkish Foreign Ministry"
          + " said on Tuesday, a new row that could delay Sweden's bid to join NATO.",
      "",
      "Kemal Kılıçdaroğlu, the leader of Turkey's main opposition party, accused the government of using the"
          + " affair for domestic politics ahead of the elections. Foreign Minister Mevlut Cavusoglu had met"
          + " his Swedish counterpart Tobias Billstrom in Ankara last week. Turkiye expects concrete steps,"
          + " not wordsCavusoglu insisted then. Hungary's parliament, in Budapest, has also not yet ratified"
          + " the accession of Sweden and Finland; Prime Minister Viktor Orban said on Oct. 27 it would do so"
          + " \"early next year\". NATO Secretary General Jens Stoltenberg, speaking in Brussels, said he was"
          + " confident both countries would become members \u2014 \u201csooner rather than later.\u201d",
      "");
}
