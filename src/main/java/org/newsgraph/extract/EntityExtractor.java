package org.newsgraph.extract;

import java.util.List;

/** Finds the people, organisations and works of one article, coreference included. */
public interface EntityExtractor {
  List<LocalEntity> extract(ExtractionContext ctx);
}
