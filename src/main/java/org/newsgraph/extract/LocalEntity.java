package org.newsgraph.extract;

import java.util.List;

/**
 * An entity as one article knows it: its mentions already grouped by within-article
 * coreference ("Ken Loach", "Loach", "Mr Loach", "KL" and the "he" of a quote).
 *
 * @param id an id unique within the article ("e1", "e2" ...), used by events and statements
 * @param kind its type
 * @param name the fullest name the article gives
 * @param mentions every mention, in text order
 * @param confidence how sure the typing is
 * @param attributes roles, occupation, age, descriptors stated in this article
 * @param directorId for a work, the local id of its director when stated, else null
 */
public record LocalEntity(
    String id,
    EntityKind kind,
    String name,
    List<Mention> mentions,
    double confidence,
    List<Attribute> attributes,
    String directorId) {

  public LocalEntity {
    mentions = List.copyOf(mentions);
    attributes = List.copyOf(attributes);
  }

  public EntityType type() {
    return kind.type();
  }
}
