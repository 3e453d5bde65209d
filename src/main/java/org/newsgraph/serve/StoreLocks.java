package org.newsgraph.serve;

import java.nio.file.Path;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.store.TdbStore;

/**
 * Opening a TDB2 store that another process may hold. TDB2 locks a store folder to one JVM
 * (the PID in {@code tdb.lock}); a second process gets an exception on connecting, which this
 * turns into a {@link StoreInUseException} callers can explain.
 */
public final class StoreLocks {
  private StoreLocks() {}

  /** Opens the store; throws {@link StoreInUseException} when another process holds it. */
  public static DatasetGraph open(Path dir) {
    try {
      return TdbStore.open(dir);
    } catch (RuntimeException e) {
      if (isLockedElsewhere(e)) {
        throw new StoreInUseException(dir, e);
      }
      throw e;
    }
  }

  /** True when {@code e} (or a cause) says the store is locked by another process. */
  public static boolean isLockedElsewhere(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      // Jena 5 throws DBOpEnvException("Failed to get a lock: file=... held by process N")
      // from ProcessFileLock; AlreadyLocked is the older in-process signal.
      if (t instanceof AlreadyLocked
          || t instanceof DBOpEnvException
              && t.getMessage() != null
              && t.getMessage().contains("Failed to get a lock")) {
        return true;
      }
    }
    return false;
  }
}
