package org.newsgraph.resolve.event;

import java.util.List;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.resolve.CorpusEvent;
import org.newsgraph.resolve.EntityResolution;
import org.newsgraph.resolve.EventResolver;

/** Merges events across articles (first version: none). */
public final class MergingEventResolver implements EventResolver {
  @Override
  public List<CorpusEvent> resolve(List<ArticleFacts> facts, EntityResolution entities) {
    return List.of();
  }
}
