package org.newsgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.store.GraphBuild;

/**
 * TDB2 load throughput of Jena's own bulk loader on an N-Quads file: the yardstick for
 * newsgraph's own store writes.
 */
public final class LoadBench {

  /**
   * One load.
   *
   * @param loader which loader ran
   * @param quads quads in the store afterwards
   * @param seconds wall time of the load, commit included
   */
  public record Run(String loader, long quads, double seconds, double quadsPerSecond) {}

  private LoadBench() {}

  /** Writes {@code dsg} as N-Quads; returns the number of quads written. */
  public static long writeNQuads(DatasetGraph dsg, Path file) throws IOException {
    long[] n = {0};
    Txn.executeRead(
        dsg,
        () -> {
          try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            RDFDataMgr.write(out, dsg, Lang.NQUADS);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          n[0] = GraphBuild.countQuads(dsg);
        });
    return n[0];
  }

  /** Loads {@code nquads} into a new TDB2 database at {@code dir} with Jena's default loader. */
  public static Run jenaLoader(Path nquads, Path dir) throws IOException {
    Files.createDirectories(dir);
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
    DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> {});
    long t0 = System.nanoTime();
    loader.startBulk();
    try {
      loader.load(List.of(nquads.toString()));
      loader.finishBulk();
    } catch (RuntimeException e) {
      loader.finishException(e);
      throw e;
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    long quads = Txn.calculateRead(dsg, () -> GraphBuild.countQuads(dsg));
    release(dsg);
    return new Run(
        "jena:" + loader.getClass().getSimpleName(),
        quads,
        ExtractionBench.round(secs),
        ExtractionBench.round(quads / Math.max(secs, 1e-9)));
  }

  /** Closes a TDB2 database and drops it from Jena's cache, so its files can be deleted. */
  public static void release(DatasetGraph dsg) {
    if (DatabaseMgr.isTDB2(dsg)) {
      TDBInternal.expel(dsg);
    } else {
      dsg.close();
    }
  }
}
