package org.newsgraph.extract.event;

import java.util.List;
import org.newsgraph.extract.EntityIndex;
import org.newsgraph.extract.EventExtractor;
import org.newsgraph.extract.ExtractionContext;

/** Rule-based event extraction (first version: finds nothing). */
public final class RuleEventExtractor implements EventExtractor {
  @Override
  public Result extract(ExtractionContext ctx, EntityIndex entities) {
    return new Result(List.of(), List.of());
  }
}
