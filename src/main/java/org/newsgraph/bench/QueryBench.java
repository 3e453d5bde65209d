package org.newsgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * SPARQL latency over HTTP: every query, {@code repeats} times, from one client and then from
 * {@code clients} concurrent clients, against an endpoint on this machine. Request loops are
 * bounded by count and by a per-request timeout.
 */
public final class QueryBench {

  /** A query the bench sends: what kind it is ({@link #SELECTIVE} or {@link #WHOLE_GRAPH}). */
  public record NamedQuery(String name, String kind, String text) {}

  /** A parameterised query bound to one entity, event or article. */
  public static final String SELECTIVE = "selective";

  /** A query over the whole graph (counts, listings, comparisons). */
  public static final String WHOLE_GRAPH = "whole-graph";

  /**
   * Latency of one query at one level of concurrency.
   *
   * @param query the query's name
   * @param kind {@link #SELECTIVE} or {@link #WHOLE_GRAPH}
   * @param clients concurrent clients
   * @param errors requests that failed or did not answer 200
   * @param responseBytes size of the last answer (a check that the query returned something)
   */
  public record Run(
      String query, String kind, int clients, Latencies latency, long errors, long responseBytes) {}

  /**
   * Requests per second over one phase (a set of queries at one level of concurrency).
   *
   * @param kind the queries' kind
   * @param requests requests sent in the phase
   * @param seconds the phase's wall time
   */
  public record Throughput(
      String kind, int clients, long requests, double seconds, double requestsPerSecond) {}

  /** One phase: latency per query and the phase's throughput. */
  public record Phase(List<Run> runs, Throughput throughput) {}

  private final URI endpoint;
  private final HttpClient http;
  private final Duration timeout;

  public QueryBench(URI endpoint, Duration timeout) {
    this.endpoint = endpoint;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  /** Runs each query {@code repeats} times on each of {@code clients} threads, after a warm-up. */
  public Phase run(List<NamedQuery> queries, String kind, int clients, int repeats, int warmup)
      throws InterruptedException {
    for (NamedQuery q : queries) {
      for (int i = 0; i < warmup; i++) {
        send(q.text());
      }
    }
    int nq = queries.size();
    long[][] nanos = new long[nq][clients * repeats];
    AtomicLong[] errors = new AtomicLong[nq];
    long[] sizes = new long[nq];
    for (int i = 0; i < nq; i++) {
      errors[i] = new AtomicLong();
    }
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients, ExtractionBench.daemons());
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        futures.add(
            pool.submit(
                () -> {
                  // Round-robin over the queries so that every client mixes them.
                  for (int rep = 0; rep < repeats; rep++) {
                    for (int qi = 0; qi < nq; qi++) {
                      long t0 = System.nanoTime();
                      long size = send(queries.get(qi).text());
                      nanos[qi][client * repeats + rep] = System.nanoTime() - t0;
                      if (size < 0) {
                        errors[qi].incrementAndGet();
                      } else {
                        sizes[qi] = size;
                      }
                    }
                  }
                }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("Query client failed", e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Run> out = new ArrayList<>();
    for (int qi = 0; qi < nq; qi++) {
      NamedQuery q = queries.get(qi);
      out.add(
          new Run(q.name(), q.kind(), clients, Latencies.of(nanos[qi]), errors[qi].get(), sizes[qi]));
    }
    long requests = (long) nq * clients * repeats;
    return new Phase(
        out,
        new Throughput(
            kind, clients, requests, round(seconds), round(seconds > 0 ? requests / seconds : 0)));
  }

  /** Sends one query; returns the answer's size in bytes, or -1 on failure. */
  long send(String query) {
    try {
      HttpResponse<byte[]> resp =
          http.send(request(query), HttpResponse.BodyHandlers.ofByteArray());
      return resp.statusCode() == 200 ? resp.body().length : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private HttpRequest request(String query) {
    return HttpRequest.newBuilder(endpoint)
        .timeout(timeout)
        .header("Content-Type", "application/sparql-query; charset=utf-8")
        .header(
            "Accept", "application/sparql-results+json, application/n-triples;q=0.9, */*;q=0.1")
        .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8))
        .build();
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
