package org.newsgraph.cli;

import picocli.CommandLine;

/**
 * Maps exceptions to exit codes in one place: user errors print one clear line (no stack
 * trace), everything else prints the trace with {@code --verbose}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    if (ex instanceof UserException u) {
      cl.getErr().println("newsgraph: " + u.getMessage());
      return u.exitCode();
    }
    cl.getErr().println("newsgraph: " + ex);
    if (Boolean.getBoolean("newsgraph.verbose")) {
      ex.printStackTrace(cl.getErr());
    } else {
      cl.getErr().println("(run with --verbose for details)");
    }
    return 1;
  }
}
