package org.newsgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.store.UnionDefault;

/**
 * The bench's queries run by Jena's query engine in process, on the dataset the server serves:
 * no HTTP, no server, one client, the answer written as the same JSON (to nowhere). Beside the
 * HTTP figures it shows what the engine costs and what serving adds.
 */
final class EngineBench {
  private EngineBench() {}

  /** Runs each query {@code repeats} times after {@code warmup} unmeasured runs. */
  static List<QueryBench.Run> run(
      DatasetGraph dsg,
      List<QueryBench.NamedQuery> queries,
      int repeats,
      int warmup,
      Duration timeout) {
    Dataset ds = DatasetFactory.wrap(UnionDefault.view(dsg));
    List<QueryBench.Run> out = new ArrayList<>();
    for (QueryBench.NamedQuery q : queries) {
      for (int i = 0; i < warmup; i++) {
        once(ds, q.text(), timeout);
      }
      long[] nanos = new long[repeats];
      long errors = 0;
      long bytes = 0;
      for (int r = 0; r < repeats; r++) {
        long t0 = System.nanoTime();
        long size = once(ds, q.text(), timeout);
        nanos[r] = System.nanoTime() - t0;
        if (size < 0) {
          errors++;
        } else {
          bytes = size;
        }
      }
      out.add(new QueryBench.Run(q.name(), q.kind(), 1, Latencies.of(nanos), errors, bytes));
    }
    return out;
  }

  /** One execution; the answer's size in bytes, or -1 if it failed (a timeout). */
  private static long once(Dataset ds, String text, Duration timeout) {
    try {
      return Txn.calculateRead(ds, () -> answer(ds, QueryFactory.create(text), timeout));
    } catch (RuntimeException e) { // a timeout, as the server answers 503: counted as an error
      return -1;
    }
  }

  private static long answer(Dataset ds, Query query, Duration timeout) {
    CorpusWriter.CountingStream out = new CorpusWriter.CountingStream(OutputStream.nullOutputStream());
    try (QueryExecution qe =
        QueryExecution.create()
            .query(query)
            .dataset(ds)
            .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .build()) {
      if (query.isSelectType()) {
        ResultSetFormatter.outputAsJSON(out, qe.execSelect());
      } else if (query.isAskType()) {
        ResultSetFormatter.outputAsJSON(out, qe.execAsk());
      } else if (query.isConstructType()) {
        RDFDataMgr.write(out, qe.execConstruct(), Lang.NTRIPLES);
      } else {
        RDFDataMgr.write(out, qe.execDescribe(), Lang.NTRIPLES);
      }
      out.flush();
      return out.count;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
