package org.newsgraph.resolve;

import java.util.List;
import java.util.Map;

/**
 * The corpus-wide entities and, for every article's local entity, the key of the corpus entity
 * it became.
 */
public record EntityResolution(List<CorpusEntity> entities, Map<LocalRef, String> keys) {

  /** The corpus key of local entity {@code localId} of article {@code articleId}, or null. */
  public String key(String articleId, String localId) {
    return localId == null ? null : keys.get(new LocalRef(articleId, localId));
  }
}
