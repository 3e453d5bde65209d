package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Cli;

class BenchmarkTest {

  @Test
  void smokeRunWritesEveryExpectedField(@TempDir Path tmp) throws Exception {
    Path queries = Files.createDirectories(tmp.resolve("queries"));
    Files.writeString(
        queries.resolve("articles.rq"),
        "PREFIX ng: <https://w3id.org/newsgraph/ns#>\n"
            + "SELECT (COUNT(?a) AS ?n) WHERE { ?a a ng:Article }\n");
    // Parameterised: the default names nobody in a generated corpus, so the bench must bind it.
    Files.writeString(
        queries.resolve("person.rq"),
        "# title: one person\n# params: ?personLabel\n"
            + "PREFIX ng: <https://w3id.org/newsgraph/ns#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "SELECT ?a WHERE { VALUES ?personLabel { \"Nobody Here\" }\n"
            + "  ?p rdfs:label ?personLabel ; ng:mentionedIn ?a }\n");
    Files.writeString(
        queries.resolve("remote.rq"),
        "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }\n");
    Path work = Files.createDirectories(tmp.resolve("work"));
    BenchReport report =
        Benchmark.create()
            .sizes(50)
            .threads(1)
            .warmup(20)
            .graphs(BenchGraphsLib.standard())
            .queries(queries)
            .clients(2)
            .repeats(3)
            .workDir(work)
            .label("test")
            .build()
            .run(new PrintWriter(new StringWriter()));
    Path json = tmp.resolve("out/bench-results.json");
    Benchmark.writeJson(report, json);
    JsonNode root = new ObjectMapper().readTree(json.toFile());

    assertEquals("test", root.at("/environment/label").asText());
    assertTrue(root.at("/environment/processors").asInt() > 0);
    JsonNode size = root.at("/sizes/0");
    assertEquals(50, size.get("size").asInt());
    JsonNode x = size.at("/extraction/0");
    assertEquals(1, x.get("threads").asInt());
    assertEquals(50, x.get("articles").asInt());
    for (String f : List.of("articlesPerSecond", "mbPerSecond", "tokensPerSecond", "seconds")) {
      assertTrue(x.get(f).asDouble() > 0, f);
    }
    assertTrue(size.at("/build/seconds").asDouble() > 0);
    long quads = size.at("/build/quads").asLong();
    assertTrue(quads > 50, "quads " + quads);
    assertTrue(size.at("/load/newsgraph/quadsPerSecond").asDouble() > 0);
    assertTrue(size.at("/load/jena/quadsPerSecond").asDouble() > 0);
    // Jena's loader gets exactly the quads of the in-memory build.
    assertEquals(quads, size.at("/load/jena/quads").asLong());
    assertTrue(size.at("/memory/peakHeapBytes").asLong() > 0);
    assertTrue(size.at("/memory/peakRssBytes").asLong() != 0);

    JsonNode q = root.at("/queries");
    assertEquals(50, q.get("size").asInt());
    // The selective query runs first, bound to the most mentioned person of the build.
    JsonNode person = q.at("/singleClient/0");
    assertEquals("person", person.get("query").asText());
    assertEquals("selective", person.get("kind").asText());
    String bound = q.at("/parameters/0").asText();
    assertTrue(bound.startsWith("person [personLabel] = ["), bound);
    assertTrue(!bound.contains("Nobody"), bound);
    assertTrue(person.get("responseBytes").asLong() > 150, "rows for " + bound);
    assertEquals(0, person.get("errors").asInt());
    JsonNode single = q.at("/singleClient/1");
    assertEquals("whole-graph", single.get("kind").asText());
    assertEquals("articles", single.get("query").asText());
    assertEquals(1, single.get("clients").asInt());
    assertEquals(3, single.at("/latency/count").asInt());
    assertEquals(0, single.get("errors").asInt());
    assertTrue(single.get("responseBytes").asLong() > 0);
    for (String p : List.of("p50Ms", "p95Ms", "p99Ms")) {
      assertTrue(single.at("/latency/" + p).asDouble() > 0, p);
    }
    JsonNode many = q.at("/concurrent/1");
    assertEquals("articles", many.get("query").asText());
    assertEquals(2, many.get("clients").asInt());
    assertEquals(6, many.at("/latency/count").asInt());
    // Throughput per kind and level of concurrency: selective at 1 and 2 clients, then the rest.
    assertEquals(4, q.get("throughput").size());
    JsonNode t = q.at("/throughput/3");
    assertEquals("whole-graph", t.get("kind").asText());
    assertEquals(2, t.get("clients").asInt());
    assertEquals(6, t.get("requests").asInt());
    assertTrue(t.get("requestsPerSecond").asDouble() > 0);
    // Each query also runs in process on Jena's engine, once per repeat, with the same answer.
    JsonNode engine = q.get("inProcess");
    assertEquals(2, engine.size());
    for (int i = 0; i < 2; i++) {
      JsonNode e = engine.get(i);
      JsonNode http = q.at("/singleClient/" + i);
      assertEquals(http.get("query").asText(), e.get("query").asText());
      assertEquals(3, e.at("/latency/count").asInt());
      assertEquals(0, e.get("errors").asInt());
      assertTrue(e.at("/latency/p50Ms").asDouble() > 0);
      // The same JSON results as the server's (whose writer may space them differently).
      assertTrue(
          Math.abs(e.get("responseBytes").asLong() - http.get("responseBytes").asLong())
              <= http.get("responseBytes").asLong() / 2 + 64,
          e + " against " + http);
    }
    // The federated query is not sent (SERVICE needs the network), and the report says so.
    assertTrue(
        root.get("notes").toString().contains("remote skipped"), root.get("notes").toString());

    // The scratch folder is cleaned up; the work dir itself stays.
    try (var s = Files.list(work)) {
      assertEquals(0, s.count());
    }
    StringWriter table = new StringWriter();
    Benchmark.printTable(report, new PrintWriter(table));
    assertTrue(table.toString().contains("articles/s"), table.toString());
  }

  @Test
  void storeOptionMeasuresAnExistingStore(@TempDir Path tmp) throws Exception {
    Path store = tmp.resolve("store");
    Cli built = Cli.run("build", Cli.articles().toString(), "--store", store.toString(), "-q");
    assertEquals(0, built.exit(), built.err());
    Path queries = Files.createDirectories(tmp.resolve("queries"));
    Files.writeString(
        queries.resolve("articles.rq"),
        "PREFIX ng: <https://w3id.org/newsgraph/ns#>\n"
            + "SELECT (COUNT(?a) AS ?n) WHERE { ?a a ng:Article }\n");
    Path json = tmp.resolve("r.json");
    Cli r =
        Cli.run(
            "bench", "--store", store.toString(), "--queries", queries.toString(), "--clients",
            "2", "--repeats", "2", "-o", json.toString(), "-q");
    assertEquals(0, r.exit(), r.err());
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals(0, root.get("sizes").size(), "nothing generated or extracted");
    assertEquals(5, root.at("/queries/size").asInt(), "the seed store's articles");
    assertEquals(4, root.at("/queries/concurrent/0/latency/count").asInt());

    Cli missing = Cli.run("bench", "--store", tmp.resolve("nothing").toString(), "-q");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("is not a TDB2 store"), missing.err());
  }

  @Test
  void percentilesUseNearestRank() {
    long[] nanos = new long[100];
    for (int i = 0; i < 100; i++) {
      nanos[i] = (100 - i) * 1_000_000L; // 1..100 ms, shuffled order
    }
    Latencies l = Latencies.of(nanos);
    assertEquals(100, l.count());
    assertEquals(50.0, l.p50Ms());
    assertEquals(95.0, l.p95Ms());
    assertEquals(99.0, l.p99Ms());
    assertEquals(100.0, l.maxMs());
    assertEquals(50.5, l.meanMs());
    assertEquals(0, Latencies.of(new long[0]).count());
  }

  @Test
  void invalidSettingsAreRejected() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Benchmark.create().sizes(0).build());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Benchmark.create().threads(List.of()).build());
  }
}
