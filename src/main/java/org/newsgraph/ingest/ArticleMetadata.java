package org.newsgraph.ingest;

/**
 * What is known about an article besides its text. Every field may be null when unknown;
 * nothing is ever invented.
 */
public record ArticleMetadata(
    String title, String outlet, String url, PublicationDate published, String language) {

  public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null);

  public ArticleMetadata withPublished(PublicationDate p) {
    return new ArticleMetadata(title, outlet, url, p, language);
  }

  /** Fields of {@code this} win; gaps are filled from {@code other}. */
  public ArticleMetadata orElse(ArticleMetadata other) {
    return new ArticleMetadata(
        title != null ? title : other.title,
        outlet != null ? outlet : other.outlet,
        url != null ? url : other.url,
        published != null ? published : other.published,
        language != null ? language : other.language);
  }
}
