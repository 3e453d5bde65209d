package org.newsgraph.resolve;

import java.util.List;
import org.newsgraph.extract.ArticleFacts;

/**
 * Merges the events of all articles: one node per real event (same type, subject,
 * organisation and compatible dates), one evidence per reporting article.
 */
public interface EventResolver {
  List<CorpusEvent> resolve(List<ArticleFacts> facts, EntityResolution entities);
}
