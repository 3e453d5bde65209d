package org.newsgraph.link;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The compact index format: gzip'd UTF-8 text, a header line, then one item per line with
 * tab-separated columns
 *
 * <pre>
 * qid  label  aliases  description  types  sitelinks  claims
 * </pre>
 *
 * where {@code aliases} are joined by U+001F, {@code types} by commas, and {@code claims} by
 * U+001F, each claim's fields (id, property, value, start, end, rank; empty for null) by
 * U+001E. Tabs, line breaks and the two separators inside values are turned into spaces on
 * writing, so no escaping is needed.
 */
public final class IndexFile {
  private IndexFile() {}

  /** The first line of every index file. */
  public static final String HEADER = "#newsgraph-wikidata-index\t1";

  private static final char LIST = '\u001F';
  private static final char FIELD = '\u001E';

  /** Writes items one by one; close it to finish the gzip stream. */
  public static final class Writer implements AutoCloseable {
    private final java.io.Writer out;

    private Writer(java.io.Writer out) throws IOException {
      this.out = out;
      out.write(HEADER);
      out.write('\n');
    }

    /** Appends one item. */
    public void write(WikidataItem item) throws IOException {
      StringBuilder b = new StringBuilder(256);
      b.append(clean(item.qid())).append('\t').append(clean(item.label())).append('\t');
      join(b, item.aliases(), LIST);
      b.append('\t').append(clean(item.description())).append('\t');
      b.append(String.join(",", item.types())).append('\t').append(item.sitelinks()).append('\t');
      boolean first = true;
      for (WikidataItem.Claim c : item.claims()) {
        if (!first) {
          b.append(LIST);
        }
        first = false;
        b.append(opt(c.id())).append(FIELD).append(clean(c.property())).append(FIELD);
        b.append(clean(c.value())).append(FIELD).append(opt(c.start())).append(FIELD);
        b.append(opt(c.end())).append(FIELD).append(clean(c.rank()));
      }
      b.append('\n');
      out.write(b.toString());
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** A writer to a new gzip'd index file. */
  public static Writer writer(Path file) throws IOException {
    OutputStream os = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16);
    return new Writer(
        new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16));
  }

  /** Reads every item of an index file, in file order. */
  public static void read(Path file, Consumer<WikidataItem> sink) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
      read(in, file.toString(), sink);
    }
  }

  /** Reads every item of an (uncompressed) index stream. */
  public static void read(InputStream in, String name, Consumer<WikidataItem> sink)
      throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String line = r.readLine();
    if (!HEADER.equals(line)) {
      throw new WikidataException(name + ": not a newsgraph Wikidata index (bad header)");
    }
    long n = 1;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isEmpty()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 7) {
        throw new WikidataException(name + ":" + n + ": expected 7 columns, found " + c.length);
      }
      List<WikidataItem.Claim> claims = new ArrayList<>();
      for (String s : split(c[6], LIST)) {
        String[] f = s.split(String.valueOf(FIELD), -1);
        if (f.length != 6) {
          throw new WikidataException(name + ":" + n + ": bad claim " + s);
        }
        claims.add(new WikidataItem.Claim(nul(f[0]), f[1], f[2], nul(f[3]), nul(f[4]), f[5]));
      }
      int sitelinks;
      try {
        sitelinks = Integer.parseInt(c[5]);
      } catch (NumberFormatException e) {
        throw new WikidataException(name + ":" + n + ": bad sitelink count " + c[5]);
      }
      sink.accept(
          new WikidataItem(
              c[0], c[1], split(c[2], LIST), c[3], split(c[4], ','), sitelinks, claims));
    }
  }

  private static List<String> split(String s, char sep) {
    return s.isEmpty() ? List.of() : Arrays.asList(s.split(String.valueOf(sep), -1));
  }

  private static void join(StringBuilder b, List<String> values, char sep) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(sep);
      }
      b.append(clean(values.get(i)));
    }
  }

  private static String opt(String s) {
    return s == null ? "" : clean(s);
  }

  private static String nul(String s) {
    return s.isEmpty() ? null : s;
  }

  /** Separators inside values would break the line; they carry no meaning in a name. */
  private static String clean(String s) {
    if (s == null) {
      return "";
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\t' || ch == '\n' || ch == '\r' || ch == LIST || ch == FIELD) {
        StringBuilder b = new StringBuilder(s);
        for (int j = i; j < b.length(); j++) {
          char x = b.charAt(j);
          if (x == '\t' || x == '\n' || x == '\r' || x == LIST || x == FIELD) {
            b.setCharAt(j, ' ');
          }
        }
        return b.toString();
      }
    }
    return s;
  }
}
