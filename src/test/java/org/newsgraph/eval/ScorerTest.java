package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.UnionDefault;

class ScorerTest {

  static final Path FIX = Path.of("src/test/resources/fixtures/eval");

  @Test
  void scoresAFixtureAsTheGoldFormatDescribes() throws Exception {
    var dsg = UnionDefault.view(RDFDataMgr.loadDatasetGraph(FIX.resolve("mini.trig").toString()));
    Gold gold = Gold.read(FIX.resolve("mini.gold.json"));
    Scores s = org.apache.jena.system.Txn.calculateRead(dsg, () -> new Scorer(dsg).score(gold));
    // Persons: Loach and Starmer match, Hollywood is spurious, Corbyn missed.
    assertEquals(new Scores.Category(2, 1, 1), s.categories().get("persons"));
    assertEquals(new Scores.Category(1, 0, 0), s.categories().get("organisations"));
    // Events: expulsion and joining match (aliases resolve through the gold entity), departure missed.
    assertEquals(new Scores.Category(2, 0, 1), s.categories().get("events"));
    // Dates: 2021-08-14 agrees with 2021-08; decade 1960 agrees with 196X.
    assertEquals(new Scores.Ratio(2, 2), s.eventDates());
    // Statements: one evidence overlaps enough, the other is spurious.
    assertEquals(new Scores.Category(1, 1, 0), s.categories().get("statements"));
    // Wikidata: Labour right, Starmer wrong.
    assertEquals(new Scores.Ratio(1, 2), s.wikidataCorrect());
    assertEquals(new Scores.Ratio(1, 2), s.wikidataWrong());
    assertEquals(2.0 / 3, s.categories().get("persons").precision(), 1e-9);
  }

  @Test
  void wordOverlapThresholds() {
    assertTrue(Scorer.overlaps("We are many, they are few. Solidarity.", "We are many, they are few"));
    assertFalse(Scorer.overlaps("We are many, they are few. Solidarity.", "We are"));
    assertFalse(Scorer.overlaps("party of the people", "Starmer and his clique will never lead a party of the people today or ever again"));
  }

  @Test
  void datesAgreeAtTheGoldsPrecision() {
    assertTrue(Scorer.dateAgrees("2021-08", "2021-08-14"));
    assertFalse(Scorer.dateAgrees("2021-08-14", "2021-08"));
    assertTrue(Scorer.dateAgrees("196X", "1960"));
    assertFalse(Scorer.dateAgrees("196X", "1970"));
    assertFalse(Scorer.dateAgrees("2021", null));
  }
}
