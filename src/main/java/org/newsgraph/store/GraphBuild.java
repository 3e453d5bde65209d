package org.newsgraph.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.graph.ArticleGraph;
import org.newsgraph.graph.Iris;
import org.newsgraph.graph.LinkGraph;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.SummaryGraph;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleMetadata;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.IngestListener;
import org.newsgraph.ingest.PublicationDate;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.resolve.stream.StreamingResolver;

/**
 * The whole pipeline, articles to dataset: ingest → extract (in parallel, one article at a
 * time, pure) → article graphs written as they come, facts spilled to disk → resolve over all
 * articles' facts, grouped on disk ({@link StreamingResolver}) → corpus graph written as it is
 * resolved → link. The heap holds per-name and per-entity tables, not the articles' facts, so
 * its size hardly depends on the number of articles.
 *
 * <pre>
 * GraphBuild.Result r = GraphBuild.build(List.of(Path.of("data/articles")), GraphBuild.Options.defaults());
 * DatasetGraph dsg = r.dataset();
 * </pre>
 */
public final class GraphBuild {
  private GraphBuild() {}

  /**
   * The batch size that makes {@link #buildInto} one write transaction, articles and corpus
   * graph together: readers of a served store see the old state or the new one, never half.
   */
  public static final int ONE_TRANSACTION = Integer.MAX_VALUE;

  /**
   * @param base the instance IRI base
   * @param threads extraction threads
   * @param linker the Wikidata linker ({@link EntityLinker#none()} for none)
   * @param listener hears ingest problems and duplicates
   * @param progress hears each article extracted and each later step of the build
   * @param batchSize articles per committed transaction when building into a store;
   *     {@link #ONE_TRANSACTION} makes the whole add (articles and corpus graph) one transaction
   */
  public record Options(
      String base,
      int threads,
      EntityLinker linker,
      IngestListener listener,
      Progress progress,
      int batchSize,
      boolean enrich) {

    public static Options defaults() {
      return new Options(
          Iris.DEFAULT_BASE,
          Math.max(1, Runtime.getRuntime().availableProcessors()),
          EntityLinker.none(),
          IngestListener.NONE,
          () -> {},
          // A system property so a crash test can make batches small. TDB2 is copy-on-write:
          // each commit leaves replaced blocks behind, so few large batches keep a store near
          // the size of one bulk load (10k articles: 2.4 GB with 500 a batch, 1.5 GB with 5,000,
          // 1.3 GB for Jena's loader), while a kill still loses at most one batch.
          Math.max(1, Integer.getInteger("newsgraph.batchSize", 5000)),
          false);
    }

    public Options withLinker(EntityLinker l) {
      return new Options(base, threads, l, listener, progress, batchSize, enrich);
    }

    public Options withListener(IngestListener l) {
      return new Options(base, threads, linker, l, progress, batchSize, enrich);
    }

    public Options withProgress(Progress p) {
      return new Options(base, threads, linker, listener, p, batchSize, enrich);
    }

    public Options withThreads(int n) {
      return new Options(base, n, linker, listener, progress, batchSize, enrich);
    }

    public Options withEnrich(boolean e) {
      return new Options(base, threads, linker, listener, progress, batchSize, e);
    }

    /** Articles per committed batch; {@link #ONE_TRANSACTION} for all-or-nothing adds. */
    public Options withBatchSize(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("batch size must be at least 1, not " + n);
      }
      return new Options(base, threads, linker, listener, progress, n, enrich);
    }

