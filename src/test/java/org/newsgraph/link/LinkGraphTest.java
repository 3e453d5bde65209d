package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.graph.LinkGraph;

class LinkGraphTest {
  static final String BASE = "https://w3id.org/newsgraph/id/";
  static final String PREFIXES =
      "PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX ng: <https://w3id.org/newsgraph/ns#>"
          + " PREFIX wd: <http://www.wikidata.org/entity/> PREFIX wdt: <http://www.wikidata.org/prop/direct/>"
          + " PREFIX p: <http://www.wikidata.org/prop/> PREFIX ps: <http://www.wikidata.org/prop/statement/>"
          + " PREFIX pq: <http://www.wikidata.org/prop/qualifier/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

  private static int count(Dataset ds, String where) {
    String q = PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }";
    try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
      ResultSet rs = qe.execSelect();
      return rs.next().getLiteral("n").getInt();
    }
  }

  private static DatasetGraph build() {
    WikidataIndex extract = WikidataIndex.bundled();
    WikidataLinker linker = WikidataLinker.create(extract);
    List<LinkResult> links =
        linker.link(
            List.of(
                TestEntities.entity("person/tony-blair", EntityKind.Person, "Tony Blair"),
                TestEntities.entity("org/labour", EntityKind.PoliticalParty, "Labour"),
                TestEntities.entity("person/john-smith", EntityKind.Person, "John Smith"),
                TestEntities.entity("person/labour", EntityKind.Person, "Labour")));
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    Node corpus = NodeFactory.createURI(BASE + "graph/corpus");
    LinkGraph.write(dsg, corpus, links, k -> NodeFactory.createURI(BASE + k));
    LinkGraph.enrich(dsg, LinkGraph.graphNode(BASE), links, linker.source());
    return dsg;
  }

  @Test
  void writesSameAsScoresAndCandidates() {
    Dataset ds = DatasetFactory.wrap(build());
    String g = "GRAPH <" + BASE + "graph/corpus> ";
    assertEquals(1, count(ds, g + "{ <" + BASE + "person/tony-blair> owl:sameAs wd:Q9545 ; ng:linkScore ?s }"));
    assertEquals(1, count(ds, g + "{ <" + BASE + "org/labour> owl:sameAs wd:Q9630 }"));
    assertEquals(2, count(ds, g + "{ ?e owl:sameAs ?q }"));
    // The person called "Labour" keeps its rejected candidate, with a reason, and no link.
    assertEquals(
        1,
        count(
            ds,
            g + "{ <" + BASE + "person/labour> ng:linkCandidate <" + BASE
                + "person/labour/candidate/Q9630> . <" + BASE
                + "person/labour/candidate/Q9630> ng:wikidataItem wd:Q9630 ; ng:score 0.000 ;"
                + " ng:reason ?r ; rdfs:label \"Labour Party\" }"));
    assertEquals(0, count(ds, "{ ?s ?p ?o FILTER(isBlank(?s) || isBlank(?o)) }"));
    assertEquals(0, count(ds, "{ ?s ?p ?o }")); // nothing in the real default graph
  }

  @Test
  void enrichesIntoItsOwnGraph() {
    Dataset ds = DatasetFactory.wrap(build());
    String g = "GRAPH <" + LinkGraph.DEFAULT_GRAPH + "> ";
    assertEquals(1, count(ds, g + "{ wd:Q9545 wdt:P31 wd:Q5 ; wdt:P102 wd:Q9630 }"));
    assertEquals(1, count(ds, g + "{ wd:Q9630 wdt:P31 wd:Q7278 }"));
    assertEquals(
        1,
        count(
            ds,
            g + "{ wd:Q9545 p:P39 ?s . ?s ps:P39 wd:Q14211 ; pq:P580 \"1997-05-02\"^^<http://www.w3.org/2001/XMLSchema#date> ;"
                + " pq:P582 \"2007-06-27\"^^<http://www.w3.org/2001/XMLSchema#date> }"));
    // Labels of the items the claims point to.
    assertEquals(1, count(ds, g + "{ wd:Q14211 rdfs:label \"Prime Minister of the United Kingdom\"@en }"));
    assertTrue(count(ds, "GRAPH <" + BASE + "graph/corpus> { ?s wdt:P31 ?o }") == 0);
  }

  @Test
  void outputIsDeterministic() {
    DatasetGraph a = build();
    DatasetGraph b = build();
    assertEquals(a.stream().count(), b.stream().count());
    a.stream().forEach(q -> assertTrue(b.contains(q), q.toString()));
  }
}
