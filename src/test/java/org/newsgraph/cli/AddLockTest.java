package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code add} against a store a server holds. TDB2 locks a store to one JVM (in one JVM a second
 * connection shares the first), so the server runs in a child JVM, as it would for a user.
 */
class AddLockTest {
  @TempDir Path tmp;

  @Test
  void addToAStoreHeldByAServerExplainsWhatToDo() throws Exception {
    Path seed = Files.createDirectories(tmp.resolve("seed"));
    List<Path> articles;
    try (var s = Files.list(Cli.articles())) {
      articles = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Files.copy(articles.get(0), seed.resolve(articles.get(0).getFileName()));
    Path store = tmp.resolve("store");

    Process server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", seed.toString(), "--store", store.toString(),
                "--port", "0", "-q", "--wikidata=none")
            .redirectErrorStream(true)
            .start();
    try {
      awaitBanner(server);
      Cli add = Cli.run("add", articles.get(1).toString(), "--store", store.toString(), "-q", "--wikidata=none");
      assertEquals(1, add.exit(), add.err());
      assertTrue(add.err().contains("in use by a running server"), add.err());
      assertTrue(add.err().contains("--watch"), add.err());
      assertTrue(add.err().contains("stop the server"), add.err());
      assertFalse(add.err().contains("Exception"), add.err());
      assertFalse(add.err().contains("\tat "), add.err());
    } finally {
      server.destroy();
      assertTrue(server.waitFor(30, TimeUnit.SECONDS));
    }
    // Once the server is gone its lock is stale, and add works.
    Cli add = Cli.run("add", articles.get(1).toString(), "--store", store.toString(), "-q", "--wikidata=none");
    assertEquals(0, add.exit(), add.err());
  }

  private static void awaitBanner(Process p) throws Exception {
    BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    String line;
    // readLine blocks; the child either prints the banner, fails and exits (null), or is killed.
    Thread watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
                p.destroy();
              } catch (InterruptedException e) {
                // banner seen
              }
            });
    watchdog.setDaemon(true);
    watchdog.start();
    try {
      while ((line = r.readLine()) != null) {
        seen.append(line).append('\n');
        if (line.startsWith("Workbench:")) {
          // Keep draining the child's output so it never blocks on a full pipe.
          Thread drain = new Thread(() -> r.lines().forEach(l -> {}));
          drain.setDaemon(true);
          drain.start();
          return;
        }
      }
    } finally {
      watchdog.interrupt();
    }
    throw new AssertionError("the server did not start: " + seen);
  }
}
