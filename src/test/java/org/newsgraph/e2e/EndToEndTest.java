package org.newsgraph.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Cli;
import org.newsgraph.serve.NewsgraphServer;

/**
 * The whole pipeline on the bundled seed corpus: build with the CLI, serve the result with the
 * embedded Fuseki on a free port, and ask it questions over the SPARQL protocol (HTTP), as a
 * researcher's client would.
 */
class EndToEndTest {

  @TempDir static Path dir;
  static NewsgraphServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static final String PREFIXES =
      "PREFIX ng: <https://w3id.org/newsgraph/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
          + " PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX dcterms: <http://purl.org/dc/terms/>"
          + " PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX org: <http://www.w3.org/ns/org#> ";

  @BeforeAll
  static void buildAndServe() {
    Path out = dir.resolve("seeds.trig");
    Cli r = Cli.run("build", Cli.articles().toString(), "-o", out.toString(), "-q");
    assertEquals(0, r.exit(), r.err());
    DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString());
    server = NewsgraphServer.create().dataset(dsg).port(0).build().start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  /** Runs a SELECT over HTTP and returns each row as "var=value|var=value". */
  static List<String> select(String query) throws Exception {
    String body = "query=" + URLEncoder.encode(PREFIXES + query, StandardCharsets.UTF_8);
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/sparql-results+json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, resp.statusCode(), resp.body());
    JsonNode json = new ObjectMapper().readTree(resp.body());
    List<String> rows = new ArrayList<>();
    for (JsonNode b : json.path("results").path("bindings")) {
      List<String> cells = new ArrayList<>();
      b.fieldNames().forEachRemaining(f -> cells.add(f + "=" + b.get(f).get("value").asText()));
      cells.sort(String::compareTo);
      rows.add(String.join("|", cells));
    }
    return rows;
  }

  @Test
  void everySeedArticleIsServedWithItsSource() throws Exception {
    List<String> rows = select("SELECT ?src { ?a a ng:Article ; dcterms:source ?src } ORDER BY ?src");
    assertEquals(5, rows.size());
    assertEquals("src=000_b249fcfae1cf5286.txt", rows.get(0));
  }

  @Test
  void kenLoachIsOnePersonAcrossTheCorpus() throws Exception {
    List<String> rows =
        select("SELECT ?p (COUNT(DISTINCT ?a) AS ?n) { ?p a ng:Person ; rdfs:label \"Ken Loach\" ; ng:mentionedIn ?a } GROUP BY ?p");
    assertEquals(1, rows.size(), rows.toString());
    assertTrue(rows.get(0).contains("n=5"), rows.toString());
    List<String> alts = select("SELECT ?l { ?p rdfs:label \"Ken Loach\" ; skos:altLabel ?l }");
    assertTrue(new TreeSet<>(alts).containsAll(List.of("l=Loach", "l=Mr Loach")), alts.toString());
  }

  @Test
  void theExpulsionIsOneEventWithEvidenceFromEveryReport() throws Exception {
    List<String> rows =
        select(
            "SELECT ?e (COUNT(DISTINCT ?a) AS ?n) {"
                + " ?e a ng:Expulsion ; ng:subject [ rdfs:label \"Ken Loach\" ] ;"
                + "    ng:organisation [ rdfs:label \"Labour Party\" ] ; ng:evidence/ng:article ?a } GROUP BY ?e");
    assertEquals(1, rows.size(), rows.toString());
    assertTrue(rows.get(0).contains("n=5"), rows.toString());
  }

  @Test
  void theFourGroupsWereProscribedByLabour() throws Exception {
    List<String> rows =
        select(
            "SELECT DISTINCT ?g { ?e a ng:Proscription ; ng:subject [ rdfs:label ?g ] ;"
                + " ng:organisation [ rdfs:label \"Labour Party\" ] } ORDER BY ?g");
    assertEquals(
        List.of("g=Labour Against the Witchhunt", "g=Labour in Exile Network", "g=Resist", "g=Socialist Appeal"),
        rows);
  }

  @Test
  void statementsQuotedByManyOutletsAreOneNodeWithEvidencePerArticle() throws Exception {
    List<String> rows =
        select(
            "SELECT ?s (COUNT(DISTINCT ?a) AS ?n) { ?s a ng:Statement ; ng:text ?t ;"
                + " ng:speaker [ rdfs:label \"Ken Loach\" ] ; ng:evidence/ng:article ?a"
                + " FILTER(CONTAINS(?t, \"We are many\")) } GROUP BY ?s");
    assertEquals(1, rows.size(), rows.toString());
    assertTrue(rows.get(0).contains("n=5"), rows.toString());
  }

  @Test
  void labourIsLinkedToWikidata() throws Exception {
    List<String> rows = select("SELECT ?wd { ?o rdfs:label \"Labour Party\" ; owl:sameAs ?wd }");
    assertEquals(List.of("wd=http://www.wikidata.org/entity/Q9630"), rows);
  }

  @Test
  void everyEvidenceQuoteIsTheTextAtItsOffsets() throws Exception {
    List<String> bad =
        select(
            "PREFIX schema: <https://schema.org/> SELECT ?ev { ?ev ng:article ?a ; ng:begin ?b ; ng:end ?e ; ng:quote ?q ."
                + " ?a schema:text ?t FILTER(SUBSTR(?t, ?b + 1, ?e - ?b) != ?q) } LIMIT 5");
    // SPARQL counts characters, the contract UTF-16 units: the seeds have no astral characters.
    assertEquals(List.of(), bad);
  }
}
