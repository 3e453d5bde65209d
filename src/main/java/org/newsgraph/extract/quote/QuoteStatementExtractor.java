package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.EntityIndex;
import org.newsgraph.extract.ExtractionContext;
import org.newsgraph.extract.StatementExtractor;
import org.newsgraph.extract.StatementFact;

/**
 * Finds quotations ({@link QuoteFinder}) and attributes each to a speaker with the rules of
 * {@code rules/quote-rules.tsv} ({@link QuoteAttributor}). A quotation becomes a statement when it
 * has three words or more, is no title or slogan, and has an identifiable speaker; one
 * statement per printed span, so a quote printed whole and then in pieces gives several.
 *
 * <pre>
 * List&lt;StatementFact&gt; facts = new QuoteStatementExtractor().extract(ctx, index);
 * </pre>
 *
 * <p>Stateless: one instance serves every thread.
 */
public final class QuoteStatementExtractor implements StatementExtractor {

  /** Fewer words than this is a scare quote ("witch hunt"), never a statement. */
  public static final int MIN_WORDS = 3;

  private final QuoteLexicon lexicon;

  public QuoteStatementExtractor() {
    this(QuoteLexicon.standard());
  }

  public QuoteStatementExtractor(QuoteLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public List<StatementFact> extract(ExtractionContext ctx, EntityIndex entities) {
    QuoteAttributor run = new QuoteAttributor(lexicon, ctx, entities);
    List<QuoteAttributor.Attributed> found = run.attributeAll();
    List<StatementFact> out = new ArrayList<>(found.size());
    for (QuoteAttributor.Attributed a : found) {
      out.add(a.toFact(ctx.text().text()));
    }
    return out;
  }

  /** The words as quoted: curly and straight marks unified, whitespace collapsed. */
  public static String normalise(String quoted) {
    StringBuilder sb = new StringBuilder(quoted.length());
    boolean space = false;
    for (int i = 0; i < quoted.length(); i++) {
      char c = quoted.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      switch (c) {
        case '“', '”', '„', '«', '»' -> sb.append('"');
        case '‘', '’' -> sb.append('\'');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Words of a quotation: whitespace-separated chunks holding a letter or digit. */
  public static int wordCount(String s) {
    int n = 0;
    boolean inChunk = false;
    boolean hasAlnum = false;
    for (int i = 0; i <= s.length(); i++) {
      boolean ws = i == s.length() || Character.isWhitespace(s.charAt(i));
      if (ws) {
        if (inChunk && hasAlnum) {
          n++;
        }
        inChunk = false;
        hasAlnum = false;
      } else {
        inChunk = true;
        hasAlnum |= Character.isLetterOrDigit(s.charAt(i));
      }
    }
    return n;
  }
}
