package org.newsgraph.extract;

/**
 * One place an entity is named (or referred to) in an article.
 *
 * @param form the surface form as printed ("Mr Loach", "Labor Party")
 * @param evidence its span, rule and confidence
 * @param pronoun true for a pronoun or other non-name reference ("he"), which never becomes a
 *     label
 */
public record Mention(String form, Evidence evidence, boolean pronoun) {

  public static Mention name(Evidence evidence) {
    return new Mention(evidence.quote(), evidence, false);
  }
}
