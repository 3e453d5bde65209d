package org.newsgraph.queries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * A graph loaded as the server serves it: an in-memory TDB2 dataset whose default graph is
 * the union of its named graphs, and query results rendered as compact text rows for
 * comparison with expected tables.
 *
 * <pre>
 * DatasetGraph dsg = GraphFixture.load(Path.of("src/test/resources/fixtures/graph/mini.trig"));
 * List&lt;String&gt; rows = GraphFixture.select(dsg, query);  // "vars" line first
 * </pre>
 */
public final class GraphFixture {
  private GraphFixture() {}

  /** The instance base; IRIs under it render as {@code id:…}. */
  public static final String ID_BASE = "https://w3id.org/newsgraph/id/";

  /** Loads RDF files (TriG, N-Quads ...) into a fresh union-default-graph dataset. */
  public static DatasetGraph load(Path... files) {
    DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    Txn.executeWrite(
        dsg,
        () -> {
          for (Path file : files) {
            RDFDataMgr.read(dsg, file.toString());
          }
        });
    return dsg;
  }

  /**
   * Runs a SELECT query; the first line names the result variables, each further line is one
   * row, values joined by " | " (see {@link #render}).
   */
  public static List<String> select(DatasetGraph dsg, Query query) {
    return Txn.calculateRead(
        dsg,
        () -> {
          List<String> lines = new ArrayList<>();
          try (QueryExecution qe =
              QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            lines.add(String.join(" | ", vars));
            while (rs.hasNext()) {
              Binding b = rs.nextBinding();
              List<String> cells = new ArrayList<>();
              for (String v : vars) {
                cells.add(render(b.get(Var.alloc(v))));
              }
              lines.add(String.join(" | ", cells));
            }
          }
          return lines;
        });
  }

  /**
   * A node as a table cell: "-" when unbound, a literal's lexical form, {@code id:…} under
   * the instance base, {@code ng:…} and {@code wd:…} for those namespaces, else {@code <iri>}.
   */
  public static String render(Node node) {
    if (node == null) {
      return "-";
    }
    if (node.isLiteral()) {
      return node.getLiteralLexicalForm();
    }
    if (node.isURI()) {
      String uri = node.getURI();
      if (uri.startsWith(ID_BASE)) {
        return "id:" + uri.substring(ID_BASE.length());
      }
      if (uri.startsWith("https://w3id.org/newsgraph/ns#")) {
        return "ng:" + uri.substring("https://w3id.org/newsgraph/ns#".length());
      }
      if (uri.startsWith("http://www.wikidata.org/entity/")) {
        return "wd:" + uri.substring("http://www.wikidata.org/entity/".length());
      }
      return "<" + uri + ">";
    }
    return "_:b";
  }
}
