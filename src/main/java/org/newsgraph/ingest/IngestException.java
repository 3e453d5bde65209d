package org.newsgraph.ingest;

/** An input that cannot be read at all (missing path, unknown format). */
public final class IngestException extends RuntimeException {
  public IngestException(String message) {
    super(message);
  }
}
