package org.newsgraph.publish;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.graph.Literals;
import org.newsgraph.graph.NG;
import org.newsgraph.resolve.statement.StatementText;

/**
 * Writes {@code ng:printedShare} on the evidence of every statement: the share of the
 * statement's words (its {@code ng:text}) that the evidence's article prints across all its
 * quotes of the statement. A SPARQL query can count a quote's words but cannot tell which of the
 * statement's words a set of overlapping quotes covers (an outlet printing a tweet in fragments
 * and again as an embedded post), so the share is computed here, once, over the dataset.
 *
 * <p>Words are {@link StatementText#words} (the statement merger's normal form); each quote is
 * placed in the statement where its words occur as a run, else aligned word by word in order
 * (longest common subsequence), and a statement word counts as printed when any quote of the
 * article covers it. The triple goes into the named graph holding the evidence's
 * {@code ng:article}, i.e. the article's graph. Idempotent: old values are replaced.
 * Deterministic: the values depend on the texts only.
 *
 * <pre>
 * int annotated = QuoteShares.annotate(dataset);   // inside a write transaction, if any
 * </pre>
 */
public final class QuoteShares {
  private QuoteShares() {}

  /** Above this many cells the alignment falls back to a greedy in-order match (linear). */
  static final long MAX_ALIGNMENT_CELLS = 4_000_000L;

  /**
   * Computes and writes the shares; returns the number of evidence nodes annotated. Evidence
   * supporting more than one statement is skipped, since its share would be ambiguous.
   */
  public static int annotate(DatasetGraph dsg) {
    dsg.deleteAny(Node.ANY, Node.ANY, NG.printedShare.asNode(), Node.ANY);
    Map<Node, Integer> statementsPerEvidence = new TreeMap<>(QuoteShares::compare);
    Map<Node, List<Node>> evidenceByStatement = new TreeMap<>(QuoteShares::compare);
    for (Node s : subjects(dsg, RDF.type.asNode(), NG.Statement.asNode())) {
      List<Node> evs = objects(dsg, s, NG.evidence.asNode());
      evidenceByStatement.put(s, evs);
      evs.forEach(ev -> statementsPerEvidence.merge(ev, 1, Integer::sum));
    }
    List<Quad> out = new ArrayList<>();
    for (Map.Entry<Node, List<Node>> e : evidenceByStatement.entrySet()) {
      Node text = first(objects(dsg, e.getKey(), NG.text.asNode()));
      if (text == null || !text.isLiteral()) {
        continue;
      }
      List<String> words = StatementText.words(text.getLiteralLexicalForm());
      // Per article: the evidence, the graph each lives in, and the words covered.
      Map<Node, List<Quad>> byArticle = new TreeMap<>(QuoteShares::compare);
      for (Node ev : e.getValue()) {
        if (statementsPerEvidence.get(ev) != 1) {
          continue;
        }
        Iterator<Quad> it = dsg.find(Node.ANY, ev, NG.article.asNode(), Node.ANY);
        if (it.hasNext()) {
          Quad q = it.next();
          byArticle.computeIfAbsent(q.getObject(), k -> new ArrayList<>()).add(q);
        }
      }
      for (List<Quad> evs : byArticle.values()) {
        BitSet printed = new BitSet(words.size());
        for (Quad q : evs) {
          Node quote = first(objects(dsg, q.getSubject(), NG.quote.asNode()));
          if (quote != null && quote.isLiteral()) {
            printed.or(covered(words, StatementText.words(quote.getLiteralLexicalForm())));
          }
        }
        Node share = Literals.decimal(share(printed.cardinality(), words.size()));
        for (Quad q : evs) {
          out.add(Quad.create(q.getGraph(), q.getSubject(), NG.printedShare.asNode(), share));
        }
      }
    }
    out.forEach(dsg::add);
    return out.size();
  }

  /** printed / total, rounded to two decimals; 1 for an empty statement. */
  static double share(int printed, int total) {
    return total == 0 ? 1.0 : Math.round(100.0 * printed / total) / 100.0;
  }

  /** The positions of {@code text} that {@code quote} prints. */
  static BitSet covered(List<String> text, List<String> quote) {
    BitSet out = new BitSet(text.size());
    if (quote.isEmpty() || text.isEmpty()) {
      return out;
    }
    int at = indexOf(text, quote);
    if (at >= 0) {
      out.set(at, at + quote.size());
      return out;
    }
    if ((long) text.size() * quote.size() > MAX_ALIGNMENT_CELLS) {
      // Greedy: each quote word takes the next equal text word.
      int i = 0;
      for (String w : quote) {
        int j = text.subList(i, text.size()).indexOf(w);
        if (j >= 0) {
          out.set(i + j);
          i += j + 1;
        }
      }
      return out;
    }
    int n = text.size();
    int m = quote.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            text.get(i).equals(quote.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (text.get(i).equals(quote.get(j))) {
        out.set(i);
        i++;
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }

  private static int indexOf(List<String> whole, List<String> part) {
    outer:
    for (int i = 0; i + part.size() <= whole.size(); i++) {
      for (int j = 0; j < part.size(); j++) {
        if (!whole.get(i + j).equals(part.get(j))) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static List<Node> subjects(DatasetGraph dsg, Node p, Node o) {
    List<Node> out = new ArrayList<>();
    dsg.find(Node.ANY, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
    return distinctSorted(out);
  }

  private static List<Node> objects(DatasetGraph dsg, Node s, Node p) {
    List<Node> out = new ArrayList<>();
    dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
    return distinctSorted(out);
  }

  private static List<Node> distinctSorted(List<Node> nodes) {
    Map<Node, Boolean> m = new TreeMap<>(QuoteShares::compare);
    nodes.forEach(n -> m.put(n, true));
    return new ArrayList<>(m.keySet());
  }

  private static Node first(List<Node> nodes) {
    return nodes.isEmpty() ? null : nodes.get(0);
  }

  private static int compare(Node a, Node b) {
    return a.toString().compareTo(b.toString());
  }
}
