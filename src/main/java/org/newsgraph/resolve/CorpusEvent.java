package org.newsgraph.resolve;

import java.util.List;
import org.newsgraph.extract.EventType;
import org.newsgraph.extract.time.TimeValue;

/**
 * One real-world event across the corpus, with one piece of evidence per reporting span.
 *
 * @param key stable, IRI-safe ("event/expulsion/…")
 */
public record CorpusEvent(
    String key,
    EventType type,
    String subjectKey,
    String organisationKey,
    String agentKey,
    String reason,
    TimeValue date,
    List<ArticleEvidence> evidence) {}
