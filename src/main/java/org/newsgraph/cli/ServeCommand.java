package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.serve.InboxWatcher;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.StoreInUseException;
import org.newsgraph.serve.StoreLocks;
import org.newsgraph.store.DatasetFiles;
import org.newsgraph.store.GraphBuild;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph serve}: an embedded Fuseki SPARQL endpoint with the workbench UI. */
@Command(
    name = "serve",
    sortOptions = false,
    description = {
      "Serve the graph over SPARQL, with a browser workbench, until Ctrl-C.",
      "",
      "Inputs are article files/folders (built in memory) or dataset files (.trig .nq .ttl"
          + " .jsonld). With no inputs: the TDB2 store of --store, else ./data/articles. The"
          + " endpoint is read-only; the default graph is the union of the named graphs."
    },
    footer = {
      "",
      "Examples:",
      "  newsgraph serve                           (serves ./data/articles)",
      "  newsgraph serve out/graph.trig --port 8080",
      "  newsgraph serve --store out/store",
      "  newsgraph serve more/ --store out/store   (adds to the store, then serves it)",
      "  newsgraph serve --store out/store --allow-update --password-file passwd",
      "  newsgraph serve --store out/store --watch inbox/",
      "                                     (adds the articles copied into inbox/)",
      "",
      "Endpoints: /newsgraph/sparql (query), /newsgraph/data (graph store, read),",
      "/$/ping, /health, /$/metrics; the workbench at /."
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LoggingOptions logging;

  @Parameters(
      arity = "0..*",
      paramLabel = "INPUT",
      description = "Article files/folders, or dataset files (.trig .nq .ttl .jsonld).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  String host;

  @Option(names = "--store", paramLabel = "DIR", description = "Serve this TDB2 store (with inputs: build them into it first).")
  Path store;

  @Option(
      names = "--watch",
      paramLabel = "DIR",
      description =
          "Watch this folder and add the articles that appear in it to the --store while"
              + " serving; each round is one transaction, so queries see the old or the new"
              + " graph, never half.")
  Path watch;

  @Option(
      names = "--watch-interval",
      paramLabel = "S",
      defaultValue = "5",
      description = "Seconds between looks at the --watch folder (default: ${DEFAULT-VALUE}).")
  double watchInterval;

  @Option(names = "--timeout", paramLabel = "S", defaultValue = "30", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}; 0 for none).")
  double timeout;

  @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100000", description = "Most rows one query returns (default: ${DEFAULT-VALUE}; 0 for no limit).")
  long maxRows;

  @Option(names = "--allow-service", description = "Allow SERVICE (federated) calls in queries.")
  boolean allowService;

  @Option(names = "--allow-update", description = "Add a SPARQL Update endpoint at /newsgraph/update (needs --password-file).")
  boolean allowUpdate;

  @Option(names = "--password-file", paramLabel = "FILE", description = "Users for updates, one 'user: password' a line (HTTP basic auth).")
  Path passwordFile;

  @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", description = "Research questions (*.rq) for the workbench (default: ${DEFAULT-VALUE}).")
  Path queries;

  @Option(names = "--base", paramLabel = "IRI", description = "Base for instance IRIs when building articles.")
  String base;

  @Mixin WikidataOptions wikidata;

  private volatile NewsgraphServer server;
  private volatile InboxWatcher watcher;

  // Counted down by shutdown(); Ctrl-C stops the server through the JVM shutdown hook.
  private final CountDownLatch stop = new CountDownLatch(1);

  /** The running server, or null before it started (for tests and embedding). */
  public NewsgraphServer server() {
    return server;
  }

  /** The folder watcher, or null without --watch or before the server started. */
  public InboxWatcher watcher() {
    return watcher;
  }

  /** Makes a running {@link #call()} stop the server and return. */
  public void shutdown() {
    stop.countDown();
  }

  @Override
  public Integer call() throws Exception {
    logging.apply();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    checkOptions();
    DatasetGraph dsg = dataset(out, err);
    NewsgraphServer.Builder b =
        NewsgraphServer.create()
            .dataset(dsg)
            .port(port)
            .host(host)
            .timeoutMillis(Math.round(timeout * 1000))
            .maxRows(maxRows)
            .allowService(allowService)
            .allowUpdate(allowUpdate)
            .passwordFile(passwordFile)
            .queriesDir(queries);
    try {
      server = b.build().start();
    } catch (IllegalStateException e) {
      throw new UserException(e.getMessage(), 2);
    } catch (RuntimeException e) {
      throw new UserException("cannot start the server on " + host + ":" + port + ": " + rootMessage(e));
    }
    if (watch != null) {
      watcher = startWatcher(dsg, out, err);
    }
    Thread hook = new Thread(this::stopAll, "newsgraph-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("SPARQL endpoint: " + server.sparqlUrl());
    out.println("Workbench: " + server.baseUrl());
    if (watch != null) {
      out.println("Watching: " + watch + " (every " + formatSeconds(watchInterval) + " s)");
    }
    out.flush();
    try {
      stop.await();
    } finally {
      stopAll();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // Already shutting down: the hook is running.
      }
    }
    return 0;
  }

  private InboxWatcher startWatcher(DatasetGraph dsg, PrintWriter out, PrintWriter err) {
    GraphBuild.Options opts =
        Inputs.options(base, 0, wikidata).withListener(new Reporter(err, logging.quiet));
    return InboxWatcher.create(dsg, watch, opts)
        .log(
            line -> {
              if (!logging.quiet) {
                out.println(line);
                out.flush();
              }
            })
        .warnings(
            line -> {
              err.println("newsgraph: " + line);
              err.flush();
            })
        .start(Math.max(1, Math.round(watchInterval * 1000)));
  }

  /** Stops the watcher first (an add under way commits or rolls back whole), then the server. */
  private void stopAll() {
    InboxWatcher w = watcher;
    if (w != null) {
      w.stop();
    }
    NewsgraphServer s = server;
    if (s != null) {
      s.stop();
    }
  }

  private DatasetGraph openStore() {
    try {
      return StoreLocks.open(store);
    } catch (StoreInUseException e) {
      throw new UserException(
          store + ": the store is in use by another process (a running newsgraph serve?);"
              + " stop it first, or serve a copy of the store",
          1);
    }
  }

  private static String formatSeconds(double s) {
    return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
  }

  private void checkOptions() {
    if (allowUpdate && passwordFile == null) {
      throw new UserException(
          "--allow-update needs credentials: give --password-file FILE ('user: password' lines)", 2);
    }
    if (passwordFile != null && !Files.isReadable(passwordFile)) {
      throw new UserException(passwordFile + ": password file not found or not readable", 2);
    }
    if (port < 0 || port > 65535) {
      throw new UserException("--port must be 0..65535, not " + port, 2);
    }
    if (watch != null) {
      if (store == null) {
        throw new UserException("--watch needs --store DIR: the watched articles are added to it", 2);
      }
      if (!Files.isDirectory(watch)) {
        throw new UserException(watch + ": --watch needs an existing folder", 2);
      }
      if (!(watchInterval > 0)) {
        throw new UserException("--watch-interval must be more than 0 seconds", 2);
      }
    }
    if (timeout < 0) {
      throw new UserException("--timeout must not be negative", 2);
    }
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        throw new UserException(p + ": no such file or folder", 2);
      }
    }
  }

  /** The dataset to serve, from the inputs and/or the store. */
  private DatasetGraph dataset(PrintWriter out, PrintWriter err) {
    GraphBuild.Options opts = Inputs.options(base, 0, wikidata);
    if (store != null) {
      if (inputs.isEmpty() && !TdbStore.exists(store)) {
        throw new UserException(store + ": no TDB2 store there (make one with build --store)", 2);
      }
      DatasetGraph tdb = openStore();
      if (!inputs.isEmpty()) {
        intoStore(tdb, out, err, opts);
      }
      return tdb;
    }
    List<Path> in = inputs;
    if (in.isEmpty()) {
      // The launcher passes its own folder, so ./newsgraph serve works from anywhere.
      Path bundled = Path.of(System.getProperty("newsgraph.home", "."), "data", "articles");
      if (!Files.isDirectory(bundled)) {
        throw new UserException(
            "nothing to serve: no inputs, no --store, and no " + bundled.toAbsolutePath().normalize()
                + "; give article folders or a dataset",
            2);
      }
      in = List.of(bundled);
    }
    return Inputs.load(in, opts, out, err, logging.quiet).dataset();
  }

  private void intoStore(DatasetGraph tdb, PrintWriter out, PrintWriter err, GraphBuild.Options opts) {
    if (Inputs.allDatasets(inputs)) {
      DatasetGraph loaded = Inputs.load(inputs, opts, out, err, logging.quiet).dataset();
      // Triples of a file's default graph go to a named graph: the served default graph is
      // the union of the named graphs, so the real default graph would be invisible.
      Txn.executeWrite(
          tdb,
          () ->
              loaded
                  .find()
                  .forEachRemaining(
                      q ->
                          tdb.add(
                              q.isDefaultGraph()
                                  ? Quad.create(NewsgraphServer.DEFAULT_CONTENT, q.asTriple())
                                  : q)));
      return;
    }
    for (Path p : inputs) {
      if (DatasetFiles.isDataset(p)) {
        throw new UserException(
            p + ": a dataset file cannot be mixed with article inputs; give datasets alone", 2);
      }
    }
    Reporter reporter = new Reporter(err, logging.quiet);
    Inputs.intoStore(tdb, inputs, opts, "Extracting", reporter, logging.quiet, out, err);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
