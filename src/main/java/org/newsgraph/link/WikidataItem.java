package org.newsgraph.link;

import java.util.ArrayList;
import java.util.List;

/**
 * What the linker and the enrichment need of one Wikidata item.
 *
 * @param qid the item id ("Q9630")
 * @param label the label in the first configured language that has one, or the qid
 * @param aliases every other label and alias in the configured languages, sorted, distinct
 * @param description the description in the first configured language that has one, or ""
 * @param types the values of its P31 (instance of) claims, sorted, distinct
 * @param sitelinks how many sitelinks it has: a proxy for prominence
 * @param claims the kept claims (P31 included), in dump order
 */
public record WikidataItem(
    String qid,
    String label,
    List<String> aliases,
    String description,
    List<String> types,
    int sitelinks,
    List<Claim> claims) {

  /** The item id of Wikidata's "Wikimedia disambiguation page" class: never linked to. */
  public static final String DISAMBIGUATION = "Q4167410";

  public WikidataItem {
    aliases = List.copyOf(aliases);
    types = List.copyOf(types);
    claims = List.copyOf(claims);
    description = description == null ? "" : description;
  }

  /** The label and then the aliases. */
  public List<String> names() {
    List<String> n = new ArrayList<>(aliases.size() + 1);
    n.add(label);
    n.addAll(aliases);
    return n;
  }

  /** True for a disambiguation page. */
  public boolean isDisambiguation() {
    return types.contains(DISAMBIGUATION);
  }

  /** The claims of one property. */
  public List<Claim> claims(String property) {
    return claims.stream().filter(c -> c.property().equals(property)).toList();
  }

  /**
   * One statement of an item, reduced to a value and its start and end qualifiers.
   *
   * @param id the statement id in the dump ("Q42$F078E5B3-..."), or null
   * @param property "P102"
   * @param value an item id ("Q9630") or a date as an ISO prefix at its precision ("1962",
   *     "1962-09", "1962-09-02")
   * @param start the P580 (start time) qualifier as an ISO prefix, or null
   * @param end the P582 (end time) qualifier as an ISO prefix, or null
   * @param rank "preferred", "normal" (deprecated claims are dropped on reading)
   */
  public record Claim(
      String id, String property, String value, String start, String end, String rank) {
    /** True when the value is an item id rather than a date. */
    public boolean isItem() {
      return value.startsWith("Q");
    }
  }
}
