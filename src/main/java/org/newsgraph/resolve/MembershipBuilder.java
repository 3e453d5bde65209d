package org.newsgraph.resolve;

import java.util.List;
import org.newsgraph.extract.ArticleFacts;

/** Builds memberships from corpus events (joining, leaving, expulsion) and stated ones. */
public interface MembershipBuilder {
  List<CorpusMembership> build(
      List<ArticleFacts> facts, EntityResolution entities, List<CorpusEvent> events);
}
