package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.bench.CorpusWriter;
import org.newsgraph.cli.Cli;
import org.newsgraph.graph.Iris;
import org.newsgraph.graph.LinkGraph;
import org.newsgraph.link.WikidataIndex;
import org.newsgraph.link.WikidataLinker;

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
    // With Wikidata links and enrichment, as the CLI builds by default and with --enrich.
    GraphBuild.Options o =
        GraphBuild.Options.defaults()
            .withThreads(2)
            .withLinker(WikidataLinker.create(WikidataIndex.bundled()))
            .withEnrich(true);
    GraphBuild.Summary s = GraphBuild.buildInto(store, List.of(Cli.articles(), jsonl), o);
    long linked =
        Txn.calculateRead(
            store,
            () -> Iter.count(store.find(LinkGraph.graphNode(Iris.DEFAULT_BASE), Node.ANY, Node.ANY, Node.ANY)));
    assertTrue(linked > 0, "the enrichment graph is written");
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
