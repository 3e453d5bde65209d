package org.newsgraph.resolve;

import java.util.List;

/**
 * One article's share of a corpus entity: what the article graphs' evidence and the corpus
 * graph need from that article alone, so that a corpus entity can be written one article at a
 * time.
 *
 * @param key the corpus entity's key
 * @param mentions the article's name mentions of it
 * @param attributes the attributes the article states of it, organisations resolved
 * @param directorKeys for a work, the directors the article names (one per local entity)
 */
public record ArticleEntity(
    String key,
    String articleId,
    List<ArticleEvidence> mentions,
    List<CorpusEntity.SourcedAttribute> attributes,
    List<String> directorKeys) {}
