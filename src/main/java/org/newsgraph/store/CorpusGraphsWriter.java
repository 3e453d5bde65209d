package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.graph.CorpusGraph;
import org.newsgraph.graph.Iris;
import org.newsgraph.graph.LinkGraph;
import org.newsgraph.graph.SummaryGraph;
import org.newsgraph.ingest.ArticleInfo;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.LinkResult;
import org.newsgraph.link.WikidataLinker;
import org.newsgraph.resolve.ArticleEntity;
import org.newsgraph.resolve.CorpusEntity;
import org.newsgraph.resolve.CorpusEvent;
import org.newsgraph.resolve.CorpusMembership;
import org.newsgraph.resolve.CorpusStatement;
import org.newsgraph.resolve.stream.Spill;
import org.newsgraph.resolve.stream.StreamingResolver;
import org.newsgraph.resolve.statement.SharedWords;

/**
 * Writes the corpus graph, the summary graph and the Wikidata links as the corpus is resolved
 * ({@link StreamingResolver}), quad by quad into a dataset: no corpus node is held longer than
 * it takes to write it. What the links need from the articles (which entities share one) is
 * spilled to disk and read back once the entities are complete.
 */
final class CorpusGraphsWriter implements StreamingResolver.Output, AutoCloseable {

  /** The corpus keys of one article's entities. */
  record ArticleKeys(List<String> keys) {}

  private final GraphBuild.Options options;
  private final Iris iris;
  private final Consumer<Quad> sink;
  private final CorpusGraph corpus;
  private final SummaryGraph.Counter counter = new SummaryGraph.Counter();
  private final boolean linking;
  private final List<CorpusEntity> entities = new ArrayList<>();
  private final Spill<ArticleKeys> articleKeys;
  private CorpusGraph.Publishers publishers;

  CorpusGraphsWriter(GraphBuild.Options options, Iris iris, Consumer<Quad> sink) {
    this.options = options;
    this.iris = iris;
    this.sink = sink;
    this.corpus = new CorpusGraph(iris);
    this.linking = options.linker() != EntityLinker.none();
    this.articleKeys = linking ? Spill.create(ArticleKeys.class) : null;
  }

  @Override
  public void step(String what, long articles) {
    options.progress().phase(what, articles);
  }

  @Override
  public void named(List<CorpusEntity> heads) {
    publishers = corpus.publishers(heads);
  }

  @Override
  public void article(ArticleInfo article, List<ArticleEntity> parts) {
    counter.article(article);
    publishers.article(article, sink);
    List<String> keys = new ArrayList<>(parts.size());
    for (ArticleEntity p : parts) {
      corpus.articleEntity(p, sink);
      counter.entityIn(p.key(), article.id());
      keys.add(p.key());
    }
    if (linking) {
      articleKeys.add(new ArticleKeys(keys));
    }
    options.progress().article();
  }

  @Override
  public void entity(CorpusEntity e) {
    corpus.entityNode(e, sink);
    counter.entity(e);
    if (linking) {
      entities.add(e);
    }
  }

  @Override
  public void event(CorpusEvent e) {
    corpus.event(e, sink);
    counter.node(SummaryGraph.counted(e));
  }

  @Override
  public void membership(CorpusMembership m) {
    corpus.membership(m, sink);
    counter.node(SummaryGraph.counted(m));
  }

  @Override
  public void statement(CorpusStatement s) {
    corpus.statement(s, sink);
    counter.node(SummaryGraph.counted(s));
  }

  @Override
  public void sharedWords(SharedWords.Shared shared) {
    corpus.sharedWords(shared, sink);
  }

  /** After the resolution: the outlets, the summary graph, the links. */
  void finish() {
    publishers.outlets(sink);
    new SummaryGraph(iris).write(counter.counts(), sink);
    if (!linking) {
      return;
    }
    options.progress().phase(String.format("Linking %,d entities to Wikidata", entities.size()));
    List<LinkResult> links =
        options.linker()
            .link(
                entities,
                each -> articleKeys.forEach(k -> each.accept(k.keys())));
    LinkGraph.write(iris.corpusGraph(), links, iris::key, sink);
    if (options.enrich() && options.linker() instanceof WikidataLinker w) {
      LinkGraph.enrich(LinkGraph.graphNode(iris.base()), links, w.source(), sink);
    }
  }

  @Override
  public void close() {
    if (articleKeys != null) {
      articleKeys.close();
    }
  }
}
