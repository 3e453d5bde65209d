package org.newsgraph.extract;

import java.util.List;

/**
 * Finds the events (and directly stated memberships) of one article, pointing at entities the
 * {@link EntityExtractor} found.
 */
public interface EventExtractor {
  /** Events and memberships. */
  record Result(List<EventFact> events, List<MembershipFact> memberships) {}

  Result extract(ExtractionContext ctx, EntityIndex entities);
}
