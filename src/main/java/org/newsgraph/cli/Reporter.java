package org.newsgraph.cli;

import java.io.PrintWriter;
import org.newsgraph.ingest.IngestListener;

/**
 * Prints ingest problems as {@code newsgraph: FILE[: POSITION]: message} and counts them, so
 * the command can end with a summary and an exit code that says whether everything was read.
 */
final class Reporter implements IngestListener {
  private final PrintWriter err;
  private final boolean quiet;
  private int problems;
  private int duplicates;

  Reporter(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public synchronized void problem(String source, String position, String message) {
    problems++;
    err.println("newsgraph: " + source + (position == null ? "" : ": " + position) + ": " + message);
  }

  /** Printed like a problem (even with --quiet) but not counted: the input was built. */
  @Override
  public synchronized void warning(String source, String position, String message) {
    err.println("newsgraph: " + source + (position == null ? "" : ": " + position) + ": " + message);
  }

  @Override
  public synchronized void duplicate(String source, String firstSource) {
    duplicates++;
    if (!quiet) {
      err.println("newsgraph: " + source + ": same text as " + firstSource + "; ingested once");
    }
  }

  int problems() {
    return problems;
  }

  int duplicates() {
    return duplicates;
  }
}
