package org.newsgraph.nlp;

/**
 * A sentence: its span and the range {@code [firstToken, endToken)} of its tokens in
 * {@link AnalysedText#tokens()}.
 */
public record Sentence(Span span, int firstToken, int endToken) {}
