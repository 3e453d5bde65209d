package org.newsgraph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.BitSet;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newsgraph.graph.NG;
import org.newsgraph.resolve.statement.StatementText;

class QuoteSharesTest {
  static final String ID = "https://w3id.org/newsgraph/id/";
  static final Node CORPUS = iri("graph/corpus");

  static Node iri(String local) {
    return NodeFactory.createURI(ID + local);
  }

  static List<String> w(String s) {
    return StatementText.words(s);
  }

  @Test
  void aContiguousQuoteCoversItsRun() {
    BitSet b = QuoteShares.covered(w("one two three four five"), w("Two, three!"));
    assertEquals("{1, 2}", b.toString());
  }

  @Test
  void aQuoteWithWordsLeftOutIsAlignedInOrder() {
    BitSet b = QuoteShares.covered(w("one two three four five"), w("one ... four five six"));
    assertEquals("{0, 3, 4}", b.toString());
  }

  @Test
  void aQuoteOfOtherWordsCoversNothing() {
    assertEquals(0, QuoteShares.covered(w("one two three"), w("nine ten")).cardinality());
    assertEquals(0, QuoteShares.covered(w("one two three"), w("")).cardinality());
  }

  @Test
  void sharesRoundToTwoDecimals() {
    assertEquals(0.33, QuoteShares.share(1, 3));
    assertEquals(1.0, QuoteShares.share(0, 0));
  }

  static void evidence(DatasetGraph dsg, String ev, String article, String quote) {
    Node g = iri("graph/article/" + article);
    dsg.add(g, iri(ev), RDF.type.asNode(), NG.Evidence.asNode());
    dsg.add(g, iri(ev), NG.article.asNode(), iri("article/" + article));
    dsg.add(g, iri(ev), NG.quote.asNode(), NodeFactory.createLiteralString(quote));
  }

  static String share(DatasetGraph dsg, String ev) {
    var it = dsg.find(Node.ANY, iri(ev), NG.printedShare.asNode(), Node.ANY);
    return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
  }

  @Test
  void overlappingQuotesOfOneArticleCountEachWordOnce() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    Node s = iri("statement/s");
    dsg.add(CORPUS, s, RDF.type.asNode(), NG.Statement.asNode());
    dsg.add(CORPUS, s, NG.text.asNode(),
        NodeFactory.createLiteralString("A b c d e f g h i j."));
    for (String ev : List.of("e1", "e2", "e3", "e4")) {
      dsg.add(CORPUS, s, NG.evidence.asNode(), iri(ev));
    }
    // Article 1 prints "a b c" twice and "c d e": five words of ten.
    evidence(dsg, "e1", "1", "A b c");
    evidence(dsg, "e2", "1", "c d e");
    evidence(dsg, "e3", "1", "A, b, c ...");
    // Article 2 prints words that are not the statement's.
    evidence(dsg, "e4", "2", "x y");
    assertEquals(4, QuoteShares.annotate(dsg));
    assertEquals("0.5", share(dsg, "e1"));
    assertEquals("0.5", share(dsg, "e2"));
    assertEquals("0.5", share(dsg, "e3"));
    assertEquals("0.0", share(dsg, "e4"));
    // The share lives in the article's graph, beside the evidence.
    Quad q = dsg.find(Node.ANY, iri("e1"), NG.printedShare.asNode(), Node.ANY).next();
    assertEquals(iri("graph/article/1"), q.getGraph());
    // Again: replaced, not duplicated.
    assertEquals(4, QuoteShares.annotate(dsg));
    assertEquals(4, count(dsg));
  }

  @Test
  void evidenceOfTwoStatementsIsLeftAlone() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    for (String st : List.of("statement/s1", "statement/s2")) {
      dsg.add(CORPUS, iri(st), RDF.type.asNode(), NG.Statement.asNode());
      dsg.add(CORPUS, iri(st), NG.text.asNode(), NodeFactory.createLiteralString("a b"));
      dsg.add(CORPUS, iri(st), NG.evidence.asNode(), iri("shared"));
    }
    evidence(dsg, "shared", "1", "a b");
    assertEquals(0, QuoteShares.annotate(dsg));
    assertNull(share(dsg, "shared"));
    assertFalse(dsg.find(Node.ANY, Node.ANY, NG.printedShare.asNode(), Node.ANY).hasNext());
  }

  static long count(DatasetGraph dsg) {
    long n = 0;
    for (var it = dsg.find(Node.ANY, Node.ANY, NG.printedShare.asNode(), Node.ANY); it.hasNext(); it.next()) {
      n++;
    }
    return n;
  }
}
