package org.newsgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Cli;

/**
 * A 50 MB article on one line goes through the whole build in bounded time and memory, and
 * the small article beside it is built too.
 */
class LargeInputTest {

  @TempDir Path dir;

  static final int SIZE = 50 << 20;

  @Test
  void aFiftyMegabyteSingleLineFileBuildsInBoundedTimeAndMemory() throws IOException {
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
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long t0 = System.nanoTime();
    Cli r = Cli.run("build", in.toString(), "-o", out.toString(), "--threads", "1");
    double seconds = (System.nanoTime() - t0) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(
        "LargeInputTest: %d MB single-line file built in %.1f s, peak heap %d MB (max %d MB)%n",
        Files.size(big) >> 20, seconds, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertTrue(seconds < 60, "took " + seconds + " s");
    assertTrue(peak < 1800L << 20, "peak heap " + (peak >> 20) + " MB");
    Map<String, String> a = Outputs.articles(out);
    assertEquals("A small article that must not be lost.\n", a.get("small.txt"));
    assertEquals(Files.size(big), a.get("big.txt").getBytes(StandardCharsets.UTF_8).length);
  }
}
