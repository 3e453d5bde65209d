package org.newsgraph.serve;

import java.nio.file.Path;

/** A TDB2 store folder is locked by another process (a running server, most likely). */
public final class StoreInUseException extends RuntimeException {
  private final Path store;

  public StoreInUseException(Path store, Throwable cause) {
    super(store + ": the store is in use by another process", cause);
    this.store = store;
  }

  /** The store folder. */
  public Path store() {
    return store;
  }
}
