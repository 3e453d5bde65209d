package org.newsgraph.extract.entity;

import java.util.List;
import org.newsgraph.extract.EntityExtractor;
import org.newsgraph.extract.ExtractionContext;
import org.newsgraph.extract.LocalEntity;

/** Rule- and lexicon-based entity extraction (first version: finds nothing). */
public final class RuleEntityExtractor implements EntityExtractor {
  @Override
  public List<LocalEntity> extract(ExtractionContext ctx) {
    return List.of();
  }
}
