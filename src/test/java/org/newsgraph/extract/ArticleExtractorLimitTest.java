package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleMetadata;

/** Extraction reads at most {@link ArticleExtractor#MAX_EXTRACTED_CHARS} of one article. */
class ArticleExtractorLimitTest {

  private static String filler(int chars) {
    StringBuilder b = new StringBuilder(chars + 100);
    while (b.length() < chars) {
      b.append("the weather was mild and nothing happened here. ");
    }
    return b.toString();
  }

  private static boolean names(ArticleFacts f, String name) {
    return f.entities().stream().anyMatch(e -> e.name().equals(name));
  }

  @Test
  void namesBeforeTheLimitAreFoundAndNamesAfterItAreNot() {
    String before = "Jane Hollowell, a Labour MP, spoke on Monday. ";
    String after = " Oswin Tarrant, a Labour MP, spoke on Tuesday.";
    String text = before + filler(ArticleExtractor.MAX_EXTRACTED_CHARS) + after;
    Article a = new Article("big", "big.txt", text, ArticleMetadata.EMPTY);
    assertTrue(ArticleExtractor.readsInPart(a));
    ArticleFacts f = ArticleExtractor.standard().extract(a);
    assertTrue(names(f, "Jane Hollowell"), f.entities().toString());
    assertFalse(names(f, "Oswin Tarrant"), f.entities().toString());
    // The facts still describe the whole article.
    assertEquals(text.length(), f.article().length());
  }

  @Test
  void anArticleUnderTheLimitIsReadWhole() {
    String text = "Jane Hollowell, a Labour MP, spoke on Monday. " + filler(5000)
        + " Oswin Tarrant, a Labour MP, spoke on Tuesday.";
    Article a = new Article("small", "small.txt", text, ArticleMetadata.EMPTY);
    assertFalse(ArticleExtractor.readsInPart(a));
    ArticleFacts f = ArticleExtractor.standard().extract(a);
    assertTrue(names(f, "Jane Hollowell") && names(f, "Oswin Tarrant"), f.entities().toString());
  }

  @Test
  void theCutFallsOnWhitespaceOrBetweenCodePoints() {
    int max = ArticleExtractor.MAX_EXTRACTED_CHARS;
    String words = filler(max + 10);
    String cut = ArticleExtractor.prefix(words);
    assertTrue(cut.length() <= max && cut.length() > max - 100, "cut at " + cut.length());
    assertTrue(words.charAt(cut.length()) == ' ', "not cut at a space");
    // No whitespace at all: the cut must not split a surrogate pair.
    String emoji = "\uD83D\uDE00".repeat(max);
    String cut2 = ArticleExtractor.prefix(emoji);
    assertFalse(Character.isHighSurrogate(cut2.charAt(cut2.length() - 1)), "split a pair");
  }
}
