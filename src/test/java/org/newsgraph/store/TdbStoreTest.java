package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new store appears complete or not at all: made aside, then renamed into place. */
class TdbStoreTest {

  private static final Quad Q =
      Quad.create(
          NodeFactory.createURI("urn:g"),
          NodeFactory.createURI("urn:s"),
          NodeFactory.createURI("urn:p"),
          NodeFactory.createLiteralString("o"));

  private static long addAndCount(Path dir) {
    DatasetGraph dsg = TdbStore.open(dir);
    try {
      Txn.executeWrite(dsg, () -> dsg.add(Q));
      return Txn.calculateRead(dsg, () -> dsg.stream().count());
    } finally {
      TDBInternal.expel(dsg, true);
    }
  }

  @Test
  void aNewStoreIsMadeAsideAndLeavesNothingBehind(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("out/store");
    assertEquals(1, addAndCount(store));
    assertTrue(TdbStore.exists(store));
    try (var s = Files.list(store.getParent())) {
      assertEquals(1, s.count(), "only the store, no creation folder");
    }
    assertEquals(1, addAndCount(store), "reopened: the same store");
  }

  @Test
  void whatAKilledCreationLeftIsReplaced(@TempDir Path dir) throws Exception {
    Path half = Files.createDirectories(dir.resolve(".store.creating/Data-0001"));
    Files.writeString(half.resolve("GSPO.bpt"), ""); // a B+tree without its root
    assertEquals(1, addAndCount(dir.resolve("store")));
    assertFalse(Files.exists(dir.resolve(".store.creating")));
  }

  @Test
  void anEmptyFolderBecomesTheStoreAndOtherFilesAreKept(@TempDir Path dir) throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertEquals(1, addAndCount(empty));
    Path busy = Files.createDirectories(dir.resolve("busy"));
    Files.writeString(busy.resolve("notes.txt"), "mine");
    assertEquals(1, addAndCount(busy));
    assertEquals("mine", Files.readString(busy.resolve("notes.txt")));
  }
}
