package org.newsgraph.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.Cli;

/**
 * The seed corpus scored against the development gold with the shipped {@code eval} command,
 * as the closing figures are produced. The gold lives beside the repository (../shared/gold),
 * never inside it; the floors below keep a regression from landing unnoticed.
 */
class SeedGoldTest {

  static Path gold() {
    return Cli.repo().toAbsolutePath().getParent().resolve("shared/gold/seeds.gold.json");
  }

  @Test
  void theSeedsScoreAtLeastTheAgreedFloors() throws Exception {
    Path gold = gold();
    assumeTrue(Files.isRegularFile(gold), "no gold file beside the repository: " + gold);
    Path json = Files.createTempFile("scores", ".json");
    Cli r = Cli.run("eval", "--gold", gold.toString(), Cli.articles().toString(), "--json", json.toString());
    assertEquals(0, r.exit(), r.err());
    var scores = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
    Map<String, Double> floors =
        Map.of("persons", 0.95, "organisations", 0.90, "works", 0.90, "events", 0.90, "statements", 0.90);
    floors.forEach((cat, floor) -> {
      double f1 = scores.path(cat).path("f1").asDouble();
      assertTrue(f1 >= floor, cat + " F1 " + f1 + " < " + floor + "\n" + r.out());
    });
    assertTrue(scores.path("eventDates").path("share").asDouble() >= 0.90, r.out());
    assertTrue(scores.path("wikidata").path("accuracy").asDouble() >= 0.90, r.out());
    assertEquals(0, scores.path("wikidata").path("wrongLinks").asInt(), r.out());
  }
}
