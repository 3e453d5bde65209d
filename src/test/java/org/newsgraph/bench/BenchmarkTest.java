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

class BenchmarkTest {

  @Test
  void smokeRunWritesEveryExpectedField(@TempDir Path tmp) throws Exception {
    Path queries = Files.createDirectories(tmp.resolve("queries"));
    Files.writeString(
        queries.resolve("articles.rq"),
        "PREFIX ng: <https://w3id.org/newsgraph/ns#>\n"
            + "SELECT (COUNT(?a) AS ?n) WHERE { ?a a ng:Article }\n");
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
    JsonNode single = q.at("/singleClient/0");
    assertEquals("articles", single.get("query").asText());
    assertEquals(1, single.get("clients").asInt());
    assertEquals(3, single.at("/latency/count").asInt());
    assertEquals(0, single.get("errors").asInt());
    assertTrue(single.get("responseBytes").asLong() > 0);
    for (String p : List.of("p50Ms", "p95Ms", "p99Ms")) {
      assertTrue(single.at("/latency/" + p).asDouble() > 0, p);
    }
    JsonNode many = q.at("/concurrent/0");
    assertEquals(2, many.get("clients").asInt());
    assertEquals(6, many.at("/latency/count").asInt());

    // The scratch folder is cleaned up; the work dir itself stays.
    try (var s = Files.list(work)) {
      assertEquals(0, s.count());
    }
    StringWriter table = new StringWriter();
    Benchmark.printTable(report, new PrintWriter(table));
    assertTrue(table.toString().contains("articles/s"), table.toString());
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
