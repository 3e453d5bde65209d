package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphBuild;

/** A build too big for the heap says so before it starts, and running out is advice. */
class HeapAdviceTest {
  private static final List<Path> SEEDS = List.of(Path.of("data/articles"));

  @Test
  void aBuildThatWillNotFitIsWarnedOfWithTheHeapToAskFor() {
    long max = Runtime.getRuntime().maxMemory();
    long articles = (max - Inputs.STORE_HEAP_BASE) / Inputs.STORE_BYTES_PER_ARTICLE + 1;
    StringWriter s = new StringWriter();
    Inputs.warnIfHeapShort(articles, true, new PrintWriter(s));
    String w = s.toString();
    assertTrue(w.startsWith("newsgraph: warning: "), w);
    assertTrue(w.contains(String.format("%,d articles need about", articles)), w);
    assertTrue(w.contains("NEWSGRAPH_JAVA_OPTS=\"-Xmx"), w);
    assertTrue(w.contains("Spark"), w);
    // The heap asked for is what the build needs, with room to spare.
    long asked =
        Long.parseLong(w.replaceAll("(?s).*-Xmx(\\d+)g.*", "$1").strip()) << 30;
    assertTrue(asked >= Inputs.heapNeeded(articles, true), w);
  }

  @Test
  void aBuildThatFitsIsNotWarnedOf() {
    long max = Runtime.getRuntime().maxMemory();
    StringWriter s = new StringWriter();
    Inputs.warnIfHeapShort(
        (max - Inputs.STORE_HEAP_BASE) / Inputs.STORE_BYTES_PER_ARTICLE - 1, true,
        new PrintWriter(s));
    assertEquals("", s.toString());
  }

  @Test
  void runningOutOfHeapInAStoreBuildIsAdviceAndTheCommittedArticlesStay(@TempDir Path dir) {
    DatasetGraph store = TDB2Factory.connectDataset(dir.resolve("s").toString()).asDatasetGraph();
    // As if resolving had filled the heap.
    UserException e = failingStoreBuild(store, new OutOfMemoryError("Java heap space"));
    assertTrue(e.getMessage().startsWith("out of memory ("), e.getMessage());
    assertTrue(e.getMessage().contains("NEWSGRAPH_JAVA_OPTS"), e.getMessage());
    assertTrue(e.getMessage().contains("the same command goes on from them"), e.getMessage());
    // The committed articles are kept, and a build into the store hears of them before it
    // starts: that is the count its heap check adds to the articles given.
    long[] heard = {-1};
    GraphBuild.buildInto(
        store,
        SEEDS,
        GraphBuild.Options.defaults()
            .withProgress(
                new GraphBuild.Progress() {
                  @Override
                  public void article() {}

                  @Override
                  public void stored(long articles) {
                    heard[0] = articles;
                  }
                }));
    assertEquals(5, heard[0]);
  }

  @Test
  void aFullDiskUnderTheStoreIsSaidSoNotAStackTrace(@TempDir Path dir) {
    DatasetGraph store = TDB2Factory.connectDataset(dir.resolve("s").toString()).asDatasetGraph();
    // What TDB2's memory-mapped writes throw when the disk fills.
    UserException e =
        failingStoreBuild(
            store,
            new InternalError(
                "a fault occurred in a recent unsafe memory access operation in compiled Java"
                    + " code"));
    assertTrue(e.getMessage().contains("full disk"), e.getMessage());
    assertTrue(e.getMessage().contains("run the same command again"), e.getMessage());
  }

  /** A build of the seeds into {@code store} that fails with {@code error} once resolved. */
  private static UserException failingStoreBuild(DatasetGraph store, Error error) {
    GraphBuild.Options o =
        GraphBuild.Options.defaults()
            .withLinker(
                (entities, articles) -> {
                  throw error;
                });
    StringWriter err = new StringWriter();
    return assertThrows(
        UserException.class,
        () ->
            Inputs.intoStore(
                store, SEEDS, o, "Extracting", new Reporter(new PrintWriter(err), true), true,
                new PrintWriter(new StringWriter()), new PrintWriter(err)));
  }

  @Test
  void runningOutOfHeapPastTheBuildIsAdviceNotAStackTrace() {
    String advice = Inputs.outOfHeap();
    assertTrue(advice.startsWith("out of memory ("), advice);
    assertTrue(advice.contains("NEWSGRAPH_JAVA_OPTS"), advice);
    assertTrue(advice.contains("build --store DIR"), advice);
  }

  @Test
  void runningOutOfHeapInAnInMemoryBuildIsAdvice() {
    GraphBuild.Options o =
        GraphBuild.Options.defaults()
            .withLinker(
                (entities, articles) -> {
                  throw new OutOfMemoryError("Java heap space");
                });
    StringWriter err = new StringWriter();
    UserException e =
        assertThrows(
            UserException.class,
            () -> Inputs.load(SEEDS, o, new PrintWriter(err), new PrintWriter(err), true));
    assertTrue(e.getMessage().startsWith("out of memory ("), e.getMessage());
    assertTrue(e.getMessage().contains("NEWSGRAPH_JAVA_OPTS"), e.getMessage());
    assertTrue(!e.getMessage().contains("committed"), e.getMessage()); // no store to go on from
    assertTrue(e.getMessage().contains("build --store DIR"), e.getMessage());
  }
}
