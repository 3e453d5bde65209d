package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code newsgraph serve}: an embedded Fuseki SPARQL endpoint with the workbench UI. */
@Command(name = "serve", description = "Serve the graph over SPARQL with a browser UI.")
public final class ServeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
