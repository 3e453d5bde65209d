package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.store.DatasetFiles;
import org.newsgraph.store.RdfFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph export}: write a dataset or store in another format. */
@Command(
    name = "export",
    description = {
      "Write a dataset or store in another format.",
      "",
      "A file, a store, or articles built on the fly, written as Turtle (the union",
      "of all graphs), TriG or N-Quads (graphs kept) or JSON-LD. Output is sorted and written",
      "atomically: an interrupted export never replaces a good file with a truncated one."
    },
    footer = {"", "Examples:", "  newsgraph export --store out/store -o out/graph.nq",
      "  newsgraph export out/graph.trig -o out/graph.ttl"})
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LoggingOptions logging;
  @Mixin DataOptions data;

  @Parameters(arity = "0..*", paramLabel = "DATASET|INPUT", description = "A dataset, or articles to build.")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
  Path output;

  @Option(names = "--format", paramLabel = "FORMAT", description = "turtle, trig, nquads or jsonld (default: by extension).")
  String format;

  @Option(names = "--base", paramLabel = "IRI", defaultValue = "https://w3id.org/newsgraph/id/",
      description = "The base IRI, for the id: prefix (default: ${DEFAULT-VALUE}).")
  String base;

  @Override
  public Integer call() {
    logging.apply();
    RdfFormat fmt;
    try {
      fmt = format != null ? RdfFormat.ofName(format) : RdfFormat.ofPath(output);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), 2);
    }
    if (fmt == null) {
      throw new UserException("cannot tell the format of " + output + ": use --format", 2);
    }
    var out = spec.commandLine().getOut();
    data.withData(inputs, out, spec.commandLine().getErr(), logging.quiet,
        org.newsgraph.link.EntityLinker.none(), dsg -> {
          try {
            DatasetFiles.write(dsg, output, fmt, base);
          } catch (IOException e) {
            throw new UserException("cannot write " + output + ": " + e.getMessage());
          }
          return null;
        });
    out.println("Wrote " + output);
    return 0;
  }
}
