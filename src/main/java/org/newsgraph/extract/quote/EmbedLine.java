package org.newsgraph.extract.quote;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Span;

/**
 * The signature line of an embedded tweet as it survives in article text:
 * {@code — Ken Loach & Sixteen Films (@KenLoachSixteen) August 14, 2021}.
 *
 * @param name the span of the display name
 * @param handle the account handle without the @
 * @param date the date printed, or null
 */
record EmbedLine(Span name, String handle, LocalDate date) {

  // Bounded classes and no nested quantifiers: linear on any input.
  private static final Pattern LINE =
      Pattern.compile(
          "[—–-]{1,2}[ \\t]{0,4}([^()\\n]{1,200})\\(@(\\w{1,30})\\)[ \\t]{0,4}"
              + "((?:January|February|March|April|May|June|July|August|September|October"
              + "|November|December) \\d{1,2}, \\d{4})?[ \\t]*");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

  /** Parses the paragraph {@code para} of {@code text}, or returns null when it is no embed line. */
  static EmbedLine parse(String text, Span para) {
    Matcher m = LINE.matcher(text).region(para.begin(), para.end());
    if (!m.matches()) {
      return null;
    }
    int nb = m.start(1);
    int ne = m.end(1);
    while (ne > nb && Character.isWhitespace(text.charAt(ne - 1))) {
      ne--;
    }
    if (ne <= nb) {
      return null;
    }
    LocalDate d = null;
    if (m.group(3) != null) {
      try {
        d = LocalDate.parse(m.group(3), DATE);
      } catch (DateTimeParseException e) {
        d = null;
      }
    }
    return new EmbedLine(new Span(nb, ne), m.group(2), d);
  }
}
