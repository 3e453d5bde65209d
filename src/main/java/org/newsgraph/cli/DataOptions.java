package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.store.GraphBuild;
import org.newsgraph.store.TdbStore;
import org.newsgraph.store.UnionDefault;
import picocli.CommandLine.Option;

/**
 * Where a reading command gets its graph: {@code --data} dataset files or article inputs
 * (built in memory), or {@code --store} a TDB2 store. Shared by query, eval, stats, validate,
 * export.
 */
public final class DataOptions {
  @Option(
      names = {"-d", "--data"},
      paramLabel = "PATH",
      arity = "1..*",
      description = "Dataset files (.trig .nq .ttl .jsonld), or article files/folders to build.")
  List<Path> data = new ArrayList<>();

  @Option(names = "--store", paramLabel = "DIR", description = "A TDB2 store made by build --store.")
  Path store;

  /**
   * Runs {@code work} on the union-default view of the data (inside a read transaction for a
   * store). Extra inputs (positional) are added to {@code --data}.
   */
  <T> T withData(
      List<Path> extra, PrintWriter out, PrintWriter err, boolean quiet, EntityLinker linker,
      Function<DatasetGraph, T> work) {
    List<Path> inputs = new ArrayList<>(data);
    if (extra != null) {
      inputs.addAll(extra);
    }
    if (store != null) {
      if (!inputs.isEmpty()) {
        throw new UserException("give either --store or --data, not both", 2);
      }
      if (!Files.isDirectory(store)) {
        throw new UserException(store + ": no such store folder (make one with build --store)", 2);
      }
      DatasetGraph tdb = TdbStore.open(store);
      DatasetGraph view = UnionDefault.view(tdb);
      return Txn.calculateRead(tdb, () -> work.apply(view));
    }
    if (inputs.isEmpty()) {
      throw new UserException("no data: give --data PATH (a dataset or articles) or --store DIR", 2);
    }
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        throw new UserException(p + ": no such file or folder", 2);
      }
    }
    GraphBuild.Options opts = GraphBuild.Options.defaults().withLinker(linker);
    Inputs.Loaded l = Inputs.load(inputs, opts, err, err, true);
    DatasetGraph view = UnionDefault.view(l.dataset());
    return Txn.calculateRead(view, () -> work.apply(view));
  }
}
