package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.store.GraphBuild;
import org.newsgraph.store.TdbStore;
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
      "Articles already in it are skipped; entities, events and statements are merged with",
      "what is there, and the result equals a full rebuild.",
      "A server reading the store sees the old or the new state, never half of one."
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
    Reporter reporter = new Reporter(spec.commandLine().getErr(), logging.quiet);
    GraphBuild.Options o = Inputs.options(base, 0, wikidata).withListener(reporter);
    GraphBuild.Summary s;
    try (Progress p = new Progress("Adding", ArticleReader.files(inputs).size(), logging.quiet)) {
      s = GraphBuild.buildInto(TdbStore.open(store), inputs, o.withProgress(p::step));
    }
    if (!logging.quiet) {
      Inputs.printSummary(out, s, reporter);
    }
    return reporter.problems() == 0 ? 0 : 1;
  }
}
