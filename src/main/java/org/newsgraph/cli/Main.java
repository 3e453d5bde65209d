package org.newsgraph.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsgraph} command line.
 *
 * <pre>
 * newsgraph build data/articles -o out/graph.trig
 * newsgraph serve data/articles
 * </pre>
 */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    // Inherited so that every subcommand (and sub-subcommand) answers --help and --version.
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description = "Turns news articles into a knowledge graph and serves it over SPARQL.",
    subcommands = {
      BuildCommand.class,
      ServeCommand.class,
      AddCommand.class,
      QueryCommand.class,
      EvalCommand.class,
      ExportCommand.class,
      ValidateCommand.class,
      StatsCommand.class,
      WikidataCommand.class,
      LoadCommand.class,
      GenerateCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command.");
  }

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the CLI with the given writers; returns the exit code (0 ok, 1 failed work, 2 usage). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? 2 : 1);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      // Past the build (which says how much heap its articles need): writing a sorted export,
      // answering a query. The objects that filled the heap are unreachable by now.
      err.println("newsgraph: " + Inputs.outOfHeap());
      return 1;
    }
  }
}
