package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Span;

class EvidenceTest {

  @Test
  void repeatedNamesAndRuleIdsShareOneString() {
    // Two articles naming the same party: distinct String objects from distinct texts.
    Evidence a = Evidence.of("Labour said", new Span(0, 6), new String("org.lexicon"), 0.9);
    Evidence b = Evidence.of("Yes, Labour", new Span(5, 11), new String("org.lexicon"), 0.9);
    assertSame(a.quote(), b.quote());
    assertSame(a.rule(), b.rule());
    assertEquals("Labour", a.quote());
  }

  @Test
  void longQuotesAreLeftAlone() {
    String sentence = "x".repeat(Evidence.SHARED_QUOTE_LENGTH + 1);
    Evidence a = Evidence.of(sentence + " ", new Span(0, sentence.length()), "s", 0.5);
    Evidence b = Evidence.of(" " + sentence, new Span(1, sentence.length() + 1), "s", 0.5);
    assertEquals(a.quote(), b.quote());
    assertNotSame(a.quote(), b.quote());
  }

  @Test
  void aQuoteMustMatchItsSpan() {
    assertThrows(IllegalArgumentException.class, () -> new Evidence(new Span(0, 3), "ab", "r", 1));
  }
}
