package org.newsgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.graph.NG;
import org.newsgraph.queries.ResearchQuery;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.GraphBuild;

/**
 * The performance benchmark: per corpus size, extraction throughput at each thread count, the
 * end-to-end build, TDB2 load throughput against Jena's own loader, and peak memory; then
 * SPARQL latency of every query file against the largest build, over HTTP on the loopback
 * interface, from one client and from several at once.
 *
 * <pre>
 * BenchReport r = Benchmark.create().sizes(1000, 10000).threads(1, 2).build().run(log);
 * Benchmark.writeJson(r, Path.of("bench-results.json"));
 * </pre>
 */
public final class Benchmark {

  /** The server's default query timeout, applied in process too so both fail alike. */
  static final Duration SERVER_TIMEOUT = Duration.ofSeconds(30);

  private final List<Integer> sizes;
  private final List<Integer> threads;
  private final long seed;
  private final int warmup;
  private final BenchGraphs graphs;
  private final int maxBuildSize;
  private final Path queriesDir;
  private final int clients;
  private final int repeats;
  private final Path workDir;
  private final String label;
  private final ArticleExtractor extractor;

  private Benchmark(Builder b) {
    this.sizes = List.copyOf(b.sizes);
    this.threads = List.copyOf(b.threads);
    this.seed = b.seed;
    this.warmup = b.warmup;
    this.graphs = b.graphs;
    this.maxBuildSize = b.maxBuildSize;
    this.queriesDir = b.queriesDir;
    this.clients = b.clients;
    this.repeats = b.repeats;
    this.workDir = b.workDir;
    this.label = b.label;
    this.extractor = b.extractor;
  }

  public static Builder create() {
    return new Builder();
  }

  /**
   * The SPARQL phase alone, against a store built beforehand (e.g. {@code newsgraph build
   * --store}): no corpus is generated, extracted or loaded.
   */
  public BenchReport runQueries(DatasetGraph store, PrintWriter log)
      throws IOException, InterruptedException {
    List<String> notes = new ArrayList<>();
    notes.add("SPARQL phase only, against an existing store");
    long articles =
        Txn.calculateRead(
            store,
            () -> Iter.count(store.find(Node.ANY, Node.ANY, RDF.type.asNode(), NG.Article.asNode())));
    BenchReport.QueryReport queries = queries(store, (int) articles, log, notes);
    return new BenchReport(environment(), settings(), List.of(), queries, notes);
  }

