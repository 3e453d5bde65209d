package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatedNumbersTest {

  /** "value counts [qualifier] = words" for each number found. */
  static List<String> find(String text) {
    return StatedNumbers.DEFAULT.find(text).stream()
        .map(n -> n.value() + " " + n.counts()
            + (n.qualifier() == null ? "" : " [" + n.qualifier() + "]")
            + " = " + n.span().of(text))
        .toList();
  }

  @Test
  void numberWordsAndDigitsBeforeTheCountedNoun() {
    assertEquals(List.of("4 groups = four groups"), find("The party banned four groups on Tuesday."));
    assertEquals(List.of("1000 members [some] = some 1,000 party members"),
        find("It could lead to the expulsion of some 1,000 party members."));
    assertEquals(List.of("12 councillors = 12 councillors"), find("Officials suspended 12 councillors."));
  }

  @Test
  void modifiersMayStandBetweenNumberAndNoun() {
    assertEquals(List.of("4 groups = Four small left-wing factions"),
        find("Four small left-wing factions were proscribed."));
    // More than three modifiers: no longer one noun phrase we trust.
    assertEquals(List.of(), find("four very small new left-wing groups"));
  }

  @Test
  void qualifiersAreKept() {
    assertEquals(List.of("200 members [more than] = more than 200 members"),
        find("more than 200 members were expelled"));
    assertEquals(List.of("25 activists".replace("activists", "members") + " [nearly] = nearly twenty-five activists"),
        find("nearly twenty-five activists left"));
  }

  @Test
  void referencesAndYearsAreNotCounts() {
    assertEquals(List.of(), find("The latter two groups in particular have been critical."));
    assertEquals(List.of(), find("one of the groups was banned"));
    assertEquals(List.of(), find("In 2021 members voted to leave."));
    assertEquals(List.of(), find("the two-year-old groups"));
    assertEquals(List.of(), find("four. Groups")); // a sentence end is no noun phrase
  }

  @Test
  void linearOnLongInput() {
    String text = "four left-wing ".repeat(200_000) + "groups";
    long t0 = System.nanoTime();
    StatedNumbers.DEFAULT.find(text);
    assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "took too long");
  }
}
