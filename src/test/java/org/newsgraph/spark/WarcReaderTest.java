package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class WarcReaderTest {

  static byte[] record(String type, String id, String uri, String contentType, String block) {
    byte[] b = block.getBytes(StandardCharsets.UTF_8);
    String head =
        "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\n"
            + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
            + "Content-Type: " + contentType + "\r\nContent-Length: " + b.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(b);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** A warcinfo, an HTML response, a 404, a request and a text conversion record. */
  static byte[] sampleWarc() {
    String html =
        "<html><head><title>Row</title></head><body><article><p>Mary Major was suspended from"
            + " the Green Party on 2 June 2022.</p></article></body></html>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(record("warcinfo", "0", null, "application/warc-fields", "software: test\r\n"));
    out.writeBytes(record("response", "1", "https://news.example/a", "application/http; msgtype=response",
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html));
    out.writeBytes(record("response", "2", "https://news.example/gone", "application/http; msgtype=response",
        "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html>gone</html>"));
    out.writeBytes(record("request", "3", "https://news.example/a", "application/http; msgtype=request",
        "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"));
    out.writeBytes(record("conversion", "4", "https://news.example/b", "text/plain",
        "John Roe left the Liberal Democrats in 2019, saying the party had lost its way."));
    return out.toByteArray();
  }

  @Test
  void readsHtmlResponsesAndConversionsOnly() throws IOException {
    List<WarcReader.Record> got = new ArrayList<>();
    WarcReader.read(new ByteArrayInputStream(sampleWarc()), false, got::add);
    assertEquals(2, got.size());
    assertEquals("<urn:uuid:1>", got.get(0).id());
    assertEquals("https://news.example/a", got.get(0).uri());
    assertTrue(got.get(0).html() && got.get(0).body().contains("Mary Major"));
    assertTrue(!got.get(1).html() && got.get(1).body().startsWith("John Roe"));
  }

  @Test
  void readsGzipMembersOnePerRecord() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] r : List.of(
        record("conversion", "a", null, "text/plain", "First text."),
        record("conversion", "b", null, "text/plain", "Second text."))) {
      ByteArrayOutputStream one = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(one)) {
        gz.write(r);
      }
      out.writeBytes(one.toByteArray());
    }
    List<WarcReader.Record> got = new ArrayList<>();
    WarcReader.read(new ByteArrayInputStream(out.toByteArray()), true, got::add);
    assertEquals(List.of("First text.", "Second text."), got.stream().map(WarcReader.Record::body).toList());
  }

  @Test
  void rejectsWhatIsNotWarc() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IOException.class,
        () -> WarcReader.read(new ByteArrayInputStream("hello\n".getBytes(StandardCharsets.UTF_8)), false, r -> {}));
  }
}
