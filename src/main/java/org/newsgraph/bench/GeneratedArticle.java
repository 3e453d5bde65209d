package org.newsgraph.bench;

import java.time.LocalDate;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleIds;
import org.newsgraph.ingest.ArticleMetadata;
import org.newsgraph.ingest.PublicationDate;

/**
 * One generated article.
 *
 * @param index position in the corpus, from 0
 * @param id the record id and file-name stem, {@code 000042_3f2a9c...}: index plus a hash of
 *     the text
 * @param title the headline
 * @param outlet the publishing outlet's name
 * @param published the publication date
 * @param text the body text, paragraphs separated by line breaks
 */
public record GeneratedArticle(
    int index, String id, String title, String outlet, LocalDate published, String text) {

  /** The file name in a folder corpus. */
  public String fileName() {
    return id + ".txt";
  }

  /** The file form: a header block, a {@code ---} line, then the text and a final newline. */
  public String toFileText() {
    return "title: "
        + title
        + "\noutlet: "
        + outlet
        + "\npublished: "
        + published
        + "\n---\n"
        + text
        + "\n";
  }

  /**
   * The article as the ingest step would produce it from the folder form, for feeding the
   * extractors without a round trip through files.
   */
  public Article toArticle() {
    ArticleMetadata meta =
        new ArticleMetadata(
            title, outlet, null, new PublicationDate(published, false, "header"), "en");
    return new Article(ArticleIds.of(text), fileName(), text, meta);
  }
}