  /** Runs every phase; progress goes to {@code log}. */
  public BenchReport run(PrintWriter log) throws IOException, InterruptedException {
    List<String> notes = new ArrayList<>();
    ExtractionBench xb = new ExtractionBench(extractor);
    int maxThreads = threads.stream().max(Integer::compare).orElse(1);
    if (warmup > 0) {
      log.printf("warm-up: %d articles on %d threads%n", warmup, maxThreads);
      log.flush();
      xb.run(CorpusGenerator.create(seed + 1, warmup), maxThreads);
    }
    if (graphs == null) {
      notes.add("build, TDB2 load and SPARQL phases skipped: extraction only (no graph builder)");
    }
    List<BenchReport.SizeReport> reports = new ArrayList<>();
    DatasetGraph served = null;
    int servedSize = 0;
    Files.createDirectories(workDir);
    // A fresh folder of our own inside the work dir: only it is deleted at the end.
    Path scratch = Files.createTempDirectory(workDir, "run");
    List<DatasetGraph> open = new ArrayList<>();
    try {
      for (int size : sizes) {
        boolean rssReset = ResourceUsage.resetPeaks();
        CorpusGenerator gen = CorpusGenerator.create(seed, size);
        List<ExtractionBench.Run> runs = new ArrayList<>();
        for (int t : threads) {
          log.printf("size %d: extraction on %d thread(s)%n", size, t);
          log.flush();
          runs.add(xb.run(gen, t));
        }
        BenchReport.BuildRun build = null;
        BenchReport.LoadComparison load = null;
        if (graphs != null && size <= maxBuildSize) {
          // The build reads files, as the product does: write the corpus once, off the clock.
          Path corpus = scratch.resolve("corpus-" + size + ".jsonl");
          CorpusWriter.writeJsonl(gen, corpus);
          log.printf("size %d: build in memory%n", size);
          log.flush();
          long t0 = System.nanoTime();
          DatasetGraph mem = graphs.build(corpus, maxThreads);
          double secs = (System.nanoTime() - t0) / 1e9;
          Path nq = scratch.resolve("build-" + size + ".nq");
          long quads = LoadBench.writeNQuads(mem, nq);
          mem = null; // let the in-memory graph go before the loads
          build =
              new BenchReport.BuildRun(
                  maxThreads, ExtractionBench.round(secs), ExtractionBench.round(size / secs),
                  quads);
          log.printf("size %d: TDB2 loads (%d quads)%n", size, quads);
          log.flush();
          LoadBench.Run jena = LoadBench.jenaLoader(nq, scratch.resolve("jena-" + size));
          double nqMb = Files.size(nq) / 1e6;
          Files.delete(nq);
          Path ours = scratch.resolve("newsgraph-" + size);
          long t1 = System.nanoTime();
          DatasetGraph tdb = graphs.buildInto(corpus, ours, maxThreads);
          double secs2 = (System.nanoTime() - t1) / 1e9;
          open.add(tdb);
          Files.delete(corpus);
          long tdbQuads = Txn.calculateRead(tdb, () -> GraphBuild.countQuads(tdb));
          LoadBench.Run ng =
              new LoadBench.Run(
                  "newsgraph:GraphBuild.buildInto", tdbQuads, ExtractionBench.round(secs2),
                  ExtractionBench.round(tdbQuads / secs2));
          load = new BenchReport.LoadComparison(ng, jena, ExtractionBench.round(nqMb));
          if (size >= servedSize) {
            served = tdb;
            servedSize = size;
          }
        } else if (graphs != null) {
          notes.add("size " + size + ": build skipped (above --max-build " + maxBuildSize + ")");
        }
        reports.add(
            new BenchReport.SizeReport(
                size,
                runs,
                build,
                load,
                new BenchReport.Memory(
                    ResourceUsage.peakRssBytes(), ResourceUsage.peakHeapBytes(), rssReset)));
      }
      BenchReport.QueryReport queries = null;
      if (served != null) {
        queries = queries(served, servedSize, log, notes);
      }
      return new BenchReport(environment(), settings(), reports, queries, notes);
    } finally {
      for (DatasetGraph d : open) {
        LoadBench.release(d);
      }
      deleteTree(scratch);
    }
  }

