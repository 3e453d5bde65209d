package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.store.DatasetFiles;
import org.newsgraph.store.GraphBuild;
import org.newsgraph.store.RdfFormat;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph build}: articles in, dataset out. */
@Command(
    name = "build",
    sortOptions = false,
    description = {
      "Build the knowledge graph from articles and write it as a dataset.",
      "",
      "Inputs are .txt files (optional 'key: value' header ended by '---'), .html pages and"
          + " .jsonl files (one JSON object per line with \"text\"), or folders of them; a"
          + " metadata.csv (file,title,outlet,url,published) beside plain files adds metadata."
          + " The same text twice is ingested once. Bad inputs are reported and skipped."
    },
    footer = {
      "",
      "Examples:",
      "  newsgraph build data/articles -o out/graph.trig",
      "  newsgraph build data/articles -o out/ --format nquads",
      "  newsgraph build more/ --store out/store      (add to a TDB2 store)",
      "",
      "Exit codes: 0 all inputs built; 1 some inputs could not be read (the rest were built)"
          + " or the build failed; 2 bad usage."
    })
public final class BuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin LoggingOptions logging;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders.")
  List<Path> inputs;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE|DIR",
      description = "Where to write the dataset: a file, or a folder (gets graph.<ext>).")
  Path output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "turtle, trig, nquads or jsonld (default: from the file extension, else trig).")
  String format;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Build into (or add to) a TDB2 store instead of, or as well as, a file.")
  Path store;

  @Option(names = "--base", paramLabel = "IRI", description = "Base for instance IRIs (default: ${DEFAULT-VALUE}).", defaultValue = "https://w3id.org/newsgraph/id/")
  String base;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
  int threads;

  @Mixin WikidataOptions wikidata;

  @Override
  public Integer call() throws IOException {
    logging.apply();
    if (output == null && store == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "Give -o FILE|DIR for a dataset file, or --store DIR.");
    }
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    GraphBuild.Options opts = Inputs.options(base, threads, wikidata);
    boolean clean;
    DatasetGraph dsg = null;
    if (store != null) {
      Reporter reporter = new Reporter(err, logging.quiet);
      DatasetGraph tdb = TdbStore.open(store);
      Inputs.intoStore(tdb, inputs, opts, "Extracting", reporter, logging.quiet, out, err);
      out.println("Store: " + store);
      clean = reporter.problems() == 0;
      dsg = tdb;
      if (output != null) {
        var d = dsg;
        org.apache.jena.system.Txn.executeRead(d, () -> writeOut(d, out));
      }
    } else {
      Inputs.Loaded l = Inputs.load(inputs, opts, out, err, logging.quiet);
      clean = l.clean();
      writeOut(l.dataset(), out);
    }
    return clean ? 0 : 1;
  }

  private void writeOut(DatasetGraph dsg, java.io.PrintWriter out) {
    RdfFormat fmt;
    try {
      fmt = format != null ? RdfFormat.ofName(format) : null;
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Path target = output;
    if (Files.isDirectory(output) || output.toString().endsWith("/")) {
      target = output.resolve("graph." + (fmt == null ? RdfFormat.TRIG : fmt).extension());
    }
    if (fmt == null) {
      fmt = RdfFormat.ofPath(target);
    }
    if (fmt == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "Cannot tell the format of " + target + ": use .trig .ttl .nq .jsonld or --format.");
    }
    try {
      DatasetFiles.write(dsg, target, fmt, base);
    } catch (IOException e) {
      throw new UserException("cannot write " + target + ": " + e.getMessage());
    }
    out.println("Wrote " + target);
  }
}
