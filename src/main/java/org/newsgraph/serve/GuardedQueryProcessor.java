package org.newsgraph.serve;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.web.HttpSC;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.Context;

/**
 * Fuseki's query handler with guards.
 *
 * <ul>
 *   <li>A cap on the rows (solutions) a query returns: a query without LIMIT, or with a larger
 *       one, gets {@code LIMIT maxRows}, so a query that would return millions of rows is cut on
 *       the server instead of filling memory or the wire.
 *   <li>Unless allowed, a query with SERVICE is refused up front with 400 (the dataset context
 *       also denies SERVICE execution, in case a query reaches it another way).
 *   <li>A result that fails while it streams (the timeout fires after the 200 header and the
 *       first rows went out) ends with the connection aborted, not with a well-formed but
 *       shorter document: the client sees a failed transfer instead of a result it cannot tell
 *       from the complete one.
 *   <li>A timeout that Jena reports as a NullPointerException (see {@link #cancelledHashJoin})
 *       is answered 503, as every other timeout, not 500.
 * </ul>
 */
final class GuardedQueryProcessor extends SPARQL_QueryDataset {
  /** Response header that tells a client the row cap was applied. */
  static final String ROW_LIMIT_HEADER = "X-Newsgraph-Row-Limit";

  private final long maxRows;
  private final boolean allowService;
  private final long timeoutMillis;

