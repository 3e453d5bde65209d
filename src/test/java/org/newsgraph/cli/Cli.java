package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the CLI in-process and captures what it prints. */
public record Cli(int exit, String out, String err) {

  public static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** The repository root (Surefire sets it; the working directory otherwise). */
  public static Path repo() {
    return Path.of(System.getProperty("newsgraph.repo", "."));
  }

  public static Path articles() {
    return repo().resolve("data/articles");
  }
}