  private BenchReport.QueryReport queries(
      DatasetGraph dsg, int size, PrintWriter log, List<String> notes)
      throws IOException, InterruptedException {
    List<ResearchQuery> files =
        Files.isDirectory(queriesDir) ? ResearchQuery.loadAll(queriesDir) : List.of();
    if (files.isEmpty()) {
      notes.add("SPARQL phase skipped: no .rq files in " + queriesDir);
      return null;
    }
    long quads = Txn.calculateRead(dsg, () -> GraphBuild.countQuads(dsg));
    // The product's server: union default graph, query guards, the same path users take.
    NewsgraphServer server =
        NewsgraphServer.create()
            .dataset(dsg)
            .port(0)
            .timeoutMillis(SERVER_TIMEOUT.toMillis())
            .build()
            .start();
    try {
      URI endpoint = URI.create(server.sparqlUrl());
      QueryBench qb = new QueryBench(endpoint, Duration.ofSeconds(60));
      List<QueryBench.NamedQuery> selective = new ArrayList<>();
      List<QueryBench.NamedQuery> whole = new ArrayList<>();
      List<String> bound = new ArrayList<>();
      for (ResearchQuery rq : files) {
        if (NewsgraphServer.usesService(rq.query())) {
          notes.add(rq.name() + " skipped: it queries Wikidata (SERVICE), which needs the network");
        } else if (rq.params().isEmpty()) {
          whole.add(new QueryBench.NamedQuery(rq.name(), QueryBench.WHOLE_GRAPH, rq.text()));
        } else if (!QueryParameters.supports(rq.params())) {
          notes.add(rq.name() + " skipped: the bench cannot pick values for " + rq.params());
        } else {
          Node[] values = QueryParameters.pick(dsg, rq.params());
          if (values == null) {
            notes.add(rq.name() + " skipped: the graph has nothing to bind " + rq.params() + " to");
            continue;
          }
          selective.add(
              new QueryBench.NamedQuery(
                  rq.name(), QueryBench.SELECTIVE, rq.bind(values).serialize()));
          bound.add(rq.name() + " " + rq.params() + " = " + Arrays.toString(values));
        }
      }
      List<QueryBench.Run> single = new ArrayList<>();
      List<QueryBench.Run> many = new ArrayList<>();
      List<QueryBench.Throughput> throughput = new ArrayList<>();
      List<QueryBench.Run> engine = new ArrayList<>();
      // The two kinds run apart, so that a selective lookup's latency is not a wait behind a
      // whole-graph aggregate on the same cores.
      for (List<QueryBench.NamedQuery> group : List.of(selective, whole)) {
        if (group.isEmpty()) {
          continue;
        }
        String kind = group.get(0).kind();
        log.printf(
            "queries: %d %s, 1 client, against %d articles%n", group.size(), kind, size);
        log.flush();
        QueryBench.Phase one = qb.run(group, kind, 1, repeats, 2);
        log.printf("queries: %d %s, %d clients%n", group.size(), kind, clients);
        log.flush();
        QueryBench.Phase n = qb.run(group, kind, clients, repeats, 0);
        single.addAll(one.runs());
        many.addAll(n.runs());
        throughput.add(one.throughput());
        throughput.add(n.throughput());
        log.printf("queries: %d %s, in process (Jena's engine, no HTTP)%n", group.size(), kind);
        log.flush();
        engine.addAll(EngineBench.run(dsg, group, repeats, 2, SERVER_TIMEOUT));
      }
      return new BenchReport.QueryReport(size, quads, bound, single, many, throughput, engine);
    } finally {
      server.stop();
    }
  }

