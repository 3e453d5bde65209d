package org.newsgraph.resolve;

import java.util.List;
import org.newsgraph.extract.time.TimeValue;

/**
 * A membership of a person in an organisation, from joining/leaving events and stated
 * memberships. A person who left and rejoined has two.
 *
 * @param endedByEventKey the key of the event (an expulsion, a departure) that ended it, or null
 */
public record CorpusMembership(
    String key,
    String memberKey,
    String organisationKey,
    TimeValue start,
    TimeValue end,
    String endedByEventKey,
    List<ArticleEvidence> evidence) {}
