package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.store.GraphBuild;
import org.newsgraph.serve.StoreInUseException;
import org.newsgraph.serve.StoreLocks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph add}: add articles to a TDB2 store incrementally. */
@Command(
    name = "add",
    description = {
      "Add articles to a TDB2 store.",
      "",
      "Articles already in it are skipped; entities, events and statements are merged with"
          + " what is there, and the result equals a full rebuild.",
      "",
      "A store can be open in one process only: while 'newsgraph serve --store DIR' runs,"
          + " add to it by copying the articles into the folder given to the server's --watch"
          + " option."
    },
    footer = {"", "Example:", "  newsgraph add more-articles/ --store out/store"})
public final class AddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LoggingOptions logging;
  @Mixin WikidataOptions wikidata;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders.")
  List<Path> inputs;

  @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store.")
  Path store;

  @Option(names = "--base", paramLabel = "IRI", defaultValue = "https://w3id.org/newsgraph/id/",
      description = "Base for instance IRIs (default: ${DEFAULT-VALUE}).")
  String base;

  @Override
  public Integer call() {
    logging.apply();
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Reporter reporter = new Reporter(err, logging.quiet);
    GraphBuild.Options o = Inputs.options(base, 0, wikidata);
    Inputs.intoStore(open(), inputs, o, "Adding", reporter, logging.quiet, out, err);
    return reporter.problems() == 0 ? 0 : 1;
  }

  private DatasetGraph open() {
    try {
      return StoreLocks.open(store);
    } catch (StoreInUseException e) {
      throw new UserException(
          store + ": the store is in use by a running server (newsgraph serve --store);"
              + " copy the articles into the folder of its --watch option (start it with"
              + " --watch DIR), or stop the server and run add again",
          1);
    }
  }
}
