package org.newsgraph.nlp;

/**
 * Splits text into paragraphs, sentences and tokens, keeping UTF-16 offsets. Implementations
 * are stateless and thread-safe.
 */
public interface TextAnalyser {
  AnalysedText analyse(String text);
}
