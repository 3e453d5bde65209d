package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.bench.CorpusWriter;
import org.newsgraph.cli.Cli;

/**
 * A build into an empty store counts the quads it writes instead of scanning the store: right
 * only if no graph writer repeats a quad. These builds would report more quads than the store
 * holds if one did.
 */
class GraphBuildTest {

  @TempDir Path dir;

  @Test
  void quadsReportedForANewStoreAreTheQuadsStored() throws Exception {
    Path jsonl = dir.resolve("c.jsonl");
    CorpusWriter.writeJsonl(CorpusGenerator.create(11, 150), jsonl);
    DatasetGraph store = TdbStore.open(dir.resolve("store"));
    GraphBuild.Summary s =
        GraphBuild.buildInto(
            store, List.of(Cli.articles(), jsonl), GraphBuild.Options.defaults().withThreads(2));
    assertEquals(155, s.articles());
    assertEquals(Txn.calculateRead(store, () -> GraphBuild.countQuads(store)), s.quads());
  }

  @Test
  void quadsReportedForAnAddAreTheQuadsStored() {
    DatasetGraph store = TdbStore.open(dir.resolve("store"));
    GraphBuild.Options o = GraphBuild.Options.defaults();
    GraphBuild.buildInto(store, List.of(Cli.articles().resolve("000_b249fcfae1cf5286.txt")), o);
    GraphBuild.Summary s = GraphBuild.buildInto(store, List.of(Cli.articles()), o);
    assertEquals(4, s.articles());
    assertEquals(Txn.calculateRead(store, () -> GraphBuild.countQuads(store)), s.quads());
    assertEquals(GraphBuild.build(List.of(Cli.articles()), o).summary().quads(), s.quads());
  }
}
