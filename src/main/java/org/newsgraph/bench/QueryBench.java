package org.newsgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * SPARQL latency over HTTP: every query, {@code repeats} times, from one client and then from
 * {@code clients} concurrent clients, against an endpoint on this machine. Request loops are
 * bounded by count and by a per-request timeout.
 */
public final class QueryBench {

  /** A query file: its name (file name without {@code .rq}) and text. */
  public record NamedQuery(String name, String text) {}

  /**
   * Latency of one query at one level of concurrency.
   *
   * @param query the query's name
   * @param clients concurrent clients
   * @param errors requests that failed or did not answer 200
   * @param responseBytes size of the last answer (a check that the query returned something)
   */
  public record Run(String query, int clients, Latencies latency, long errors, long responseBytes) {}

  private final URI endpoint;
  private final HttpClient http;
  private final Duration timeout;

  public QueryBench(URI endpoint, Duration timeout) {
    this.endpoint = endpoint;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  /** The {@code *.rq} files of {@code dir}, sorted by name; empty when the folder is missing. */
  public static List<NamedQuery> load(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<NamedQuery> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
        String name = p.getFileName().toString();
        out.add(new NamedQuery(name.substring(0, name.length() - 3), Files.readString(p)));
      }
    }
    return out;
  }

  /** Runs each query {@code repeats} times on each of {@code clients} threads, after a warm-up. */
  public List<Run> run(List<NamedQuery> queries, int clients, int repeats, int warmup)
      throws InterruptedException {
    for (NamedQuery q : queries) {
      for (int i = 0; i < warmup; i++) {
        send(q);
      }
    }
    int nq = queries.size();
    long[][] nanos = new long[nq][clients * repeats];
    AtomicLong[] errors = new AtomicLong[nq];
    long[] sizes = new long[nq];
    for (int i = 0; i < nq; i++) {
      errors[i] = new AtomicLong();
    }
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
                      long size = send(queries.get(qi));
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
    List<Run> out = new ArrayList<>();
    for (int qi = 0; qi < nq; qi++) {
      out.add(
          new Run(
              queries.get(qi).name(), clients, Latencies.of(nanos[qi]), errors[qi].get(),
              sizes[qi]));
    }
    return out;
  }

  /** Sends one query; returns the answer's size in bytes, or -1 on failure. */
  long send(NamedQuery q) {
    HttpRequest req =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/sparql-query; charset=utf-8")
            .header(
                "Accept",
                "application/sparql-results+json, application/n-triples;q=0.9, */*;q=0.1")
            .POST(HttpRequest.BodyPublishers.ofString(q.text(), StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
      return resp.statusCode() == 200 ? resp.body().length : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
