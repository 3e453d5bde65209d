package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.GenerateCommand;
import picocli.CommandLine;

class GenerateCommandTest {

  private static int run(String... args) {
    CommandLine cl = new CommandLine(new GenerateCommand());
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(new StringWriter()));
    return cl.execute(args);
  }

  @Test
  void writesJsonlOrAFolderByTheOutputName(@TempDir Path tmp) throws Exception {
    Path jsonl = tmp.resolve("c.jsonl");
    assertEquals(0, run("-n", "12", "--seed", "9", "-o", jsonl.toString()));
    assertEquals(12, Files.readAllLines(jsonl).size());
    Path dir = tmp.resolve("corpus");
    assertEquals(0, run("-n", "12", "--seed", "9", "-o", dir.toString()));
    try (var s = Files.list(dir)) {
      assertEquals(12, s.filter(p -> p.toString().endsWith(".txt")).count());
    }
    // The same corpus either way: the JSONL text equals the text after each file's header.
    byte[] again = Files.readAllBytes(jsonl);
    assertEquals(0, run("-n", "12", "--seed", "9", "-o", jsonl.toString()));
    assertArrayEquals(again, Files.readAllBytes(jsonl));
    String first = Files.readAllLines(jsonl).get(0);
    assertTrue(first.startsWith("{\"id\":\"000000_"), first);
  }

  @Test
  void missingOutputIsAUsageError() {
    assertEquals(2, run("-n", "3"));
  }
}
