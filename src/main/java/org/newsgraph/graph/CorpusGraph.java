package org.newsgraph.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Attribute;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.EntityType;
import org.newsgraph.ingest.ArticleInfo;
import org.newsgraph.extract.time.Precision;
import org.newsgraph.extract.time.TimeValue;
import org.newsgraph.resolve.ArticleEntity;
import org.newsgraph.resolve.ArticleEvidence;
import org.newsgraph.resolve.Corpus;
import org.newsgraph.resolve.CorpusEntity;
import org.newsgraph.resolve.CorpusEvent;
import org.newsgraph.resolve.CorpusMembership;
import org.newsgraph.resolve.CorpusStatement;
import org.newsgraph.resolve.statement.SharedWords;
import org.newsgraph.resolve.Names;
import org.newsgraph.resolve.statement.PrintedShares;

/**
 * Writes the corpus graph: one node per entity, event, membership and statement, pointing at
 * evidence nodes that live in the article graphs. Also links each article to its outlet.
 */
public final class CorpusGraph {

  private final Iris iris;

  public CorpusGraph(Iris iris) {
    this.iris = iris;
  }

  public void write(Corpus corpus, Consumer<Quad> sink) {
    Publishers publishers = publishers(corpus.entities());
    for (ArticleFacts af : corpus.facts()) {
      publishers.article(af.article(), sink);
    }
    publishers.outlets(sink);
    for (CorpusEntity ce : corpus.entities()) {
      entity(ce, sink);
    }
    for (CorpusEvent ev : corpus.events()) {
      event(ev, sink);
    }
    for (CorpusMembership m : corpus.memberships()) {
      membership(m, sink);
    }
    for (CorpusStatement s : corpus.statements()) {
      statement(s, sink);
    }
    sharedWords(corpus.sharedWords(), sink);
  }

  private ArticleGraph.Emitter emitter(Consumer<Quad> sink) {
    return new ArticleGraph.Emitter(iris.corpusGraph(), sink);
  }

  /** A whole entity: the node and what its articles say of it. */
  public void entity(CorpusEntity ce, Consumer<Quad> sink) {
    entityNode(ce, sink);
    entityEvidence(emitter(sink), ce.key(), ce.articles(), ce.mentions(), ce.attributes());
  }

  /** An entity's node: classes, labels, confidence, director; nothing from its articles. */
  public void entityNode(CorpusEntity ce, Consumer<Quad> sink) {
    ArticleGraph.Emitter e = emitter(sink);
    Node n = iris.key(ce.key());
    types(e, n, classes(ce));
    e.add(n, RDFS.label.asNode(), Literals.string(ce.label()));
    for (String alt : ce.altLabels()) {
      e.add(n, SKOS.altLabel.asNode(), Literals.string(alt));
    }
    e.add(n, NG.confidence.asNode(), Literals.decimal(ce.confidence()));
    if (ce.directorKey() != null) {
      e.add(n, SchemaDO.director.asNode(), iris.key(ce.directorKey()));
    }
  }

  /** One article's share of an entity: the article, its mentions and the attributes it states. */
  public void articleEntity(ArticleEntity p, Consumer<Quad> sink) {
    entityEvidence(emitter(sink), p.key(), List.of(p.articleId()), p.mentions(), p.attributes());
  }

  /** Words given to more than one speaker and the containments between them. */
  public void sharedWords(SharedWords.Shared shared, Consumer<Quad> sink) {
    ArticleGraph.Emitter e = emitter(sink);
    for (SharedWords.Wording w : shared.wordings()) {
      wording(e, w);
    }
    for (SharedWords.Within w : shared.within()) {
      e.add(iris.key(w.contained()), NG.wordsWithin.asNode(), iris.key(w.container()));
    }
  }

  /** Words given to more than one speaker (or within such words): one node, its statements. */
  private void wording(ArticleGraph.Emitter e, SharedWords.Wording w) {
    Node n = iris.key(w.key());
    e.add(n, RDF.type.asNode(), NG.Wording.asNode());
    e.add(n, NG.words.asNode(), Literals.string(w.words()));
    for (String s : w.statements()) {
      e.add(iris.key(s), NG.wording.asNode(), n);
    }
  }

