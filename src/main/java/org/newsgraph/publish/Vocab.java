package org.newsgraph.publish;

import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/** Namespaces and small node helpers for the descriptions of a published folder. */
final class Vocab {
  private Vocab() {}

  static final String VOID = "http://rdfs.org/ns/void#";
  static final String DCAT = "http://www.w3.org/ns/dcat#";
  static final String DCT = "http://purl.org/dc/terms/";
  static final String PROV = "http://www.w3.org/ns/prov#";
  static final String SPDX = "http://spdx.org/rdf/terms#";
  static final String FOAF = "http://xmlns.com/foaf/0.1/";
  static final String SCHEMA = "https://schema.org/";
  static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  static final String OWL = "http://www.w3.org/2002/07/owl#";
  static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  static final String WD = "http://www.wikidata.org/entity/";
  static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

  /** The prefixes the description files declare, in a fixed order. */
  static SortedMap<String, String> prefixes() {
    SortedMap<String, String> m = new TreeMap<>();
    m.put("dcat", DCAT);
    m.put("dcterms", DCT);
    m.put("foaf", FOAF);
    m.put("ng", org.newsgraph.graph.NG.NS);
    m.put("owl", OWL);
    m.put("prov", PROV);
    m.put("rdf", RDF.getURI());
    m.put("rdfs", RDFS);
    m.put("schema", SCHEMA);
    m.put("spdx", SPDX);
    m.put("void", VOID);
    m.put("xsd", XSD);
    return m;
  }

  static Node iri(String s) {
    return NodeFactory.createURI(s);
  }

  static Node str(String s) {
    return NodeFactory.createLiteralString(s);
  }

  static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  static Node typed(String lex, XSDDatatype dt) {
    return NodeFactory.createLiteralDT(lex, dt);
  }

  static void add(Graph g, Node s, String p, Node o) {
    g.add(Triple.create(s, iri(p), o));
  }

  static void type(Graph g, Node s, String cls) {
    g.add(Triple.create(s, RDF.type.asNode(), iri(cls)));
  }
}
