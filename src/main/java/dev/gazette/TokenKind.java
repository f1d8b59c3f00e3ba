package dev.gazette;

/** What a {@link Token} is, as the tokenizer sees it. */
public enum TokenKind {
  /** Letters, possibly with marks, inner hyphens or apostrophes and digits ("Jong-un", "COVID-19"). */
  WORD,
  /** A word with its period(s): "U.S.", "Dr.", "Jan.", "a.m.", and initials such as "J.". */
  ABBREVIATION,
  /** Digits with optional separators and decimals: "2024", "1,000", "3.5". */
  NUMBER,
  /** A number with an ordinal suffix: "1st", "22nd", "30th". */
  ORDINAL,
  /** An ISO calendar date or date-time: "2022-12-29", "2023-05-02T14:00Z". */
  DATE,
  /** A currency symbol or code glued to an amount: "$", "€", "£". */
  CURRENCY,
  /** Sentence and clause punctuation: . , ; : ! ? … and brackets. */
  PUNCT,
  /** Any quotation mark or a lone apostrophe used as one. */
  QUOTE,
  /** Hyphen, en dash or em dash standing on its own. */
  DASH,
  /** Other symbols: %, &amp;, +, /, emoji. */
  SYMBOL,
  /** A web address. */
  URL,
  /** An e-mail address. */
  EMAIL,
  /** "#hashtag". */
  HASHTAG,
  /** "@handle". */
  HANDLE,
  /** Anything else, such as a run of characters from no known class. */
  OTHER
}
