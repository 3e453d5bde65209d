package org.newsgraph.resolve.event;

import java.util.List;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.resolve.CorpusEvent;
import org.newsgraph.resolve.CorpusMembership;
import org.newsgraph.resolve.EntityResolution;
import org.newsgraph.resolve.MembershipBuilder;

/** Memberships from events and stated memberships (first version: none). */
public final class EventMembershipBuilder implements MembershipBuilder {
  @Override
  public List<CorpusMembership> build(
      List<ArticleFacts> facts, EntityResolution entities, List<CorpusEvent> events) {
    return List.of();
  }
}
