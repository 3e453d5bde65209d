package org.newsgraph.spark;

import org.newsgraph.resolve.stream.Codec;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.EntityType;
import org.newsgraph.graph.ArticleGraph;
import org.newsgraph.graph.CorpusGraph;
import org.newsgraph.graph.Iris;
import org.newsgraph.graph.Literals;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.SummaryGraph;
import org.newsgraph.ingest.Article;
import org.newsgraph.resolve.Corpus;
import org.newsgraph.resolve.CorpusEntity;
import org.newsgraph.resolve.CorpusEvent;
import org.newsgraph.resolve.CorpusMembership;
import org.newsgraph.resolve.CorpusStatement;
import org.newsgraph.resolve.Names;
import org.newsgraph.resolve.statement.SharedWords;
import scala.Tuple2;

/**
 * The graph build on Apache Spark: the main class for {@code spark-submit}. Reads articles
 * from any Hadoop-compatible path, extracts them in parallel (one extractor per executor JVM),
 * writes each article's named graph, resolves the corpus with {@link DistributedResolver} and
 * writes sorted N-Quads shards plus {@code manifest.json}. Links entities to Wikidata offline
 * from the bundled extract ({@link DistributedLinker}), as {@code newsgraph build} does by
 * default, and gives the same quads; {@code --wikidata none} matches {@code newsgraph build
 * --wikidata none}.
 *
 * <pre>
 * spark-submit --class org.newsgraph.spark.SparkBuild newsgraph.jar \
 *     --out hdfs:///graph/run1 [--partitions 64] [--base IRI] [--wikidata offline|none] \
 *     hdfs:///crawl/2021/
 * </pre>
 */
public final class SparkBuild {
  private SparkBuild() {}

  /** What a run wrote: the shards (relative to the output folder) and counts. */
  public record Manifest(
      String format,
      String base,
      int inputFiles,
      long articles,
      long duplicates,
      long quads,
      List<Shard> shards,
      Map<String, String> versions) {}

  /** One N-Quads file of the output. */
  public record Shard(String file, long quads) {}

  /** Run figures (not part of the manifest, which stays the same run to run). */
  public record Metrics(
      double extractSeconds,
      double resolveSeconds,
      double writeSeconds,
      long shuffleWriteBytes,
      long shuffleReadBytes,
      long peakExecutionMemory,
      long maxExecutorHeapUsed) {}

