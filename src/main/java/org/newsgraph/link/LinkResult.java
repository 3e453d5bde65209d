package org.newsgraph.link;

import java.util.List;

/**
 * The linker's answer for one corpus entity.
 *
 * @param entityKey the {@link org.newsgraph.resolve.CorpusEntity#key()}
 * @param qid the chosen item ("Q9630"), or null when no candidate was confident enough
 * @param score the chosen item's score (or the best candidate's when unlinked)
 * @param candidates every candidate weighed, best first, so near-misses can be queried
 */
public record LinkResult(String entityKey, String qid, double score, List<Candidate> candidates) {}