  /** The articles' publishers, given every organisation the corpus names. */
  public Publishers publishers(List<CorpusEntity> entities) {
    Map<String, String> orgByFold = new HashMap<>();
    for (CorpusEntity ce : entities) {
      if (ce.kind().type() == EntityType.ORGANISATION) {
        orgByFold.putIfAbsent(Names.fold(ce.label()), ce.key());
        for (String alt : ce.altLabels()) {
          orgByFold.putIfAbsent(Names.fold(alt), ce.key());
        }
      }
    }
    return new Publishers(orgByFold);
  }

  /**
   * Outlets named in metadata become (or join) MediaOutlet nodes, so articles have publishers:
   * the organisation of that name, else a node of its own.
   */
  public final class Publishers {
    private final Map<String, String> orgByFold;
    private final Map<String, String> created = new TreeMap<>();

    private Publishers(Map<String, String> orgByFold) {
      this.orgByFold = orgByFold;
    }

    /** The article's publisher. */
    public void article(ArticleInfo article, Consumer<Quad> sink) {
      String outlet = article.meta().outlet();
      if (outlet == null) {
        return;
      }
      String key = orgByFold.get(Names.fold(outlet));
      if (key == null) {
        key = created.computeIfAbsent(outlet, o -> "organisation/" + Names.slug(o));
      }
      emitter(sink).add(iris.article(article.id()), SchemaDO.publisher.asNode(), iris.key(key));
    }

    /** Last: the outlets no organisation of the corpus is named after. */
    public void outlets(Consumer<Quad> sink) {
      ArticleGraph.Emitter e = emitter(sink);
      for (var c : created.entrySet()) {
        Node n = iris.key(c.getValue());
        e.add(n, RDF.type.asNode(), NG.Organisation.asNode());
        e.add(n, RDF.type.asNode(), NG.MediaOutlet.asNode());
        e.add(n, RDFS.label.asNode(), Literals.string(c.getKey()));
      }
    }
  }

  static Node classOf(EntityKind k) {
    return switch (k) {
      case Person -> NG.Person.asNode();
      case PoliticalParty -> NG.PoliticalParty.asNode();
      case PartyBody -> NG.PartyBody.asNode();
      case Faction -> NG.Faction.asNode();
      case MediaOutlet -> NG.MediaOutlet.asNode();
      case TradeUnion -> NG.TradeUnion.asNode();
      case Company -> NG.Company.asNode();
      case GovernmentBody -> NG.GovernmentBody.asNode();
      case Organisation -> NG.Organisation.asNode();
      case Film -> NG.Film.asNode();
      case TelevisionProgramme -> NG.TelevisionProgramme.asNode();
      case Documentary -> NG.Documentary.asNode();
      case CreativeWork -> NG.CreativeWork.asNode();
    };
  }

  /** An entity's classes: the specific one and its contract superclass (no inference needed). */
  static List<Node> classes(CorpusEntity ce) {
    return switch (ce.kind().type()) {
      case ORGANISATION -> distinct(classOf(ce.kind()), NG.Organisation.asNode());
      case WORK -> distinct(classOf(ce.kind()), NG.CreativeWork.asNode());
      case PERSON -> List.of(classOf(ce.kind()));
    };
  }

  static List<Node> classes(CorpusEvent ev) {
    return List.of(NodeFactory.createURI(NG.NS + ev.type().name()), NG.Event.asNode());
  }

  static List<Node> classes(CorpusMembership m) {
    return List.of(ORG.Membership.asNode());
  }

  static List<Node> classes(CorpusStatement s) {
    return s.direct()
        ? List.of(NG.Statement.asNode())
        : List.of(NG.Statement.asNode(), NG.IndirectStatement.asNode());
  }

  private static List<Node> distinct(Node specific, Node general) {
    return specific.equals(general) ? List.of(general) : List.of(specific, general);
  }

  private static void types(ArticleGraph.Emitter e, Node n, List<Node> classes) {
    for (Node c : classes) {
      e.add(n, RDF.type.asNode(), c);
    }
  }

