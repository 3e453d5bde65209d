package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir Path dir;

  @Test
  void theSeedBuildConformsToTheShapes() {
    Path out = dir.resolve("seeds.trig");
    assertEquals(0, Cli.run("build", Cli.articles().toString(), "-o", out.toString(), "-q").exit());
    Cli r = Cli.run("validate", out.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("Conforms."), r.out());
  }

  @Test
  void aBrokenGraphDoesNotAndTheViolationsAreListed() throws IOException {
    Path out = dir.resolve("seeds.nq");
    assertEquals(0, Cli.run("build", Cli.articles().toString(), "-o", out.toString(), "-q").exit());
    // Drop every ng:evidence link: events, memberships and statements lose their provenance.
    String broken =
        Files.readAllLines(out).stream()
            .filter(l -> !l.contains("<https://w3id.org/newsgraph/ns#evidence>"))
            .reduce("", (a, b) -> a + b + "\n");
    Path bad = dir.resolve("broken.nq");
    Files.writeString(bad, broken);
    Cli r = Cli.run("validate", bad.toString());
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.out().contains("ng:evidence") || r.out().contains("#evidence"), r.out());
    assertTrue(r.out().contains("violation(s)."), r.out());
  }

  @Test
  void statsCountsTheSeedGraph() {
    Cli r = Cli.run("stats", "--data", Cli.articles().toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().matches("(?s).*ng:Article\\s+5\\b.*"), r.out());
    assertTrue(r.out().matches("(?s).*ng:Expulsion\\s+1\\b.*"), r.out());
  }

  @Test
  void queryPrintsCsvAndReportsSyntaxErrorsWithAPosition() {
    Cli r = Cli.run("query", "SELECT ?l { ?p a ng:Person ; rdfs:label ?l } ORDER BY ?l LIMIT 1",
        "--data", Cli.articles().toString(), "--results", "csv");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("l\r\n"), r.out());
    Cli bad = Cli.run("query", "SELECT ?x { ?x a }", "--data", Cli.articles().toString());
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("line 1, column"), bad.err());
  }
}
