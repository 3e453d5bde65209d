package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * A {@code metadata.csv} sidecar: header {@code file,title,outlet,url,published} (any order,
 * extra columns ignored), RFC 4180 quoting.
 */
final class MetadataCsv {
  private MetadataCsv() {}

  static Map<String, ArticleMetadata> read(Path csv, BiConsumer<Integer, String> problems)
      throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    Map<String, ArticleMetadata> out = new TreeMap<>();
    if (lines.isEmpty()) {
      return out;
    }
    List<String> head =
        split(lines.get(0)).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    int file = head.indexOf("file");
    if (file < 0) {
      problems.accept(1, "the header has no 'file' column; metadata.csv ignored");
      return out;
    }
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      List<String> row = split(lines.get(i));
      String published = get(row, head, "published");
      LocalDate d = PublicationDates.parse(published);
      if (published != null && d == null) {
        problems.accept(i + 1, "unreadable published date '" + published + "'; use YYYY-MM-DD");
      }
      out.put(
          get(row, head, "file"),
          new ArticleMetadata(
              get(row, head, "title"),
              get(row, head, "outlet"),
              get(row, head, "url"),
              d == null ? null : new PublicationDate(d, false, "metadata.csv"),
              get(row, head, "language")));
    }
    return out;
  }

  private static String get(List<String> row, List<String> head, String col) {
    int i = head.indexOf(col);
    if (i < 0 || i >= row.size() || row.get(i).isBlank()) {
      return null;
    }
    return row.get(i).strip();
  }

  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    if (!out.isEmpty()) {
      out.set(0, out.get(0).replace("\uFEFF", ""));
    }
    return out.stream().map(String::strip).toList();
  }
}
