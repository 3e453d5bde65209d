package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.jena.atlas.lib.FileOps;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Opens (or creates) a TDB2 store folder. TDB2 commits are atomic and survive kill -9; creating
 * a store is not (a kill while its files are being laid out leaves B+trees without a root), so
 * a new store is made in a sibling folder and renamed into place once it is complete.
 */
public final class TdbStore {
  private TdbStore() {}

  public static DatasetGraph open(Path dir) {
    if (!exists(dir) && isEmptyOrMissing(dir)) {
      create(dir);
    }
    // A folder holding other files: the store is laid out among them, as TDB2 does.
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot create store folder " + dir + ": " + e.getMessage());
    }
    return DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()));
  }

  private static boolean isEmptyOrMissing(Path dir) {
    if (!Files.isDirectory(dir)) {
      return !Files.exists(dir);
    }
    try (var s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static void create(Path dir) {
    Path abs = dir.toAbsolutePath();
    Path tmp = abs.resolveSibling("." + abs.getFileName() + ".creating");
    try {
      Files.createDirectories(abs.getParent());
      if (Files.exists(tmp)) { // what a killed creation left
        FileOps.clearAll(tmp.toFile());
        FileOps.delete(tmp.toString());
      }
      DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(tmp.toString()));
      Txn.executeWrite(dsg, () -> {}); // every file laid out and a first state committed
      TDBInternal.expel(dsg, true);
      Files.deleteIfExists(abs); // an empty folder made beforehand
      Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot create store folder " + dir + ": " + e.getMessage());
    }
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