  /**
   * Runs the job; {@code args}: {@code --out DIR [--partitions N] [--base IRI] [--wikidata
   * offline|none] INPUT...}.
   */
  public static void main(String[] args) throws IOException {
    String out = null;
    String base = Iris.DEFAULT_BASE;
    int partitions = 0;
    boolean link = true;
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = args[++i];
        case "--base" -> base = args[++i];
        case "--partitions" -> partitions = Integer.parseInt(args[++i]);
        case "--wikidata" -> {
          String mode = args[++i];
          if (!mode.equals("offline") && !mode.equals("none")) {
            System.err.println("--wikidata takes offline or none (online linking is not"
                + " distributed: it would send one request per entity from every executor)");
            System.exit(2);
          }
          link = mode.equals("offline");
        }
        default -> inputs.add(args[i]);
      }
    }
    if (out == null || inputs.isEmpty()) {
      System.err.println(
          "usage: SparkBuild --out DIR [--partitions N] [--base IRI] [--wikidata offline|none]"
              + " INPUT...");
      System.exit(2);
    }
    SparkConf conf = new SparkConf().setAppName("newsgraph build");
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sc.setLogLevel("WARN");
      Manifest m = run(sc, inputs, out, base, partitions, link);
      System.err.printf("newsgraph: %d articles, %d quads in %d shards -> %s%n",
          m.articles(), m.quads(), m.shards().size(), out);
    }
  }

  /**
   * The job on an existing context; {@code link} links entities to Wikidata offline. Returns
   * the manifest written to {@code out}.
   */
  public static Manifest run(
      JavaSparkContext sc, List<String> inputs, String out, String base, int partitions,
      boolean link) throws IOException {
    Configuration hconf = sc.hadoopConfiguration();
    int parts = partitions > 0 ? partitions : Math.max(2, sc.defaultParallelism() * 2);
    TaskTotals totals = new TaskTotals();
    sc.sc().addSparkListener(totals);
    long t0 = System.nanoTime();

    List<String> files = ArticleSource.list(inputs, hconf);
    List<Tuple2<String, String>> indexed = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      indexed.add(new Tuple2<>(String.format("%09d", i), files.get(i)));
    }
    // Read per file (a file is the unit of listing), keyed by input order.
    JavaPairRDD<String, byte[]> read =
        sc.parallelizePairs(indexed, Math.max(1, Math.min(parts, files.size())))
            .flatMapToPair(
                f -> {
                  List<Article> as = ArticleSource.read(f._2(), new Configuration());
                  List<Tuple2<String, byte[]>> got = new ArrayList<>(as.size());
                  for (int j = 0; j < as.size(); j++) {
                    got.add(new Tuple2<>(
                        f._1() + String.format(":%09d", j), Codec.encode(as.get(j))));
                  }
                  return got.iterator();
                });
    // Fewer files than partitions (one big JSONL, a few WARCs): spread the articles before
    // the expensive step, or one task would extract a whole file alone.
    if (files.size() < parts) {
      read = read.repartition(parts);
    }
    // Extract row by row (streaming, nothing held per partition); the extractor is a
    // thread-safe singleton per JVM.
    JavaPairRDD<String, Rows.Extracted> extracted =
        read.mapToPair(
            r -> {
              Article a = Codec.decode(r._2(), Article.class);
              ArticleFacts facts = ArticleExtractor.standard().extract(a);
              return new Tuple2<>(a.id(), new Rows.Extracted(r._1(), r._2(), Codec.encode(facts)));
            });
    // Kept until the duplicates are dropped: both counts below would otherwise extract
    // every article a second time.
    extracted.persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, Rows.Extracted> articles =
        extracted
            .reduceByKey((a, b) -> a.order().compareTo(b.order()) <= 0 ? a : b, parts)
            .persist(StorageLevel.MEMORY_AND_DISK());
    long readCount = extracted.count();
    long n = articles.count();
    extracted.unpersist(false);
    long t1 = System.nanoTime();

    JavaRDD<String> articleQuads =
        articles.mapPartitions(
            it -> {
              Iris iris = new Iris(base);
              ArticleGraph ag = new ArticleGraph(iris);
              List<String> lines = new ArrayList<>();
              while (it.hasNext()) {
                Rows.Extracted e = it.next()._2();
                Article a = Codec.decode(e.article(), Article.class);
                Set<String> one = new LinkedHashSet<>();
                ag.write(Codec.decode(e.facts(), ArticleFacts.class), a.text(), q -> one.add(line(q)));
                lines.addAll(one);
              }
              return lines.iterator();
            });
    JavaPairRDD<String, byte[]> facts = articles.mapValues(Rows.Extracted::facts);
    DistributedResolver.Result r = new DistributedResolver(parts).resolve(facts);
    JavaRDD<String> corpusQuads =
        r.entities().values().mapPartitions(it -> corpusLines(base, it, CorpusEntity.class))
            .union(r.events().mapPartitions(it -> corpusLines(base, it, CorpusEvent.class)))
            .union(r.memberships().mapPartitions(it -> corpusLines(base, it, CorpusMembership.class)))
            .union(r.statements().mapPartitions(it -> corpusLines(base, it, CorpusStatement.class)))
            .union(
                r.sharedWords().wordings()
                    .mapPartitions(it -> corpusLines(base, it, SharedWords.Wording.class)))
            .union(
                r.sharedWords().within()
                    .mapPartitions(it -> corpusLines(base, it, SharedWords.Within.class)))
            .union(publishers(base, r.entities().values(), articles))
            .union(summary(sc, base, r, articles, n))
            .union(link ? DistributedLinker.quads(base, r.entities(), parts) : sc.emptyRDD())
            .distinct(parts)
            .persist(StorageLevel.MEMORY_AND_DISK());
    corpusQuads.count();
    long t2 = System.nanoTime();

    JavaRDD<String> sorted =
        articleQuads.union(corpusQuads).sortBy(s -> s, true, parts)
            .persist(StorageLevel.MEMORY_AND_DISK());
    Path outDir = new Path(out);
    FileSystem fs = outDir.getFileSystem(hconf);
    fs.delete(new Path(outDir, "quads"), true);
    sorted.saveAsTextFile(new Path(outDir, "quads").toString());
    List<Long> counts = sorted.mapPartitions(it -> {
      long c = 0;
      while (it.hasNext()) {
        it.next();
        c++;
      }
      return List.of(c).iterator();
    }).collect();
    List<Shard> shards = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < counts.size(); i++) {
      String name = String.format("part-%05d", i);
      Path from = new Path(outDir, "quads/" + name);
      if (fs.exists(from)) {
        fs.rename(from, new Path(outDir, "quads/" + name + ".nq"));
        shards.add(new Shard("quads/" + name + ".nq", counts.get(i)));
        total += counts.get(i);
      }
    }
    for (FileStatus st : fs.listStatus(new Path(outDir, "quads"))) {
      if (st.getPath().getName().endsWith(".crc")) {
        fs.delete(st.getPath(), false); // checksums of files renamed away
      }
    }
    long t3 = System.nanoTime();
    Manifest m =
        new Manifest("application/n-quads", base, files.size(), n, readCount - n, total, shards, versions(sc));
    write(fs, new Path(outDir, "manifest.json"), m);
    write(fs, new Path(outDir, "metrics.json"), new Metrics(
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
        totals.shuffleWrite.get(), totals.shuffleRead.get(), totals.peakExecution.get(),
        totals.maxHeap()));
    sc.sc().removeSparkListener(totals);
    articles.unpersist(false);
    corpusQuads.unpersist(false);
    sorted.unpersist(false);
    return m;
  }

  /** One N-Quads line (no newline). */
  static String line(Quad q) {
    return NodeFmtLib.strNQ(q).strip();
  }

  private static <T> Iterator<String> corpusLines(String base, Iterator<byte[]> it, Class<T> type) {
    CorpusGraph cg = new CorpusGraph(new Iris(base));
    List<String> out = new ArrayList<>();
    while (it.hasNext()) {
      Object o = Codec.decode(it.next(), type);
      Corpus c =
          new Corpus(
              List.of(),
              o instanceof CorpusEntity ce ? List.of(ce) : List.of(),
              o instanceof CorpusEvent ev ? List.of(ev) : List.of(),
              o instanceof CorpusMembership cm ? List.of(cm) : List.of(),
              o instanceof CorpusStatement cs ? List.of(cs) : List.of(),
              new SharedWords.Shared(
                  o instanceof SharedWords.Wording w ? List.of(w) : List.of(),
                  o instanceof SharedWords.Within w ? List.of(w) : List.of()));
      cg.write(c, q -> out.add(line(q)));
    }
    return out.iterator();
  }

  /**
   * The summary graph: {@link SummaryGraph#count}'s counts as group-bys (per outlet, each node
   * once however many of the outlet's articles it is in); only the counts reach the driver.
   */
  private static JavaRDD<String> summary(
      JavaSparkContext sc,
      String base,
      DistributedResolver.Result r,
      JavaPairRDD<String, Rows.Extracted> articles,
      long articleCount) {
    JavaRDD<SummaryGraph.Counted> nodes =
        r.entities().values().map(b -> SummaryGraph.counted(Codec.decode(b, CorpusEntity.class)))
            .union(r.events().map(b -> SummaryGraph.counted(Codec.decode(b, CorpusEvent.class))))
            .union(r.memberships().map(b -> SummaryGraph.counted(Codec.decode(b, CorpusMembership.class))))
            .union(r.statements().map(b -> SummaryGraph.counted(Codec.decode(b, CorpusStatement.class))))
            .persist(StorageLevel.MEMORY_AND_DISK()); // read twice: totals and per outlet
    JavaPairRDD<String, String> outletOf =
        articles.mapValues(a -> SummaryGraph.outlet(Codec.decode(a.facts(), ArticleFacts.class).article()));
    SortedMap<String, Long> byClass =
        new TreeMap<>(nodes.flatMap(c -> c.classes().iterator()).countByValue());
    byClass.put(NG.Article.getURI(), articleCount);
    SortedMap<String, SortedMap<String, Long>> byOutlet = new TreeMap<>();
    outletOf.values().countByValue().forEach(
        (o, c) -> byOutlet.computeIfAbsent(o, k -> new TreeMap<>()).put(NG.Article.getURI(), c));
    nodes
        .flatMapToPair(
            c -> c.articles().stream().map(a -> new Tuple2<>(a, c)).iterator())
        .join(outletOf)
        .mapToPair(x -> new Tuple2<>(new Tuple2<>(x._2()._2(), x._2()._1().key()), x._2()._1()))
        .reduceByKey((a, b) -> a) // each node once per outlet
        .flatMap(x -> x._2().classes().stream().map(c -> new Tuple2<>(x._1()._1(), c)).iterator())
        .countByValue()
        .forEach((oc, c) -> byOutlet.computeIfAbsent(oc._1(), k -> new TreeMap<>()).put(oc._2(), c));
    nodes.unpersist(false);
    List<String> lines = new ArrayList<>();
    new SummaryGraph(new Iris(base))
        .write(new SummaryGraph.Counts(byClass, byOutlet), q -> lines.add(line(q)));
    return sc.parallelize(lines, 1);
  }

  /**
   * Articles' publishers, as {@link CorpusGraph} links them: an outlet whose folded name is an
   * organisation's label or alt label (the first such organisation by key) is that
   * organisation; other outlets become MediaOutlet nodes of their own.
   */
  private static JavaRDD<String> publishers(
      String base, JavaRDD<byte[]> entities, JavaPairRDD<String, Rows.Extracted> articles) {
    JavaPairRDD<String, String> orgByFold =
        entities
            .flatMapToPair(
                b -> {
                  CorpusEntity ce = Codec.decode(b, CorpusEntity.class);
                  List<Tuple2<String, String>> out = new ArrayList<>();
                  if (ce.kind().type() == EntityType.ORGANISATION) {
                    out.add(new Tuple2<>(Names.fold(ce.label()), ce.key()));
                    ce.altLabels().forEach(a -> out.add(new Tuple2<>(Names.fold(a), ce.key())));
                  }
                  return out.iterator();
                })
            .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b);
    JavaPairRDD<String, Tuple2<String, String>> outlets =
        articles.flatMapToPair(
            a -> {
              ArticleFacts f = Codec.decode(a._2().facts(), ArticleFacts.class);
              String outlet = f.article().meta().outlet();
              return outlet == null
                  ? java.util.Collections.<Tuple2<String, Tuple2<String, String>>>emptyIterator()
                  : List.of(new Tuple2<>(Names.fold(outlet), new Tuple2<>(a._1(), outlet))).iterator();
            });
    return outlets
        .leftOuterJoin(orgByFold)
        .mapPartitions(
            it -> {
              Iris iris = new Iris(base);
              List<String> out = new ArrayList<>();
              while (it.hasNext()) {
                var o = it.next()._2();
                String articleId = o._1()._1();
                String outlet = o._1()._2();
                String key = o._2().orElse(null);
                if (key == null) {
                  key = "organisation/" + Names.slug(outlet);
                  var n = iris.key(key);
                  var g = iris.corpusGraph();
                  out.add(line(Quad.create(g, n, RDF.type.asNode(), NG.Organisation.asNode())));
                  out.add(line(Quad.create(g, n, RDF.type.asNode(), NG.MediaOutlet.asNode())));
                  out.add(line(Quad.create(g, n, RDFS.label.asNode(), Literals.string(outlet))));
                }
                out.add(line(Quad.create(iris.corpusGraph(), iris.article(articleId),
                    SchemaDO.publisher.asNode(), iris.key(key))));
              }
              return out.iterator();
            });
  }

  private static Map<String, String> versions(JavaSparkContext sc) {
    Map<String, String> v = new LinkedHashMap<>();
    Properties p = new Properties();
    try (InputStream in = SparkBuild.class.getResourceAsStream("/newsgraph-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // the version is informative only
    }
    v.put("newsgraph", p.getProperty("version", "unknown"));
    v.put("spark", sc.version());
    v.put("jena", org.apache.jena.Jena.VERSION);
    v.put("java", System.getProperty("java.specification.version"));
    return v;
  }

  private static void write(FileSystem fs, Path p, Object value) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try (OutputStream os = fs.create(p, true)) {
      json.writeValue(os, value);
    }
  }

  /** Sums task metrics: shuffle bytes and the largest execution-memory peak. */
  static final class TaskTotals extends SparkListener {
    final AtomicLong shuffleWrite = new AtomicLong();
    final AtomicLong shuffleRead = new AtomicLong();
    final AtomicLong peakExecution = new AtomicLong();
    final AtomicLong heap = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      var m = end.taskMetrics();
      if (m == null) {
        return;
      }
      shuffleWrite.addAndGet(m.shuffleWriteMetrics().bytesWritten());
      shuffleRead.addAndGet(m.shuffleReadMetrics().totalBytesRead());
      peakExecution.accumulateAndGet(m.peakExecutionMemory(), Math::max);
      var ex = end.taskExecutorMetrics();
      if (ex != null) {
        heap.accumulateAndGet(ex.getMetricValue("JVMHeapMemory"), Math::max);
      }
    }

    long maxHeap() {
      return heap.get();
    }
  }
}
