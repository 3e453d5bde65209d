package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.Span;

/**
 * A token of a paragraph as the attribution rules see it: a word, a punctuation mark, or a
 * whole quotation (which the rules treat as one opaque token).
 *
 * @param begin offset of the first character
 * @param end offset after the last character
 * @param text the token as printed (for a quotation: empty)
 * @param quote for a quotation token, its index in the article's quote list; else -1
 */
record Tok(int begin, int end, String text, int quote) {

  boolean isQuote() {
    return quote >= 0;
  }

  boolean isWord() {
    return quote < 0 && !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
  }

  boolean isCapitalised() {
    return isWord() && Character.isUpperCase(text.codePointAt(0));
  }

  boolean is(String s) {
    return quote < 0 && text.equalsIgnoreCase(s);
  }

  Span span() {
    return new Span(begin, end);
  }

  /**
   * Tokens of {@code text} in {@code [b, e)}; the quotations in {@code quotes} (sorted, by
   * outer span) whose outer span starts inside the range become single tokens.
   */
  static List<Tok> tokenise(String text, int b, int e, List<QuotedSpan> quotes, int firstQuote) {
    List<Tok> out = new ArrayList<>();
    int q = firstQuote;
    while (q < quotes.size() && quotes.get(q).outer().begin() < b) {
      q++;
    }
    int i = b;
    while (i < e) {
      if (q < quotes.size() && quotes.get(q).outer().begin() == i) {
        Span o = quotes.get(q).outer();
        out.add(new Tok(o.begin(), o.end(), "", q));
        i = Math.max(o.end(), i + 1);
        q++;
        continue;
      }
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (Character.isLetterOrDigit(c)) {
        i++;
        while (i < e) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            i++;
          } else if ((d == '\'' || d == '’' || d == '-' || d == '‑')
              && i + 1 < e
              && Character.isLetterOrDigit(text.charAt(i + 1))
              && !startsQuote(quotes, q, i)) {
            i++;
          } else if (d == '.'
              && i + 1 < e
              && Character.isLetter(text.charAt(i + 1))
              && i + 2 < e
              && text.charAt(i + 2) == '.') {
            // U.S. / U.K.: keep the inner dots, leave the last one to the sentence splitter.
            i++;
          } else {
            break;
          }
        }
      } else if (c == '.') {
        while (i < e && text.charAt(i) == '.') {
          i++;
        }
      } else {
        i++;
      }
      out.add(new Tok(start, i, text.substring(start, i), -1));
    }
    return out;
  }

  private static boolean startsQuote(List<QuotedSpan> quotes, int q, int i) {
    return q < quotes.size() && quotes.get(q).outer().begin() == i;
  }
}
