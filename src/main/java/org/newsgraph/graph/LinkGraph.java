package org.newsgraph.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.link.Candidate;
import org.newsgraph.link.ItemSource;
import org.newsgraph.link.LinkResult;
import org.newsgraph.link.WikidataClient;
import org.newsgraph.link.WikidataItem;

/**
 * Writes the linker's results into the dataset: {@code owl:sameAs wd:Q…} and {@code
 * ng:linkScore} on linked entities, an {@code ng:LinkCandidate} node per weighed candidate, and
 * (with {@link #enrich}) selected statements of the linked items in a named graph of their own.
 *
 * <pre>
 * LinkGraph.write(dsg, corpusGraph, links, key -> NodeFactory.createURI(base + key));
 * LinkGraph.enrich(dsg, LinkGraph.graphNode(base), links, linker.source());
 * </pre>
 *
 * <p>Enrichment uses Wikidata's own RDF vocabulary so that WDQS-style queries run on it:
 * {@code wdt:P31}, {@code wdt:P106}, {@code wdt:P569}, {@code wdt:P102}, {@code wdt:P39} for
 * the best-ranked claims ("truthy"), and for P102 and P39 a statement node as in WDQS,
 * {@code wd:Q p:P102 ?s . ?s ps:P102 wd:Q9630 ; pq:P580 … ; pq:P582 … ; wikibase:rank …}. The
 * node is {@code wds:} + the dump's statement id when known, else {@code <graph>/statement/…}
 * minted from its content. Dates are typed at their precision (xsd:date, xsd:gYearMonth,
 * xsd:gYear) like ng:startDate, so the two compare directly.
 */
public final class LinkGraph {
  private LinkGraph() {}

  public static final String WD = "http://www.wikidata.org/entity/";
  public static final String WDT = "http://www.wikidata.org/prop/direct/";
  public static final String P = "http://www.wikidata.org/prop/";
  public static final String PS = "http://www.wikidata.org/prop/statement/";
  public static final String PQ = "http://www.wikidata.org/prop/qualifier/";
  public static final String WDS = "http://www.wikidata.org/entity/statement/";
  public static final String WIKIBASE = "http://wikiba.se/ontology#";
  public static final String SCHEMA = "https://schema.org/";

  /** The enrichment graph under the default instance base. */
  public static final String DEFAULT_GRAPH = "https://w3id.org/newsgraph/id/graph/wikidata";

  // ng: terms this class adds (to be declared in the ontology).
  public static final Node LINK_CANDIDATE = NG.LinkCandidate.asNode();
  public static final Node linkScore = NG.linkScore.asNode();
  public static final Node linkCandidate = NG.linkCandidate.asNode();
  public static final Node wikidataItem = NG.wikidataItem.asNode();
  public static final Node score = NG.score.asNode();
  public static final Node reason = NG.reason.asNode();

  /** The properties enrichment copies. */
  public static final List<String> PROPERTIES = List.of("P31", "P106", "P569", "P102", "P39");

  /** Properties whose statements also get a qualified statement node. */
  private static final Set<String> QUALIFIED = Set.of("P102", "P39");

  /** The enrichment graph's node for an instance base ending in "/". */
  public static Node graphNode(String base) {
    return NodeFactory.createURI(base + "graph/wikidata");
  }

  /** {@code wd:Q…} */
  public static Node wd(String qid) {
    return NodeFactory.createURI(WD + qid);
  }

  /**
   * Writes links and candidates into {@code graph}: linked entities get {@code owl:sameAs} and
   * {@code ng:linkScore}; every candidate becomes {@code <entity>/candidate/Q…}.
   */
  public static void write(
      DatasetGraph dsg, Node graph, List<LinkResult> links, Function<String, Node> entityIri) {
    write(graph, links, entityIri, dsg::add);
  }

  /** As {@link #write(DatasetGraph, Node, List, Function)}, into a quad sink. */
  public static void write(
      Node graph, List<LinkResult> links, Function<String, Node> entityIri, Consumer<Quad> sink) {
    Sink dsg = new Sink(sink);
    for (LinkResult r : links) {
      Node e = entityIri.apply(r.entityKey());
      if (e == null) {
        continue;
      }
      if (r.qid() != null) {
        dsg.add(graph, e, OWL.sameAs.asNode(), wd(r.qid()));
        dsg.add(graph, e, linkScore, decimal(r.score()));
      }
      for (Candidate c : r.candidates()) {
        Node n = NodeFactory.createURI(e.getURI() + "/candidate/" + c.qid());
        dsg.add(graph, e, linkCandidate, n);
        dsg.add(graph, n, RDF.type.asNode(), LINK_CANDIDATE);
        dsg.add(graph, n, wikidataItem, wd(c.qid()));
        dsg.add(graph, n, score, decimal(c.score()));
        if (c.label() != null) {
          dsg.add(graph, n, RDFS.label.asNode(), NodeFactory.createLiteralString(c.label()));
        }
        if (c.reason() != null) {
          dsg.add(graph, n, reason, NodeFactory.createLiteralString(c.reason()));
        }
      }
    }
  }

