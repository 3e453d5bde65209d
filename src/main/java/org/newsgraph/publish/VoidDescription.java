package org.newsgraph.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;

/** The VoID description of a published dataset (void.ttl). */
final class VoidDescription {
  private VoidDescription() {}

  static Graph graph(VoidStats s, PublishOptions o) {
    Graph g = GraphFactory.createDefaultGraph();
    String ds = o.datasetIri();
    Node d = Vocab.iri(ds);
    Vocab.type(g, d, Vocab.VOID + "Dataset");
    Vocab.add(g, d, Vocab.DCT + "title", Vocab.str(o.title()));
    Vocab.add(g, d, Vocab.VOID + "triples", Vocab.integer(s.triples()));
    Vocab.add(g, d, Vocab.VOID + "entities", Vocab.integer(s.entities()));
    Vocab.add(g, d, Vocab.VOID + "distinctSubjects", Vocab.integer(s.distinctSubjects()));
    Vocab.add(g, d, Vocab.VOID + "distinctObjects", Vocab.integer(s.distinctObjects()));
    Vocab.add(g, d, Vocab.VOID + "classes", Vocab.integer(s.classes().size()));
    Vocab.add(g, d, Vocab.VOID + "properties", Vocab.integer(s.properties().size()));
    Vocab.add(g, d, Vocab.VOID + "uriSpace", Vocab.str(o.base()));
    Vocab.add(g, d, Vocab.VOID + "vocabulary", Vocab.iri("https://w3id.org/newsgraph/ns#"));
    Vocab.add(g, d, Vocab.VOID + "dataDump", Vocab.iri(o.downloadBase() + "graph.ttl"));
    Vocab.add(g, d, Vocab.VOID + "dataDump", Vocab.iri(o.downloadBase() + "graph.trig"));
    Vocab.add(g, d, Vocab.VOID + "feature", Vocab.iri("http://www.w3.org/ns/formats/Turtle"));
    Vocab.add(g, d, Vocab.VOID + "feature", Vocab.iri("http://www.w3.org/ns/formats/TriG"));
    if (o.sparqlEndpoint() != null) {
      Vocab.add(g, d, Vocab.VOID + "sparqlEndpoint", Vocab.iri(o.sparqlEndpoint()));
    }
    for (Map.Entry<String, Long> c : s.classes().entrySet()) {
      Node p = Vocab.iri(ds + "/class/" + URLEncoder.encode(c.getKey(), StandardCharsets.UTF_8));
      Vocab.add(g, d, Vocab.VOID + "classPartition", p);
      Vocab.add(g, p, Vocab.VOID + "class", Vocab.iri(c.getKey()));
      Vocab.add(g, p, Vocab.VOID + "entities", Vocab.integer(c.getValue()));
    }
    for (Map.Entry<String, Long> e : s.properties().entrySet()) {
      Node p = Vocab.iri(ds + "/property/" + URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8));
      Vocab.add(g, d, Vocab.VOID + "propertyPartition", p);
      Vocab.add(g, p, Vocab.VOID + "property", Vocab.iri(e.getKey()));
      Vocab.add(g, p, Vocab.VOID + "triples", Vocab.integer(e.getValue()));
    }
    // The owl:sameAs links to Wikidata, as a linkset (present, with 0 triples, when unlinked).
    Node wikidata = Vocab.iri("https://www.wikidata.org/");
    Vocab.type(g, wikidata, Vocab.VOID + "Dataset");
    Vocab.add(g, wikidata, Vocab.DCT + "title", Vocab.str("Wikidata"));
    Vocab.add(g, wikidata, Vocab.VOID + "uriSpace", Vocab.str(Vocab.WD));
    Node links = Vocab.iri(ds + "/linkset/wikidata");
    Vocab.add(g, d, Vocab.VOID + "subset", links);
    Vocab.type(g, links, Vocab.VOID + "Linkset");
    Vocab.add(g, links, Vocab.VOID + "subjectsTarget", d);
    Vocab.add(g, links, Vocab.VOID + "objectsTarget", wikidata);
    Vocab.add(g, links, Vocab.VOID + "linkPredicate", Vocab.iri(Vocab.OWL + "sameAs"));
    Vocab.add(g, links, Vocab.VOID + "triples", Vocab.integer(s.wikidataLinks()));
    return g;
  }
}
