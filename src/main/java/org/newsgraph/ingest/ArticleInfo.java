package org.newsgraph.ingest;

/**
 * An article's identity and metadata without its text, so that corpus-wide steps never hold
 * every article's text at once.
 */
public record ArticleInfo(String id, String source, ArticleMetadata meta, int length) {}
