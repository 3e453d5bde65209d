package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {

  @TempDir Path dir;

  @Test
  void twoBuildsOfTheSameInputAreByteIdenticalInEveryFormat() throws IOException {
    for (String ext : new String[] {"trig", "nq", "ttl", "jsonld"}) {
      Path a = dir.resolve("a." + ext);
      Path b = dir.resolve("b." + ext);
      assertEquals(0, Cli.run("build", Cli.articles().toString(), "-o", a.toString(), "-q").exit());
      assertEquals(0, Cli.run("build", Cli.articles().toString(), "-o", b.toString(), "-q", "--threads", "1").exit());
      assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), ext + " differs between runs");
    }
  }

  @Test
  void theBuildHoldsEveryArticleInItsOwnGraphAndNothingInTheDefaultGraph() {
    Path out = dir.resolve("g.trig");
    Cli r = Cli.run("build", Cli.articles().toString(), "-o", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("5 articles (0 skipped)"), r.out());
    DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString());
    assertTrue(dsg.getDefaultGraph().isEmpty());
    long articleGraphs = org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes());
    assertTrue(articleGraphs >= 6, "5 article graphs and a corpus graph, got " + articleGraphs);
  }

  @Test
  void formatFollowsTheExtensionOrTheOption() throws IOException {
    Path dirOut = Files.createDirectories(dir.resolve("out"));
    assertEquals(0, Cli.run("build", Cli.articles().toString(), "-o", dirOut.toString(), "--format", "nquads", "-q").exit());
    assertTrue(Files.readString(dirOut.resolve("graph.nq")).startsWith("<"));
    Cli bad = Cli.run("build", Cli.articles().toString(), "-o", dir.resolve("x.trig").toString(), "--format", "rdfxml");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("unknown format 'rdfxml'"), bad.err());
  }

  @Test
  void badInputsAreReportedTheRestIsBuiltAndTheExitCodeSaysSo() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Cli.articles().resolve("000_b249fcfae1cf5286.txt"), in.resolve("good.txt"));
    Files.writeString(in.resolve("empty.txt"), "");
    Files.write(in.resolve("bin.txt"), new byte[] {0, 1, 2, 3});
    Files.write(in.resolve("bad-utf8.txt"), new byte[] {'a', (byte) 0xC3, '(', 'b'});
    Files.writeString(in.resolve("notes.pdf"), "%PDF");
    Path out = dir.resolve("g.trig");
    Cli r = Cli.run("build", in.toString(), dir.resolve("no-such-folder").toString(), "-o", out.toString());
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("1 article ("), r.out());
    for (String s : new String[] {"empty.txt", "bin.txt", "bad-utf8.txt: invalid UTF-8 at byte 1", "notes.pdf: unknown format", "no-such-folder: no such file or folder"}) {
      assertTrue(r.err().contains(s), "expected '" + s + "' in:\n" + r.err());
    }
    assertFalse(r.err().contains("Exception"), r.err());
    assertTrue(Files.size(out) > 0);
  }

  @Test
  void nothingReadableIsAFailureWithAClearMessage() {
    Cli r = Cli.run("build", dir.resolve("nothing-here").toString(), "-o", dir.resolve("g.trig").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("no articles could be read"), r.err());
  }

  @Test
  void aStoreBuildAnnouncesTheStepsAfterExtraction() {
    Path store = dir.resolve("store");
    Cli r = Cli.run("build", Cli.articles().toString(), "--store", store.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.err().contains("Resolving entities, events and statements across 5 articles"), r.err());
    for (String step :
        List.of(
            "Merging events", "Building memberships", "Merging statements",
            "Finding words given to more than one speaker", "Linking ")) {
      assertTrue(r.err().contains(step), step + " in " + r.err());
    }
    // Again: the five are in the store already, read back for the corpus graph.
    Cli again = Cli.run("build", Cli.articles().toString(), "--store", store.toString());
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.err().contains("Reading the 5 articles already in the store"), again.err());
    assertTrue(again.err().contains("Counting the store's quads"), again.err());
    Cli quiet = Cli.run("build", Cli.articles().toString(), "--store", store.toString(), "-q");
    assertEquals("", quiet.err());
    Cli one =
        Cli.run(
            "build", Cli.articles().resolve("000_b249fcfae1cf5286.txt").toString(), "-o",
            dir.resolve("one.trig").toString());
    assertEquals(0, one.exit(), one.err());
    assertTrue(one.out().startsWith("1 article (0 skipped), "), one.out());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, Cli.run("build").exit());
    assertEquals(2, Cli.run("build", Cli.articles().toString()).exit());
    assertEquals(2, Cli.run("frobnicate").exit());
  }
}
