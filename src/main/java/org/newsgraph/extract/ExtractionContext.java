package org.newsgraph.extract;

import java.time.LocalDate;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.AnalysedText;

/**
 * What every extractor gets for one article.
 *
 * @param article the article (its text and metadata)
 * @param text the analysed text
 * @param referenceDate the date relative expressions resolve against (the publication date,
 *     stated or inferred), or null when none is known
 * @param referenceInferred true when {@code referenceDate} was inferred, so dates resolved from
 *     it get a lower confidence
 */
public record ExtractionContext(
    Article article, AnalysedText text, LocalDate referenceDate, boolean referenceInferred) {}
