package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.graph.NG;
import org.newsgraph.queries.ResearchQuery;

/**
 * {@code ontology/newsgraph.ttl} declares, labels and documents every {@code ng:} term the
 * project uses: the graph contract's, the code's ({@link NG}), the shapes' and the research
 * queries'.
 */
class OntologyTest {
  static final Path ONTOLOGY = Path.of("ontology/newsgraph.ttl");
  static final Path SHAPES = Path.of("ontology/shapes.ttl");
  static final Path QUERIES = Path.of("queries");
  static final String ONTOLOGY_IRI = "https://w3id.org/newsgraph/ns";
  static final String SH = "http://www.w3.org/ns/shacl#";

  /** The ng: terms the graph contract fixes (graph-contract.md). */
  static final List<String> CONTRACT_TERMS =
      List.of(
          "Article", "Person", "Organisation", "PoliticalParty", "PartyBody", "Faction",
          "MediaOutlet", "TradeUnion", "Company", "CreativeWork", "Film", "mentionedIn",
          "Event", "Expulsion", "Proscription", "Suspension", "Reinstatement", "Joining",
          "Departure", "subject", "organisation", "agent", "date", "datePrecision", "Decade",
          "evidence", "startDate", "endDate", "endedBy", "Statement", "speaker", "text",
          "medium", "Evidence", "article", "begin", "end", "quote", "rule", "confidence");

  static final Set<Resource> TERM_TYPES =
      Set.of(
          OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty,
          OWL2.NamedIndividual);

  static Model ontology;
  static Model shapes;

  @BeforeAll
  static void load() {
    ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
    shapes = RDFDataMgr.loadModel(SHAPES.toString());
  }

  static Resource ng(String local) {
    return ontology.createResource(NG.NS + local);
  }

  /** The declared ng: terms: subjects typed as an OWL class, property or individual. */
  static SortedSet<String> declared() {
    SortedSet<String> terms = new TreeSet<>();
    ontology
        .listSubjectsWithProperty(RDF.type)
        .forEachRemaining(
            s -> {
              if (s.isURIResource()
                  && s.getURI().startsWith(NG.NS)
                  && ontology.listObjectsOfProperty(s, RDF.type).toList().stream()
                      .anyMatch(TERM_TYPES::contains)) {
                terms.add(s.getURI());
              }
            });
    return terms;
  }

  static boolean isProperty(Resource term) {
    return term.hasProperty(RDF.type, OWL2.ObjectProperty)
        || term.hasProperty(RDF.type, OWL2.DatatypeProperty)
        || term.hasProperty(RDF.type, OWL2.AnnotationProperty);
  }

