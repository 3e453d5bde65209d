package org.newsgraph.bench;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * How the benchmark builds graphs: the product's end-to-end build behind a seam, so the
 * harness can be tested with a stand-in. Inputs are files the ingest step reads (here, the
 * generated corpus as JSON Lines), so a build time includes ingest.
 */
public interface BenchGraphs {

  /** Builds the graph for {@code input} in memory. */
  DatasetGraph build(Path input, int threads);

  /** Builds the graph for {@code input} into a new TDB2 database at {@code dir}; left open. */
  DatasetGraph buildInto(Path input, Path dir, int threads);
}
