package org.newsgraph.bench;

import java.util.Optional;

/** Factories for {@link BenchGraphs}. */
public final class BenchGraphsLib {

  private BenchGraphsLib() {}

  /**
   * The product's end-to-end build ({@code org.newsgraph.store.GraphBuild}), when it is part of
   * this build; empty until then, and the benchmark reports extraction only.
   */
  public static Optional<BenchGraphs> standard() {
    return Optional.empty();
  }
}
