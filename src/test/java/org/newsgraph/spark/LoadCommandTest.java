package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.LoadCommand;
import org.newsgraph.store.GraphBuild;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine;

/** {@code newsgraph load}: shards listed by a manifest end up in TDB2, every quad once. */
class LoadCommandTest {

  @Test
  void loadsTheShardsOfAManifest(@TempDir Path run, @TempDir Path store) throws Exception {
    DatasetGraph built = GraphBuild.build(List.of(Path.of("data/articles")), GraphBuild.Options.defaults()).dataset();
    List<Quad> quads = built.stream().toList();
    // Two shards and a manifest, as SparkBuild writes them.
    Files.createDirectories(run.resolve("quads"));
    int half = quads.size() / 2;
    write(run.resolve("quads/part-00000.nq"), quads.subList(0, half));
    write(run.resolve("quads/part-00001.nq"), quads.subList(half, quads.size()));
    Files.writeString(run.resolve("manifest.json"),
        "{\"shards\":[{\"file\":\"quads/part-00000.nq\"},{\"file\":\"quads/part-00001.nq\"}]}");

    int rc = new CommandLine(new LoadCommand()).execute(run.toString(), "--store", store.toString(), "-q");
    assertEquals(0, rc);
    DatasetGraph tdb = TdbStore.open(store);
    long n = Txn.calculateRead(tdb, () -> tdb.stream().count());
    assertEquals(quads.size(), n);
    Txn.executeRead(tdb, () -> quads.forEach(q -> {
      if (!tdb.contains(q)) {
        throw new AssertionError("missing " + q);
      }
    }));
  }

  @Test
  void aMissingShardFails(@TempDir Path store) {
    int rc = new CommandLine(new LoadCommand()).execute("no/such.nq", "--store", store.toString(), "-q");
    assertNotEquals(0, rc);
  }

  private static void write(Path f, List<Quad> quads) throws Exception {
    DatasetGraph d = DatasetGraphFactory.create();
    quads.forEach(d::add);
    try (OutputStream os = Files.newOutputStream(f)) {
      RDFDataMgr.write(os, d, Lang.NQUADS);
    }
  }
}
