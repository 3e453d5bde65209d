package org.newsgraph.publish;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.store.DatasetFiles;

/**
 * The counts a VoID description gives, over the union of the dataset's graphs (what
 * graph.ttl holds). Entities are the IRIs that have an rdf:type.
 *
 * @param triples distinct triples of the union
 * @param entities distinct typed IRI subjects
 * @param distinctSubjects distinct subjects
 * @param distinctObjects distinct objects
 * @param namedGraphs named graphs of the dataset
 * @param classes per class IRI, its distinct instances
 * @param properties per property IRI, its triples
 * @param wikidataLinks owl:sameAs triples to a Wikidata entity
 */
public record VoidStats(
    long triples,
    long entities,
    long distinctSubjects,
    long distinctObjects,
    long namedGraphs,
    SortedMap<String, Long> classes,
    SortedMap<String, Long> properties,
    long wikidataLinks) {

  /** Counts {@code dsg}. */
  public static VoidStats of(DatasetGraph dsg) {
    List<Triple> triples = DatasetFiles.sortedTriples(dsg);
    Set<Node> subjects = new HashSet<>();
    Set<Node> objects = new HashSet<>();
    Set<Node> entities = new HashSet<>();
    Map<String, Set<Node>> instances = new TreeMap<>();
    SortedMap<String, Long> properties = new TreeMap<>();
    long wikidata = 0;
    for (Triple t : triples) {
      subjects.add(t.getSubject());
      objects.add(t.getObject());
      properties.merge(t.getPredicate().getURI(), 1L, Long::sum);
      if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
        instances.computeIfAbsent(t.getObject().getURI(), k -> new HashSet<>()).add(t.getSubject());
        if (t.getSubject().isURI()) {
          entities.add(t.getSubject());
        }
      }
      if (t.getPredicate().equals(OWL.sameAs.asNode())
          && t.getObject().isURI()
          && t.getObject().getURI().startsWith(Vocab.WD)) {
        wikidata++;
      }
    }
    SortedMap<String, Long> classes = new TreeMap<>();
    instances.forEach((c, s) -> classes.put(c, (long) s.size()));
    long graphs = 0;
    for (var it = dsg.listGraphNodes(); it.hasNext(); it.next()) {
      graphs++;
    }
    return new VoidStats(
        triples.size(), entities.size(), subjects.size(), objects.size(), graphs,
        classes, properties, wikidata);
  }
}
