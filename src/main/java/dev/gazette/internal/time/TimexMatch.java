package dev.gazette.internal.time;

/**
 * One date or time expression found in a sentence: its pieces, its TIMEX3 type, value and modifier, the
 * rule that found it, and how it was anchored. Empty strings stand for absent fields.
 *
 * @param first first piece
 * @param end piece after the last
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value
 * @param mod the TIMEX3 mod, or ""
 * @param rule the id of the rule that matched ({@code time:weekday})
 * @param anchor the reference date used (ISO), or "" when the value is absolute or unanchored
 * @param anchorReason why that anchor and direction were chosen, or ""
 * @param timezone a time zone named next to the expression, or ""
 * @param freq the TIMEX3 freq of a set ("2X"), or ""
 */
record TimexMatch(
    int first,
    int end,
    String type,
    String value,
    String mod,
    String rule,
    String anchor,
    String anchorReason,
    String timezone,
    String freq) {

  int length() {
    return end - first;
  }

  TimexMatch withSpan(int newFirst, int newEnd) {
    return new TimexMatch(newFirst, newEnd, type, value, mod, rule, anchor, anchorReason, timezone, freq);
  }

  TimexMatch withMod(String newMod) {
    return new TimexMatch(first, end, type, value, newMod, rule, anchor, anchorReason, timezone, freq);
  }

  TimexMatch withRule(String newRule) {
    return new TimexMatch(first, end, type, value, mod, newRule, anchor, anchorReason, timezone, freq);
  }

  TimexMatch withTimezone(int newEnd, String zone) {
    return new TimexMatch(first, newEnd, type, value, mod, rule, anchor, anchorReason, zone, freq);
  }

  TimexMatch withValue(String newType, String newValue) {
    return new TimexMatch(first, end, newType, newValue, mod, rule, anchor, anchorReason, timezone, freq);
  }
}
