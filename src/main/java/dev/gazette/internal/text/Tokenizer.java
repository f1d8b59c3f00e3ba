package dev.gazette.internal.text;

import java.util.Objects;

/**
 * Splits English news text into tokens, writing offsets, kinds and flags into a {@link TokenBuffer}.
 * Stateless and thread-safe: one instance can serve all threads; each call keeps its scratch state in
 * the caller's {@link TokenBuffer} (one per thread), so nothing is allocated per token or, once the
 * buffer has grown, per call.
 *
 * <p>One forward pass over the chars, with a table for ASCII classes and {@link Character} only beyond
 * ASCII. Decisions, in the order a reader meets them:
 *
 * <ul>
 *   <li>Words are runs of letters, combining marks and digits, joined by inner hyphens ("two-day",
 *       "Jong-un", "COVID-19": one token, flag HYPHENATED) and inner apostrophes ("O'Neill").
 *   <li>Clitics split off PTB/spaCy style, with ' or ’: "Russia's" = "Russia" + "'s", "don't" = "do" +
 *       "n't", "can't" = "ca" + "n't"; flag CLITIC, kind WORD.
 *   <li>A period stays on known abbreviations ("Dr.", "Jan.", "Calif."), initials ("J.") and
 *       letter-dot runs ("U.S.", "a.m.", "e.g."); otherwise it is its own PUNCT token. "..." and "…"
 *       are one PUNCT token.
 *   <li>Numbers keep separators and decimals ("1,000.5", "14:00", "1986/87"); a hyphen between digits
 *       is a DASH ("3-2", "1990-1995") except in ISO dates ("2022-12-29", "2023-05-02T14:00Z": DATE).
 *       Ordinals "1st", "22nd" are ORDINAL; decades "1980s" stay one NUMBER; a unit or magnitude is
 *       its own WORD ("$1.5bn" = "$" "1.5" "bn", "5km" = "5" "km"); other letter runs keep the number
 *       in one WORD ("3D", "4G", "5-year").
 *   <li>Currency symbols are their own CURRENCY token before or after the amount ("$", "€", "US$",
 *       "HK$"). "%" is a SYMBOL token: "5%" = "5" "%".
 *   <li>Every quote char is a QUOTE token of its own; a lone dash or run of hyphens is a DASH.
 *   <li>URLs (scheme, "www." or a known top-level domain), e-mails, "#hashtags" and "@handles" are one
 *       token each; emoji (with modifiers, joiners and flags) are one SYMBOL token.
 *   <li>Glue repair: words that scraping glued together are split, and the second part is flagged:
 *       GLUE_CASE for a lower-to-upper join ("alsoOil"), GLUE_WORD for a speech verb glued to the
 *       quote's last word ("partnershipadded"). See {@link GlueRepair}.
 * </ul>
 */
public final class Tokenizer {

  /** Clears {@code out} and fills it with the tokens of {@code text}. */
  public void tokenize(String text, TokenBuffer out) {
    Objects.requireNonNull(text, "text");
    out.clear();
    out.pass().run(text, out);
  }
}
