package org.newsgraph.resolve.statement;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.resolve.ArticleEvidence;

/**
 * How much of a merged statement each reporting article prints: the share of the statement's
 * words ({@link StatementText#words}, the merger's normal form) that the article's quotes of it
 * cover. A SPARQL query can count a quote's words but cannot tell which of the statement's words
 * a set of overlapping quotes covers (an outlet printing a post in fragments and again as an
 * embed), so the share is computed here, in resolution, and written by the corpus graph.
 *
 * <p>Each quote is placed where its words occur as a run in the statement, else aligned word by
 * word in order (longest common subsequence; greedy above {@link #MAX_ALIGNMENT_CELLS}); a word
 * counts as printed when any quote of the article covers it. Pure and deterministic.
 *
 * <pre>
 * Map&lt;String, Double&gt; byArticle = PrintedShares.byArticle(statement.text(), statement.evidence());
 * </pre>
 */
public final class PrintedShares {
  private PrintedShares() {}

  /** Above this many cells the alignment falls back to a greedy in-order match (linear). */
  static final long MAX_ALIGNMENT_CELLS = 4_000_000L;

  /** Article id to the share (two decimals) of {@code text}'s words its evidence prints. */
  public static Map<String, Double> byArticle(String text, List<ArticleEvidence> evidence) {
    List<String> words = StatementText.words(text);
    Map<String, BitSet> printed = new TreeMap<>();
    for (ArticleEvidence ae : evidence) {
      printed
          .computeIfAbsent(ae.articleId(), k -> new BitSet(words.size()))
          .or(covered(words, StatementText.words(ae.evidence().quote())));
    }
    Map<String, Double> out = new TreeMap<>();
    printed.forEach((article, bits) -> out.put(article, share(bits.cardinality(), words.size())));
    return out;
  }

  /** printed / total, rounded to two decimals; 1 for an empty statement. */
  static double share(int printed, int total) {
    return total == 0 ? 1.0 : Math.round(100.0 * printed / total) / 100.0;
  }

  /** The positions of {@code text} that {@code quote} prints. */
  static BitSet covered(List<String> text, List<String> quote) {
    BitSet out = new BitSet(text.size());
    if (quote.isEmpty() || text.isEmpty()) {
      return out;
    }
    int at = StatementText.indexOf(text, quote);
    if (at >= 0) {
      out.set(at, at + quote.size());
      return out;
    }
    if ((long) text.size() * quote.size() > MAX_ALIGNMENT_CELLS) {
      // Greedy: each quote word takes the next equal text word.
      int i = 0;
      for (String w : quote) {
        int j = text.subList(i, text.size()).indexOf(w);
        if (j >= 0) {
          out.set(i + j);
          i += j + 1;
        }
      }
      return out;
    }
    int n = text.size();
    int m = quote.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            text.get(i).equals(quote.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (text.get(i).equals(quote.get(j))) {
        out.set(i);
        i++;
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }
}
