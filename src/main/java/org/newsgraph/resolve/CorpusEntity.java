package org.newsgraph.resolve;

import java.util.List;
import java.util.SortedSet;
import org.newsgraph.extract.Attribute;
import org.newsgraph.extract.EntityKind;

/**
 * One real-world entity across the corpus.
 *
 * @param key a stable, IRI-safe key ("person/ken-loach"); the graph makes the IRI from it
 * @param label the canonical name: the fullest form seen
 * @param altLabels every other surface form seen (pronouns excluded)
 * @param articles ids of the articles that mention it
 * @param mentions every name mention, with its article
 * @param attributes attributes stated in the articles, with the article they come from
 * @param directorKey for a work, the key of its director, else null
 */
public record CorpusEntity(
    String key,
    EntityKind kind,
    String label,
    SortedSet<String> altLabels,
    SortedSet<String> articles,
    List<ArticleEvidence> mentions,
    List<SourcedAttribute> attributes,
    String directorKey,
    double confidence) {

  /** An attribute and the article that states it. */
  public record SourcedAttribute(String articleId, Attribute attribute, String organisationKey) {}
}
