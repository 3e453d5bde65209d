package org.newsgraph.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The graph contract's view of a dataset: the default graph is the union of the named graphs
 * (nothing is ever stored in the real default graph). TDB2 does this natively through its
 * context, with proper set semantics; other datasets are copied into an in-memory TDB2 first,
 * so queries behave exactly as on the server and on a store.
 */
public final class UnionDefault {
  private UnionDefault() {}

  public static DatasetGraph view(DatasetGraph dsg) {
    DatasetGraph tdb = dsg;
    if (!TDBInternal.isTDB2(dsg)) {
      DatasetGraph mem = DatabaseMgr.createDatasetGraph();
      Txn.executeWrite(mem, () -> dsg.find().forEachRemaining(mem::add));
      tdb = mem;
    }
    tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
    return tdb;
  }
}