  /** @param timeoutMillis the server's query timeout, named in the answer when it fires */
  GuardedQueryProcessor(long maxRows, boolean allowService, long timeoutMillis) {
    this.maxRows = maxRows;
    this.allowService = allowService;
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * A timeout is answered 503 with what to do about it. Fuseki's own "Query timed out" leaves
   * a user guessing, and on a large corpus the queries that list every row of it (every event
   * per outlet, every statement) run past the limit.
   */
  @Override
  protected void execute(String queryString, HttpAction action) {
    try {
      super.execute(queryString, action);
    } catch (QueryCancelledException e) {
      throw new ActionErrorException(HttpSC.SERVICE_UNAVAILABLE_503, timeoutAdvice(), e);
    }
  }

  String timeoutAdvice() {
    return String.format(
        Locale.ROOT,
        "Query timed out: it ran past the server's limit of %s s. Narrow it (a LIMIT, or a"
            + " FILTER or VALUES on one outlet, person, event or date range), or start the"
            + " server with a longer limit: newsgraph serve --timeout S (0 for none).",
        new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT))
            .format(timeoutMillis / 1000.0));
  }

  @Override
  protected Pair<DatasetGraph, Query> decideDataset(
      HttpAction action, Query query, String queryStringLog) {
    if (!allowService && hasService(query)) {
      ServletOps.errorBadRequest("SERVICE (federated query) is disabled on this server.");
    }
    Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
    return Pair.create(chosen.getLeft(), cap(action, chosen.getRight()));
  }

  @Override
  protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
    return new QuietClose(super.createQueryExec(action, query, dataset));
  }

  @Override
  protected QueryExecResult executeQuery(
      HttpAction action, QueryExec exec, Query query, String queryStringLog) {
    QueryExecResult result;
    try {
      result = super.executeQuery(action, exec, query, queryStringLog);
    } catch (NullPointerException e) {
      throw cancelledHashJoin(e) ? new QueryCancelledException() : e;
    }
    return result.isRowSet() ? new QueryExecResult(new AbortingRowSet(result.rowSet(), action))
        : result;
  }

  /**
   * Rows that abort the HTTP exchange when the query fails after the response was committed.
   * Fuseki catches a timeout while writing, logs it and ends the body normally (a clean last
   * chunk, with a note appended in some formats); aborting first drops the connection instead.
   */
  private record AbortingRowSet(RowSet rows, HttpAction action) implements RowSet {
    @Override
    public boolean hasNext() {
      return guarded(rows::hasNext);
    }

    @Override
    public Binding next() {
      return guarded(rows::next);
    }

    private <T> T guarded(Supplier<T> step) {
      try {
        return step.get();
      } catch (NullPointerException e) {
        throw abort(cancelledHashJoin(e) ? new QueryCancelledException() : e);
      } catch (RuntimeException e) {
        throw abort(e);
      }
    }

    private RuntimeException abort(RuntimeException e) {
      if (action.getResponse().isCommitted()) {
        ServletContextRequest.getServletContextRequest(action.getRequest())
            .getServletChannel()
            .abort(e);
      }
      return e;
    }

    @Override
    public List<Var> getResultVars() {
      return rows.getResultVars();
    }

    @Override
    public long getRowNumber() {
      return rows.getRowNumber();
    }

    @Override
    public void close() {
      rows.close();
    }
  }

  /**
   * A query execution whose close ignores {@link #cancelledHashJoin}: after a timeout cut the
   * results while they were being written, closing the execution threw the same exception
   * again, and Fuseki's try-with-resources, adding an exception to itself as suppressed,
   * answered 500 "Self-suppression not permitted" (seen at 100,000 articles).
   */
  record QuietClose(QueryExec exec) implements QueryExec {
    @Override
    public void close() {
      try {
        exec.close();
      } catch (NullPointerException e) {
        if (!cancelledHashJoin(e)) {
          throw e;
        }
      }
    }

    @Override public DatasetGraph getDataset() { return exec.getDataset(); }
    @Override public Context getContext() { return exec.getContext(); }
    @Override public Query getQuery() { return exec.getQuery(); }
    @Override public String getQueryString() { return exec.getQueryString(); }
    @Override public RowSet select() { return exec.select(); }
    @Override public Graph construct(Graph g) { return exec.construct(g); }
    @Override public Iterator<Triple> constructTriples() { return exec.constructTriples(); }
    @Override public Iterator<Quad> constructQuads() { return exec.constructQuads(); }
    @Override public DatasetGraph constructDataset(DatasetGraph d) { return exec.constructDataset(d); }
    @Override public Graph describe(Graph g) { return exec.describe(g); }
    @Override public Iterator<Triple> describeTriples() { return exec.describeTriples(); }
    @Override public boolean ask() { return exec.ask(); }
    @Override public JsonArray execJson() { return exec.execJson(); }
    @Override public Iterator<JsonObject> execJsonItems() { return exec.execJsonItems(); }
    @Override public void abort() { exec.abort(); }
    @Override public boolean isClosed() { return exec.isClosed(); }
  }

  /**
   * Whether {@code e} is Jena 5.6's failure to close a hash join that was cancelled before its
   * table was built (AbstractIterHashJoin.closeSubIterator on a null table). It happens when the
   * timeout fires while a join-then-sort query is still reading its input; reported as it is, the
   * client gets 500 for what is a timeout, so it becomes the QueryCancelledException that
   * Fuseki answers with 503 "Query timed out".
   */
  static boolean cancelledHashJoin(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("org.apache.jena.sparql.engine.join.")
          && frame.getMethodName().equals("closeSubIterator")) {
        return true;
      }
    }
    return false;
  }

  static boolean hasService(Query query) {
    if (query.getQueryPattern() == null) {
      return false;
    }
    boolean[] found = {false};
    // The walker visits nested groups but not sub-queries: those are checked recursively.
    ElementWalker.walk(
        query.getQueryPattern(),
        new ElementVisitorBase() {
          @Override
          public void visit(ElementService el) {
            found[0] = true;
          }

          @Override
          public void visit(ElementSubQuery el) {
            found[0] |= hasService(el.getQuery());
          }
        });
    return found[0];
  }

  private Query cap(HttpAction action, Query query) {
    if (maxRows <= 0 || query.isAskType()) {
      return query;
    }
    if (query.hasLimit() && query.getLimit() <= maxRows) {
      return query;
    }
    Query capped = query.cloneQuery();
    capped.setLimit(maxRows);
    action.getResponse().setHeader(ROW_LIMIT_HEADER, Long.toString(maxRows));
    return capped;
  }
}
