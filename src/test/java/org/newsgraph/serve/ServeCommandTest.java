package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.cli.ServeCommand;
import picocli.CommandLine;

/** {@code newsgraph serve} from the command line: options, sources, the printed lines. */
class ServeCommandTest {
  @TempDir Path tmp;

  @Test
  void updateWithoutCredentialsIsAUsageError() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc =
        Main.run(
            new PrintWriter(out), new PrintWriter(err), "serve", ServerTest.FIXTURE.toString(),
            "--port", "0", "--allow-update");
    assertEquals(2, rc);
    assertTrue(err.toString().contains("--password-file"), err.toString());
  }

  @Test
  void missingInputIsAClearError() {
    StringWriter err = new StringWriter();
    int rc =
        Main.run(
            new PrintWriter(new StringWriter()), new PrintWriter(err), "serve",
            tmp.resolve("nope.trig").toString(), "--port", "0");
    assertEquals(2, rc);
    assertTrue(err.toString().contains("no such file"), err.toString());
  }

  @Test
  void servesADatasetFileAndPrintsTheUrls() throws Exception {
    Running r = start(ServerTest.FIXTURE.toString(), "--port", "0", "-q");
    try {
      String[] lines = r.out.toString().strip().split("\\R");
      int port = r.cmd.server().port();
      assertEquals("SPARQL endpoint: http://127.0.0.1:" + port + "/newsgraph/sparql", lines[lines.length - 2]);
      assertEquals("Workbench: http://127.0.0.1:" + port + "/", lines[lines.length - 1]);
      assertEquals(
          "Ken Loach",
          ServerTest.column(
                  ServerTest.select(
                      r.cmd.server(),
                      ServerTest.PREFIXES
                          + "SELECT ?l { ?p a ng:Person ; rdfs:label ?l } ORDER BY DESC(?l) LIMIT 1"),
                  "l")
              .get(0));
    } finally {
      r.stop();
    }
  }

  @Test
  void buildsIntoAStoreThenServesIt() throws Exception {
    Path store = tmp.resolve("store");
    Running r = start(ServerTest.FIXTURE.toString(), "--store", store.toString(), "--port", "0", "-q");
    try {
      assertEquals(
          2,
          ServerTest.select(r.cmd.server(), ServerTest.PREFIXES + "SELECT ?a { ?a a ng:Article }")
              .path("results").path("bindings").size());
    } finally {
      r.stop();
    }
    // The store alone serves the same data again.
    Running again = start("--store", store.toString(), "--port", "0", "-q");
    try {
      assertEquals(
          2,
          ServerTest.select(again.cmd.server(), ServerTest.PREFIXES + "SELECT ?a { ?a a ng:Article }")
              .path("results").path("bindings").size());
    } finally {
      again.stop();
    }
  }

  @Test
  void emptyFolderIsNotAStore() {
    StringWriter err = new StringWriter();
    int rc =
        Main.run(
            new PrintWriter(new StringWriter()), new PrintWriter(err), "serve", "--store",
            tmp.toString(), "--port", "0");
    assertEquals(2, rc);
    assertTrue(err.toString().contains("no TDB2 store"), err.toString());
  }

  record Running(ServeCommand cmd, StringWriter out, CompletableFuture<Integer> rc) {
    void stop() throws Exception {
      cmd.shutdown();
      assertEquals(0, rc.get(30, TimeUnit.SECONDS));
    }
  }

  static Running start(String... args) throws Exception {
    ServeCommand cmd = new ServeCommand();
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(cmd);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    CompletableFuture<Integer> rc = CompletableFuture.supplyAsync(() -> cl.execute(args));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (cmd.server() == null || !out.toString().contains("Workbench:")) {
      if (rc.isDone()) {
        throw new AssertionError("serve ended early: " + rc.get() + " " + out);
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("serve did not start: " + out);
      }
      Thread.sleep(50);
    }
    assertNotNull(cmd.server());
    return new Running(cmd, out, rc);
  }
}
