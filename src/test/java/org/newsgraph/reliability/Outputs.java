package org.newsgraph.reliability;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.graph.NG;
import org.newsgraph.store.DatasetFiles;

/** Reads back what a build wrote, for assertions. */
final class Outputs {
  private Outputs() {}

  /** Every ng:Article's dcterms:source mapped to its schema:text, sorted by source. */
  static Map<String, String> articles(Path datasetFile) {
    return articles(DatasetFiles.read(datasetFile));
  }

  /** Same, for a dataset in hand (call inside a read transaction for a store). */
  static Map<String, String> articles(DatasetGraph dsg) {
    Map<String, String> out = new TreeMap<>();
    var it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), NG.Article.asNode());
    while (it.hasNext()) {
      Quad q = it.next();
      String source = literal(dsg, q.getGraph(), q.getSubject(), DCTerms.source.asNode());
      String text = literal(dsg, q.getGraph(), q.getSubject(), SchemaDO.text.asNode());
      out.put(source, text);
    }
    return out;
  }

  static String literal(DatasetGraph dsg, Node g, Node s, Node p) {
    var it = dsg.find(g, s, p, Node.ANY);
    return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
  }
}
