package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.ingest.Article;

/**
 * How the benchmark builds graphs: the product's end-to-end build behind a seam, so the
 * harness can be tested with a stand-in.
 */
public interface BenchGraphs {

  /** Builds the graph for {@code articles} in memory. */
  DatasetGraph build(Iterator<Article> articles, int threads);

  /** Builds the graph for {@code articles} into a new TDB2 database at {@code dir}. */
  DatasetGraph buildInto(Iterator<Article> articles, Path dir, int threads);
}