    public Options withBase(String b) {
      return new Options(b, threads, linker, listener, progress, batchSize, enrich);
    }
  }

  /** Hears a build's progress: each article extracted, then the steps that follow. */
  @FunctionalInterface
  public interface Progress {
    void article();

    /** A step of the build starts ("Resolving ..."), after the articles. */
    default void phase(String what) {
      phase(what, 0);
    }

    /** A step that goes through {@code articles} articles, each reported by {@link #article}. */
    default void phase(String what, long articles) {}

    /**
     * Before any article: the store built into already holds {@code articles} articles, which
     * are resolved again with the new ones.
     */
    default void stored(long articles) {}
  }

  /** What a build did. */
  public record Summary(
      int articles,
      int skipped,
      int alreadyPresent,
      long quads,
      int entities,
      int events,
      int memberships,
      int statements,
      double seconds) {}

  /** An in-memory build. */
  public record Result(DatasetGraph dataset, Summary summary) {}

  /** Builds {@code inputs} into a new in-memory dataset. */
  public static Result build(List<Path> inputs, Options o) {
    long t0 = System.nanoTime();
    DatasetGraph dsg = DatasetGraphFactory.create();
    Iris iris = new Iris(o.base());
    ArticleGraph ag = new ArticleGraph(iris);
    ArticleReader reader = new ArticleReader(o.listener());
    Counting add = new Counting(dsg); // a new dataset: the quads written are the quads held
    try (StreamingResolver resolver = resolver()) {
      extractAll(
          sink -> reader.read(inputs, sink),
          o,
          (article, f) -> {
            ag.write(f, article.text(), add);
            resolver.add(f);
            o.progress().article();
          });
      StreamingResolver.Totals t = writeCorpus(resolver, o, iris, add);
      return new Result(
          dsg, summary(t, (int) resolver.articles(), reader.skipped(), 0, add.count, t0));
    }
  }

  /**
   * The resolution step: every article's facts go to disk as they are extracted, and the merge
   * steps group them on disk, so the heap holds per-name and per-entity state only, however
   * many articles there are.
   */
  private static StreamingResolver resolver() {
    return new StreamingResolver(DiskGroupBy::new);
  }

  /**
   * Builds {@code inputs} into a TDB2 store, adding to what it holds: articles already in it
   * are skipped, new ones are committed in batches (a kill leaves the last committed batch),
   * then the corpus graph is rebuilt from every article's facts in one transaction, so the
   * result equals a full rebuild and readers see the old or the new corpus, never half.
   * With {@link #ONE_TRANSACTION} as batch size everything is one transaction instead, so
   * readers never see new articles without the corpus graph that goes with them.
   */
  public static Summary buildInto(DatasetGraph store, List<Path> inputs, Options o) {
    if (o.batchSize() == ONE_TRANSACTION) {
      // The steps below join this transaction (Txn nests) instead of committing their own.
      return Txn.calculateWrite(store, () -> buildIntoSteps(store, inputs, o));
    }
    return buildIntoSteps(store, inputs, o);
  }

  private static Summary buildIntoSteps(DatasetGraph store, List<Path> inputs, Options o) {
    long t0 = System.nanoTime();
    boolean outer = store.isInTransaction();
    Iris iris = new Iris(o.base());
    ArticleGraph ag = new ArticleGraph(iris);
    Set<String> present = Txn.calculateRead(store, () -> storedIds(store));
    o.progress().stored(present.size());
    // Into an empty store the quads written are the quads stored (every graph is written
    // without repeats: GraphBuildTest), so the count needs no scan of the store afterwards
    // (20 s at 30,000 articles).
    boolean empty = Txn.calculateRead(store, store::isEmpty);
    Counting add = new Counting(store);
    ArticleReader reader = new ArticleReader(o.listener(), present);
    int[] inBatch = {0};
    try (StreamingResolver resolver = resolver()) {
      try {
        extractAll(
            sink -> reader.read(inputs, sink),
            o,
            (article, f) -> {
              if (!store.isInTransaction()) {
                store.begin(ReadWrite.WRITE);
              }
              ag.write(f, article.text(), add);
              resolver.add(f);
              o.progress().article();
              if (++inBatch[0] >= o.batchSize() && !outer) {
                store.commit();
                store.end();
                inBatch[0] = 0;
              }
            });
        if (store.isInTransaction() && !outer) {
          store.commit();
          store.end();
        }
      } finally {
        if (store.isInTransaction() && !outer) {
          store.abort();
          store.end();
        }
      }
      int added = (int) resolver.articles();
      if (!present.isEmpty()) {
        o.progress()
            .phase(
                String.format("Reading the %,d articles already in the store", present.size()),
                present.size());
      }
      // Facts of the articles stored earlier come from their stored text: extraction is a pure
      // function of the article, so this gives exactly what a full rebuild would.
      // Read one at a time inside a read transaction: never every stored text at once.
      extractAll(
          sink -> Txn.executeRead(store, () -> storedArticles(store, present, sink)),
          o,
          (article, f) -> {
            resolver.add(f);
            o.progress().article();
          });
      // Straight into the store as it is resolved: the corpus graph is a quarter of the quads
      // (8.7 million at 100,000 articles). One write transaction, so readers see the old corpus
      // graph or the new one. Online Wikidata lookups, if asked for, happen inside it too:
      // they need the entities complete, which they are only once written.
      StreamingResolver.Totals t =
          Txn.calculateWrite(
              store,
              () -> {
                for (Node g : derivedGraphs(iris)) {
                  store.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                }
                return writeCorpus(resolver, o, iris, add);
              });
      if (!empty) {
        o.progress().phase("Counting the store's quads");
      }
      long n = empty ? add.count : Txn.calculateRead(store, () -> countQuads(store));
      return summary(t, added, reader.skipped(), present.size(), n, t0);
    }
  }

  /**
   * Adds quads to a dataset and counts them. Every graph is written without repeats
   * (GraphBuildTest), so into a new dataset the count is the dataset's size, with no scan.
   */
  private static final class Counting implements Consumer<Quad> {
    private final DatasetGraph dsg;
    long count;

    Counting(DatasetGraph dsg) {
      this.dsg = dsg;
    }

    @Override
    public void accept(Quad q) {
      dsg.add(q);
      count++;
    }
  }

  /** Graphs rebuilt from scratch on every build: the corpus graph, link enrichment, summary. */
  static List<Node> derivedGraphs(Iris iris) {
    return List.of(
        iris.corpusGraph(), LinkGraph.graphNode(iris.base()), new SummaryGraph(iris).graphNode());
  }

  /** Resolves the corpus and writes its graphs: corpus, summary, links. */
  private static StreamingResolver.Totals writeCorpus(
      StreamingResolver resolver, Options o, Iris iris, Consumer<Quad> sink) {
    try (CorpusGraphsWriter w = new CorpusGraphsWriter(o, iris, sink)) {
      StreamingResolver.Totals t = resolver.resolve(w);
      w.finish();
      return t;
    }
  }

  private static Summary summary(
      StreamingResolver.Totals t, int articles, int skipped, int present, long quads, long t0) {
    return new Summary(
        articles,
        skipped,
        present,
        quads,
        t.entities(),
        t.events(),
        t.memberships(),
        t.statements(),
        (System.nanoTime() - t0) / 1e9);
  }

  /** Consumes extracted articles in input order. */
  interface Extracted {
    void accept(Article article, ArticleFacts facts);
  }

  /**
   * Extracts articles on {@code o.threads()} threads while keeping input order and at most a
   * few articles per thread in flight, so memory stays flat however large the corpus.
   */
  static void extractAll(Consumer<Consumer<Article>> raw, Options o, Extracted out) {
    ArticleExtractor ex = ArticleExtractor.standard();
    Consumer<Consumer<Article>> source =
        sink ->
            raw.accept(
                a -> {
                  if (ArticleExtractor.readsInPart(a)) {
                    o.listener()
                        .warning(
                            a.source(),
                            String.format("character %,d", ArticleExtractor.MAX_EXTRACTED_CHARS),
                            String.format(
                                "%,d characters in one article: facts come from the first %,d"
                                    + " (the whole text is kept). If the file holds several"
                                    + " articles, split it (one per file, or JSONL) to extract"
                                    + " them all.",
                                a.text().length(), ArticleExtractor.MAX_EXTRACTED_CHARS));
                  }
                  sink.accept(a);
                });
    if (o.threads() <= 1) {
      source.accept(a -> out.accept(a, ex.extract(a)));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(o.threads(), r -> {
      Thread t = new Thread(r, "newsgraph-extract");
      t.setDaemon(true);
      return t;
    });
    record Job(Article article, Future<ArticleFacts> facts) {}
    ArrayDeque<Job> window = new ArrayDeque<>();
    int max = 4 * o.threads();
    try {
      source.accept(
          a -> {
            window.add(new Job(a, pool.submit(() -> ex.extract(a))));
            while (window.size() >= max) {
              Job j = window.poll();
              out.accept(j.article(), get(j.facts()));
            }
          });
      while (!window.isEmpty()) {
        Job j = window.poll();
        out.accept(j.article(), get(j.facts()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static ArticleFacts get(Future<ArticleFacts> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Quads in named graphs plus triples in the real default graph. */
  public static long countQuads(DatasetGraph dsg) {
    return Iter.count(dsg.find());
  }


  /** Ids of the articles a store holds. Call inside a read transaction. */
  static Set<String> storedIds(DatasetGraph store) {
    Set<String> ids = new HashSet<>();
    var it = store.find(Node.ANY, Node.ANY, DCTerms.identifier.asNode(), Node.ANY);
    while (it.hasNext()) {
      Quad q = it.next();
      if (store.contains(q.getGraph(), q.getSubject(), RDF.type.asNode(), NG.Article.asNode())) {
        ids.add(q.getObject().getLiteralLexicalForm());
      }
    }
    return ids;
  }

  /**
   * The stored articles with the given ids, rebuilt from their graphs, in id order, one at a
   * time to {@code out}. Inside a read transaction.
   */
  static void storedArticles(DatasetGraph store, Set<String> ids, Consumer<Article> out) {
    Iris any = Iris.standard();
    var it = store.find(Node.ANY, Node.ANY, DCTerms.identifier.asNode(), Node.ANY);
    List<Quad> idQuads = new ArrayList<>();
    it.forEachRemaining(idQuads::add);
    idQuads.sort(Comparator.comparing(q -> q.getObject().getLiteralLexicalForm()));
    for (Quad q : idQuads) {
      String id = q.getObject().getLiteralLexicalForm();
      if (!ids.contains(id)) {
        continue;
      }
      Node g = q.getGraph();
      Node a = q.getSubject();
      String text = literal(store, g, a, SchemaDO.text.asNode());
      if (text == null) {
        continue;
      }
      String issued = literal(store, g, a, DCTerms.issued.asNode());
      PublicationDate pd =
          issued == null
              ? null
              : new PublicationDate(
                  LocalDate.parse(issued),
                  "true".equals(literal(store, g, a, NG.issuedInferred.asNode())),
                  literal(store, g, a, NG.issuedSource.asNode()));
      String url = null;
      var u = store.find(g, a, SchemaDO.url.asNode(), Node.ANY);
      if (u.hasNext()) {
        url = u.next().getObject().getURI();
      }
      ArticleMetadata meta =
          new ArticleMetadata(
              literal(store, g, a, DCTerms.title.asNode()),
              literal(store, g, a, NG.outletName.asNode()),
              url,
              pd,
              literal(store, g, a, DCTerms.language.asNode()));
      out.accept(new Article(id, literal(store, g, a, DCTerms.source.asNode()), text, meta));
    }
  }

  private static String literal(DatasetGraph store, Node g, Node s, Node p) {
    var it = store.find(g, s, p, Node.ANY);
    return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
  }
}
