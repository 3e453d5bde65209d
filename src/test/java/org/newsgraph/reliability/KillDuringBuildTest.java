package org.newsgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Cli;
import org.newsgraph.graph.Iris;
import org.newsgraph.graph.NG;
import org.newsgraph.store.DatasetFiles;
import org.newsgraph.store.RdfFormat;
import org.newsgraph.store.TdbStore;

/**
 * kill -9 during {@code build --store}: a real child JVM is killed at several moments; the
 * store then opens, holds only complete article graphs, and the same build run again ends
 * with exactly what a fresh full build gives.
 */
@Tag("slow")
class KillDuringBuildTest {

  @TempDir static Path dir;
  static Path corpus;
  static byte[] reference;

  static final int ARTICLES = 300;

  @BeforeAll
  static void corpusAndReference() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    String[] first = {"Anna", "Brian", "Chloe", "Deepak", "Eilidh", "Farid", "Grace", "Hamish"};
    String[] last = {"Osei", "Murphy", "Kowalski", "Nakamura", "Brennan", "Haddad"};
    String[] org = {"the Labour Party", "the Green Party", "Unite", "Momentum", "the GMB"};
    for (int i = 0; i < ARTICLES; i++) {
      String who = first[i % first.length] + " " + last[(i / first.length) % last.length];
      String party = org[i % org.length];
      String text =
          "Report number " + i + "\n"
              + who + " was expelled from " + party + " on " + (1 + i % 28) + " March 2021.\n"
              + "\"This is a witch hunt,\" " + who + " said in statement " + i + ".\n"
              + "A spokesperson for " + party + " declined to comment on case " + i + ".\n";
      Files.writeString(corpus.resolve(String.format("a%03d.txt", i)), text);
    }
    Path fresh = dir.resolve("fresh");
    Cli r = Cli.run("build", corpus.toString(), "--store", fresh.toString(), "-q");
    assertEquals(0, r.exit(), r.err());
    reference = nquads(fresh);
  }

  /** The store as sorted N-Quads; releases the store so another process can open it. */
  static byte[] nquads(Path store) {
    DatasetGraph dsg = TdbStore.open(store);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Txn.executeRead(dsg, () -> DatasetFiles.write(dsg, out, RdfFormat.NQUADS, Iris.DEFAULT_BASE));
      return out.toByteArray();
    } finally {
      TDBInternal.expel(dsg, true);
    }
  }

  private static Process startBuild(Path store, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(
        java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dnewsgraph.batchSize=20",
        "-cp", System.getProperty("java.class.path"),
        "org.newsgraph.cli.Main", "build", corpus.toString(), "--store", store.toString(), "-q",
        "--threads", "1"));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /**
   * Checks the store after a kill; returns how many articles it held. Every graph holding an
   * ng:Article is that article's own graph and is complete.
   */
  static int assertConsistent(Path store, String when) {
    DatasetGraph dsg = TdbStore.open(store);
    try {
      return Txn.calculateRead(dsg, () -> {
        Iris iris = Iris.standard();
        Map<String, Integer> ids = new HashMap<>();
        var it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), NG.Article.asNode());
        while (it.hasNext()) {
          Quad q = it.next();
          String id = Outputs.literal(dsg, q.getGraph(), q.getSubject(), DCTerms.identifier.asNode());
          assertNotNull(id, when + ": article without dcterms:identifier in " + q.getGraph());
          assertNotNull(Outputs.literal(dsg, q.getGraph(), q.getSubject(), SchemaDO.text.asNode()),
              when + ": article without schema:text in " + q.getGraph());
          assertNotNull(Outputs.literal(dsg, q.getGraph(), q.getSubject(), DCTerms.source.asNode()),
              when + ": article without dcterms:source in " + q.getGraph());
          assertEquals(iris.articleGraph(id), q.getGraph(), when + ": article in a foreign graph");
          ids.merge(id, 1, Integer::sum);
        }
        ids.forEach((id, n) -> assertEquals(1, n, when + ": article " + id + " stored " + n + " times"));
        // Evidence only in graphs whose article is there (no half-written graph).
        var ev = dsg.find(Node.ANY, Node.ANY, NG.article.asNode(), Node.ANY);
        while (ev.hasNext()) {
          Quad q = ev.next();
          assertTrue(dsg.contains(q.getGraph(), q.getObject(), RDF.type.asNode(), NG.Article.asNode()),
              when + ": evidence for a missing article in " + q.getGraph());
        }
        return ids.size();
      });
    } finally {
      TDBInternal.expel(dsg, true);
    }
  }

  @Test
  void aKilledBuildLeavesAConsistentStoreAndARerunEqualsAFreshBuild() throws Exception {
    Map<Long, String> seen = new TreeMap<>();
    for (long delay : new long[] {500, 1000, 1500, 2000, 2600}) {
      Path store = dir.resolve("store-" + delay);
      Path log = dir.resolve("child-" + delay + ".log");
      Process p = startBuild(store, log);
      boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!finished) {
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the child did not die");
      }
      String when = "killed after " + delay + " ms";
      int held = TdbStore.exists(store) ? assertConsistent(store, when) : 0;
      seen.put(delay, (finished ? "finished" : "killed") + ", " + held + " articles committed");
      // The same build again completes and gives exactly a fresh full build.
      Cli r = Cli.run("build", corpus.toString(), "--store", store.toString(), "-q");
      assertEquals(0, r.exit(), when + ": " + r.err() + Files.readString(log, StandardCharsets.UTF_8));
      TDBInternal.expel(TdbStore.open(store), true);
      assertEquals(ARTICLES, assertConsistent(store, when + ", rerun"));
      byte[] got = nquads(store);
      if (!java.util.Arrays.equals(reference, got)) {
        Files.write(dir.resolve("got-" + delay + ".nq"), got);
        Files.write(dir.resolve("reference.nq"), reference);
        assertEquals(new String(reference, StandardCharsets.UTF_8), new String(got, StandardCharsets.UTF_8),
            when + ": the rerun differs from a fresh build");
      }
    }
    System.out.println("KillDuringBuildTest: " + seen);
  }
}
