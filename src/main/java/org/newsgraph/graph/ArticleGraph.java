package org.newsgraph.graph;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Attribute;
import org.newsgraph.extract.EventFact;
import org.newsgraph.extract.event.StatedNumbers;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.extract.MembershipFact;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.StatementFact;
import org.newsgraph.ingest.ArticleInfo;
import org.newsgraph.ingest.ArticleMetadata;

/**
 * Writes one article's named graph: the article node (metadata and text) and a node for every
 * piece of evidence its facts carry. Needs nothing from other articles, so it runs as soon as
 * the article is extracted and its text can be let go.
 */
public final class ArticleGraph {

  private final Iris iris;

  public ArticleGraph(Iris iris) {
    this.iris = iris;
  }

  /**
   * @param text the article text, stored as schema:text so evidence can be shown in context
   *     (null to leave it out)
   */
  public void write(ArticleFacts facts, String text, Consumer<Quad> sink) {
    ArticleInfo a = facts.article();
    Node g = iris.articleGraph(a.id());
    Node art = iris.article(a.id());
    // One span can be the evidence of several facts (two events of one sentence, an event and
    // the membership it ends), so its quads would be written once per fact: each is passed on
    // once, which lets a build count the quads it stores without scanning the store.
    Set<Quad> written = new HashSet<>();
    Emitter e =
        new Emitter(
            g,
            q -> {
              if (written.add(q)) {
                sink.accept(q);
              }
            });
    e.add(art, RDF.type.asNode(), NG.Article.asNode());
    e.add(art, DCTerms.source.asNode(), Literals.string(a.source()));
    e.add(art, DCTerms.identifier.asNode(), Literals.string(a.id()));
    e.add(art, NG.textLength.asNode(), Literals.integer(a.length()));
    ArticleMetadata m = a.meta();
    if (m.title() != null) {
      e.add(art, DCTerms.title.asNode(), Literals.string(m.title()));
    }
    if (m.outlet() != null) {
      e.add(art, NG.outletName.asNode(), Literals.string(m.outlet()));
    }
    if (m.url() != null) {
      e.add(art, SchemaDO.url.asNode(), org.apache.jena.graph.NodeFactory.createURI(m.url()));
    }
    if (m.language() != null) {
      e.add(art, DCTerms.language.asNode(), Literals.string(m.language()));
    }
    if (m.published() != null) {
      e.add(
          art,
          DCTerms.issued.asNode(),
          org.apache.jena.graph.NodeFactory.createLiteralDT(
              m.published().date().toString(),
              org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
      e.add(art, NG.issuedInferred.asNode(), Literals.bool(m.published().inferred()));
      e.add(art, NG.issuedSource.asNode(), Literals.string(m.published().how()));
    }
    if (text != null) {
      e.add(art, SchemaDO.text.asNode(), Literals.string(text));
    }
    for (LocalEntity le : facts.entities()) {
      for (Mention mn : le.mentions()) {
        evidence(e, a.id(), art, mn.evidence());
      }
      for (Attribute at : le.attributes()) {
        evidence(e, a.id(), art, at.evidence());
      }
    }
    for (EventFact ev : facts.events()) {
      evidence(e, a.id(), art, ev.evidence());
      statedNumbers(e, a.id(), art, ev.evidence());
      if (ev.date() != null) {
        // This article's own date for the event; the merged event keeps the agreed one.
        e.add(iris.evidence(a.id(), ev.evidence()), NG.statedDate.asNode(), Literals.date(ev.date()));
      }
    }
    for (MembershipFact mf : facts.memberships()) {
      evidence(e, a.id(), art, mf.evidence());
    }
    for (StatementFact sf : facts.statements()) {
      evidence(e, a.id(), art, sf.evidence());
    }
  }

  private void evidence(Emitter e, String articleId, Node art, Evidence ev) {
    Node n = iris.evidence(articleId, ev);
    e.add(n, RDF.type.asNode(), NG.Evidence.asNode());
    e.add(n, NG.article.asNode(), art);
    e.add(n, NG.begin.asNode(), Literals.integer(ev.span().begin()));
    e.add(n, NG.end.asNode(), Literals.integer(ev.span().end()));
    e.add(n, NG.quote.asNode(), Literals.string(ev.quote()));
    e.add(n, NG.rule.asNode(), Literals.string(ev.rule()));
    e.add(n, NG.confidence.asNode(), Literals.decimal(ev.confidence()));
  }

  /**
   * The counts an event's words state ("banned four groups"), so outlets' figures for one event
   * can be compared (claims-event-numbers.rq). Each hangs off the event's evidence.
   */
  private void statedNumbers(Emitter e, String articleId, Node art, Evidence ev) {
    Node evNode = iris.evidence(articleId, ev);
    for (StatedNumbers.StatedNumber sn : StatedNumbers.DEFAULT.find(ev.quote())) {
      int begin = ev.span().begin() + sn.span().begin();
      int end = ev.span().begin() + sn.span().end();
      Node n = iris.sub(evNode, "number-" + begin + "-" + end);
      e.add(evNode, NG.statedNumber.asNode(), n);
      e.add(n, RDF.type.asNode(), NG.StatedNumber.asNode());
      e.add(n, RDF.value.asNode(), Literals.integer(sn.value()));
      e.add(n, NG.counts.asNode(), Literals.string(sn.counts()));
      if (sn.qualifier() != null) {
        e.add(n, NG.numberQualifier.asNode(), Literals.string(sn.qualifier()));
      }
      e.add(n, NG.article.asNode(), art);
      e.add(n, NG.begin.asNode(), Literals.integer(begin));
      e.add(n, NG.end.asNode(), Literals.integer(end));
      e.add(n, NG.quote.asNode(), Literals.string(sn.span().of(ev.quote())));
      e.add(n, NG.rule.asNode(), Literals.string(StatedNumbers.RULE));
    }
  }

  /** Adds quads to one graph. */
  record Emitter(Node graph, Consumer<Quad> sink) {
    void add(Node s, Node p, Node o) {
      sink.accept(Quad.create(graph, s, p, o));
    }
  }
}
