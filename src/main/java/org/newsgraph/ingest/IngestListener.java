package org.newsgraph.ingest;

/**
 * Hears what ingest skips and why, so that a batch run reports every problem and goes on.
 * Messages name the input and the position and say what to do.
 */
public interface IngestListener {

  /** An input (or a part of it) that could not be ingested. */
  void problem(String source, String position, String message);

  /**
   * An input that was ingested whole but handled in part (say, facts extracted from only the
   * first part of a huge file): worth telling, not a failure.
   */
  default void warning(String source, String position, String message) {}

  /** An article whose text was already ingested from {@code firstSource}. */
  void duplicate(String source, String firstSource);

  /** A listener that ignores everything. */
  IngestListener NONE =
      new IngestListener() {
        @Override
        public void problem(String source, String position, String message) {}

        @Override
        public void duplicate(String source, String firstSource) {}
      };
}
