package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.graph.NG;

/**
 * {@code ontology/shapes.ttl}: the miniature graph conforms, and each way of breaking the
 * contract is reported on the right node with the right severity.
 */
class ShapesTest {
  static final Path SHAPES = Path.of("ontology/shapes.ttl");
  static final Path MINI = Path.of("src/test/resources/fixtures/graph/mini.trig");
  static final String ID = "https://w3id.org/newsgraph/id/";
  static final String PREFIXES =
      """
      PREFIX ng: <https://w3id.org/newsgraph/ns#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      PREFIX org: <http://www.w3.org/ns/org#>
      PREFIX schema: <https://schema.org/>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX id: <https://w3id.org/newsgraph/id/>
      """;

  static Shapes shapes;

  @BeforeAll
  static void load() {
    shapes = Shapes.parse(RDFDataMgr.loadGraph(SHAPES.toString()));
  }

  /** A fresh copy of mini.trig, changed by a SPARQL Update (empty for none). */
  static DatasetGraph mini(String update) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    RDFDataMgr.read(dsg, MINI.toString());
    if (!update.isBlank()) {
      UpdateAction.parseExecute(PREFIXES + update, dsg);
    }
    return dsg;
  }

  /** Validates the union of the named graphs, as served. */
  static ValidationReport validate(DatasetGraph dsg) {
    Graph union = dsg.getUnionGraph();
    return ShaclValidator.get().validate(shapes, union);
  }

  @Test
  void theMiniatureGraphConforms() {
    ValidationReport report = validate(mini(""));
    if (!report.conforms()) {
      ShLib.printReport(report);
    }
    assertTrue(report.conforms());
  }

  /**
   * A way to break the graph and what the shapes must say about it.
   *
   * @param name what is wrong
   * @param update the SPARQL Update that breaks mini.trig
   * @param focus the focus node reported (an id: local name)
   * @param path the property reported, or null for a node-level result
   * @param severity the severity of that result
   */
  record Broken(String name, String update, String focus, String path, Severity severity) {}

  static final List<Broken> BROKEN =
      List.of(
          new Broken(
              "event without evidence",
              "DELETE WHERE { GRAPH ?g { id:event\\/expulsion-ken-loach-labour-party ng:evidence ?e } }",
              "event/expulsion-ken-loach-labour-party",
              "ng:evidence",
              Severity.Violation),
          new Broken(
              "membership without evidence",
              "DELETE { GRAPH ?g { ?m ng:evidence ?e } } WHERE { GRAPH ?g { ?m a org:Membership ; ng:evidence ?e } }",
              "membership/ken-loach-labour-party-1960",
              "ng:evidence",
              Severity.Violation),
          new Broken(
              "confidence 1.5",
              """
              DELETE { GRAPH ?g { ?e ng:confidence ?c } } INSERT { GRAPH ?g { ?e ng:confidence 1.5 } }
              WHERE { GRAPH ?g { ?e ng:confidence ?c } FILTER(?e = id:evidence\\/a1-expulsion) }""",
              "evidence/a1-expulsion",
              "ng:confidence",
              Severity.Violation),
          new Broken(
              "confidence as a double",
              """
              DELETE { GRAPH ?g { ?e ng:confidence ?c } } INSERT { GRAPH ?g { ?e ng:confidence 0.5e0 } }
              WHERE { GRAPH ?g { ?e ng:confidence ?c } FILTER(?e = id:evidence\\/a1-expulsion) }""",
              "evidence/a1-expulsion",
              "ng:confidence",
              Severity.Violation),
          new Broken(
              "statement without speaker",
              "DELETE WHERE { GRAPH ?g { id:statement\\/ken-loach-we-are-many ng:speaker ?s } }",
              "statement/ken-loach-we-are-many",
              "ng:speaker",
              Severity.Violation),
          new Broken(
              "statement spoken by a film",
              """
              DELETE { GRAPH ?g { ?s ng:speaker ?x } } INSERT { GRAPH ?g { ?s ng:speaker id:work\\/kes } }
              WHERE { GRAPH ?g { ?s ng:speaker ?x } FILTER(?s = id:statement\\/ken-loach-we-are-many) }""",
              "statement/ken-loach-we-are-many",
              "ng:speaker",
              Severity.Violation),
          new Broken(
              "indirect statement not typed ng:Statement",
              "DELETE WHERE { GRAPH ?g { id:statement\\/ken-loach-refusing-to-disown a ng:Statement } }",
              "statement/ken-loach-refusing-to-disown",
              "rdf:type",
              Severity.Violation),
          new Broken(
              "event date as a plain string",
              """
              DELETE { GRAPH ?g { ?e ng:date ?d } } INSERT { GRAPH ?g { ?e ng:date "2021-08-14" } }
              WHERE { GRAPH ?g { ?e ng:date ?d } FILTER(?e = id:event\\/expulsion-ken-loach-labour-party) }""",
              "event/expulsion-ken-loach-labour-party",
              "ng:date",
              Severity.Violation),
          new Broken(
              "precision Month on a full date",
              """
              DELETE { GRAPH ?g { ?e ng:datePrecision ?p } } INSERT { GRAPH ?g { ?e ng:datePrecision ng:Month } }
              WHERE { GRAPH ?g { ?e ng:datePrecision ?p } FILTER(?e = id:event\\/expulsion-ken-loach-labour-party) }""",
              "event/expulsion-ken-loach-labour-party",
              null,
              Severity.Violation),
          new Broken(
              "event without subject",
              "DELETE WHERE { GRAPH ?g { id:event\\/proscription-resist-labour-party ng:subject ?s } }",
              "event/proscription-resist-labour-party",
              "ng:subject",
              Severity.Violation),
          new Broken(
              "event with two organisations",
              """
              INSERT { GRAPH ?g { ?e ng:organisation id:organisation\\/resist } }
              WHERE { GRAPH ?g { ?e a ng:Expulsion } }""",
              "event/expulsion-ken-loach-labour-party",
              "ng:organisation",
              Severity.Violation),
          new Broken(
              "membership ending before it starts",
              """
              DELETE { GRAPH ?g { ?m ng:endDate ?d } } INSERT { GRAPH ?g { ?m ng:endDate "1959"^^xsd:gYear } }
              WHERE { GRAPH ?g { ?m ng:endDate ?d } }""",
              "membership/ken-loach-labour-party-1960",
              null,
              Severity.Violation),
          new Broken(
              "membership with two members",
              "INSERT { GRAPH ?g { ?m org:member id:person\\/keir-starmer } } WHERE { GRAPH ?g { ?m a org:Membership } }",
              "membership/ken-loach-labour-party-1960",
              "org:member",
              Severity.Violation),
          new Broken(
              "evidence without article",
              "DELETE WHERE { GRAPH ?g { id:evidence\\/a2-membership ng:article ?a } }",
              "evidence/a2-membership",
              "ng:article",
              Severity.Violation),
          new Broken(
              "negative begin",
              """
              DELETE { GRAPH ?g { ?e ng:begin ?b } } INSERT { GRAPH ?g { ?e ng:begin -3 } }
              WHERE { GRAPH ?g { ?e ng:begin ?b } FILTER(?e = id:evidence\\/a1-mention-kes) }""",
              "evidence/a1-mention-kes",
              "ng:begin",
              Severity.Violation),
          new Broken(
              "begin after end",
              """
              DELETE { GRAPH ?g { ?e ng:begin ?b } } INSERT { GRAPH ?g { ?e ng:begin 90 } }
              WHERE { GRAPH ?g { ?e ng:begin ?b } FILTER(?e = id:evidence\\/a1-mention-kes) }""",
              "evidence/a1-mention-kes",
              "ng:begin",
              Severity.Violation),
          new Broken(
              "end beyond the article's text",
              """
              DELETE { GRAPH ?g { ?e ng:end ?x ; ng:begin ?b } }
              INSERT { GRAPH ?g { ?e ng:end 1003 ; ng:begin 1000 } }
              WHERE { GRAPH ?g { ?e ng:end ?x ; ng:begin ?b } FILTER(?e = id:evidence\\/a1-mention-kes) }""",
              "evidence/a1-mention-kes",
              null,
              Severity.Violation),
          new Broken(
              "quote length differs from the span",
              """
              DELETE { GRAPH ?g { ?e ng:quote ?q } } INSERT { GRAPH ?g { ?e ng:quote "Kestrel" } }
              WHERE { GRAPH ?g { ?e ng:quote ?q } FILTER(?e = id:evidence\\/a1-mention-kes) }""",
              "evidence/a1-mention-kes",
              null,
              Severity.Warning),
          new Broken(
              "entity confidence 2",
              "DELETE WHERE { GRAPH ?g { id:person\\/ken-loach ng:confidence ?c } } ;"
                  + " INSERT DATA { GRAPH id:graph\\/corpus { id:person\\/ken-loach ng:confidence 2.0 } }",
              "person/ken-loach",
              "ng:confidence",
              Severity.Violation),
          new Broken(
              "person with two labels",
              "INSERT DATA { GRAPH id:graph\\/corpus { id:person\\/ken-loach rdfs:label \"Kenneth Loach\" } }",
              "person/ken-loach",
              "rdfs:label",
              Severity.Violation),
          new Broken(
              "label with a language tag",
              """
              DELETE { GRAPH ?g { ?p rdfs:label ?l } } INSERT { GRAPH ?g { ?p rdfs:label "Keir Starmer"@en } }
              WHERE { GRAPH ?g { ?p rdfs:label ?l } FILTER(?p = id:person\\/keir-starmer) }""",
              "person/keir-starmer",
              "rdfs:label",
              Severity.Violation),
          new Broken(
              "person never mentioned",
              "DELETE WHERE { GRAPH ?g { id:person\\/keir-starmer ng:mentionedIn ?a } }",
              "person/keir-starmer",
              "ng:mentionedIn",
              Severity.Violation),
          new Broken(
              "outlet neither mentioned nor publishing",
              "DELETE WHERE { GRAPH ?g { ?a schema:publisher id:organisation\\/lbc } }",
              "organisation/lbc",
              null,
              Severity.Violation),
          new Broken(
              "sameAs outside Wikidata",
              "INSERT DATA { GRAPH id:graph\\/corpus { id:work\\/kes owl:sameAs <http://dbpedia.org/resource/Kes_(film)> } }",
              "work/kes",
              "owl:sameAs",
              Severity.Violation),
          new Broken(
              "party not typed ng:Organisation",
              "DELETE DATA { GRAPH id:graph\\/corpus { id:organisation\\/resist a ng:Organisation } }",
              "organisation/resist",
              "rdf:type",
              Severity.Violation),
          new Broken(
              "a person who is also an organisation",
              "INSERT DATA { GRAPH id:graph\\/corpus { id:person\\/keir-starmer a ng:Organisation } }",
              "person/keir-starmer",
              null,
              Severity.Violation),
          new Broken(
              "article with two sources",
              "INSERT DATA { GRAPH id:graph\\/article-a1 { id:article\\/a1 dcterms:source \"other.txt\" } }",
              "article/a1",
              "dcterms:source",
              Severity.Violation),
          new Broken(
              "issued as a dateTime",
              """
              DELETE { GRAPH ?g { ?a dcterms:issued ?d } }
              INSERT { GRAPH ?g { ?a dcterms:issued "2021-08-14T17:22:00"^^xsd:dateTime } }
              WHERE { GRAPH ?g { ?a dcterms:issued ?d } FILTER(?a = id:article\\/a1) }""",
              "article/a1",
              "dcterms:issued",
              Severity.Violation),
          new Broken(
              "a group expelled (should be a proscription)",
              "INSERT DATA { GRAPH id:graph\\/corpus { id:event\\/expulsion-ken-loach-labour-party ng:subject id:organisation\\/resist } }",
              "event/expulsion-ken-loach-labour-party",
              "ng:subject",
              Severity.Warning),
          new Broken(
              "attribute of an unknown type",
              """
              DELETE { GRAPH ?g { ?a ng:attributeType ?t } } INSERT { GRAPH ?g { ?a ng:attributeType "shoe size" } }
              WHERE { GRAPH ?g { ?a ng:attributeType ?t } FILTER(?a = id:attribute\\/ken-loach-age-85) }""",
              "attribute/ken-loach-age-85",
              "ng:attributeType",
              Severity.Violation),
          new Broken(
              "link candidate without score",
              "DELETE { GRAPH ?g { ?c ng:score ?s } } WHERE { GRAPH ?g { ?c ng:score ?s ; ng:wikidataItem <http://www.wikidata.org/entity/Q9630> } }",
              "link/labour-party-Q9630",
              "ng:score",
              Severity.Violation));

  @TestFactory
  Stream<DynamicTest> brokenGraphsAreReported() {
    return BROKEN.stream()
        .map(
            b ->
                dynamicTest(
                    b.name(),
                    () -> {
                      ValidationReport report = validate(mini(b.update()));
                      assertFalse(report.conforms(), b.name() + ": conforms");
                      Node focus = NodeFactory.createURI(ID + b.focus());
                      List<ReportEntry> onFocus =
                          report.getEntries().stream()
                              .filter(e -> e.focusNode().equals(focus))
                              .toList();
                      boolean found =
                          onFocus.stream()
                              .anyMatch(
                                  e ->
                                      e.severity().equals(b.severity())
                                          && pathMatches(e, b.path()));
                      if (!found) {
                        ShLib.printReport(report);
                      }
                      assertTrue(found, b.name() + ": expected on " + b.focus() + " " + b.path());
                      if (b.severity().equals(Severity.Warning)) {
                        assertTrue(
                            report.getEntries().stream()
                                .noneMatch(e -> e.severity().equals(Severity.Violation)),
                            b.name() + ": a warning only");
                      }
                    }));
  }

  static boolean pathMatches(ReportEntry e, String path) {
    if (path == null) {
      return e.resultPath() == null;
    }
    if (e.resultPath() == null) {
      return false;
    }
    String expected =
        path.replace("ng:", NG.NS)
            .replace("rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .replace("rdfs:", "http://www.w3.org/2000/01/rdf-schema#")
            .replace("owl:", "http://www.w3.org/2002/07/owl#")
            .replace("org:", "http://www.w3.org/ns/org#")
            .replace("dcterms:", "http://purl.org/dc/terms/");
    return e.resultPath().toString().equals("<" + expected + ">");
  }

  /** Every class of the contract (and the ontology's other instance classes) is targeted. */
  @Test
  void everyContractClassIsTargeted() {
    Graph g = RDFDataMgr.loadGraph(SHAPES.toString());
    Set<String> targeted =
        g.find(null, NodeFactory.createURI("http://www.w3.org/ns/shacl#targetClass"), null)
            .mapWith(t -> t.getObject().getURI())
            .toList()
            .stream()
            .collect(Collectors.toCollection(TreeSet::new));
    List<String> classes =
        Stream.of(
                "Article", "Evidence", "Person", "Organisation", "PoliticalParty", "PartyBody",
                "Faction", "MediaOutlet", "TradeUnion", "Company", "GovernmentBody",
                "CreativeWork", "Film", "TelevisionProgramme", "Documentary", "Attribute",
                "Event", "Expulsion", "Proscription", "Suspension", "Reinstatement", "Joining",
                "Departure", "Statement", "IndirectStatement", "LinkCandidate")
            .map(c -> NG.NS + c)
            .collect(Collectors.toList());
    classes.add("http://www.w3.org/ns/org#Membership");
    List<String> missing = classes.stream().filter(c -> !targeted.contains(c)).toList();
    assertEquals(List.of(), missing);
  }

  /** Every property shape states its severity, so reports never fall back to the default. */
  @Test
  void everyConstraintHasAnExplicitSeverity() {
    Graph g = RDFDataMgr.loadGraph(SHAPES.toString());
    String sh = "http://www.w3.org/ns/shacl#";
    Node path = NodeFactory.createURI(sh + "path");
    Node severity = NodeFactory.createURI(sh + "severity");
    Node sparql = NodeFactory.createURI(sh + "sparql");
    List<Node> bare = new java.util.ArrayList<>();
    // Property shapes, except the anonymous ones inside sh:or, whose results the
    // enclosing shape reports.
    g.find(null, path, null)
        .forEachRemaining(
            t -> {
              Node s = t.getSubject();
              boolean inList =
                  g.contains(
                      null,
                      NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#first"),
                      s);
              if (!inList && !g.contains(s, severity, null)) {
                bare.add(s);
              }
            });
    // SHACL takes a SPARQL constraint's severity from the shape holding it.
    g.find(null, sparql, null)
        .forEachRemaining(
            t -> {
              if (!g.contains(t.getSubject(), severity, null)) {
                bare.add(t.getSubject());
              }
            });
    assertEquals(List.of(), bare);
  }
}