  /** Every ng: IRI in a model, in any position. */
  static SortedSet<String> ngIris(Model model) {
    SortedSet<String> iris = new TreeSet<>();
    model
        .listStatements()
        .forEachRemaining(
            st -> {
              for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(NG.NS)) {
                  iris.add(n.asResource().getURI());
                }
              }
            });
    return iris;
  }

  /** Every ng: IRI in a SPARQL query, however it was written (prefixed or in full). */
  static SortedSet<String> ngIris(Query query) {
    query.setPrefixMapping(new PrefixMappingImpl());
    String text = query.serialize();
    SortedSet<String> iris = new TreeSet<>();
    String open = "<" + NG.NS;
    for (int i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
      int close = text.indexOf('>', i);
      String local = text.substring(i + open.length(), close);
      if (!local.isEmpty()) { // STR(ng:) names the namespace itself
        iris.add(NG.NS + local);
      }
    }
    return iris;
  }

  static void assertAllDeclared(SortedSet<String> used, String where) {
    SortedSet<String> missing = new TreeSet<>(used);
    missing.removeAll(declared());
    assertTrue(missing.isEmpty(), "undeclared ng: terms in " + where + ": " + missing);
  }

  @Test
  void oneOntologyHeaderWithVersionLicenceTitleAndDescription() {
    List<Resource> headers = ontology.listSubjectsWithProperty(RDF.type, OWL2.Ontology).toList();
    assertEquals(1, headers.size());
    Resource o = headers.get(0);
    assertEquals(ONTOLOGY_IRI, o.getURI());
    assertTrue(o.hasProperty(OWL2.versionInfo));
    assertTrue(o.hasProperty(OWL2.versionIRI));
    assertTrue(
        o.hasProperty(
            org.apache.jena.vocabulary.DCTerms.license,
            ontology.createResource("https://creativecommons.org/licenses/by/4.0/")));
    assertTrue(o.hasProperty(org.apache.jena.vocabulary.DCTerms.title));
    assertTrue(o.hasProperty(org.apache.jena.vocabulary.DCTerms.description));
  }

  @Test
  void everyTermHasOneLabelACommentAndIsDefinedByTheOntology() {
    SortedSet<String> terms = declared();
    assertTrue(terms.size() > 60, "declared: " + terms.size());
    List<String> problems = new ArrayList<>();
    for (String iri : terms) {
      Resource t = ontology.getResource(iri);
      List<Statement> labels = t.listProperties(RDFS.label).toList();
      if (labels.size() != 1 || !labels.get(0).getObject().isLiteral()) {
        problems.add(iri + ": " + labels.size() + " labels");
      }
      List<Statement> comments = t.listProperties(RDFS.comment).toList();
      if (comments.isEmpty()
          || comments.stream().anyMatch(c -> c.getString().strip().length() < 10)) {
        problems.add(iri + ": no useful comment");
      }
      if (!t.hasProperty(RDFS.isDefinedBy, ontology.createResource(ONTOLOGY_IRI))) {
        problems.add(iri + ": no rdfs:isDefinedBy");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyContractTermIsDeclared() {
    SortedSet<String> used = new TreeSet<>();
    CONTRACT_TERMS.forEach(t -> used.add(NG.NS + t));
    assertAllDeclared(used, "the graph contract");
  }

  /** Each vocabulary field of {@link NG} names a declared term of the matching kind. */
  @Test
  void everyTermOfTheCodeIsDeclared() throws IllegalAccessException {
    SortedSet<String> declared = declared();
    Map<String, String> problems = new TreeMap<>();
    int fields = 0;
    for (Field f : NG.class.getFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) {
        continue;
      }
      fields++;
      Resource r = (Resource) f.get(null);
      assertEquals(NG.NS + f.getName(), r.getURI(), "field name is the local name");
      if (!declared.contains(r.getURI())) {
        problems.put(f.getName(), "not declared");
      } else if (Property.class.isAssignableFrom(f.getType()) != isProperty(ng(f.getName()))) {
        problems.put(f.getName(), "declared as the wrong kind (class vs property)");
      }
    }
    assertTrue(fields > 40, "NG fields found: " + fields);
    assertEquals(Map.of(), problems);
  }

  @Test
  void everyTermTheOntologyMentionsIsDeclared() {
    assertAllDeclared(ngIris(ontology), ONTOLOGY.toString());
  }

  @Test
  void everyTermOfTheShapesIsDeclared() {
    SortedSet<String> used = ngIris(shapes);
    // The SPARQL constraints' queries, with the prefixes they declare.
    String prefixes = "PREFIX ng: <" + NG.NS + ">\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";
    shapes
        .listObjectsOfProperty(shapes.createProperty(SH + "select"))
        .forEachRemaining(
            n -> used.addAll(ngIris(QueryFactory.create(prefixes + ((Literal) n).getString()))));
    assertTrue(used.contains(NG.NS + "textLength"), "SPARQL constraints were scanned");
    assertAllDeclared(used, SHAPES.toString());
  }

  @Test
  void everyTermOfTheQueriesIsDeclared() {
    List<ResearchQuery> queries = ResearchQuery.loadAll(QUERIES);
    assertFalse(queries.isEmpty());
    for (ResearchQuery q : queries) {
      assertAllDeclared(ngIris(q.query()), q.name() + ".rq");
    }
  }

  @Test
  void theScanCatchesAnUndeclaredTerm() {
    SortedSet<String> used =
        ngIris(QueryFactory.create("PREFIX ng: <" + NG.NS + "> SELECT * { ?x ng:speeker ?y }"));
    assertEquals(Set.of(NG.NS + "speeker"), used);
    assertFalse(declared().contains(NG.NS + "speeker"));
  }

  /** The alignments the contract and the design ask for. */
  @Test
  void termsAreAlignedToStandardVocabularies() {
    String prov = "http://www.w3.org/ns/prov#";
    String org = "http://www.w3.org/ns/org#";
    String oa = "http://www.w3.org/ns/oa#";
    Map<String, List<String>> supers =
        Map.ofEntries(
            Map.entry("Article", List.of(SchemaDO.NS + "NewsArticle", prov + "Entity")),
            Map.entry("Person", List.of(SchemaDO.NS + "Person", FOAF.Person.getURI())),
            Map.entry("Organisation", List.of(org + "Organization", SchemaDO.NS + "Organization")),
            Map.entry("CreativeWork", List.of(SchemaDO.NS + "CreativeWork")),
            Map.entry("Event", List.of(prov + "Activity", SchemaDO.NS + "Event")),
            Map.entry("Statement", List.of(SchemaDO.NS + "Quotation")),
            Map.entry("IndirectStatement", List.of(NG.NS + "Statement")),
            Map.entry("Evidence", List.of(prov + "Entity")),
            Map.entry("begin", List.of(oa + "start")),
            Map.entry("end", List.of(oa + "end")),
            Map.entry("quote", List.of(oa + "exact")));
    for (var e : supers.entrySet()) {
      Resource term = ng(e.getKey());
      Property sub = isProperty(term) ? RDFS.subPropertyOf : RDFS.subClassOf;
      for (String sup : e.getValue()) {
        assertTrue(term.hasProperty(sub, ontology.createResource(sup)), e.getKey() + " ⊑ " + sup);
      }
    }
    for (String sub :
        List.of(
            "PoliticalParty", "PartyBody", "Faction", "MediaOutlet", "TradeUnion", "Company",
            "GovernmentBody")) {
      assertTrue(ng(sub).hasProperty(RDFS.subClassOf, ng("Organisation")), sub);
    }
    for (String sub : List.of("Film", "TelevisionProgramme", "Documentary")) {
      assertTrue(ng(sub).hasProperty(RDFS.subClassOf, ng("CreativeWork")), sub);
    }
    for (String sub :
        List.of("Expulsion", "Proscription", "Suspension", "Reinstatement", "Joining", "Departure")) {
      assertTrue(ng(sub).hasProperty(RDFS.subClassOf, ng("Event")), sub);
    }
    for (String p : List.of("Day", "Month", "Year", "Decade")) {
      assertTrue(ng(p).hasProperty(RDF.type, ng("DatePrecision")), p);
    }
  }
}
