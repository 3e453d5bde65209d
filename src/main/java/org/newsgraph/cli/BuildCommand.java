package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code newsgraph build}: articles in, dataset out. */
@Command(name = "build", description = "Build the graph from articles.")
public final class BuildCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
