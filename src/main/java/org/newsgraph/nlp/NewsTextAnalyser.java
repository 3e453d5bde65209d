package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraphs, sentences and tokens for news text (first version: paragraphs are lines,
 * sentences end at . ! ? before a capital).
 */
public final class NewsTextAnalyser implements TextAnalyser {

  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}'’\\-]*|\\p{Nd}+(?:[.,:]\\p{Nd}+)*|\\S");

  @Override
  public AnalysedText analyse(String text) {
    List<Span> paragraphs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int pos = 0;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
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
        splitSentences(text, b, e, sentences, tokens);
      }
      pos = end + 1;
    }
    return new AnalysedText(text, paragraphs, sentences, tokens);
  }

  private static void splitSentences(
      String text, int b, int e, List<Sentence> sentences, List<Token> tokens) {
    Matcher m = TOKEN.matcher(text).region(b, e);
    int first = tokens.size();
    int sentBegin = -1;
    while (m.find()) {
      Token t = new Token(new Span(m.start(), m.end()), m.group());
      if (sentBegin < 0) {
        sentBegin = t.begin();
        first = tokens.size();
      }
      tokens.add(t);
      String s = t.text();
      if (s.equals(".") || s.equals("!") || s.equals("?")) {
        int next = t.end();
        while (next < e && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        if (next >= e || Character.isUpperCase(text.charAt(next))) {
          sentences.add(new Sentence(new Span(sentBegin, t.end()), first, tokens.size()));
          sentBegin = -1;
        }
      }
    }
    if (sentBegin >= 0) {
      sentences.add(
          new Sentence(
              new Span(sentBegin, tokens.get(tokens.size() - 1).end()), first, tokens.size()));
    }
  }
}
