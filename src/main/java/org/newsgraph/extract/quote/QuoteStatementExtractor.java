package org.newsgraph.extract.quote;

import java.util.List;
import org.newsgraph.extract.EntityIndex;
import org.newsgraph.extract.ExtractionContext;
import org.newsgraph.extract.StatementExtractor;
import org.newsgraph.extract.StatementFact;

/** Quotation finding and attribution (first version: finds nothing). */
public final class QuoteStatementExtractor implements StatementExtractor {
  @Override
  public List<StatementFact> extract(ExtractionContext ctx, EntityIndex entities) {
    return List.of();
  }
}
