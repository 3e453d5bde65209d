package org.newsgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB article on one line goes through the whole build (in a child JVM with a 2 GB heap)
 * within a 120 s cap: its text is kept whole, its facts come from the first million characters
 * with a warning that names it, and the small article beside it is built too.
 */
class LargeInputTest {

  @TempDir Path dir;

  static final int SIZE = 50 << 20;
  static final int HEAP_MB = 2048;
  static final long CAP_SECONDS = 120;

  @Test
  void aFiftyMegabyteSingleLineFileBuildsInBoundedTimeAndMemory() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("small.txt"), "A small article that must not be lost.\n");
    Path big = in.resolve("big.txt");
    // Prose-like, quotes and names included, and not one newline.
    String[] parts = {
      "The Labour Party expelled Ken Loach on 14 August 2021, ",
      "and Jo Smith said \"we are many, they are few\" to the committee. ",
      "Zoë Ní Bhriain, a member since 1999, joined Momentum; ",
      "the NEC — chaired by Mr Evans — proscribed four groups in July. "
    };
    long written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      for (int i = 0; written < SIZE; i++) {
        String p = parts[i % parts.length];
        w.write(p);
        written += p.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    Path out = dir.resolve("out.nq");
    Path log = dir.resolve("build.log");
    // A child JVM with the heap bound: a runaway build is killed at the cap instead of
    // burning the test JVM's CPU for the rest of the suite, and an OOM shows as such.
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java, "-Xmx" + HEAP_MB + "m", "-cp", System.getProperty("java.class.path"),
                "org.newsgraph.cli.Main", "build", in.toString(), "-o", out.toString(),
                "--threads", "1")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    long t0 = System.nanoTime();
    boolean done = p.waitFor(CAP_SECONDS, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (!done) {
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    String said = Files.readString(log, StandardCharsets.UTF_8);
    System.out.printf("LargeInputTest: %d MB single-line file, -Xmx%dm: %s after %.1f s%n",
        Files.size(big) >> 20, HEAP_MB, done ? "exit " + p.exitValue() : "killed", seconds);
    assertTrue(done, "the build of a 50 MB file did not finish in " + CAP_SECONDS + " s");
    assertFalse(said.contains("OutOfMemoryError"), said);
    assertFalse(said.contains("Exception"), said);
    assertEquals(0, p.exitValue(), said);
    assertTrue(seconds < 60, "took " + seconds + " s");
    // Facts come from the first part only, and the build says so, naming the file.
    assertTrue(said.contains("big.txt: character 1,000,000: ") && said.contains("split it"), said);
    Map<String, String> a = Outputs.articles(out);
    assertEquals("A small article that must not be lost.\n", a.get("small.txt"));
    assertEquals(Files.size(big), a.get("big.txt").getBytes(StandardCharsets.UTF_8).length);
  }
}
