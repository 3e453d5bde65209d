package org.newsgraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.extract.Evidence;

/**
 * Makes the instance IRIs, all under one configurable base, all deterministic: the same input
 * gives the same IRIs on every run.
 */
public final class Iris {

  public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/id/";

  private final String base;

  public Iris(String base) {
    this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
  }

  public static Iris standard() {
    return new Iris(DEFAULT_BASE);
  }

  public String base() {
    return base;
  }

  /** An IRI for a corpus key such as "person/ken-loach" or "event/expulsion/1a2b". */
  public Node key(String key) {
    return NodeFactory.createURI(base + key);
  }

  public Node article(String articleId) {
    return NodeFactory.createURI(base + "article/" + articleId);
  }

  public Node articleGraph(String articleId) {
    return NodeFactory.createURI(base + "graph/article/" + articleId);
  }

  /** The named graph holding the merged corpus-level nodes. */
  public Node corpusGraph() {
    return NodeFactory.createURI(base + "graph/corpus");
  }

  /** Evidence IRIs depend only on the article and the span/rule, so both stages agree. */
  public Node evidence(String articleId, Evidence ev) {
    return NodeFactory.createURI(
        base + "evidence/" + articleId + "/" + ev.span().begin() + "-" + ev.span().end() + "/"
            + ev.rule().replaceAll("[^A-Za-z0-9._-]", "_"));
  }

  /** A node hanging off another: base IRI + "/" + suffix. */
  public Node sub(Node parent, String suffix) {
    return NodeFactory.createURI(parent.getURI() + "/" + suffix);
  }
}
