package org.newsgraph.resolve.statement;

import java.util.List;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.resolve.CorpusStatement;
import org.newsgraph.resolve.EntityResolution;
import org.newsgraph.resolve.StatementResolver;

/** Merges quotations across articles (first version: none). */
public final class MergingStatementResolver implements StatementResolver {
  @Override
  public List<CorpusStatement> resolve(List<ArticleFacts> facts, EntityResolution entities) {
    return List.of();
  }
}
