package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.ingest.ArticleInfo;

/**
 * Everything extraction takes out of one article: the unit the resolution step consumes.
 * Holds no text beyond evidence quotes: small enough to spill to disk and read back, or to
 * hold for a whole corpus of moderate size.
 */
public record ArticleFacts(
    ArticleInfo article,
    List<LocalEntity> entities,
    List<EventFact> events,
    List<MembershipFact> memberships,
    List<StatementFact> statements) {

  public ArticleFacts {
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    memberships = List.copyOf(memberships);
    statements = List.copyOf(statements);
  }

  public LocalEntity entity(String localId) {
    if (localId == null) {
      return null;
    }
    for (LocalEntity e : entities) {
      if (e.id().equals(localId)) {
        return e;
      }
    }
    return null;
  }
}
