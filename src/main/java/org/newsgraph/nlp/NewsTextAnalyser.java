package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Paragraphs, sentences and tokens for news text, in one linear pass per line.
 *
 * <p>Requires: the article text as ingested. Produces: paragraphs (the non-empty lines, trimmed),
 * sentences inside paragraphs, and tokens, all as UTF-16 offsets into that text.
 *
 * <p>Tokens: words (letters, digits, inner apostrophes and hyphens: "left-wing", "don't",
 * "85-year-old"), a possessive "'s" split off its word so that "Starmer's" yields "Starmer",
 * numbers ("1,000", "3.5"), handles and hashtags ("@jon_trickett", "#Solidarity"), known
 * abbreviations and initials with their dot ("Mr.", "J.", "U.K."), an ellipsis "..." and every
 * other non-space character alone.
 *
 * <p>Sentences end at {@code . ! ? … ...} (closing quotes and brackets that follow directly stay in
 * the sentence) when the next token starts a sentence, never after an honorific or an initial; a
 * tweet embed ("— Name (@handle) August 14, 2021") starts a sentence of its own.
 *
 * <pre>
 * AnalysedText at = new NewsTextAnalyser().analyse(text);
 * for (Sentence s : at.sentences()) { ... at.tokens(s) ... }
 * </pre>
 */
public final class NewsTextAnalyser implements TextAnalyser {

  private static final Set<String> ABBREVIATIONS =
      Set.copyOf(LexiconFiles.lines("lexicon/abbreviations.txt"));

  /** Words that, after an ambiguous "U.S." or "U.K.", show that a new sentence began. */
  private static final Set<String> SENTENCE_STARTERS =
      Set.of(
          "the",
          "he",
          "she",
          "it",
          "they",
          "we",
          "i",
          "but",
          "and",
          "a",
          "an",
          "in",
          "on",
          "this",
          "that",
          "there",
          "his",
          "her",
          "their",
          "its",
          "our",
          "some",
          "many",
          "after",
          "when",
          "if",
          "as",
          "however",
          "meanwhile",
          "yet",
          "so");

  @Override
  public AnalysedText analyse(String text) {
    List<Span> paragraphs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int pos = 0;
    int n = text.length();
    while (pos < n) {
      int end = pos;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int b = pos;
      int e = end;
      while (b < e && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > b) {
        paragraphs.add(new Span(b, e));
        int first = tokens.size();
        tokenize(text, b, e, tokens);
        splitSentences(text, tokens, first, sentences);
      }
      pos = end + 1;
    }
    return new AnalysedText(text, paragraphs, sentences, tokens);
  }

  // ---------------------------------------------------------------- tokens

  private static void tokenize(String text, int b, int e, List<Token> out) {
    int i = b;
    while (i < e) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int start = i;
      int j;
      if (Character.isLetter(c)) {
        j = word(text, i, e);
        j = abbreviation(text, start, j, e);
      } else if (Character.isDigit(c)) {
        j = number(text, i, e);
      } else if ((c == '@' || c == '#') && i + 1 < e && isWordChar(text.charAt(i + 1))) {
        j = i + 1;
        while (j < e && (isWordChar(text.charAt(j)) || text.charAt(j) == '_')) {
          j++;
        }
      } else if (c == '.' && i + 2 < e && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
        j = i + 3;
        while (j < e && text.charAt(j) == '.') {
          j++;
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < e) {
        j = i + 2;
      } else {
        j = i + 1;
      }
      // A possessive 's / ’s at the end of a word is a token of its own.
      if (Character.isLetter(c) && j - start > 2 && isApostrophe(text.charAt(j - 2))) {
        char s = text.charAt(j - 1);
        if (s == 's' || s == 'S') {
          out.add(token(text, start, j - 2));
          out.add(token(text, j - 2, j));
          i = j;
          continue;
        }
      }
      out.add(token(text, start, j));
      i = j;
    }
  }

  private static Token token(String text, int b, int e) {
    return new Token(new Span(b, e), text.substring(b, e));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '‐' || c == '‑';
  }

