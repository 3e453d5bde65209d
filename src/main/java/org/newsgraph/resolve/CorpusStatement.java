package org.newsgraph.resolve;

import java.util.List;
import org.newsgraph.extract.time.TimeValue;

/**
 * The same words, quoted by one or more articles: one statement, one evidence per printed
 * span (each keeping that article's exact wording in its quote).
 *
 * @param key stable, IRI-safe ("statement/…")
 * @param text the fullest wording (normalised quotes and space)
 */
public record CorpusStatement(
    String key,
    String speakerKey,
    String speakerRole,
    String text,
    boolean direct,
    TimeValue date,
    String medium,
    List<ArticleEvidence> evidence) {}
