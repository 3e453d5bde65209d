package org.newsgraph.graph;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.ingest.ArticleInfo;
import org.newsgraph.resolve.ArticleEvidence;
import org.newsgraph.resolve.Corpus;
import org.newsgraph.resolve.CorpusEntity;
import org.newsgraph.resolve.CorpusEvent;
import org.newsgraph.resolve.CorpusMembership;
import org.newsgraph.resolve.CorpusStatement;
import org.newsgraph.resolve.Names;

/**
 * Counts by class, for the whole corpus and per outlet, computed at build time and written as
 * VoID class partitions in a graph of their own: "how many expulsions, people, statements,
 * overall and per outlet" is then a lookup of a few dozen triples instead of a scan of every
 * node (seconds at 10,000 articles, minutes at 100,000). {@code queries/corpus-summary.rq}
 * reads it.
 *
 * <pre>
 * &lt;id/summary&gt; a void:Dataset ; void:classPartition &lt;id/summary/class/Person&gt; ;
 *     void:subset &lt;id/summary/outlet/the-guardian&gt; .
 * &lt;id/summary/class/Person&gt; void:class ng:Person ; void:entities 5230 .
 * &lt;id/summary/outlet/the-guardian&gt; a void:Dataset ; rdfs:label "The Guardian" ;
 *     void:classPartition &lt;id/summary/outlet/the-guardian/class/Person&gt; .
 * </pre>
 *
 * <p>Counted: articles (per outlet: the articles whose metadata names it; an article without
 * one counts under its source, as in the queries) and the corpus nodes
 * resolved from their text, under every class they have: entities, events, memberships,
 * statements (per outlet: the nodes with a mention or evidence in one of its articles, each
 * once). Outlets named only in metadata, which become publisher nodes, are not counted.
 */
public final class SummaryGraph {

  static final String VOID = "http://rdfs.org/ns/void#";

  /** A corpus node as the summary sees it: its key, classes (IRIs) and the articles it is in. */
  public record Counted(String key, List<String> classes, Collection<String> articles)
      implements Serializable {}

  /**
   * The counts: class IRI to number of nodes, overall and per outlet name.
   *
   * @param byClass nodes per class, {@link NG#Article} included
   * @param byOutlet per outlet name, nodes per class
   */
  public record Counts(
      SortedMap<String, Long> byClass, SortedMap<String, SortedMap<String, Long>> byOutlet)
      implements Serializable {}

  private final Iris iris;

  public SummaryGraph(Iris iris) {
    this.iris = iris;
  }

  /** The summary of one corpus node: an entity, an event, a membership or a statement. */
  public static Counted counted(CorpusEntity e) {
    return new Counted(e.key(), iris(CorpusGraph.classes(e)), List.copyOf(e.articles()));
  }

  public static Counted counted(CorpusEvent e) {
    return new Counted(e.key(), iris(CorpusGraph.classes(e)), articles(e.evidence()));
  }

  public static Counted counted(CorpusMembership m) {
    return new Counted(m.key(), iris(CorpusGraph.classes(m)), articles(m.evidence()));
  }

  public static Counted counted(CorpusStatement s) {
    return new Counted(s.key(), iris(CorpusGraph.classes(s)), articles(s.evidence()));
  }

  /** The counts of a corpus resolved in memory. */
  public static Counts count(Corpus corpus) {
    Counter c = new Counter();
    corpus.facts().forEach(af -> c.article(af.article()));
    corpus.entities().forEach(n -> c.node(counted(n)));
    corpus.events().forEach(n -> c.node(counted(n)));
    corpus.memberships().forEach(n -> c.node(counted(n)));
    corpus.statements().forEach(n -> c.node(counted(n)));
    return c.counts();
  }

  /**
   * Counts a corpus as it is resolved: the articles first, then the nodes in any order; an
   * entity may come in parts ({@link #entityIn}, then {@link #entity}).
   */
  public static final class Counter {
    private final Map<String, String> outletOf = new HashMap<>();
    private final SortedMap<String, Long> byClass = new TreeMap<>();
    private final SortedMap<String, SortedMap<String, Long>> byOutlet = new TreeMap<>();
    private final Map<String, Set<String>> entityOutlets = new HashMap<>();

