package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server over HTTP: queries, the union default graph, and the security settings. */
class ServerTest {
  static final String PREFIXES =
      "PREFIX ng: <https://w3id.org/newsgraph/ns#>\n"
          + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";
  static final Path FIXTURE = Path.of("src/test/resources/fixtures/serve/small.trig");
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir static Path tmp;
  static NewsgraphServer server;

  @BeforeAll
  static void start() throws IOException {
    Path queries = Files.createDirectories(tmp.resolve("queries"));
    Files.writeString(
        queries.resolve("q1-people.rq"),
        "# title: Who is in the graph?\n# description: Every person.\n"
            + PREFIXES
            + "SELECT ?p WHERE { ?p a ng:Person }\n");
    Files.writeString(queries.resolve("notes.txt"), "not a query");
    server =
        NewsgraphServer.create()
            .dataset(fixture())
            .port(0)
            .maxRows(1000)
            .queriesDir(queries)
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  static DatasetGraph fixture() {
    return org.newsgraph.store.DatasetFiles.read(FIXTURE);
  }

  @Test
  void bannerHasTheEndpointAndWorkbench() {
    String[] lines = server.banner().split("\\R");
    assertEquals("SPARQL endpoint: http://127.0.0.1:" + server.port() + "/newsgraph/sparql", lines[0]);
    assertEquals("Workbench: http://127.0.0.1:" + server.port() + "/", lines[1]);
  }

  @Test
  void selectReturnsTheExpectedRows() throws Exception {
    List<String> labels =
        column(
            select(server, PREFIXES + "SELECT ?l WHERE { ?p a ng:Person ; rdfs:label ?l } ORDER BY ?l"),
            "l");
    assertEquals(List.of("Keir Starmer", "Ken Loach"), labels);
    // The /query alias answers too.
    HttpResponse<String> r = get(server, "newsgraph/query?query=" + enc("ASK { ?s ?p ?o }"));
    assertEquals(200, r.statusCode());
  }

  @Test
  void defaultGraphIsTheUnionOfNamedGraphs() throws Exception {
    // The statement lives in the corpus graph, the article titles in the article graphs:
    // one pattern over both only matches if the default graph is their union.
    String q =
        PREFIXES
            + "SELECT ?title WHERE { ?s a ng:Statement ; ng:evidence ?ev . ?ev ng:article ?a ."
            + " ?a dcterms:title ?title } ORDER BY ?title";
    assertEquals(
        List.of("Ken Loach expelled from Labour", "NEC expels Loach"), column(select(server, q), "title"));
    JsonNode graphs = select(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }");
    assertEquals(3, graphs.path("results").path("bindings").size());
  }

  @Test
  void graphStoreReadWorks() throws Exception {
    HttpResponse<String> r =
        get(server, "newsgraph/get?graph=" + enc("https://w3id.org/newsgraph/id/graph-article-a1"));
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("Ken Loach expelled from Labour"), r.body());
  }

  @Test
  void updateIsRefused() throws Exception {
    String update =
        "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"hacked\" } }";
    for (String path : List.of("newsgraph/update", "newsgraph/sparql", "newsgraph", "newsgraph/data")) {
      HttpResponse<String> r = post(server, path, "application/sparql-update", update, null);
      assertTrue(r.statusCode() >= 400, path + " gave " + r.statusCode());
    }
    HttpResponse<String> form =
        post(server, "newsgraph/sparql", "application/x-www-form-urlencoded", "update=" + enc(update), null);
    assertTrue(form.statusCode() >= 400, "form update gave " + form.statusCode());
    HttpResponse<String> put =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "newsgraph/data?graph=urn:x:g"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 ."))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(put.statusCode() >= 400, "PUT gave " + put.statusCode());
    assertEquals(0, select(server, "SELECT * { ?s ?p \"hacked\" }").path("results").path("bindings").size());
  }

