package org.newsgraph.cli;

/** An error the user can fix: printed as one line, no stack trace. */
public final class UserException extends RuntimeException {
  private final int exitCode;

  public UserException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public UserException(String message) {
    this(message, 1);
  }

  public int exitCode() {
    return exitCode;
  }
}
