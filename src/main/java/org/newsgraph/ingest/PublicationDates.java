package org.newsgraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses stated publication dates and infers missing ones from the text: a dateline near the
 * top ("14 August 2021, 17:22") or, failing that, the latest date of an embedded post
 * ("— Name (@handle) August 14, 2021"), since an article cannot predate what it embeds.
 * Inferred dates say so and how; no date is ever invented.
 */
public final class PublicationDates {
  private PublicationDates() {}

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
          Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6),
          Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9),
          Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
          Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

  /** A line that is only a date, optionally with a time: "14 August 2021, 17:22". */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?(?:(\\d{1,2})\\s+"
              + MONTH
              + "|"
              + MONTH
              + "\\s+(\\d{1,2}),?)\\s+(\\d{4})(?:\\s*[,|\\-–]?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** The date ending a tweet embed line: "— Name (@handle) August 14, 2021". */
  private static final Pattern EMBED =
      Pattern.compile(
          "\\(@\\w{1,30}\\)\\s+" + MONTH + "\\s+(\\d{1,2}),\\s+(\\d{4})\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  /** How many leading lines may hold a dateline. */
  private static final int DATELINE_LINES = 6;

  /**
   * Parses a stated date: ISO date or date-time ("2021-08-14", "2021-08-14T17:22:00Z"), or
   * "14 August 2021" / "August 14, 2021". Returns null when it is not a valid date.
   */
  public static LocalDate parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.trim();
    try {
      if (t.length() >= 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
        if (t.length() == 10) {
          return LocalDate.parse(t);
        }
        try {
          return OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException e) {
          return LocalDate.parse(t.substring(0, 10));
        }
      }
    } catch (DateTimeException e) {
      return null;
    }
    Matcher m = DATELINE.matcher(t);
    return m.matches() ? fromDateline(m) : null;
  }

  private static LocalDate fromDateline(Matcher m) {
    try {
      if (m.group(1) != null) {
        return LocalDate.of(Integer.parseInt(m.group(5)), month(m.group(2)), Integer.parseInt(m.group(1)));
      }
      return LocalDate.of(Integer.parseInt(m.group(5)), month(m.group(3)), Integer.parseInt(m.group(4)));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static int month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /** Infers the publication date from the text, or returns null. */
  public static PublicationDate infer(String text) {
    int pos = 0;
    for (int line = 0; line < DATELINE_LINES && pos < text.length(); line++) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      if (end - pos < 60) {
        Matcher m = DATELINE.matcher(text.substring(pos, end));
        if (m.matches()) {
          LocalDate d = fromDateline(m);
          if (d != null) {
            return new PublicationDate(d, true, "inferred:dateline");
          }
        }
      }
      pos = end + 1;
    }
    LocalDate latest = null;
    Matcher m = EMBED.matcher(text);
    while (m.find()) {
      try {
        LocalDate d =
            LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        if (latest == null || d.isAfter(latest)) {
          latest = d;
        }
      } catch (DateTimeException e) {
        // an impossible date in an embed line is ignored, not guessed at
      }
    }
    return latest == null ? null : new PublicationDate(latest, true, "inferred:embed");
  }
}