  @Test
  void serviceIsRefused() throws Exception {
    // A SERVICE call to this very server would succeed if federation were allowed.
    String q = "SELECT * WHERE { SERVICE <" + server.sparqlUrl() + "> { ?s ?p ?o } } LIMIT 1";
    HttpResponse<String> r = get(server, "newsgraph/sparql?query=" + enc(q));
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains("SERVICE"), r.body());
    // Hidden in a sub-query or OPTIONAL it is found too.
    String nested =
        "SELECT * WHERE { OPTIONAL { SELECT * { SERVICE <" + server.sparqlUrl() + "> { ?s ?p ?o } } } }";
    assertEquals(400, get(server, "newsgraph/sparql?query=" + enc(nested)).statusCode());
  }

  @Test
  void serviceWorksWhenAllowed() throws Exception {
    NewsgraphServer open =
        NewsgraphServer.create().dataset(fixture()).port(0).allowService(true).build().start();
    try {
      String q = "SELECT * WHERE { SERVICE <" + server.sparqlUrl() + "> { ?s ?p ?o } } LIMIT 1";
      HttpResponse<String> r = get(open, "newsgraph/sparql?query=" + enc(q));
      assertEquals(200, r.statusCode(), r.body());
    } finally {
      open.stop();
    }
  }

  @Test
  void pingHealthAndMetricsAnswer() throws Exception {
    assertEquals(200, get(server, "$/ping").statusCode());
    HttpResponse<String> health = get(server, "health");
    assertEquals(200, health.statusCode());
    assertEquals("ok", health.body().strip());
    HttpResponse<String> metrics = get(server, "$/metrics");
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("# TYPE"), "Prometheus text expected");
  }

  @Test
  void corsHeaderIsPresent() throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(server.baseUrl() + "newsgraph/sparql?query=" + enc("ASK {}")))
                .header("Origin", "http://example.org")
                .header("Accept", "application/sparql-results+json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
  }

  @Test
  void rowLimitCutsAHugeQuery() throws Exception {
    // 200^3 = 8 million rows; the server must stop at 1000.
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      values.append(i).append(' ');
    }
    String q =
        "SELECT * WHERE { VALUES ?a { " + values + "} VALUES ?b { " + values + "} VALUES ?c { "
            + values + "} }";
    HttpResponse<String> r = get(server, "newsgraph/sparql?query=" + enc(q));
    assertEquals(200, r.statusCode());
    assertEquals(1000, JSON.readTree(r.body()).path("results").path("bindings").size());
    assertEquals("1000", r.headers().firstValue(GuardedQueryProcessor.ROW_LIMIT_HEADER).orElse(""));
    // A smaller LIMIT of the user's own is kept.
    assertEquals(7, select(server, q + " LIMIT 7").path("results").path("bindings").size());
  }

  /** Three VALUES blocks of 0..n-1 over ?a ?b ?c: n cubed rows for a query to chew on. */
  static String cube(int n) {
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < n; i++) {
      values.append(i).append(' ');
    }
    String v = "VALUES ?x { " + values + "} ";
    return v.replace("?x", "?a") + v.replace("?x", "?b") + v.replace("?x", "?c");
  }

  @Test
  void timeoutStopsALongQuery() throws Exception {
    NewsgraphServer slow =
        NewsgraphServer.create().dataset(fixture()).port(0).timeoutMillis(300).build().start();
    try {
      String q = "SELECT (COUNT(*) AS ?n) WHERE { " + cube(400) + "}";
      long t0 = System.nanoTime();
      HttpResponse<String> r = get(slow, "newsgraph/sparql?query=" + enc(q));
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertEquals(503, r.statusCode(), "64M-row count should time out: " + r.body());
      assertTrue(ms < 20_000, "took " + ms + " ms");
      // The answer says what limit it hit and what to do.
      assertTrue(r.body().contains("limit of 0.3 s"), r.body());
      assertTrue(r.body().contains("newsgraph serve --timeout"), r.body());
    } finally {
      slow.stop();
    }
  }

  @Test
  void aTimeoutInsideAHashJoinIsAnswered503() throws Exception {
    NewsgraphServer slow =
        NewsgraphServer.create().dataset(fixture()).port(0).timeoutMillis(300).build().start();
    try {
      String cube = cube(200);
      // Two sub-queries joined on ?a and then sorted: the timeout fires while Jena still reads
      // the join's build side (8M rows), where Jena 5.6 fails with a NullPointerException.
      String q =
          "SELECT ?a ?n ?m WHERE { { SELECT ?a (COUNT(*) AS ?n) WHERE { " + cube
              + "} GROUP BY ?a } { SELECT ?a (COUNT(*) AS ?m) WHERE { " + cube
              + "} GROUP BY ?a } } ORDER BY ?n";
      HttpResponse<String> r = get(slow, "newsgraph/sparql?query=" + enc(q));
      // Where the timeout lands varies run to run: inside the join's build (Jena's
      // NullPointerException, which must come out as 503) or later, while the answer is
      // written (then the answer is cut, with Jena's note). Never a 500, never a whole answer.
      assertNotEquals(500, r.statusCode(), r.body());
      assertTrue(
          r.statusCode() == 503 || r.body().contains("Query cancelled"),
          r.statusCode() + " " + r.body());
    } finally {
      slow.stop();
    }
  }

  @Test
  void jenasFailureToCloseACancelledHashJoinIsRecognised() {
    NullPointerException inJoin = new NullPointerException("hashTable is null");
    inJoin.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement(
              "org.apache.jena.sparql.engine.join.AbstractIterHashJoin", "closeSubIterator",
              "AbstractIterHashJoin.java", 243),
          new StackTraceElement(
              "org.apache.jena.sparql.engine.iterator.QueryIter2", "closeIterator",
              "QueryIter2.java", 49)
        });
    assertTrue(GuardedQueryProcessor.cancelledHashJoin(inJoin));
    // Any other NullPointerException is a bug to report as one, not a timeout.
    NullPointerException other = new NullPointerException("elsewhere");
    assertFalse(GuardedQueryProcessor.cancelledHashJoin(other));

    // Closing the execution after such a timeout threw the same exception again, and Fuseki's
    // try-with-resources answered 500 "Self-suppression not permitted": close ignores it.
    new GuardedQueryProcessor.QuietClose(closingWith(inJoin)).close();
    assertSame(other, assertThrows(NullPointerException.class,
        () -> new GuardedQueryProcessor.QuietClose(closingWith(other)).close()));
  }

  /** A query execution whose close throws {@code e}. */
  private static org.apache.jena.sparql.exec.QueryExec closingWith(RuntimeException e) {
    return (org.apache.jena.sparql.exec.QueryExec)
        java.lang.reflect.Proxy.newProxyInstance(
            ServerTest.class.getClassLoader(),
            new Class<?>[] {org.apache.jena.sparql.exec.QueryExec.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                throw e;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  @Test
  void updateNeedsCredentials() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> NewsgraphServer.create().dataset(fixture()).port(0).allowUpdate(true).build());
    assertTrue(e.getMessage().contains("--password-file"), e.getMessage());
  }

  @Test
  void updateWithPasswordNeedsLogin() throws Exception {
    Path pw = tmp.resolve("passwd");
    Files.writeString(pw, "editor: s3cret\n");
    NewsgraphServer rw =
        NewsgraphServer.create()
            .dataset(fixture())
            .port(0)
            .allowUpdate(true)
            .passwordFile(pw)
            .build()
            .start();
    try {
      String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"added\" } }";
      assertEquals(401, post(rw, "newsgraph/update", "application/sparql-update", update, null).statusCode());
      assertEquals(
          401,
          post(rw, "newsgraph/update", "application/sparql-update", update, "editor:wrong").statusCode());
      HttpResponse<String> ok =
          post(rw, "newsgraph/update", "application/sparql-update", update, "editor:s3cret");
      assertTrue(ok.statusCode() < 300, "update gave " + ok.statusCode() + " " + ok.body());
      // Reading needs no login, and sees the update through the union default graph.
      assertEquals(1, select(rw, "SELECT * { ?s ?p \"added\" }").path("results").path("bindings").size());
    } finally {
      rw.stop();
    }
  }

  @Test
  void workbenchFilesAreServed() throws Exception {
    HttpResponse<String> index = get(server, "");
    assertEquals(200, index.statusCode());
    assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    HttpResponse<String> yasgui = get(server, "yasgui/yasgui.min.js");
    assertEquals(200, yasgui.statusCode());
    assertTrue(yasgui.body().length() > 100_000);
  }

  @Test
  void queryLibraryListsTheResearchQuestions() throws Exception {
    HttpResponse<String> r = get(server, "queries/");
    assertEquals(200, r.statusCode());
    JsonNode list = JSON.readTree(r.body());
    assertEquals(1, list.size(), r.body());
    assertEquals("q1-people.rq", list.get(0).path("file").asText());
    assertEquals("Who is in the graph?", list.get(0).path("title").asText());
    assertEquals("Every person.", list.get(0).path("description").asText());
    HttpResponse<String> one = get(server, "queries/q1-people.rq");
    assertEquals(200, one.statusCode());
    assertTrue(one.body().contains("SELECT ?p"));
    assertEquals(404, get(server, "queries/notes.txt").statusCode());
  }

  @Test
  void traversalAndListingAreRefused() throws Exception {
    List<String> attempts =
        List.of(
            "../pom.xml",
            "%2e%2e/pom.xml",
            "%2E%2E%2Fpom.xml",
            "ui/..%2f..%2fpom.xml",
            "..%5c..%5cpom.xml",
            "%5c..%5cpom.xml",
            "queries/../../pom.xml",
            "queries/%2e%2e/%2e%2e/pom.xml",
            "queries/..%2f..%2fpom.xml",
            "yasgui/../../../pom.xml",
            "yasgui/yasgui.min.js%2f..%2f..%2fpackage.json",
            "org/newsgraph/serve/NewsgraphServer.class",
            "META-INF/MANIFEST.MF",
            "ui/",
            "ui/index.html",
            "css/",
            ".hidden.html",
            "WEB-INF/web.xml",
            "newsgraph-version.properties");
    List<String> leaks = new ArrayList<>();
    for (String a : attempts) {
      HttpResponse<String> r = get(server, a);
      int s = r.statusCode();
      if (!(s == 400 || s == 404) || r.body().contains("<artifactId>") || r.body().contains("version=")) {
        leaks.add(a + " -> " + s);
      }
    }
    assertTrue(leaks.isEmpty(), leaks.toString());
  }

  @Test
  void webPathsRejectUnsafeNames() {
    assertEquals("ui/app.js", StaticResourceServlet.resourceFor("/app.js"));
    assertEquals(null, StaticResourceServlet.resourceFor("/app.class"));
    assertEquals(null, StaticResourceServlet.resourceFor("/yasgui/other.js"));
    assertFalse(QueryLibrary.FILE_NAME.matcher("../x.rq").matches());
    assertFalse(QueryLibrary.FILE_NAME.matcher(".x.rq").matches());
  }

  // --- helpers

  static JsonNode select(NewsgraphServer s, String query) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(s.sparqlUrl() + "?query=" + enc(query)))
                .header("Accept", "application/sparql-results+json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  static List<String> column(JsonNode results, String var) {
    List<String> out = new ArrayList<>();
    results.path("results").path("bindings").forEach(b -> out.add(b.path(var).path("value").asText()));
    return out;
  }

  static HttpResponse<String> get(NewsgraphServer s, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(s.baseUrl() + path))
            .header("Accept", "application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1")
            .timeout(Duration.ofSeconds(60))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(
      NewsgraphServer s, String path, String type, String body, String userPass) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(s.baseUrl() + path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (userPass != null) {
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8)));
    }
    // A fresh client per POST: the server closes a connection after refusing a request with an
    // unread body, and a pooled connection reused in that window fails with "received no bytes".
    HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return fresh.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
