package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.graph.LinkGraph;

class WikidataQueriesTest {
  static final Path QUERIES = TestEntities.repo().resolve("queries");

  private static List<Path> queries() throws IOException {
    try (Stream<Path> s = Files.list(QUERIES)) {
      return s.filter(p -> p.getFileName().toString().matches("wikidata-.*\\.rq")).sorted().toList();
    }
  }

  @Test
  void everyQueryParsesAndHasAHeader() throws IOException {
    List<Path> qs = queries();
    assertTrue(qs.size() >= 3);
    for (Path q : qs) {
      String text = Files.readString(q);
      QueryFactory.create(text);
      for (String h : List.of("# title:", "# description:", "# tags:", "# expects:")) {
        assertTrue(text.contains(h), q + " lacks " + h);
      }
      boolean federated = text.contains("SERVICE <https://query.wikidata.org/sparql>");
      assertEquals(federated, text.contains("# network: required"), q.toString());
      assertEquals(federated, q.getFileName().toString().startsWith("wikidata-federated-"), q.toString());
    }
  }

  @Test
  void newsVsWikidataFindsMissingAndDifferingMemberships() throws IOException {
    String base = "https://w3id.org/newsgraph/id/";
    WikidataLinker linker = WikidataLinker.create(WikidataIndex.bundled());
    List<LinkResult> links =
        linker.link(
            List.of(
                TestEntities.entity("person/jeremy-corbyn", EntityKind.Person, "Jeremy Corbyn"),
                TestEntities.entity("person/boris-johnson", EntityKind.Person, "Boris Johnson"),
                TestEntities.entity("person/keir-starmer", EntityKind.Person, "Keir Starmer"),
                TestEntities.entity("org/labour-party", EntityKind.PoliticalParty, "Labour Party")));
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    Node corpus = NodeFactory.createURI(base + "graph/corpus");
    LinkGraph.write(dsg, corpus, links, k -> NodeFactory.createURI(base + k));
    LinkGraph.enrich(dsg, LinkGraph.graphNode(base), links, linker.source());
    // Memberships as the news would state them; a P102 start date to disagree with.
    String trig =
        "@prefix org: <http://www.w3.org/ns/org#> . @prefix ng: <https://w3id.org/newsgraph/ns#> ."
            + " @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix id: <" + base + "> ."
            + " @prefix p: <http://www.wikidata.org/prop/> . @prefix ps: <http://www.wikidata.org/prop/statement/> ."
            + " @prefix pq: <http://www.wikidata.org/prop/qualifier/> . @prefix wd: <http://www.wikidata.org/entity/> ."
            + " id:graph\\/corpus {"
            + "  id:m1 a org:Membership ; org:member id:person\\/jeremy-corbyn ; org:organization id:labour ;"
            + "    ng:endDate \"2021\"^^xsd:gYear ."
            + "  id:m2 a org:Membership ; org:member id:person\\/boris-johnson ; org:organization id:labour ."
            + "  id:m3 a org:Membership ; org:member id:person\\/keir-starmer ; org:organization id:labour ;"
            + "    ng:startDate \"1990\"^^xsd:gYear ."
            + " }"
            + " id:graph\\/test { wd:Q6383803 p:P102 id:s1 . id:s1 ps:P102 wd:Q9630 ; pq:P580 \"1987\"^^xsd:gYear . }";
    trig = trig.replace("id:labour ", "id:org\\/labour-party ");
    RDFParser.fromString(trig, Lang.TRIG).parse(dsg);
    // As served: the default graph is the union of the named graphs.
    Dataset ds = DatasetFactory.wrap(ModelFactory.createModelForGraph(dsg.getUnionGraph()));
    String q = Files.readString(QUERIES.resolve("wikidata-news-vs-wikidata.rq"));
    List<String> rows = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        rows.add(s.getResource("wdPerson").getLocalName() + " " + s.getLiteral("issue").getString());
      }
    }
    assertFalse(rows.isEmpty());
    assertEquals(
        List.of(
            "Q180589 missing in Wikidata",
            "Q291169 end missing in Wikidata",
            "Q6383803 start dates differ"),
        rows.stream().sorted().toList());
  }
}
