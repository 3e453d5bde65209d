package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.bench.CorpusWriter;
import org.newsgraph.cli.Cli;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.graph.ArticleGraph;
import org.newsgraph.graph.CorpusGraph;
import org.newsgraph.graph.Iris;
import org.newsgraph.graph.LinkGraph;
import org.newsgraph.graph.SummaryGraph;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleInfo;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.IngestListener;
import org.newsgraph.link.LinkerLib;
import org.newsgraph.link.WikidataLinker;
import org.newsgraph.resolve.ArticleEntity;
import org.newsgraph.resolve.Corpus;
import org.newsgraph.resolve.CorpusEntity;
import org.newsgraph.resolve.CorpusEvent;
import org.newsgraph.resolve.CorpusMembership;
import org.newsgraph.resolve.CorpusResolver;
import org.newsgraph.resolve.CorpusStatement;
import org.newsgraph.resolve.NameEntityResolver;
import org.newsgraph.resolve.statement.SharedWords;
import org.newsgraph.resolve.stream.GroupBy;
import org.newsgraph.resolve.stream.StreamingResolver;

/**
 * The build's resolution, one article at a time with its merge steps grouped on disk, gives
 * what the in-memory resolver gives on the whole corpus at once: the same corpus nodes, and the
 * same quads in every graph.
 */
class StreamingResolutionTest {

  @TempDir static Path dir;

  /** The seeds and 300 generated articles, with their text. */
  static final List<Article> ARTICLES = new ArrayList<>();

  static final List<ArticleFacts> FACTS = new ArrayList<>();

  @BeforeAll
  static void corpus() throws Exception {
    Path jsonl = dir.resolve("c.jsonl");
    CorpusWriter.writeJsonl(CorpusGenerator.create(5, 300), jsonl);
    new ArticleReader(IngestListener.NONE).read(List.of(Cli.articles(), jsonl), ARTICLES::add);
    for (Article a : ARTICLES) {
      FACTS.add(ArticleExtractor.standard().extract(a));
    }
  }

  /** Everything the resolution hands over, gathered. */
  static final class Gathered implements StreamingResolver.Output {
    final List<String> steps = new ArrayList<>();
    final Map<String, List<ArticleEntity>> parts = new TreeMap<>();
    final List<CorpusEntity> named = new ArrayList<>();
    final List<CorpusEntity> entities = new ArrayList<>();
    final List<CorpusEvent> events = new ArrayList<>();
    final List<CorpusMembership> memberships = new ArrayList<>();
    final List<CorpusStatement> statements = new ArrayList<>();
    SharedWords.Shared shared;
    int articles;

    @Override
    public void step(String what, long n) {
      steps.add(what);
    }

    @Override
    public void named(List<CorpusEntity> heads) {
      assertEquals(0, articles, "names before articles");
      named.addAll(heads);
    }

    @Override
    public void article(ArticleInfo article, List<ArticleEntity> es) {
      assertTrue(entities.isEmpty(), "articles before entities");
      articles++;
      for (ArticleEntity p : es) {
        assertEquals(article.id(), p.articleId());
        parts.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
      }
    }

    @Override
    public void entity(CorpusEntity e) {
      entities.add(e);
    }

    @Override
    public void event(CorpusEvent e) {
      events.add(e);
    }

    @Override
    public void membership(CorpusMembership m) {
      memberships.add(m);
    }

    @Override
    public void statement(CorpusStatement s) {
      statements.add(s);
    }

    @Override
    public void sharedWords(SharedWords.Shared s) {
      shared = s;
    }
  }

  static Gathered resolve(List<ArticleFacts> facts, GroupBy.Factory groups) {
    Gathered g = new Gathered();
    try (StreamingResolver r = new StreamingResolver(groups)) {
      facts.forEach(r::add);
      StreamingResolver.Totals t = r.resolve(g);
      assertEquals(
          new StreamingResolver.Totals(
              g.entities.size(), g.events.size(), g.memberships.size(), g.statements.size()),
          t);
    }
    return g;
  }

