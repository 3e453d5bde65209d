package org.newsgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.graph.NG;

/** The evidence invariants of the graph contract, checked on a written dataset. */
final class EvidenceChecks {
  private EvidenceChecks() {}

  /** Every ng:Evidence's ng:quote is its article's text between ng:begin and ng:end. */
  static int assertQuotesMatch(DatasetGraph dsg) {
    int n = 0;
    var it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), NG.Evidence.asNode());
    while (it.hasNext()) {
      Quad q = it.next();
      Node g = q.getGraph();
      Node ev = q.getSubject();
      Node art = dsg.find(g, ev, NG.article.asNode(), Node.ANY).next().getObject();
      String text = Outputs.literal(dsg, g, art, SchemaDO.text.asNode());
      assertNotNull(text, "no text for " + art);
      int b = Integer.parseInt(Outputs.literal(dsg, g, ev, NG.begin.asNode()));
      int e = Integer.parseInt(Outputs.literal(dsg, g, ev, NG.end.asNode()));
      assertTrue(0 <= b && b <= e && e <= text.length(), "span " + b + ".." + e + " of " + ev);
      assertEquals(text.substring(b, e), Outputs.literal(dsg, g, ev, NG.quote.asNode()), "quote of " + ev);
      double c = Double.parseDouble(Outputs.literal(dsg, g, ev, NG.confidence.asNode()));
      assertTrue(c >= 0 && c <= 1, "confidence " + c + " of " + ev);
      n++;
    }
    return n;
  }
}
