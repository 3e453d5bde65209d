package org.newsgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Cli;
import org.newsgraph.graph.Iris;
import org.newsgraph.store.DatasetFiles;
import org.newsgraph.store.RdfFormat;

/**
 * An export that fails midway never leaves a truncated file where a good one was: the old
 * file stays byte for byte, and no temporary file is left beside it.
 */
class AtomicExportTest {

  @TempDir Path dir;

  static DatasetGraph dataset(int n) {
    DatasetGraph dsg = DatasetGraphFactory.create();
    Node g = NodeFactory.createURI("https://example.org/g");
    for (int i = 0; i < n; i++) {
      dsg.add(Quad.create(g, NodeFactory.createURI("https://example.org/s" + i),
          NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("v" + i)));
    }
    return dsg;
  }

  /** A dataset whose quad iterator breaks after {@code after} quads, like a failing disk read. */
  static DatasetGraph failingAfter(DatasetGraph base, int after) {
    return new DatasetGraphWrapper(base) {
      @Override
      public Iterator<Quad> find() {
        Iterator<Quad> it = base.find();
        return new Iterator<>() {
          int n;

          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Quad next() {
            if (++n > after) {
              throw new IllegalStateException("injected read failure at quad " + n);
            }
            return it.next();
          }
        };
      }
    };
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  @Test
  void aFailedExportKeepsTheOldFileAndLeavesNoTempFile() throws IOException {
    for (RdfFormat fmt : RdfFormat.values()) {
      Path out = dir.resolve("graph." + fmt.extension());
      DatasetFiles.write(dataset(100), out, fmt, Iris.DEFAULT_BASE);
      byte[] good = Files.readAllBytes(out);
      assertTrue(good.length > 0);
      RuntimeException e =
          assertThrows(
              RuntimeException.class,
              () -> DatasetFiles.write(failingAfter(dataset(5000), 2500), out, fmt, Iris.DEFAULT_BASE));
      assertTrue(e.getMessage().contains("injected"), e.getMessage());
      assertArrayEquals(good, Files.readAllBytes(out), fmt + ": the old file changed");
      assertEquals(List.of(), leftovers(), fmt + ": temp files left");
    }
  }

  @Test
  void aFailedFirstExportLeavesNothingBehind() throws IOException {
    Path out = dir.resolve("fresh.trig");
    assertThrows(
        RuntimeException.class,
        () -> DatasetFiles.write(failingAfter(dataset(1000), 10), out, RdfFormat.TRIG, Iris.DEFAULT_BASE));
    assertFalse(Files.exists(out), "a partial file was left");
    assertEquals(List.of(), leftovers());
  }

  @Test
  void aSuccessfulExportReplacesTheFileWhole() throws IOException {
    Path out = dir.resolve("graph.nq");
    DatasetFiles.write(dataset(10), out, RdfFormat.NQUADS, Iris.DEFAULT_BASE);
    DatasetFiles.write(dataset(20), out, RdfFormat.NQUADS, Iris.DEFAULT_BASE);
    assertEquals(20, Files.readAllLines(out).size());
    assertEquals(List.of(), leftovers());
  }

  @Test
  void anUnwritableTargetIsAClearErrorWithoutATrace() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Some article text.\n");
    Files.writeString(dir.resolve("afile"), "x");
    Cli r = Cli.run("build", in.toString(), "-o", dir.resolve("afile/graph.trig").toString(), "-q");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("cannot write"), r.err());
    assertTrue(r.err().contains("afile"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }
}
