package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.WikidataCommand;
import picocli.CommandLine;

class WikidataCommandTest {
  @TempDir Path tmp;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new WikidataCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setExecutionExceptionHandler(
        (ex, c, pr) -> {
          c.getErr().println("newsgraph: " + ex.getMessage());
          return 1;
        });
    return cl.execute(args);
  }

  @Test
  void synthIndexLookup() {
    Path dump = tmp.resolve("s.json.gz");
    assertEquals(0, run("synth", "1000", "-o", dump.toString()));
    Path idx = tmp.resolve("s.idx.gz");
    assertEquals(0, run("index", dump.toString(), "-o", idx.toString(), "-q"));
    assertTrue(out.toString().contains("1,000 entities"), out.toString());
    assertTrue(Files.isRegularFile(idx));
    assertEquals(0, run("lookup", "Labor Party"));
    assertTrue(out.toString().contains("Q9630\tLabour Party"), out.toString());
  }

  @Test
  void indexWithTypesAndErrors() {
    Path idx = tmp.resolve("p.idx.gz");
    String dump = TestEntities.fixture("dump-small.json").toString();
    assertEquals(0, run("index", dump, "-o", idx.toString(), "--types", "Q7278", "-q"));
    assertTrue(out.toString().contains("2 kept"), out.toString());
    assertEquals(1, run("index", tmp.resolve("missing.json").toString(), "-o", idx.toString()));
    assertTrue(err.toString().contains("no such dump"), err.toString());
    assertEquals(1, run("lookup", "Nobody At All", "--index", idx.toString()));
  }
}