  private BenchReport.Environment environment() {
    return new BenchReport.Environment(
        label,
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory(),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"));
  }

  private BenchReport.Settings settings() {
    return new BenchReport.Settings(seed, sizes, threads, warmup, clients, repeats);
  }

  /** Writes the report as indented JSON. */
  public static void writeJson(BenchReport report, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    mapper().writeValue(file.toFile(), report);
  }

  static ObjectMapper mapper() {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  /** A table of query latencies; with a clients column for the HTTP runs, which vary it. */
  private static void printRuns(List<QueryBench.Run> runs, boolean clients, PrintWriter out) {
    out.printf(
        "%-32s %-12s %s%8s %8s %8s %8s %6s%n",
        "query", "kind", clients ? String.format("%-7s ", "clients") : "", "p50", "p95", "p99",
        "mean", "errors");
    for (QueryBench.Run q : runs) {
      out.printf(
          "%-32s %-12s %s%8.2f %8.2f %8.2f %8.2f %6d%n",
          q.query(), q.kind(), clients ? String.format("%-7d ", q.clients()) : "",
          q.latency().p50Ms(), q.latency().p95Ms(), q.latency().p99Ms(), q.latency().meanMs(),
          q.errors());
    }
  }

  /** Prints the human-readable tables. */
  public static void printTable(BenchReport r, PrintWriter out) {
    out.printf(
        "%-8s %-7s %12s %9s %12s %9s %10s %10s%n",
        "size", "threads", "articles/s", "MB/s", "tokens/s", "secs", "peakRSS", "peakHeap");
    for (BenchReport.SizeReport s : r.sizes()) {
      for (ExtractionBench.Run x : s.extraction()) {
        out.printf(
            "%-8d %-7d %12.1f %9.2f %12.0f %9.2f %10s %10s%n",
            s.size(), x.threads(), x.articlesPerSecond(), x.mbPerSecond(), x.tokensPerSecond(),
            x.seconds(), mb(s.memory().peakRssBytes()), mb(s.memory().peakHeapBytes()));
      }
      if (s.build() != null) {
        out.printf(
            "%-8d build: %.2f s (%.1f articles/s, %d quads)%n",
            s.size(), s.build().seconds(), s.build().articlesPerSecond(), s.build().quads());
      }
      if (s.load() != null) {
        out.printf(
            "%-8d TDB2: newsgraph %.0f quads/s (%.2f s), %s %.0f quads/s (%.2f s)%n",
            s.size(), s.load().newsgraph().quadsPerSecond(), s.load().newsgraph().seconds(),
            s.load().jena().loader(), s.load().jena().quadsPerSecond(), s.load().jena().seconds());
      }
    }
    if (r.queries() != null) {
      out.printf("%nSPARQL over HTTP, %d articles (%d quads), ms%n", r.queries().size(), r.queries().quads());
      List<QueryBench.Run> http = new ArrayList<>(r.queries().singleClient());
      http.addAll(r.queries().concurrent());
      printRuns(http, true, out);
      for (QueryBench.Throughput t : r.queries().throughput()) {
        out.printf(
            "throughput %-12s %d client(s): %.1f requests/s (%d in %.1f s)%n",
            t.kind(), t.clients(), t.requestsPerSecond(), t.requests(), t.seconds());
      }
      out.printf(
          "%nThe same queries run by Jena's query engine in process (no HTTP, no server), 1"
              + " client, ms%n");
      printRuns(r.queries().inProcess(), false, out);
      for (String b : r.queries().parameters()) {
        out.println("bound: " + b);
      }
    }
    for (String n : r.notes()) {
      out.println("note: " + n);
    }
    out.flush();
  }

  private static String mb(long bytes) {
    return bytes < 0 ? "n/a" : (bytes >> 20) + "M";
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Settings for a {@link Benchmark}; {@link #build()} validates them. */
  public static final class Builder {
    private List<Integer> sizes = List.of(1000, 10000);
    private List<Integer> threads = List.of(1, 2);
    private long seed = 42;
    private int warmup = 1000;
    private BenchGraphs graphs;
    private int maxBuildSize = Integer.MAX_VALUE;
    private Path queriesDir = Path.of("queries");
    private int clients = 8;
    private int repeats = 20;
    private Path workDir;
    private String label = "";
    private ArticleExtractor extractor;

    private Builder() {}

    public Builder sizes(Integer... s) {
      return sizes(List.of(s));
    }

    public Builder sizes(List<Integer> s) {
      this.sizes = s;
      return this;
    }

    public Builder threads(Integer... t) {
      return threads(List.of(t));
    }

    public Builder threads(List<Integer> t) {
      this.threads = t;
      return this;
    }

    public Builder seed(long s) {
      this.seed = s;
      return this;
    }

    /** Articles extracted before measuring, so the JIT has compiled the hot paths. */
    public Builder warmup(int n) {
      this.warmup = n;
      return this;
    }

    /** The graph builder for the build, load and query phases; null skips them. */
    public Builder graphs(BenchGraphs g) {
      this.graphs = g;
      return this;
    }

    /** Sizes above this get extraction only. */
    public Builder maxBuildSize(int n) {
      this.maxBuildSize = n;
      return this;
    }

    public Builder queries(Path dir) {
      this.queriesDir = dir;
      return this;
    }

    public Builder clients(int n) {
      this.clients = n;
      return this;
    }

    /** Times each query runs per client. */
    public Builder repeats(int n) {
      this.repeats = n;
      return this;
    }

    /** Where a scratch folder for N-Quads and TDB2 databases is made; it is deleted at the end. */
    public Builder workDir(Path dir) {
      this.workDir = dir;
      return this;
    }

    public Builder label(String l) {
      this.label = l == null ? "" : l;
      return this;
    }

    public Builder extractor(ArticleExtractor e) {
      this.extractor = e;
      return this;
    }

    public Benchmark build() {
      if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s == null || s <= 0)) {
        throw new IllegalArgumentException("Sizes must be positive: " + sizes);
      }
      if (threads.isEmpty() || threads.stream().anyMatch(t -> t == null || t <= 0)) {
        throw new IllegalArgumentException("Thread counts must be positive: " + threads);
      }
      if (clients <= 0 || repeats <= 0 || warmup < 0) {
        throw new IllegalArgumentException("clients and repeats must be > 0, warmup >= 0");
      }
      if (workDir == null) {
        workDir = Path.of(System.getProperty("java.io.tmpdir"));
      }
      if (extractor == null) {
        extractor = ArticleExtractor.standard();
      }
      return new Benchmark(this);
    }
  }
}
