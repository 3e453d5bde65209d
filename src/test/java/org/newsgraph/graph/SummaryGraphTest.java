package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.bench.CorpusWriter;
import org.newsgraph.store.GraphBuild;
import org.newsgraph.store.UnionDefault;

/**
 * The build-time counts equal what counting the built graph gives: for each class, the corpus
 * nodes of that class found in the articles (an ng:mentionedIn, or evidence with an
 * ng:article), overall and per outlet (the articles' ng:outletName, else their
 * dcterms:source), and the articles.
 */
class SummaryGraphTest {

  private static final String PREFIXES =
      """
      PREFIX ng: <https://w3id.org/newsgraph/ns#>
      PREFIX void: <http://rdfs.org/ns/void#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      """;

  /** Counted from the graph itself: the definition the summary must meet. */
  private static final String COUNTED =
      PREFIXES
          + """
          SELECT ?outlet ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
            {
              ?x a ng:Article . BIND(ng:Article AS ?class)
              ?x dcterms:source ?source OPTIONAL { ?x ng:outletName ?name }
              BIND(COALESCE(?name, ?source) AS ?outlet)
            } UNION {
              GRAPH <https://w3id.org/newsgraph/id/graph/corpus> { ?x a ?class }
              FILTER(?class != ng:Attribute) # part of an entity, not a node of its own
              { ?x ng:mentionedIn ?a } UNION { ?x ng:evidence/ng:article ?a }
              ?a dcterms:source ?source OPTIONAL { ?a ng:outletName ?name }
              BIND(COALESCE(?name, ?source) AS ?outlet)
            }
          } GROUP BY ?outlet ?class
          """;

  /** Read from the summary graph, as queries/corpus-summary.rq reads it. */
  private static final String SUMMARY =
      PREFIXES
          + """
          SELECT ?outlet ?class ?n WHERE {
            GRAPH <https://w3id.org/newsgraph/id/graph/summary> {
              ?d void:classPartition [ void:class ?class ; void:entities ?n ] .
              OPTIONAL { ?root void:subset ?d . ?d rdfs:label ?outlet }
            }
          }
          """;

  private static Map<String, Long> table(DatasetGraph dsg, String query) {
    DatasetGraph union = UnionDefault.view(dsg);
    return Txn.calculateRead(union, () -> select(union, query));
  }

  private static Map<String, Long> select(DatasetGraph union, String query) {
    Map<String, Long> out = new TreeMap<>();
    try (var qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(union))) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        String outlet = s.contains("outlet") ? s.getLiteral("outlet").getString() : "(all)";
        long n = s.getLiteral("n").getLong();
        // A node counted overall appears once per outlet too; overall counts come from a
        // second query below, so per-outlet rows are what this table holds for outlets.
        out.merge(outlet + " | " + s.getResource("class").getURI(), n, Long::sum);
      }
    }
    return out;
  }

  /** Overall counts: each node once, whatever its outlets. */
  private static Map<String, Long> overall(DatasetGraph dsg) {
    String q =
        PREFIXES
            + """
            SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
              { ?x a ng:Article . BIND(ng:Article AS ?class) }
              UNION {
                GRAPH <https://w3id.org/newsgraph/id/graph/corpus> { ?x a ?class }
                FILTER(?class != ng:Attribute)
                FILTER EXISTS { { ?x ng:mentionedIn ?a } UNION { ?x ng:evidence/ng:article ?a } }
              }
            } GROUP BY ?class
            """;
    return table(dsg, q);
  }

  private static void assertSummaryMatchesGraph(DatasetGraph dsg) {
    Map<String, Long> summary = table(dsg, SUMMARY);
    Map<String, Long> expected = new TreeMap<>(overall(dsg));
    table(dsg, COUNTED).forEach((k, v) -> {
      if (!k.startsWith("(all)")) {
        expected.put(k, v);
      }
    });
    assertEquals(expected, summary);
  }

  @Test
  void seedCountsAreTheGraphsCounts() {
    DatasetGraph dsg =
        GraphBuild.build(List.of(Path.of("data/articles")), GraphBuild.Options.defaults()).dataset();
    assertSummaryMatchesGraph(dsg);
    Map<String, Long> s = table(dsg, SUMMARY);
    assertEquals(5L, s.get("(all) | https://w3id.org/newsgraph/ns#Article"));
    assertEquals(18L, s.get("(all) | https://w3id.org/newsgraph/ns#Person"));
  }

  @Test
  void generatedCorpusCountsAreTheGraphsCounts(@TempDir Path dir) throws Exception {
    Path jsonl = dir.resolve("c.jsonl");
    CorpusWriter.writeJsonl(CorpusGenerator.create(3, 150), jsonl);
    DatasetGraph dsg =
        GraphBuild.build(List.of(jsonl), GraphBuild.Options.defaults().withThreads(2)).dataset();
    assertSummaryMatchesGraph(dsg);
    long outlets = table(dsg, SUMMARY).keySet().stream()
        .filter(k -> k.endsWith("#Article") && !k.startsWith("(all)")).count();
    assertTrue(outlets >= 3, "outlets in the summary: " + outlets);
  }
}
