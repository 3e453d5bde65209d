package org.newsgraph.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.NewsTextAnalyser;

class QuoteFinderTest {

  private static List<QuotedSpan> find(String text) {
    return QuoteFinder.find(text, new NewsTextAnalyser().analyse(text).paragraphs());
  }

  private static List<String> inner(String text) {
    return find(text).stream().map(q -> q.inner().of(text)).toList();
  }

  @Test
  void straightAndCurlyAndMixedMarks() {
    assertEquals(
        List.of("we will win", "they will lose", "mixed marks here"),
        inner("She said \"we will win\" and “they will lose” and \"mixed marks here” too."));
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertEquals(
        List.of(),
        inner("Labour's leader said I’m sure Corbyn’s allies can't agree with the members' view."));
  }

  @Test
  void singleQuotesInHeadlinesAndTweets() {
    String t = "'Labour HQ decided I'm not fit to be a member. Well...' KL";
    List<QuotedSpan> q = find(t);
    assertEquals(1, q.size());
    assertTrue(q.get(0).single());
    assertEquals("Labour HQ decided I'm not fit to be a member. Well...", q.get(0).inner().of(t));
  }

  @Test
  void nestedSingleInsideDoubleStaysOneQuote() {
    String t = "He said: “the paper ‘knows this is the truth’ and yet it is silent.”";
    assertEquals(List.of("the paper ‘knows this is the truth’ and yet it is silent."), inner(t));
  }

  @Test
  void multiParagraphQuoteGivesOnePiecePerParagraph() {
    String t =
        "Smith said: \"First words of the quote.\n"
            + "\"Second paragraph of it.\n"
            + "\"Third and last.\"\n"
            + "Then narrative.";
    List<QuotedSpan> q = find(t);
    assertEquals(3, q.size());
    assertEquals("First words of the quote.", q.get(0).inner().of(t));
    assertFalse(q.get(0).closed());
    assertTrue(q.get(1).continuation());
    assertTrue(q.get(2).continuation());
    assertTrue(q.get(2).closed());
    assertEquals(q.get(0).group(), q.get(2).group());
  }

  @Test
  void interruptedQuoteIsTwoSpans() {
    assertEquals(
        List.of("Well, I am proud,", "There is indeed a witch hunt."),
        inner("“Well, I am proud,” he said. “There is indeed a witch hunt.”"));
  }

  @Test
  void unbalancedQuoteEndsAtParagraphEnd() {
    String t = "He said \"we will win this fight\nNext paragraph.";
    List<QuotedSpan> q = find(t);
    assertEquals(1, q.size());
    assertFalse(q.get(0).closed());
    assertEquals("we will win this fight", q.get(0).inner().of(t));
  }

  @Test
  void titleMarksWithSpacesAreNotOpened() {
    assertEquals(List.of(), inner("a film titled ‘ The War on Journalism.‘ After that"));
  }

  @Test
  void tenThousandQuoteMarksInLinearTime() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      sb.append(i % 3 == 0 ? "'open " : i % 3 == 1 ? "\"x " : "it's ");
    }
    String one = sb.toString();
    String many = one.replace("it's ", "it's\n");
    long t0 = System.nanoTime();
    for (int r = 0; r < 5; r++) {
      find(one);
      find(many);
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms < 3000, "took " + ms + " ms");
  }
}