  /**
   * Writes into {@code graph} the labels, descriptions and selected statements (P31, P106,
   * P569, P102, P39) of every linked item, and the labels of the items they point to, as
   * {@code items} knows them.
   */
  public static void enrich(DatasetGraph dsg, Node graph, List<LinkResult> links, ItemSource items) {
    enrich(graph, links, items, dsg::add);
  }

  /** As {@link #enrich(DatasetGraph, Node, List, ItemSource)}, into a quad sink. */
  public static void enrich(
      Node graph, List<LinkResult> links, ItemSource items, Consumer<Quad> sink) {
    Sink dsg = new Sink(sink);
    Set<String> linked = new TreeSet<>();
    for (LinkResult r : links) {
      if (r.qid() != null) {
        linked.add(r.qid());
      }
    }
    Set<String> values = new TreeSet<>();
    Map<String, WikidataItem> got = new TreeMap<>();
    for (String q : linked) {
      items.item(q).ifPresent(i -> got.put(q, i));
    }
    for (WikidataItem i : got.values()) {
      writeItem(dsg, graph, i, true);
      for (WikidataItem.Claim c : i.claims()) {
        if (c.isItem() && PROPERTIES.contains(c.property()) && !linked.contains(c.value())) {
          values.add(c.value());
        }
      }
    }
    if (items instanceof WikidataClient client) {
      client.entities(new ArrayList<>(values)); // one batched request instead of one per id
    }
    for (String v : values) {
      Optional<WikidataItem> i = items.item(v);
      i.ifPresent(item -> writeItem(dsg, graph, item, false));
    }
  }

  private static void writeItem(Sink dsg, Node g, WikidataItem item, boolean claims) {
    Node s = wd(item.qid());
    if (!item.label().equals(item.qid())) {
      dsg.add(g, s, RDFS.label.asNode(), NodeFactory.createLiteralLang(item.label(), "en"));
    }
    if (!item.description().isEmpty()) {
      dsg.add(
          g,
          s,
          NodeFactory.createURI(SCHEMA + "description"),
          NodeFactory.createLiteralLang(item.description(), "en"));
    }
    if (!claims) {
      return;
    }
    for (String p : PROPERTIES) {
      List<WikidataItem.Claim> cs = item.claims(p);
      boolean anyPreferred = cs.stream().anyMatch(c -> c.rank().equals("preferred"));
      for (WikidataItem.Claim c : cs) {
        Node value = value(c.value());
        if (!anyPreferred || c.rank().equals("preferred")) {
          dsg.add(g, s, NodeFactory.createURI(WDT + p), value);
        }
        if (QUALIFIED.contains(p)) {
          Node st = statementNode(g, item.qid(), c);
          dsg.add(g, s, NodeFactory.createURI(P + p), st);
          dsg.add(g, st, RDF.type.asNode(), NodeFactory.createURI(WIKIBASE + "Statement"));
          dsg.add(g, st, NodeFactory.createURI(PS + p), value);
          if (c.start() != null) {
            dsg.add(g, st, NodeFactory.createURI(PQ + "P580"), date(c.start()));
          }
          if (c.end() != null) {
            dsg.add(g, st, NodeFactory.createURI(PQ + "P582"), date(c.end()));
          }
          String rank = c.rank().equals("preferred") ? "PreferredRank" : "NormalRank";
          dsg.add(g, st, NodeFactory.createURI(WIKIBASE + "rank"), NodeFactory.createURI(WIKIBASE + rank));
        }
      }
    }
  }

  /** Adds quads to a consumer with DatasetGraph's argument order. */
  private record Sink(Consumer<Quad> out) {
    void add(Node g, Node s, Node p, Node o) {
      out.accept(Quad.create(g, s, p, o));
    }
  }

  private static Node statementNode(Node g, String qid, WikidataItem.Claim c) {
    if (c.id() != null && c.id().indexOf('$') > 0) {
      return NodeFactory.createURI(WDS + c.id().replace('$', '-'));
    }
    // No id in the source: mint one from the content, under our own graph.
    StringBuilder b = new StringBuilder(g.getURI()).append("/statement/").append(qid);
    b.append('-').append(c.property()).append('-').append(c.value());
    if (c.start() != null) {
      b.append("-from-").append(c.start());
    }
    if (c.end() != null) {
      b.append("-to-").append(c.end());
    }
    return NodeFactory.createURI(b.toString());
  }

  private static Node value(String v) {
    return v.startsWith("Q") ? wd(v) : date(v);
  }

  /** An ISO prefix as xsd:gYear, xsd:gYearMonth or xsd:date. */
  static Node date(String iso) {
    String body = iso.startsWith("-") ? iso.substring(1) : iso;
    int dashes = body.length() - body.replace("-", "").length();
    RDFDatatype dt =
        dashes == 0 ? XSDDatatype.XSDgYear : dashes == 1 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate;
    return NodeFactory.createLiteralDT(iso, dt);
  }

  private static Node decimal(double d) {
    String s = BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP).toPlainString();
    return NodeFactory.createLiteralDT(s, XSDDatatype.XSDdecimal);
  }
}
