package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.Span;

/**
 * Finds quoted spans paragraph by paragraph, in one left-to-right pass over the quotation marks
 * (linear in the text length).
 *
 * <p>Whether a mark opens or closes is read from its neighbours rather than from its glyph,
 * because news text mixes straight and curly marks ({@code "disown”}) and sometimes prints them
 * the wrong way round. Single marks between two letters are apostrophes (I’m, Labour's); single
 * marks inside a double-quoted span are nested quotations and stay part of it. A double quote
 * still open at the end of a paragraph ends there and, when the next paragraph opens with a
 * quotation mark, that paragraph's quote continues it.
 *
 * <pre>
 * List&lt;QuotedSpan&gt; quotes = QuoteFinder.find(text, paragraphs);
 * </pre>
 */
public final class QuoteFinder {

  private QuoteFinder() {}

  /** Finds the quoted spans of {@code text} inside the given paragraph spans (in text order). */
  public static List<QuotedSpan> find(String text, List<Span> paragraphs) {
    List<QuotedSpan> out = new ArrayList<>();
    boolean prevOpenAtEnd = false;
    int group = 0;
    int prevGroup = -1;
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      int b = para.begin();
      int e = para.end();
      int[] nextSingleClose = nextSingleClosers(text, b, e);
      int openAt = -1;
      boolean openIsContinuation = false;
      boolean openAtEnd = false;
      int i = b;
      while (i < e) {
        char c = text.charAt(i);
        if (isDouble(c)) {
          boolean canOpen = canOpen(text, i, b, e);
          boolean canClose = canClose(text, i, b, e);
          if (openAt < 0) {
            if (canOpen || (!canClose && c != '”')) {
              openAt = i;
              openIsContinuation = i == b && prevOpenAtEnd;
            }
          } else {
            if (canClose || (!canOpen && c != '“')) {
              int g = openIsContinuation ? prevGroup : group++;
              add(out, text, openAt, i, true, false, p, b, openIsContinuation, g);
              prevGroup = g;
              openAt = -1;
            } else {
              // An opening mark while a quote is open: the earlier mark was never closed.
              int g = openIsContinuation ? prevGroup : group++;
              add(out, text, openAt, i, false, false, p, b, openIsContinuation, g);
              prevGroup = g;
              openAt = i;
              openIsContinuation = false;
            }
          }
        } else if (openAt < 0 && isSingle(c) && canOpenSingle(text, i, b, e)) {
          int j = nextSingleClose[i - b];
          if (j >= 0) {
            int g = group++;
            add(out, text, i, j, true, true, p, b, false, g);
            prevGroup = g;
            i = j;
          }
        }
        i++;
      }
      if (openAt >= 0) {
        int g = openIsContinuation ? prevGroup : group++;
        add(out, text, openAt, e, false, false, p, b, openIsContinuation, g);
        prevGroup = g;
        openAtEnd = true;
      }
      prevOpenAtEnd = openAtEnd;
    }
    return out;
  }

  private static void add(
      List<QuotedSpan> out,
      String text,
      int open,
      int end,
      boolean closed,
      boolean single,
      int paragraph,
      int paraBegin,
      boolean continuation,
      int group) {
    int ib = open + 1;
    int ie = end;
    while (ib < ie && Character.isWhitespace(text.charAt(ib))) {
      ib++;
    }
    while (ie > ib && Character.isWhitespace(text.charAt(ie - 1))) {
      ie--;
    }
    if (ie <= ib) {
      return;
    }
    Span outer = new Span(open, closed ? end + 1 : ie);
    out.add(
        new QuotedSpan(
            new Span(ib, ie),
            outer,
            single,
            paragraph,
            closed,
            open == paraBegin,
            continuation,
            group));
  }

  /**
   * For each offset of the paragraph, the next single mark after it that can close a
   * quote, or -1. Computed right to left so that every opening candidate finds its closer in
   * constant time (no rescanning, so no quadratic blow-up on many stray apostrophes).
   */
  private static int[] nextSingleClosers(String text, int b, int e) {
    int[] next = new int[e - b];
    int found = -1;
    for (int i = e - 1; i >= b; i--) {
      // Strictly after i: a mark cannot close the quote it opens.
      next[i - b] = found;
      if (isSingle(text.charAt(i)) && canCloseSingle(text, i, b, e)) {
        found = i;
      }
    }
    return next;
  }

  static boolean isDouble(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
  }

  static boolean isSingle(char c) {
    return c == '\'' || c == '‘' || c == '’';
  }

  static boolean isQuoteMark(char c) {
    return isDouble(c) || isSingle(c);
  }

  private static boolean leftBoundary(String text, int i, int b) {
    if (i == b) {
      return true;
    }
    char p = text.charAt(i - 1);
    return Character.isWhitespace(p) || "([{—–-/:;,".indexOf(p) >= 0 || p == '“' || p == '‘';
  }

  private static boolean rightBoundary(String text, int i, int e) {
    if (i + 1 >= e) {
      return true;
    }
    char n = text.charAt(i + 1);
    return Character.isWhitespace(n)
        || ".,;:!?)]}—–-…".indexOf(n) >= 0
        || n == '”'
        || n == '’'
        || n == '"'
        || n == '\'';
  }

  private static boolean canOpen(String text, int i, int b, int e) {
    if (text.charAt(i) == '»') {
      return false;
    }
    return leftBoundary(text, i, b) && i + 1 < e && !Character.isWhitespace(text.charAt(i + 1));
  }

  private static boolean canClose(String text, int i, int b, int e) {
    char c = text.charAt(i);
    if (c == '«' || c == '„') {
      return false;
    }
    boolean afterWord = i > b && !Character.isWhitespace(text.charAt(i - 1));
    return rightBoundary(text, i, e) && (afterWord || c == '”');
  }

  private static boolean canOpenSingle(String text, int i, int b, int e) {
    char c = text.charAt(i);
    if (c == '’') {
      return false;
    }
    // Only before a letter: '60s and '90 are elisions, not quotations.
    return leftBoundary(text, i, b) && i + 1 < e && Character.isLetter(text.charAt(i + 1));
  }

  private static boolean canCloseSingle(String text, int i, int b, int e) {
    if (i == b) {
      return false;
    }
    char p = text.charAt(i - 1);
    if (Character.isWhitespace(p)) {
      return false;
    }
    if (!rightBoundary(text, i, e)) {
      return false;
    }
    // "Labour's" has a letter after the mark, so rightBoundary already refused it.
    return true;
  }
}
