package org.newsgraph.nlp;

import java.util.List;

/**
 * An article's text split into paragraphs, sentences and tokens, all with offsets into the
 * same string. Produced once per article by a {@link TextAnalyser}; read by every extractor.
 */
public record AnalysedText(
    String text, List<Span> paragraphs, List<Sentence> sentences, List<Token> tokens) {

  public AnalysedText {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
  }

  public List<Token> tokens(Sentence s) {
    return tokens.subList(s.firstToken(), s.endToken());
  }

  public String text(Span span) {
    return span.of(text);
  }

  /** The sentence containing offset {@code pos}, or null. */
  public Sentence sentenceAt(int pos) {
    int i = sentenceIndexAt(pos);
    return i < 0 ? null : sentences.get(i);
  }

  /** The index of the sentence holding character {@code pos}, or -1 (binary search). */
  public int sentenceIndexAt(int pos) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (pos < s.span().begin()) {
        hi = mid - 1;
      } else if (pos >= s.span().end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
