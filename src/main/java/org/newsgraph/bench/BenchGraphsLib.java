package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.store.GraphBuild;
import org.newsgraph.store.TdbStore;

/** Factories for {@link BenchGraphs}. */
public final class BenchGraphsLib {

  private BenchGraphsLib() {}

  /** The product's end-to-end build, {@link GraphBuild}, without Wikidata linking. */
  public static BenchGraphs standard() {
    return new BenchGraphs() {
      @Override
      public DatasetGraph build(Path input, int threads) {
        return GraphBuild.build(List.of(input), options(threads)).dataset();
      }

      @Override
      public DatasetGraph buildInto(Path input, Path dir, int threads) {
        DatasetGraph store = TdbStore.open(dir);
        GraphBuild.buildInto(store, List.of(input), options(threads));
        return store;
      }
    };
  }

  private static GraphBuild.Options options(int threads) {
    return GraphBuild.Options.defaults().withThreads(threads);
  }
}
