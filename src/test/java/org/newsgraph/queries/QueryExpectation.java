package org.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What one research query should answer on one dataset: a table in {@link GraphFixture}'s
 * text form (the variables line, then one line per row), matched exactly (same rows, same
 * order) or as a subset (every listed row present, in any order; the variables line must
 * still match). Tables of these make query tests easy to extend to new datasets:
 *
 * <pre>
 * List.of(
 *     QueryExpectation.exact("proscribed-groups", """
 *         groupLabel | organisationLabel | agentLabel | date | articles | group
 *         Resist | Labour Party | National Executive Committee | 2021-07 | 1 | id:organisation/resist
 *         """),
 *     QueryExpectation.contains("person-timeline", "...").bound(literal("Ken Loach")));
 * </pre>
 *
 * @param query the query's file name without ".rq"
 * @param binding values for the query's parameter block, or empty for its defaults
 * @param table the expected table
 * @param exact true to compare all rows in order, false to require the listed rows only
 */
public record QueryExpectation(String query, List<Node> binding, String table, boolean exact) {

  /** The query answers exactly this table, rows in this order. */
  public static QueryExpectation exact(String query, String table) {
    return new QueryExpectation(query, List.of(), table, true);
  }

  /** The query's answer includes these rows (and has these variables). */
  public static QueryExpectation contains(String query, String table) {
    return new QueryExpectation(query, List.of(), table, false);
  }

  /** The same expectation for the query with its parameter block bound to {@code values}. */
  public QueryExpectation bound(Node... values) {
    return new QueryExpectation(query, List.of(values), table, exact);
  }

  /** The expected lines, trimmed, blank lines dropped. */
  public List<String> lines() {
    return Arrays.stream(table.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Runs the query on {@code dsg} and asserts the expectation. */
  public void check(DatasetGraph dsg, ResearchQuery rq) {
    Query q = binding.isEmpty() ? rq.query() : rq.bind(binding.toArray(Node[]::new));
    List<String> actual = GraphFixture.select(dsg, q);
    List<String> expected = lines();
    String context = rq.name() + (binding.isEmpty() ? "" : " bound to " + binding);
    if (exact) {
      assertEquals(String.join("\n", expected), String.join("\n", actual), context);
      return;
    }
    assertEquals(expected.get(0), actual.get(0), context + ": variables");
    List<String> missing = new ArrayList<>(expected.subList(1, expected.size()));
    missing.removeAll(actual.subList(1, actual.size()));
    assertTrue(missing.isEmpty(), context + ": rows missing " + missing + " in " + actual);
  }
}
