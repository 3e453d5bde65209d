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

  record Parsed(String text, ArticleMetadata meta) {}

  private static final Set<String> KEYS = Set.of("title", "outlet", "url", "published", "language");
  private static final int MAX_HEADER_LINES = 20;

  static Parsed parse(String raw) {
    Map<String, String> fields = new HashMap<>();
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
        LocalDate d = PublicationDates.parse(fields.get("published"));
        return new Parsed(
            text,
            new ArticleMetadata(
                fields.get("title"),
                fields.get("outlet"),
                fields.get("url"),
                d == null ? null : new PublicationDate(d, false, "header"),
                fields.get("language")));
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
      pos = end + 1;
    }
    return new Parsed(raw, ArticleMetadata.EMPTY);
  }
}
