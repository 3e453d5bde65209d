package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/** Opens (or creates) a TDB2 store folder. TDB2 commits are atomic and survive kill -9. */
public final class TdbStore {
  private TdbStore() {}

  public static DatasetGraph open(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot create store folder " + dir + ": " + e.getMessage());
    }
    return DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()));
  }

  /** True when {@code dir} holds a TDB2 store. */
  public static boolean exists(Path dir) {
    return Files.isDirectory(dir) && Files.exists(dir.resolve("tdb.lock"))
        || Files.isDirectory(dir) && hasDataFolder(dir);
  }

  private static boolean hasDataFolder(Path dir) {
    try (var s = Files.list(dir)) {
      return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
