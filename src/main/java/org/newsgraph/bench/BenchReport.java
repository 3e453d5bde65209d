package org.newsgraph.bench;

import java.util.List;

/**
 * Everything one benchmark run measured; serialised as the JSON result file. Fields that a run
 * skipped are null.
 *
 * @param environment the machine and JVM
 * @param settings what was asked for
 * @param sizes per corpus size
 * @param queries SPARQL latency against the largest build
 * @param notes phases skipped and why
 */
public record BenchReport(
    Environment environment,
    Settings settings,
    List<SizeReport> sizes,
    QueryReport queries,
    List<String> notes) {

  /** The machine and JVM the run used; {@code label} is free text such as a commit id. */
  public record Environment(
      String label, String java, String vm, int processors, long maxHeapBytes, String os) {}

  /** The run's parameters. */
  public record Settings(
      long seed,
      List<Integer> sizes,
      List<Integer> threads,
      int warmupArticles,
      int queryClients,
      int queryRepeats) {}

  /**
   * Measurements for one corpus size.
   *
   * @param extraction one run per thread count
   * @param build the end-to-end build in memory, or null
   * @param load newsgraph's TDB2 build against Jena's loader on the same quads, or null
   * @param memory peaks over this size's phases
   */
  public record SizeReport(
      int size,
      List<ExtractionBench.Run> extraction,
      BuildRun build,
      LoadComparison load,
      Memory memory) {}

  /**
   * The end-to-end build: generated articles in, dataset out.
   *
   * @param quads quads (triples in named graphs) in the result
   */
  public record BuildRun(int threads, double seconds, double articlesPerSecond, long quads) {}

  /**
   * TDB2 load throughput.
   *
   * @param newsgraph newsgraph's build straight into TDB2 (extraction included)
   * @param jena Jena's bulk loader on the N-Quads of the in-memory build
   * @param nquadsMegabytes size of that N-Quads file
   */
  public record LoadComparison(LoadBench.Run newsgraph, LoadBench.Run jena, double nquadsMegabytes) {}

  /** Peak RSS (VmHWM) and peak heap over one size; {@code rssReset} false = process peak. */
  public record Memory(long peakRssBytes, long peakHeapBytes, boolean rssReset) {}

  /**
   * Query latency at one and many clients against the build of {@code size} articles.
   *
   * @param parameters the values each parameterised query was bound to
   * @param throughput requests per second per kind of query and level of concurrency
   */
  public record QueryReport(
      int size,
      long quads,
      List<String> parameters,
      List<QueryBench.Run> singleClient,
      List<QueryBench.Run> concurrent,
      List<QueryBench.Throughput> throughput,
      List<QueryBench.Run> inProcess) {}
}
