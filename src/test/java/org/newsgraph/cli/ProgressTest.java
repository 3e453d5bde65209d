package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

  @Test
  void withoutATerminalProgressIsPrintedAsLines() {
    StringWriter s = new StringWriter();
    try (Progress p = new Progress("Extracting", 3, new PrintWriter(s), false, Duration.ZERO)) {
      p.article();
      p.article();
      p.article();
      p.phase("Reading the 2 articles already in the store", 2);
      p.article();
      p.article();
      p.phase("Resolving across 5 articles");
    }
    List<String> lines = s.toString().lines().toList();
    assertEquals(7, lines.size(), s.toString());
    assertTrue(lines.get(0).startsWith("Extracting: 1 of 3 articles ("), lines.get(0));
    assertTrue(lines.get(2).startsWith("Extracting: 3 of 3 articles ("), lines.get(2));
    assertEquals("Reading the 2 articles already in the store", lines.get(3));
    // A step's articles are counted afresh, indented under it.
    assertTrue(lines.get(4).startsWith("  1 of 2 articles ("), lines.get(4));
    assertTrue(lines.get(5).startsWith("  2 of 2 articles ("), lines.get(5));
    assertEquals("Resolving across 5 articles", lines.get(6));
  }

  @Test
  void linesComeAtMostOncePerIntervalAndNotAtAllWhenQuiet() {
    StringWriter s = new StringWriter();
    try (Progress p =
        new Progress("Extracting", -1, new PrintWriter(s), false, Duration.ofHours(1))) {
      for (int i = 0; i < 1000; i++) {
        p.article();
      }
      p.phase("Writing the corpus graph");
    }
    assertEquals("Writing the corpus graph", s.toString().strip());
    try (Progress quiet = new Progress("Extracting", 5, null, false, Duration.ZERO)) {
      quiet.article();
      quiet.phase("Resolving"); // nowhere to go, and no failure
    }
  }

  @Test
  void aJsonlFileCountsItsNonBlankLines(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "One article.");
    Files.writeString(dir.resolve("b.txt"), "Another.");
    // A blank line, a line of spaces, and a last line without a newline.
    Files.writeString(dir.resolve("c.jsonl"), "{\"text\":\"x\"}\n\n  \r\n{\"text\":\"y\"}\n{\"text\":\"z\"}");
    Files.writeString(dir.resolve("notes.csv"), "not an article\n");
    assertEquals(5, Progress.articleCount(List.of(dir)));
    assertEquals(3, Progress.articleCount(List.of(dir.resolve("c.jsonl"))));
  }
}
