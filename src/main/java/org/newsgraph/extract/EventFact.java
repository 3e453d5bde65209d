package org.newsgraph.extract;

import org.newsgraph.extract.time.TimeValue;

/**
 * An event one article reports.
 *
 * @param subjectId local id of who or what was acted on
 * @param organisationId local id of the organisation expelled from / banned by / joined / left,
 *     or null when the text does not say
 * @param agentId local id of who acted (the NEC), or null
 * @param reason the stated reason as printed ("for refusing to disown organisations"), or null
 * @param date when, at the precision known, or null
 * @param evidence the span (usually the sentence or clause) and rule id
 */
public record EventFact(
    EventType type,
    String subjectId,
    String organisationId,
    String agentId,
    String reason,
    TimeValue date,
    Evidence evidence) {}
