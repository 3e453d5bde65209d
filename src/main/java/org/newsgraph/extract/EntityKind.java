package org.newsgraph.extract;

/**
 * The finer type of an entity. Names match the gold format's {@code kind} values and the
 * ontology's classes ({@code ng:PoliticalParty} ...).
 */
public enum EntityKind {
  Person(EntityType.PERSON),
  PoliticalParty(EntityType.ORGANISATION),
  PartyBody(EntityType.ORGANISATION),
  Faction(EntityType.ORGANISATION),
  MediaOutlet(EntityType.ORGANISATION),
  TradeUnion(EntityType.ORGANISATION),
  Company(EntityType.ORGANISATION),
  GovernmentBody(EntityType.ORGANISATION),
  Organisation(EntityType.ORGANISATION),
  Film(EntityType.WORK),
  TelevisionProgramme(EntityType.WORK),
  Documentary(EntityType.WORK),
  CreativeWork(EntityType.WORK);

  private final EntityType type;

  EntityKind(EntityType type) {
    this.type = type;
  }

  public EntityType type() {
    return type;
  }
}
