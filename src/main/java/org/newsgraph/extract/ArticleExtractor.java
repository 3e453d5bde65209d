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

  public ArticleFacts extract(Article article) {
    return extract(article, analyser.analyse(article.text()));
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