  private void entityEvidence(
      ArticleGraph.Emitter e,
      String key,
      Collection<String> articles,
      List<ArticleEvidence> mentions,
      List<CorpusEntity.SourcedAttribute> attributes) {
    Node n = iris.key(key);
    for (String a : articles) {
      e.add(n, NG.mentionedIn.asNode(), iris.article(a));
    }
    for (ArticleEvidence m : mentions) {
      e.add(n, NG.mention.asNode(), iris.evidence(m.articleId(), m.evidence()));
    }
    for (CorpusEntity.SourcedAttribute sa : attributes) {
      Attribute a = sa.attribute();
      Node an =
          iris.sub(
              n,
              "attribute/"
                  + Names.hash(sa.articleId(), a.property(), a.value(),
                      String.valueOf(a.evidence().span())));
      e.add(n, NG.attribute.asNode(), an);
      e.add(an, RDF.type.asNode(), NG.Attribute.asNode());
      e.add(an, NG.attributeType.asNode(), Literals.string(a.property()));
      e.add(an, RDF.value.asNode(), Literals.string(a.value()));
      if (sa.organisationKey() != null) {
        e.add(an, NG.organisation.asNode(), iris.key(sa.organisationKey()));
      }
      if (a.at() != null) {
        date(e, an, NG.date.asNode(), NG.datePrecision.asNode(), a.at());
      }
      e.add(an, NG.former.asNode(), Literals.bool(a.former()));
      e.add(an, NG.evidence.asNode(), iris.evidence(sa.articleId(), a.evidence()));
    }
  }

  public void event(CorpusEvent ev, Consumer<Quad> sink) {
    ArticleGraph.Emitter e = emitter(sink);
    Node n = iris.key(ev.key());
    types(e, n, classes(ev));
    e.add(n, NG.subject.asNode(), iris.key(ev.subjectKey()));
    if (ev.organisationKey() != null) {
      e.add(n, NG.organisation.asNode(), iris.key(ev.organisationKey()));
    }
    if (ev.agentKey() != null) {
      e.add(n, NG.agent.asNode(), iris.key(ev.agentKey()));
    }
    if (ev.reason() != null) {
      e.add(n, NG.reason.asNode(), Literals.string(ev.reason()));
    }
    if (ev.date() != null) {
      date(e, n, NG.date.asNode(), NG.datePrecision.asNode(), ev.date());
    }
    evidence(e, n, ev.evidence());
  }

  public void membership(CorpusMembership m, Consumer<Quad> sink) {
    ArticleGraph.Emitter e = emitter(sink);
    Node n = iris.key(m.key());
    types(e, n, classes(m));
    e.add(n, ORG.member.asNode(), iris.key(m.memberKey()));
    e.add(n, ORG.organization.asNode(), iris.key(m.organisationKey()));
    if (m.start() != null) {
      date(e, n, NG.startDate.asNode(), NG.startDatePrecision.asNode(), m.start());
    }
    if (m.end() != null) {
      date(e, n, NG.endDate.asNode(), NG.endDatePrecision.asNode(), m.end());
    }
    if (m.endedByEventKey() != null) {
      e.add(n, NG.endedBy.asNode(), iris.key(m.endedByEventKey()));
    }
    evidence(e, n, m.evidence());
  }

  public void statement(CorpusStatement s, Consumer<Quad> sink) {
    ArticleGraph.Emitter e = emitter(sink);
    Node n = iris.key(s.key());
    types(e, n, classes(s));
    if (s.speakerKey() != null) {
      e.add(n, NG.speaker.asNode(), iris.key(s.speakerKey()));
    }
    if (s.speakerRole() != null) {
      e.add(n, NG.speakerRole.asNode(), Literals.string(s.speakerRole()));
    }
    e.add(n, NG.text.asNode(), Literals.string(s.text()));
    if (s.date() != null) {
      date(e, n, NG.date.asNode(), NG.datePrecision.asNode(), s.date());
    }
    if (s.medium() != null) {
      e.add(n, NG.medium.asNode(), Literals.string(s.medium()));
    }
    evidence(e, n, s.evidence());
    // How much of the statement each reporting article prints (outlet-quotes.rq compares cuts).
    Map<String, Double> shares = PrintedShares.byArticle(s.text(), s.evidence());
    for (ArticleEvidence ae : s.evidence()) {
      e.add(
          iris.evidence(ae.articleId(), ae.evidence()),
          NG.printedShare.asNode(),
          Literals.decimal(shares.get(ae.articleId())));
    }
  }

  private void evidence(ArticleGraph.Emitter e, Node n, java.util.List<ArticleEvidence> evs) {
    for (ArticleEvidence ae : evs) {
      e.add(n, NG.evidence.asNode(), iris.evidence(ae.articleId(), ae.evidence()));
    }
  }

  private static void date(ArticleGraph.Emitter e, Node n, Node p, Node precisionProp, TimeValue t) {
    e.add(n, p, Literals.date(t));
    e.add(n, precisionProp, Literals.precision(t.precision()));
  }

  static boolean isDecade(TimeValue t) {
    return t.precision() == Precision.DECADE;
  }
}
