package org.newsgraph.extract.time;

import org.newsgraph.nlp.Span;

/**
 * A date or duration expression found in text.
 *
 * @param span where it is (UTF-16 offsets into the text given to the normaliser)
 * @param text the expression as printed
 * @param value the resolved date at the precision known, or null for a duration or for a
 *     relative expression that could not be resolved (no reference date)
 * @param relation the preposition that introduces it, lower case ("since", "in", "until",
 *     "for", "after" ...), or null
 * @param durationMonths for a duration ("for 30 years", "three decades") its length in months,
 *     else 0
 * @param rule the id of the rule that matched
 */
public record TimeMention(
    Span span, String text, TimeValue value, String relation, int durationMonths, String rule) {

  public boolean isDuration() {
    return durationMonths > 0;
  }

  /** Duration in whole years (rounded down), for durations; 0 otherwise. */
  public int durationYears() {
    return durationMonths / 12;
  }
}
