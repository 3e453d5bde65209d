package org.newsgraph.extract;

import org.newsgraph.extract.time.TimeValue;

/**
 * A membership one article states directly ("a member of the Labour Party since the 1960s",
 * "after three decades as a member"), as opposed to one derived from joining/leaving events.
 *
 * @param start when it began, or null
 * @param end when it ended, or null
 */
public record MembershipFact(
    String memberId, String organisationId, TimeValue start, TimeValue end, Evidence evidence) {}
