package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The optional header of a {@code .txt} article: {@code key: value} lines (title, outlet, url,
 * published, language) ended by a line {@code ---}. Without that exact shape the whole file is
 * text, so an article that happens to start with "Note: ..." is not eaten.
 */
final class TxtHeader {
  private TxtHeader() {}

  /**
   * @param warning what was wrong with the header (an unreadable date), or null
   * @param warningLine the 1-based line of that problem
   */
  record Parsed(String text, ArticleMetadata meta, String warning, int warningLine) {
    Parsed(String text, ArticleMetadata meta) {
      this(text, meta, null, 0);
    }
  }

  private static final Set<String> KEYS = Set.of("title", "outlet", "url", "published", "language");
  private static final int MAX_HEADER_LINES = 20;

  static Parsed parse(String raw) {
    Map<String, String> fields = new HashMap<>();
    int publishedLine = 0;
    int pos = 0;
    for (int line = 0; line <= MAX_HEADER_LINES && pos < raw.length(); line++) {
      int nl = raw.indexOf('\n', pos);
      int end = nl < 0 ? raw.length() : nl;
      String l = raw.substring(pos, end).strip();
      if (l.equals("---")) {
        if (fields.isEmpty()) {
          break;
        }
        String text = nl < 0 ? "" : raw.substring(end + 1);
        String published = fields.get("published");
        LocalDate d = PublicationDates.parse(published);
        String warning =
            published != null && !published.isBlank() && d == null
                ? "unreadable published date '" + published + "'; ignored (use YYYY-MM-DD)"
                : null;
        return new Parsed(
            text,
            new ArticleMetadata(
                fields.get("title"),
                fields.get("outlet"),
                fields.get("url"),
                d == null ? null : new PublicationDate(d, false, "header"),
                fields.get("language")),
            warning,
            publishedLine);
      }
      int colon = l.indexOf(':');
      if (colon <= 0) {
        break;
      }
      String key = l.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      if (!KEYS.contains(key)) {
        break;
      }
      fields.put(key, l.substring(colon + 1).strip());
      if (key.equals("published")) {
        publishedLine = line + 1;
      }
      pos = end + 1;
    }
    return new Parsed(raw, ArticleMetadata.EMPTY);
  }
}
