package org.newsgraph.resolve.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Evidence;
import org.newsgraph.nlp.Span;
import org.newsgraph.resolve.ArticleEvidence;

class PrintedSharesTest {

  static List<String> w(String s) {
    return StatementText.words(s);
  }

  static ArticleEvidence ev(String article, String quote) {
    return new ArticleEvidence(
        article, new Evidence(new Span(0, quote.length()), quote, "quote.test", 0.9));
  }

  @Test
  void aContiguousQuoteCoversItsRun() {
    BitSet b = PrintedShares.covered(w("one two three four five"), w("Two, three!"));
    assertEquals("{1, 2}", b.toString());
  }

  @Test
  void aQuoteWithWordsLeftOutIsAlignedInOrder() {
    BitSet b = PrintedShares.covered(w("one two three four five"), w("one ... four five six"));
    assertEquals("{0, 3, 4}", b.toString());
  }

  @Test
  void aQuoteOfOtherWordsCoversNothing() {
    assertEquals(0, PrintedShares.covered(w("one two three"), w("nine ten")).cardinality());
    assertEquals(0, PrintedShares.covered(w("one two three"), w("")).cardinality());
  }

  @Test
  void sharesRoundToTwoDecimals() {
    assertEquals(0.33, PrintedShares.share(1, 3));
    assertEquals(1.0, PrintedShares.share(0, 0));
  }

  @Test
  void overlappingQuotesOfOneArticleCountEachWordOnce() {
    // Article 1 prints "a b c" twice and "c d e": five words of ten; article 2 other words.
    Map<String, Double> shares =
        PrintedShares.byArticle(
            "A b c d e f g h i j.",
            List.of(ev("1", "A b c"), ev("1", "c d e"), ev("1", "A, b, c ..."), ev("2", "x y")));
    assertEquals(Map.of("1", 0.5, "2", 0.0), shares);
  }

  @Test
  void longQuotesFallBackToAGreedyInOrderMatch() {
    // 2,100 x 2,000 words is over the alignment cap: still every word of the quote is placed.
    StringBuilder text = new StringBuilder();
    StringBuilder quote = new StringBuilder();
    for (int i = 0; i < 2100; i++) {
      text.append("w").append(i).append(' ');
      if (i % 21 != 0) {
        quote.append("w").append(i).append(' ');
      }
    }
    BitSet b = PrintedShares.covered(w(text.toString()), w(quote.toString()));
    assertEquals(2000, b.cardinality());
  }
}
