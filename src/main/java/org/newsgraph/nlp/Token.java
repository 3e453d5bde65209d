package org.newsgraph.nlp;

/**
 * A token with its offsets.
 *
 * @param span where it is in the text
 * @param text the token as printed
 */
public record Token(Span span, String text) {

  public int begin() {
    return span.begin();
  }

  public int end() {
    return span.end();
  }

  public boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  public boolean isWord() {
    return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
  }
}
