package org.newsgraph.link;

import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.EntityType;

/**
 * The Wikidata classes (P31 values) the index keeps and the linker accepts for each entity
 * kind.
 *
 * <p>{@code Q5}, {@code Q7278}, {@code Q11424} and {@code Q4167410} are checked identifiers
 * (see data/wikidata/README.md). The other organisation and work classes are widely used
 * Wikidata classes that were not part of that check: they only widen what the indexer keeps
 * and what counts as a compatible type, and {@code newsgraph wikidata index --types} overrides
 * them.
 */
public final class WikidataClasses {
  private WikidataClasses() {}

  public static final String HUMAN = "Q5";
  public static final String POLITICAL_PARTY = "Q7278";
  public static final String FILM = "Q11424";
  public static final String DISAMBIGUATION = WikidataItem.DISAMBIGUATION;

  // Not in the checked table: see the class comment.
  public static final String ORGANIZATION = "Q43229";
  public static final String POLITICAL_ORGANIZATION = "Q7210356";
  public static final String BUSINESS = "Q4830453";
  public static final String COMPANY = "Q783794";
  public static final String NEWSPAPER = "Q11032";
  public static final String TRADE_UNION = "Q178790";
  public static final String GOVERNMENT_AGENCY = "Q327333";
  public static final String TELEVISION_SERIES = "Q5398426";
  public static final String DOCUMENTARY_FILM = "Q93204";

  /** Organisation classes: any organisation kind may link to an item of one of these. */
  public static final Set<String> ORGANISATIONS =
      Set.of(
          POLITICAL_PARTY, ORGANIZATION, POLITICAL_ORGANIZATION, BUSINESS, COMPANY, NEWSPAPER,
          TRADE_UNION, GOVERNMENT_AGENCY);

  /** Work classes. */
  public static final Set<String> WORKS = Set.of(FILM, TELEVISION_SERIES, DOCUMENTARY_FILM);

  /** What {@code newsgraph wikidata index} keeps by default. */
  public static final Set<String> INDEX_DEFAULT =
      Set.of(
          HUMAN, POLITICAL_PARTY, ORGANIZATION, POLITICAL_ORGANIZATION, BUSINESS, COMPANY,
          NEWSPAPER, TRADE_UNION, GOVERNMENT_AGENCY, FILM, TELEVISION_SERIES, DOCUMENTARY_FILM);

  /** The classes that fit a kind best (a party is best a political party). */
  private static final Map<EntityKind, Set<String>> EXACT =
      Map.ofEntries(
          Map.entry(EntityKind.Person, Set.of(HUMAN)),
          Map.entry(EntityKind.PoliticalParty, Set.of(POLITICAL_PARTY)),
          Map.entry(EntityKind.PartyBody, Set.of(ORGANIZATION, POLITICAL_ORGANIZATION)),
          Map.entry(EntityKind.Faction, Set.of(POLITICAL_ORGANIZATION, ORGANIZATION)),
          Map.entry(EntityKind.MediaOutlet, Set.of(NEWSPAPER, BUSINESS, COMPANY)),
          Map.entry(EntityKind.TradeUnion, Set.of(TRADE_UNION)),
          Map.entry(EntityKind.Company, Set.of(BUSINESS, COMPANY)),
          Map.entry(EntityKind.GovernmentBody, Set.of(GOVERNMENT_AGENCY)),
          Map.entry(EntityKind.Organisation, ORGANISATIONS),
          Map.entry(EntityKind.Film, Set.of(FILM)),
          Map.entry(EntityKind.Documentary, Set.of(DOCUMENTARY_FILM, FILM)),
          Map.entry(EntityKind.TelevisionProgramme, Set.of(TELEVISION_SERIES)),
          Map.entry(EntityKind.CreativeWork, WORKS));

  /**
   * How well an item's P31 types fit an entity kind: 1 for an exact class, 0.8 for a class
   * of the same top-level type (a faction typed as a party), 0.5 when the item has no known
   * type (a class the index did not map), 0 when it is of an incompatible type (a person
   * against a party, anything against a disambiguation page).
   */
  public static double compatibility(EntityKind kind, java.util.List<String> types) {
    if (types.contains(DISAMBIGUATION)) {
      return 0;
    }
    Set<String> exact = EXACT.getOrDefault(kind, Set.of());
    for (String t : types) {
      if (exact.contains(t)) {
        return 1;
      }
    }
    Set<String> sameType =
        switch (kind.type()) {
          case PERSON -> Set.of(HUMAN);
          case ORGANISATION -> ORGANISATIONS;
          case WORK -> WORKS;
        };
    for (String t : types) {
      if (sameType.contains(t)) {
        return 0.8;
      }
    }
    for (String t : types) {
      if (t.equals(HUMAN) || ORGANISATIONS.contains(t) || WORKS.contains(t)) {
        return 0; // a known class of another type
      }
    }
    return kind.type() == EntityType.PERSON && !types.isEmpty() ? 0 : 0.5;
  }
}
