package org.newsgraph.bench;

/**
 * Counts tokens the way the text analyser splits them, roughly: a run of letters or digits
 * (with inner apostrophes and hyphens) is one token, every other non-space character is one.
 * Used only to report tokens per second, outside the timed region.
 */
final class TokenCounter {

  private TokenCounter() {}

  static int count(String text) {
    int n = 0;
    int i = 0;
    int len = text.length();
    while (i < len) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        n++;
        i++;
        while (i < len) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d)
              || ((d == '\'' || d == '\u2019' || d == '-')
                  && i + 1 < len
                  && Character.isLetterOrDigit(text.charAt(i + 1)))) {
            i++;
          } else {
            break;
          }
        }
      } else {
        n++;
        i++;
      }
    }
    return n;
  }
}
