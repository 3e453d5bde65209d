package org.newsgraph.ingest;

/**
 * One ingested article.
 *
 * @param id a hash of the normalised text: the article's identity (the same text twice is one
 *     article)
 * @param source the input's file name, or {@code file#line} for a JSONL record
 * @param text the text as ingested; every offset in the graph refers to it
 * @param meta what is known about it
 */
public record Article(String id, String source, String text, ArticleMetadata meta) {

  /** The article without its text: what the resolution step keeps of it. */
  public ArticleInfo info() {
    return new ArticleInfo(id, source, meta, text.length());
  }
}
