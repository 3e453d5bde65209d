package org.newsgraph.extract;

import java.time.LocalDate;
import org.newsgraph.extract.entity.RuleEntityExtractor;
import org.newsgraph.extract.event.RuleEventExtractor;
import org.newsgraph.extract.quote.QuoteStatementExtractor;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.PublicationDate;
import org.newsgraph.nlp.AnalysedText;
import org.newsgraph.nlp.NewsTextAnalyser;
import org.newsgraph.nlp.TextAnalyser;

/**
 * Extraction as a pure function of one article: text analysis, then entities, then the events
 * and statements that point at them. Holds no mutable state, so one instance serves every
 * thread (and every Spark task).
 *
 * <pre>
 * ArticleFacts facts = ArticleExtractor.standard().extract(article);
 * </pre>
 */
public final class ArticleExtractor {

  private final TextAnalyser analyser;
  private final EntityExtractor entities;
  private final EventExtractor events;
  private final StatementExtractor statements;

  public ArticleExtractor(
      TextAnalyser analyser,
      EntityExtractor entities,
      EventExtractor events,
      StatementExtractor statements) {
    this.analyser = analyser;
    this.entities = entities;
    this.events = events;
    this.statements = statements;
  }

  private static final class Holder {
    static final ArticleExtractor STANDARD =
        new ArticleExtractor(
            new NewsTextAnalyser(),
            new RuleEntityExtractor(),
            new RuleEventExtractor(),
            new QuoteStatementExtractor());
  }

  /** The shipped rule set; rules and lexicons load once, on first use. */
  public static ArticleExtractor standard() {
    return Holder.STANDARD;
  }

  /**
   * The most characters of one article that extraction reads. News articles, long reads
   * included, stay far below it (100,000 characters is a very long article); a file beyond it
   * is a dump, not an article, and reading all of it would let one input's facts outgrow the
   * memory of the whole build. Its text is still stored whole; the build warns about it.
   */
  public static final int MAX_EXTRACTED_CHARS = 1_000_000;

  public ArticleFacts extract(Article article) {
    Article scope = article;
    if (article.text().length() > MAX_EXTRACTED_CHARS) {
      scope =
          new Article(
              article.id(), article.source(), prefix(article.text()), article.meta());
    }
    ArticleFacts facts = extract(scope, analyser.analyse(scope.text()));
    if (scope == article) {
      return facts;
    }
    // The facts describe the whole article (its length included), read in part.
    return new ArticleFacts(
        article.info(),
        facts.entities(),
        facts.events(),
        facts.memberships(),
        facts.statements());
  }

  /** Whether extraction reads only the first {@link #MAX_EXTRACTED_CHARS} of this article. */
  public static boolean readsInPart(Article article) {
    return article.text().length() > MAX_EXTRACTED_CHARS;
  }

  /** The text up to the limit, cut at whitespace (or between code points) so no word is split. */
  static String prefix(String text) {
    int cut = MAX_EXTRACTED_CHARS;
    for (int i = cut; i > cut - 1000; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return text.substring(0, i);
      }
    }
    if (Character.isLowSurrogate(text.charAt(cut))) {
      cut--;
    }
    return text.substring(0, cut);
  }

  public ArticleFacts extract(Article article, AnalysedText text) {
    PublicationDate pub = article.meta().published();
    LocalDate ref = pub == null ? null : pub.date();
    boolean inferred = pub != null && pub.inferred();
    ExtractionContext ctx = new ExtractionContext(article, text, ref, inferred);
    EntityIndex index = new EntityIndex(entities.extract(ctx));
    EventExtractor.Result ev = events.extract(ctx, index);
    return new ArticleFacts(
        article.info(),
        index.entities(),
        ev.events(),
        ev.memberships(),
        statements.extract(ctx, index));
  }
}
