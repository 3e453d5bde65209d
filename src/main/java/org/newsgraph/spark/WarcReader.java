package org.newsgraph.spark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A small WARC 1.0/1.1 reader for news crawls: hands over the {@code response} records whose
 * HTTP payload is HTML and the {@code conversion} records (extracted text). Record headers are
 * text lines ended by a blank line; the block is exactly {@code Content-Length} bytes, so the
 * reader never scans payload bytes for delimiters. {@code .warc.gz} files (one gzip member per
 * record, as crawlers write them) are read through {@link GZIPInputStream}, which follows
 * concatenated members.
 */
public final class WarcReader {

  /** One usable record: its id, target URI, whether the body is HTML, and the body. */
  public record Record(String id, String uri, boolean html, String body) {}

  private WarcReader() {}

  /** Reads every usable record of {@code in} (gzip when {@code gzip}) into {@code sink}. */
  public static void read(InputStream raw, boolean gzip, Consumer<Record> sink) throws IOException {
    InputStream in = new BufferedInputStream(gzip ? new GZIPInputStream(raw, 65536) : raw, 65536);
    while (true) {
      String version = line(in);
      while (version != null && version.isEmpty()) {
        version = line(in); // the CRLF CRLF after a block
      }
      if (version == null) {
        return;
      }
      if (!version.startsWith("WARC/")) {
        throw new IOException("not a WARC record header: " + abbreviate(version));
      }
      Map<String, String> h = headers(in);
      long length = Long.parseLong(h.getOrDefault("content-length", "0").trim());
      byte[] block = in.readNBytes((int) Math.min(length, Integer.MAX_VALUE));
      if (block.length < length) {
        throw new IOException("truncated WARC record " + h.get("warc-record-id"));
      }
      String type = h.getOrDefault("warc-type", "").trim().toLowerCase(Locale.ROOT);
      String id = h.getOrDefault("warc-record-id", "").trim();
      String uri = h.get("warc-target-uri");
      if (uri != null) {
        uri = uri.trim();
        if (uri.startsWith("<") && uri.endsWith(">")) {
          uri = uri.substring(1, uri.length() - 1); // WARC 1.0 allowed angle brackets
        }
      }
      if (type.equals("response")) {
        Record r = response(id, uri, block);
        if (r != null) {
          sink.accept(r);
        }
      } else if (type.equals("conversion")) {
        String ct = h.getOrDefault("content-type", "text/plain").toLowerCase(Locale.ROOT);
        if (ct.startsWith("text/")) {
          sink.accept(new Record(id, uri, ct.contains("html"), new String(block, charset(ct))));
        }
      }
    }
  }

  /** The HTML body of an HTTP response block, or null when it is not a 200 HTML page. */
  private static Record response(String id, String uri, byte[] block) throws IOException {
    InputStream in = new java.io.ByteArrayInputStream(block);
    String status = line(in);
    if (status == null || !status.startsWith("HTTP/")) {
      return null;
    }
    String[] parts = status.split(" ", 3);
    if (parts.length < 2 || !parts[1].equals("200")) {
      return null;
    }
    Map<String, String> h = headers(in);
    String ct = h.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
    if (!ct.contains("html")) {
      return null;
    }
    String enc = h.getOrDefault("content-encoding", "identity").trim().toLowerCase(Locale.ROOT);
    byte[] body = in.readAllBytes();
    if (enc.equals("gzip") || enc.equals("x-gzip")) {
      body = new GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
    } else if (!enc.equals("identity") && !enc.isEmpty()) {
      return null; // br, deflate: crawlers mostly store decoded payloads; skip the rest
    }
    return new Record(id, uri, true, new String(body, charset(ct)));
  }

  private static java.nio.charset.Charset charset(String contentType) {
    int i = contentType.indexOf("charset=");
    if (i >= 0) {
      String name = contentType.substring(i + 8).split("[;\\s]", 2)[0].replace("\"", "");
      try {
        return java.nio.charset.Charset.forName(name);
      } catch (IllegalArgumentException e) {
        // unknown or illegal charset names are common in crawls: fall back to UTF-8
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** Header lines up to the blank line; names lower-cased, continuation lines folded. */
  private static Map<String, String> headers(InputStream in) throws IOException {
    Map<String, String> h = new LinkedHashMap<>();
    String last = null;
    for (String l = line(in); l != null && !l.isEmpty(); l = line(in)) {
      if ((l.startsWith(" ") || l.startsWith("\t")) && last != null) {
        h.put(last, h.get(last) + " " + l.strip());
        continue;
      }
      int c = l.indexOf(':');
      if (c > 0) {
        last = l.substring(0, c).trim().toLowerCase(Locale.ROOT);
        h.put(last, l.substring(c + 1).trim());
      }
    }
    return h;
  }

  /** One line without its CRLF/LF, or null at the end of the stream. Headers are ASCII/UTF-8. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(128);
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        break;
      }
      b.write(c);
    }
    if (c == -1 && b.size() == 0) {
      return null;
    }
    String s = b.toString(StandardCharsets.UTF_8);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