    public void article(ArticleInfo a) {
      String article = NG.Article.getURI();
      byClass.merge(article, 1L, Long::sum);
      String outlet = outlet(a);
      outletOf.put(a.id(), outlet);
      byOutlet.computeIfAbsent(outlet, o -> new TreeMap<>()).merge(article, 1L, Long::sum);
    }

    /** A node with every article it is in. */
    public void node(Counted c) {
      Set<String> outlets = new TreeSet<>();
      for (String a : c.articles()) {
        String o = outletOf.get(a);
        if (o != null) {
          outlets.add(o);
        }
      }
      add(c.classes(), outlets);
    }

    /** Entity {@code key} is in article {@code articleId}. */
    public void entityIn(String key, String articleId) {
      String o = outletOf.get(articleId);
      if (o != null) {
        entityOutlets.computeIfAbsent(key, k -> new HashSet<>()).add(o);
      }
    }

    /** An entity whose articles came with {@link #entityIn}. */
    public void entity(CorpusEntity e) {
      Set<String> outlets = entityOutlets.remove(e.key());
      add(iris(CorpusGraph.classes(e)), outlets == null ? Set.of() : outlets);
    }

    private void add(List<String> classes, Set<String> outlets) {
      for (String cls : classes) {
        byClass.merge(cls, 1L, Long::sum);
        for (String o : outlets) {
          byOutlet.get(o).merge(cls, 1L, Long::sum);
        }
      }
    }

    public Counts counts() {
      return new Counts(byClass, byOutlet);
    }
  }

  /**
   * The outlet an article counts under: the one its metadata names, else its source, so that
   * every article counts under some outlet (as in the queries, where the source stands in).
   */
  public static String outlet(ArticleInfo a) {
    String named = a.meta().outlet();
    return named != null ? named : a.source();
  }

  /** The summary graph's IRI. */
  public Node graphNode() {
    return NodeFactory.createURI(iris.base() + "graph/summary");
  }

  /** Writes the counts into the summary graph. */
  public void write(Counts counts, Consumer<Quad> sink) {
    ArticleGraph.Emitter e = new ArticleGraph.Emitter(graphNode(), sink);
    Node root = iris.key("summary");
    e.add(root, RDF.type.asNode(), voidTerm("Dataset"));
    partitions(e, root, counts.byClass());
    // Outlet names that fold to the same slug get -2, -3, ... in name order: stable IRIs.
    Map<String, Integer> slugs = new HashMap<>();
    for (var o : counts.byOutlet().entrySet()) {
      String slug = Names.slug(o.getKey());
      int n = slugs.merge(slug, 1, Integer::sum);
      Node subset = iris.key("summary/outlet/" + (n == 1 ? slug : slug + "-" + n));
      e.add(root, voidTerm("subset"), subset);
      e.add(subset, RDF.type.asNode(), voidTerm("Dataset"));
      e.add(subset, RDFS.label.asNode(), Literals.string(o.getKey()));
      partitions(e, subset, o.getValue());
    }
  }

  private void partitions(ArticleGraph.Emitter e, Node dataset, SortedMap<String, Long> counts) {
    for (var c : counts.entrySet()) {
      String local = c.getKey().substring(c.getKey().lastIndexOf('#') + 1);
      Node p = iris.sub(dataset, "class/" + local);
      e.add(dataset, voidTerm("classPartition"), p);
      e.add(p, voidTerm("class"), NodeFactory.createURI(c.getKey()));
      e.add(p, voidTerm("entities"), Literals.integer(c.getValue()));
    }
  }

  private static Node voidTerm(String local) {
    return NodeFactory.createURI(VOID + local);
  }

  private static List<String> iris(List<Node> classes) {
    return classes.stream().map(Node::getURI).toList();
  }

  private static List<String> articles(List<ArticleEvidence> evidence) {
    return evidence.stream().map(ArticleEvidence::articleId).distinct().sorted().toList();
  }
}
