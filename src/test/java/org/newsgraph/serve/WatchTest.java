package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Cli;
import org.newsgraph.graph.Iris;
import org.newsgraph.store.DatasetFiles;
import org.newsgraph.store.RdfFormat;
import org.newsgraph.store.TdbStore;

/**
 * {@code serve --store --watch}: articles dropped into the watched folder are added while the
 * server answers queries, and every query sees the old graph or the new one, never half.
 */
class WatchTest {
  @TempDir Path tmp;

  /** A state as readers see it: articles, and corpus-level facts that depend on them. */
  record State(long articles, long expulsionArticles, long corpusEvidence) {}

  // GRAPH patterns (not the union default graph) so the same query runs on a local store.
  static final String STATE_QUERY =
      ServerTest.PREFIXES
          + "SELECT (COUNT(DISTINCT ?a) AS ?n) (COUNT(DISTINCT ?ea) AS ?x)"
          + " (COUNT(DISTINCT ?cev) AS ?y) WHERE {\n"
          + "  { GRAPH ?g { ?a a ng:Article } }\n"
          + "  UNION { GRAPH <" + Iris.standard().corpusGraph().getURI() + "> {"
          + " ?e a ng:Expulsion ; ng:evidence ?ev } GRAPH ?h { ?ev ng:article ?ea } }\n"
          + "  UNION { GRAPH <" + Iris.standard().corpusGraph().getURI() + "> {"
          + " ?c ng:evidence ?cev } }\n"
          + "}";

  // Wikidata link scores are left out: LinkGraph writes xsd:decimal in a non-canonical form
  // ("0.900"), which TDB2 inlines by value and then cannot delete when the corpus graph is
  // rebuilt, so any add to a linked store keeps stale scores (a separate fix in LinkGraph).
  static final String NO_LINKS = "--wikidata=none";

  @Test
  void readersSeeTheOldOrTheNewStateAndTheResultEqualsARebuild() throws Exception {
    List<Path> articles = seedArticles();
    Path seed = Files.createDirectories(tmp.resolve("seed"));
    Path inbox = Files.createDirectories(tmp.resolve("inbox"));
    Path batch = Files.createDirectories(tmp.resolve("staging/batch"));
    for (int i = 0; i < 5; i++) {
      Path to = (i < 2 ? seed : batch).resolve(articles.get(i).getFileName());
      Files.copy(articles.get(i), to);
    }
    // The sidecar metadata goes beside the articles in both places, as a user would copy it.
    Files.copy(Cli.articles().resolve("metadata.csv"), seed.resolve("metadata.csv"));
    Files.copy(Cli.articles().resolve("metadata.csv"), batch.resolve("metadata.csv"));

    Path store = tmp.resolve("store");
    Cli built = Cli.run("build", seed.toString(), "--store", store.toString(), "-q", NO_LINKS);
    assertEquals(0, built.exit(), built.err());

    ServeCommandTest.Running r =
        ServeCommandTest.start(
            "--store", store.toString(), "--watch", inbox.toString(), "--watch-interval", "0.2",
            "--port", "0", NO_LINKS);
    NewsgraphServer server = r.cmd().server();
    List<State> seen = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean done = new AtomicBoolean();
    try {
      State old = state(ServerTest.select(server, STATE_QUERY));
      assertEquals(2, old.articles());

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      CompletableFuture<Void> reader =
          CompletableFuture.runAsync(
              () -> {
                try {
                  while (!done.get() && System.nanoTime() < deadline) {
                    seen.add(state(ServerTest.select(server, STATE_QUERY)));
                  }
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      // One rename: the watcher finds the three articles in the same poll.
      Files.move(batch, inbox.resolve("batch"), StandardCopyOption.ATOMIC_MOVE);

      while (System.nanoTime() < deadline && (seen.isEmpty() || last(seen).articles() < 5)) {
        Thread.sleep(20);
      }
      // A few more reads after the commit, then stop the reader.
      int after = seen.size();
      while (seen.size() < after + 5 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      done.set(true);
      reader.get(30, TimeUnit.SECONDS);
      assertEquals(5, last(seen).articles(), "the new articles never showed: " + seen);

      Path full = tmp.resolve("full");
      Cli rebuilt = Cli.run("build", seed.toString(), inbox.toString(), "--store", full.toString(), "-q", NO_LINKS);
      assertEquals(0, rebuilt.exit(), rebuilt.err());
      DatasetGraph fullStore = TdbStore.open(full);
      State fresh = Txn.calculateRead(fullStore, () -> localState(fullStore));
      assertEquals(5, fresh.articles());
      assertNotEquals(old.corpusEvidence(), fresh.corpusEvidence());

      Set<State> distinct = new LinkedHashSet<>(seen);
      for (State s : distinct) {
        assertTrue(s.equals(old) || s.equals(fresh), "a half state was visible: " + s + " in " + distinct);
      }
      assertTrue(distinct.contains(old) && distinct.contains(fresh), "saw " + distinct);

      DatasetGraph served = TdbStore.open(store);
      assertEquals(
          Txn.calculateRead(fullStore, () -> nquads(fullStore)),
          Txn.calculateRead(served, () -> nquads(served)));
      assertTrue(r.out().toString().contains("watch: added 3 articles"), r.out().toString());
    } finally {
      done.set(true);
      r.stop();
    }
  }

  static List<Path> seedArticles() throws Exception {
    try (var s = Files.list(Cli.articles())) {
      List<Path> all = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      assertTrue(all.size() >= 5, "need 5 seed articles in " + Cli.articles());
      return all.subList(0, 5);
    }
  }

  private static State last(List<State> seen) {
    synchronized (seen) {
      return seen.get(seen.size() - 1);
    }
  }

  private static State state(JsonNode results) {
    JsonNode b = results.path("results").path("bindings").get(0);
    return new State(
        b.path("n").path("value").asLong(),
        b.path("x").path("value").asLong(),
        b.path("y").path("value").asLong());
  }

  private static State localState(DatasetGraph dsg) {
    try (QueryExecution qe =
        QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(STATE_QUERY).build()) {
      QuerySolution s = qe.execSelect().next();
      return new State(
          s.getLiteral("n").getLong(), s.getLiteral("x").getLong(), s.getLiteral("y").getLong());
    }
  }

  private static String nquads(DatasetGraph dsg) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DatasetFiles.write(dsg, out, RdfFormat.NQUADS, Iris.DEFAULT_BASE);
    return out.toString(StandardCharsets.UTF_8);
  }
}
