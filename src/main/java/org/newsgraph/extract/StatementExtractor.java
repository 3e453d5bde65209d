package org.newsgraph.extract;

import java.util.List;

/** Finds quotations and who said them in one article. */
public interface StatementExtractor {
  List<StatementFact> extract(ExtractionContext ctx, EntityIndex entities);
}
