package org.newsgraph.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.newsgraph.store.UnionDefault;

/**
 * Values for the research queries' parameters, picked from the graph being measured: a query
 * file's defaults name the seed story ("Ken Loach"), which a generated corpus does not hold, and
 * a lookup that finds nothing measures nothing.
 *
 * <p>Each picker chooses the most reported entity, event or article, the worst case for a
 * selective query (the most rows to return), deterministically (ties by label).
 */
final class QueryParameters {

  private static final String PREFIXES =
      """
      PREFIX ng:      <https://w3id.org/newsgraph/ns#>
      PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      """;

  /** Picker queries by the parameter variables they bind, in the order the query takes them. */
  private static final Map<List<String>, String> PICKERS =
      Map.of(
          List.of("personLabel"),
          """
          SELECT ?personLabel WHERE {
            ?p a ng:Person ; rdfs:label ?personLabel ; ng:mentionedIn ?a .
          }
          GROUP BY ?p ?personLabel ORDER BY DESC(COUNT(DISTINCT ?a)) ?personLabel LIMIT 1
          """,
          List.of("type", "subjectLabel"),
          """
          SELECT ?type ?subjectLabel WHERE {
            VALUES ?type {
              ng:Expulsion ng:Proscription ng:Suspension ng:Reinstatement ng:Joining ng:Departure
            }
            ?e a ?type ; ng:subject/rdfs:label ?subjectLabel ; ng:evidence ?ev .
          }
          GROUP BY ?e ?type ?subjectLabel
          ORDER BY DESC(COUNT(?ev)) ?subjectLabel STR(?type) LIMIT 1
          """,
          List.of("source"),
          """
          SELECT ?source WHERE { ?ev ng:article ?a . ?a dcterms:source ?source . }
          GROUP BY ?source ORDER BY DESC(COUNT(?ev)) ?source LIMIT 1
          """);

  private QueryParameters() {}

  /** Whether a picker exists for these parameters. */
  static boolean supports(List<String> params) {
    return PICKERS.containsKey(params);
  }

  /**
   * Values for {@code params} from {@code dsg} (its default graph the union of the named graphs,
   * as served), or null when the graph has nothing to bind them to. Run in process, without the
   * server's timeout: the pickers count over the whole graph (over a minute at 100,000
   * articles), and they set up the measurement rather than being part of it.
   */
  static Node[] pick(DatasetGraph dsg, List<String> params) {
    String picker = PICKERS.get(params);
    if (picker == null) {
      throw new IllegalArgumentException("No parameter picker for " + params);
    }
    DatasetGraph union = UnionDefault.view(dsg);
    return Txn.calculateRead(
        union,
        () -> {
          // An hour instead of the 30 s the server puts in the dataset's context.
          try (QueryExec qe =
              QueryExec.dataset(union).query(PREFIXES + picker).timeout(1, TimeUnit.HOURS).build()) {
            RowSet rows = qe.select();
            if (!rows.hasNext()) {
              return null;
            }
            Binding row = rows.next();
            return params.stream().map(p -> row.get(Var.alloc(p))).toArray(Node[]::new);
          }
        });
  }
}