  @Test
  void givesTheCorpusTheInMemoryResolverGivesInAnyArticleOrderWithRunsSpilledToDisk() {
    Corpus expected = CorpusResolver.standard().resolve(FACTS);
    assertFalse(expected.events().isEmpty());
    assertFalse(expected.memberships().isEmpty());
    assertFalse(expected.sharedWords().wordings().isEmpty());
    assertTrue(expected.entities().stream().anyMatch(e -> e.directorKey() != null));
    List<ArticleFacts> shuffled = new ArrayList<>(FACTS);
    Collections.shuffle(shuffled, new Random(3));
    // 4 KB runs: every group-by writes many sorted runs and merges them back.
    for (GroupBy.Factory groups : List.<GroupBy.Factory>of(GroupBy::inMemory, () -> new DiskGroupBy(4096))) {
      Gathered got = resolve(shuffled, groups);
      assertEquals(FACTS.size(), got.articles);
      assertEquals(expected.events(), sorted(got.events, CorpusEvent::key));
      assertEquals(expected.memberships(), sorted(got.memberships, CorpusMembership::key));
      assertEquals(expected.statements(), sorted(got.statements, CorpusStatement::key));
      assertEquals(expected.sharedWords(), got.shared);
      assertEquals(expected.entities().size(), got.entities.size());
      assertEquals(
          expected.entities().stream().map(CorpusEntity::key).toList(),
          got.named.stream().map(CorpusEntity::key).toList());
      Map<String, CorpusEntity> whole = new HashMap<>();
      expected.entities().forEach(e -> whole.put(e.key(), e));
      for (CorpusEntity e : got.entities) {
        CorpusEntity want = whole.get(e.key());
        assertNotNull(want, e.key());
        assertEquals(want.directorKey(), e.directorKey(), e.key());
        assertTrue(e.articles().isEmpty() && e.mentions().isEmpty(), e.key());
        // The attributes handed with the entity: the first of each property and value.
        List<String> firsts = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (CorpusEntity.SourcedAttribute sa : want.attributes()) {
          if (seen.add(sa.attribute().property() + "=" + sa.attribute().value())) {
            firsts.add(sa.articleId() + " " + sa.attribute());
          }
        }
        assertEquals(
            firsts,
            e.attributes().stream().map(sa -> sa.articleId() + " " + sa.attribute()).toList());
        List<ArticleEntity> ps = new ArrayList<>(got.parts.getOrDefault(e.key(), List.of()));
        ps.sort(Comparator.comparing(ArticleEntity::articleId));
        assertEquals(want, NameEntityResolver.whole(e, ps));
      }
    }
  }

  @Test
  void buildWritesTheGraphsOfTheInMemoryResolution() {
    WikidataLinker linker = LinkerLib.offline(null);
    GraphBuild.Result built =
        GraphBuild.build(
            List.of(Cli.articles(), dir.resolve("c.jsonl")),
            GraphBuild.Options.defaults().withLinker(linker));
    // The reference: every article's facts resolved at once, then each graph written whole.
    Iris iris = Iris.standard();
    DatasetGraph want = DatasetGraphFactory.create();
    ArticleGraph ag = new ArticleGraph(iris);
    for (int i = 0; i < ARTICLES.size(); i++) {
      ag.write(FACTS.get(i), ARTICLES.get(i).text(), want::add);
    }
    Corpus corpus = CorpusResolver.standard().resolve(FACTS);
    new CorpusGraph(iris).write(corpus, want::add);
    new SummaryGraph(iris).write(SummaryGraph.count(corpus), want::add);
    LinkGraph.write(iris.corpusGraph(), linker.link(corpus.entities()), iris::key, want::add);
    List<String> linkQuads = quads(want).stream().filter(q -> q.contains("wikidata.org")).toList();
    assertFalse(linkQuads.isEmpty(), "some entity is linked");
    List<String> wanted = quads(want);
    List<String> got = quads(built.dataset());
    List<String> missing = new ArrayList<>(wanted);
    missing.removeAll(new HashSet<>(got));
    List<String> extra = new ArrayList<>(got);
    extra.removeAll(new HashSet<>(wanted));
    // The first few differences, not two lists of 300,000 quads.
    assertEquals(List.of(), missing.subList(0, Math.min(5, missing.size())), "missing quads");
    assertEquals(List.of(), extra.subList(0, Math.min(5, extra.size())), "extra quads");
    assertEquals(wanted, got); // and no quad twice
    assertEquals(wanted.size(), built.summary().quads());
  }

  private static List<String> quads(DatasetGraph dsg) {
    List<String> out = new ArrayList<>();
    dsg.find().forEachRemaining(q -> out.add(NodeFmtLib.strNQ(q)));
    Collections.sort(out);
    return out;
  }

  private static <T> List<T> sorted(List<T> in, java.util.function.Function<T, String> key) {
    List<T> out = new ArrayList<>(in);
    out.sort(Comparator.comparing(key));
    return out;
  }
}