  /** A word: letters and digits, with single inner apostrophes, hyphens and ampersand-free. */
  private static int word(String text, int i, int e) {
    int j = i;
    while (j < e) {
      char c = text.charAt(j);
      if (isWordChar(c)) {
        j++;
      } else if ((isApostrophe(c) || isHyphen(c)) && j + 1 < e && isWordChar(text.charAt(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * Extends a word by its dot when it is a known abbreviation, an initial ("J.") or a dotted
   * acronym ("U.K.", "e.g.").
   */
  private static int abbreviation(String text, int start, int j, int e) {
    if (j >= e || text.charAt(j) != '.') {
      return j;
    }
    int len = j - start;
    if (len == 1) {
      // Initial or dotted acronym: X. or X.Y. or X.Y.Z.
      int k = j + 1;
      while (k + 1 < e && Character.isLetter(text.charAt(k)) && text.charAt(k + 1) == '.') {
        k += 2;
      }
      return k;
    }
    if (len <= 5 && ABBREVIATIONS.contains(text.substring(start, j))) {
      return j + 1;
    }
    return j;
  }

  private static int number(String text, int i, int e) {
    int j = i;
    while (j < e) {
      char c = text.charAt(j);
      if (Character.isDigit(c)) {
        j++;
      } else if ((c == '.' || c == ',' || c == ':')
          && j + 1 < e
          && Character.isDigit(text.charAt(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    // "85-year-old", "3pm", "1960s": a number glued to letters is one word.
    if (j < e
        && (Character.isLetter(text.charAt(j))
            || (isHyphen(text.charAt(j)) && j + 1 < e && Character.isLetter(text.charAt(j + 1))))) {
      j = word(text, j, e);
    }
    return j;
  }

  // ---------------------------------------------------------------- sentences

  private static boolean isTerminal(String t) {
    return t.equals(".") || t.equals("!") || t.equals("?") || t.equals("…") || t.startsWith("...");
  }

  private static boolean isClosing(String t) {
    if (t.length() != 1) {
      return false;
    }
    char c = t.charAt(0);
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»'
        || c == '‘' || c == '“';
  }

  private static boolean isDash(String t) {
    return t.equals("—") || t.equals("–") || t.equals("-") || t.equals("―");
  }

  /**
   * The most tokens one sentence holds; longer runs are cut. News sentences stay far below it
   * (a 60-word sentence is long), so it only bounds the cost of text that has no full stops.
   */
  static final int MAX_SENTENCE_TOKENS = 300;

  private static void splitSentences(
      String text, List<Token> tokens, int first, List<Sentence> out) {
    int end = tokens.size();
    int sentFirst = first;
    int i = first;
    while (i < end) {
      if (i - sentFirst >= MAX_SENTENCE_TOKENS) {
        // Text without sentence ends (a scraped table, a 50 MB line) is cut into bounded
        // pieces, so that no later stage's per-sentence work grows with the input.
        out.add(sentence(tokens, sentFirst, i));
        sentFirst = i;
      }
      Token t = tokens.get(i);
      String s = t.text();
      // A tweet embed "— Name (@handle) date" begins a sentence of its own.
      if (isDash(s) && i > sentFirst && isEmbedStart(tokens, i, end)) {
        out.add(sentence(tokens, sentFirst, i));
        sentFirst = i;
        i++;
        continue;
      }
      boolean terminal = isTerminal(s);
      boolean acronym = !terminal && isDottedAcronym(s);
      if (terminal || acronym) {
        int k = i + 1;
        // Closing quotes/brackets glued to the terminal stay in this sentence.
        while (k < end
            && isClosing(tokens.get(k).text())
            && tokens.get(k).begin() == tokens.get(k - 1).end()) {
          k++;
        }
        if (k >= end) {
          i = k;
          continue;
        }
        Token next = tokens.get(k);
        boolean breaks = startsSentence(next) && next.begin() > tokens.get(k - 1).end();
        if (acronym && breaks) {
          breaks = SENTENCE_STARTERS.contains(next.text().toLowerCase(java.util.Locale.ROOT));
        }
        if (breaks) {
          out.add(sentence(tokens, sentFirst, k));
          sentFirst = k;
        }
        i = k;
        continue;
      }
      i++;
    }
    if (sentFirst < end) {
      out.add(sentence(tokens, sentFirst, end));
    }
  }

  private static boolean isDottedAcronym(String s) {
    return s.length() >= 4 && s.charAt(1) == '.' && s.charAt(s.length() - 1) == '.';
  }

  private static boolean startsSentence(Token t) {
    char c = t.text().charAt(0);
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '"'
        || c == '“'
        || c == '‘'
        || c == '\''
        || c == '('
        || c == '['
        || c == '—'
        || c == '–'
        || c == '@'
        || c == '#';
  }

  /** "— Name Words (@handle" within a few tokens after a dash. */
  private static boolean isEmbedStart(List<Token> tokens, int i, int end) {
    int limit = Math.min(end - 1, i + 12);
    for (int k = i + 1; k < limit; k++) {
      String s = tokens.get(k).text();
      if (s.equals("(")) {
        return tokens.get(k + 1).text().startsWith("@");
      }
      if (isTerminal(s)) {
        return false;
      }
    }
    return false;
  }

  private static Sentence sentence(List<Token> tokens, int first, int end) {
    return new Sentence(new Span(tokens.get(first).begin(), tokens.get(end - 1).end()), first, end);
  }
}
