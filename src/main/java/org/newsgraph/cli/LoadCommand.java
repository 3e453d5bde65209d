package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph load}: N-Quads shards (a Spark build's output) into a TDB2 store. */
@Command(
    name = "load",
    sortOptions = false,
    description = {
      "Bulk-load N-Quads shards into a TDB2 store with Jena's TDB2 bulk loader, ready for"
          + " 'newsgraph serve --store DIR'.",
      "",
      "Each SHARD is an .nq file, a folder of them, or a Spark build's output folder (its"
          + " manifest.json lists the shards). Quads are added to what the store holds."
    },
    footer = {
      "",
      "Examples:",
      "  newsgraph load out/spark-run --store out/store",
      "  newsgraph load shards/part-00000.nq shards/part-00001.nq --store out/store",
      "",
      "Exit codes: 0 loaded; 1 a shard is missing or not valid N-Quads; 2 bad usage."
    })
public final class LoadCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin LoggingOptions logging;

  @Parameters(arity = "1..*", paramLabel = "SHARD", description = "N-Quads files or folders.")
  List<Path> shards;

  @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder.")
  Path store;

  @Option(
      names = "--loader",
      paramLabel = "KIND",
      defaultValue = "phased",
      description = "TDB2 loader: phased (default), parallel (more threads, more memory), sequential.")
  String loader;

  @Override
  public Integer call() throws IOException {
    logging.apply();
    List<String> files = files(shards);
    if (files.isEmpty()) {
      throw new UserException("no .nq shards in " + shards);
    }
    DatasetGraph dsg = TdbStore.open(store);
    var err = spec.commandLine().getErr();
    MonitorOutput monitor =
        logging.quiet ? (fmt, args) -> {} : (fmt, args) -> err.println(String.format(fmt, args));
    DataLoader dl =
        switch (loader.toLowerCase(Locale.ROOT)) {
          case "parallel" -> LoaderFactory.parallelLoader(dsg, monitor);
          case "sequential" -> LoaderFactory.sequentialLoader(dsg, monitor);
          case "phased" -> LoaderFactory.phasedLoader(dsg, monitor);
          default -> throw new UserException("unknown --loader '" + loader + "' (phased, parallel, sequential)", 2);
        };
    long t0 = System.nanoTime();
    dl.startBulk();
    try {
      dl.load(files);
      dl.finishBulk();
    } catch (RuntimeException e) {
      // finishBulk after a failure would commit half a shard; the loader aborts on its own.
      throw new UserException("loading failed: " + e.getMessage());
    }
    long n = Txn.calculateRead(dsg, () -> dsg.stream().count());
    spec.commandLine().getOut().printf(
        "loaded %d shard(s) into %s: %d quads in the store (%.1f s)%n",
        files.size(), store, n, (System.nanoTime() - t0) / 1e9);
    return 0;
  }

  /** The shard files, in order: a manifest's list, a folder's .nq files sorted, or the file. */
  static List<String> files(List<Path> inputs) throws IOException {
    List<String> out = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isRegularFile(p)) {
        out.add(p.toString());
      } else if (Files.isRegularFile(p.resolve("manifest.json"))) {
        JsonNode m = new ObjectMapper().readTree(p.resolve("manifest.json").toFile());
        for (JsonNode s : m.path("shards")) {
          Path f = p.resolve(s.path("file").asText());
          if (!Files.isRegularFile(f)) {
            throw new UserException("manifest lists " + f + " but it is missing");
          }
          out.add(f.toString());
        }
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(f -> f.getFileName().toString().endsWith(".nq")).sorted().forEach(f -> out.add(f.toString()));
        }
      } else {
        throw new UserException("no such file or folder: " + p);
      }
    }
    return out;
  }
}
