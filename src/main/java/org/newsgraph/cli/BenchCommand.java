package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.bench.BenchGraphsLib;
import org.newsgraph.bench.BenchReport;
import org.newsgraph.bench.Benchmark;
import org.newsgraph.bench.LoadBench;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph bench}: extraction throughput, build time, memory, TDB2 load and SPARQL
 * latency on generated corpora; a table on stdout and a JSON file.
 *
 * <pre>
 * newsgraph bench --sizes 1000,10000,100000 --threads 1,2 -o bench-results.json
 * newsgraph bench --sizes 1000,10000,100000 --max-build 10000   # 100k: extraction only
 * newsgraph bench --store out/store                            # SPARQL only, on a built store
 * </pre>
 */
@Command(
    name = "bench",
    description = "Benchmark extraction, build, TDB2 load and SPARQL on generated corpora.")
public final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LoggingOptions logging;

  @Option(
      names = "--sizes", paramLabel = "N",
      split = ",",
      defaultValue = "1000,10000",
      description = "Corpus sizes in articles (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(
      names = "--threads", paramLabel = "N",
      split = ",",
      defaultValue = "1,2",
      description = "Extraction thread counts (default: ${DEFAULT-VALUE}).")
  List<Integer> threads;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--warmup", paramLabel = "N",
      defaultValue = "1000",
      description = "Articles extracted before measuring (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--max-build", paramLabel = "N",
      defaultValue = "2147483647",
      description = "Largest size that is also built, loaded and queried; larger sizes get "
          + "extraction only (cuts slow runs).")
  int maxBuild;

  @Option(
      names = "--no-build",
      description = "Extraction only: skip build, TDB2 load and SPARQL.")
  boolean noBuild;

  @Option(
      names = "--queries", paramLabel = "DIR",
      defaultValue = "queries",
      description = "Folder of .rq files for the SPARQL phase (default: ${DEFAULT-VALUE}).")
  Path queries;

  @Option(names = "--clients", paramLabel = "N", defaultValue = "8", description = "Concurrent SPARQL clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--repeats", paramLabel = "N",
      defaultValue = "20",
      description = "Runs of each query per client (default: ${DEFAULT-VALUE}).")
  int repeats;

  @Option(names = "--work-dir", paramLabel = "DIR", description = "Where scratch TDB2 databases go (default: temp).")
  Path workDir;

  @Option(names = "--label", paramLabel = "TEXT", description = "Free text stored with the results, e.g. a commit id.")
  String label;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Measure SPARQL only, against this TDB2 store (from `newsgraph build --store`).")
  Path store;

  @Option(
      names = {"-o", "--output"}, paramLabel = "FILE",
      defaultValue = "bench-results.json",
      description = "JSON result file (default: ${DEFAULT-VALUE}).")
  Path output;

  @Override
  public Integer call() throws Exception {
    logging.apply();
    Benchmark bench;
    try {
      bench =
          Benchmark.create()
              .sizes(sizes)
              .threads(threads)
              .seed(seed)
              .warmup(warmup)
              .graphs(noBuild ? null : BenchGraphsLib.standard())
              .maxBuildSize(maxBuild)
              .queries(queries)
              .clients(clients)
              .repeats(repeats)
              .workDir(workDir)
              .label(label)
              .build();
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), 2);
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter log = logging.quiet ? new PrintWriter(Writer.nullWriter()) : err;
    BenchReport report;
    if (store != null) {
      if (!TdbStore.exists(store)) {
        throw new UserException(
            "--store " + store + " is not a TDB2 store; build one with `newsgraph build INPUTS"
                + " --store " + store + "`.", 2);
      }
      DatasetGraph dsg = TdbStore.open(store);
      try {
        report = bench.runQueries(dsg, log);
      } finally {
        LoadBench.release(dsg);
      }
    } else {
      report = bench.run(log);
    }
    Benchmark.printTable(report, spec.commandLine().getOut());
    Benchmark.writeJson(report, output);
    if (!logging.quiet) {
      err.println("results: " + output);
    }
    return 0;
  }
}
