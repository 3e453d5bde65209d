package org.newsgraph.resolve;

import java.util.List;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.resolve.statement.SharedWords;

/**
 * The resolved corpus: what the graph stage turns into RDF. Every list is sorted (facts by
 * article id, the rest by key) so the graph comes out the same on every run.
 *
 * @param facts the per-article facts, for the article graphs (mention and fact evidence)
 * @param sharedWords words attributed to more than one speaker
 */
public record Corpus(
    List<ArticleFacts> facts,
    List<CorpusEntity> entities,
    List<CorpusEvent> events,
    List<CorpusMembership> memberships,
    List<CorpusStatement> statements,
    SharedWords.Shared sharedWords) {}
