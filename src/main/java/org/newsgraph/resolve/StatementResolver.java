package org.newsgraph.resolve;

import java.util.List;
import org.newsgraph.extract.ArticleFacts;

/**
 * Merges quotations across articles: the same words (despite punctuation, ellipses, hyphens,
 * quote marks, partial quotation) by the same speaker are one statement.
 */
public interface StatementResolver {
  List<CorpusStatement> resolve(List<ArticleFacts> facts, EntityResolution entities);
}
