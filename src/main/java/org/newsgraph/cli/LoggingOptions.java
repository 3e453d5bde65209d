package org.newsgraph.cli;

import picocli.CommandLine.Option;

/** {@code --quiet} and {@code --verbose}, shared by every command (a picocli mixin). */
public final class LoggingOptions {
  @Option(names = {"-q", "--quiet"}, description = "Print only errors and the final summary.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Print debug logging and stack traces.")
  boolean verbose;

  /** Applies the level to slf4j-simple; must run before the first logger is created. */
  public void apply() {
    String level = verbose ? "debug" : quiet ? "error" : "info";
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
    System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", verbose ? "info" : "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena", verbose ? "info" : "warn");
    System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki", verbose ? "info" : "warn");
    if (verbose) {
      System.setProperty("newsgraph.verbose", "true");
    }
  }
}
