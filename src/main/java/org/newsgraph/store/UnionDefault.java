package org.newsgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The graph contract's view of a dataset: the default graph is the union of the named graphs
 * (nothing is ever stored in the real default graph). TDB2 does this natively through its
 * context; an in-memory dataset gets a wrapper.
 */
public final class UnionDefault {
  private UnionDefault() {}

  public static DatasetGraph view(DatasetGraph dsg) {
    if (TDBInternal.isTDB2(dsg)) {
      dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
      return dsg;
    }
    return new DatasetGraphWrapper(dsg) {
      @Override
      public Graph getDefaultGraph() {
        return getUnionGraph();
      }
    };
  }
}
