package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Cli;

class IncrementalAddTest {

  @TempDir Path dir;

  private static String nquads(DatasetGraph dsg) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DatasetFiles.write(dsg, out, RdfFormat.NQUADS, org.newsgraph.graph.Iris.DEFAULT_BASE);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void addingArticlesInTwoStepsEqualsAFullRebuild() throws IOException {
    Path first = Files.createDirectories(dir.resolve("first"));
    Path second = Files.createDirectories(dir.resolve("second"));
    try (var s = Files.list(Cli.articles())) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Path to = (p.getFileName().toString().compareTo("002") < 0 ? first : second).resolve(p.getFileName());
        Files.copy(p, to);
      }
    }
    GraphBuild.Options o = GraphBuild.Options.defaults();
    DatasetGraph store = TdbStore.open(dir.resolve("store"));
    GraphBuild.Summary s1 = GraphBuild.buildInto(store, List.of(first), o);
    GraphBuild.Summary s2 = GraphBuild.buildInto(store, List.of(first, second), o);
    assertEquals(2, s1.articles());
    assertEquals(3, s2.articles());
    assertEquals(2, s2.alreadyPresent());
    String incremental = Txn.calculateRead(store, () -> nquads(store));

    DatasetGraph full = GraphBuild.build(List.of(first, second), o).dataset();
    assertEquals(nquads(full), incremental);
  }
}
