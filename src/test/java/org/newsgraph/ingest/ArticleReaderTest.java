package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  @TempDir Path dir;

  /** Collects what the reader reports. */
  static final class Log implements IngestListener {
    final List<String> problems = new ArrayList<>();
    final List<String> duplicates = new ArrayList<>();

    @Override
    public void problem(String source, String position, String message) {
      problems.add(source + "|" + position + "|" + message);
    }

    @Override
    public void duplicate(String source, String firstSource) {
      duplicates.add(source + "=" + firstSource);
    }
  }

  private List<Article> read(Log log, Path... inputs) {
    List<Article> out = new ArrayList<>();
    new ArticleReader(log).read(List.of(inputs), out::add);
    return out;
  }

  @Test
  void txtHeaderGivesMetadataAndOffsetsReferToTheBody() throws IOException {
    Files.writeString(dir.resolve("a.txt"),
        "title: A title\noutlet: The Daily Test\npublished: 2021-08-14\n---\nBody text here.\n");
    Log log = new Log();
    List<Article> as = read(log, dir);
    assertEquals(1, as.size());
    Article a = as.get(0);
    assertEquals("Body text here.\n", a.text());
    assertEquals("A title", a.meta().title());
    assertEquals("The Daily Test", a.meta().outlet());
    assertEquals(LocalDate.of(2021, 8, 14), a.meta().published().date());
    assertEquals(false, a.meta().published().inferred());
    assertEquals("a.txt", a.source());
    assertTrue(log.problems.isEmpty());
  }

  @Test
  void textThatMerelyStartsWithAColonLineIsNotAHeader() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Note: this is the article.\nSecond line.\n");
    Article a = read(new Log(), dir).get(0);
    assertEquals("Note: this is the article.\nSecond line.\n", a.text());
    assertNull(a.meta().title());
  }

  @Test
  void metadataCsvSuppliesMetadataForPlainFiles() throws IOException {
    Files.writeString(dir.resolve("x.txt"), "Some article text.");
    Files.writeString(dir.resolve("metadata.csv"),
        "file,title,outlet,url,published\nx.txt,\"Title, with comma\",Outlet,https://example.org/x,2020-01-02\n");
    Article a = read(new Log(), dir).get(0);
    assertEquals("Title, with comma", a.meta().title());
    assertEquals("https://example.org/x", a.meta().url());
    assertEquals("metadata.csv", a.meta().published().how());
  }

  @Test
  void jsonlBrokenLinesAreReportedWithLineNumbersAndTheRestIsRead() throws IOException {
    Files.writeString(dir.resolve("c.jsonl"),
        "{\"id\":\"r1\",\"text\":\"First article.\",\"published\":\"2021-08-14\"}\n"
            + "{broken\n"
            + "{\"title\":\"no text\"}\n"
            + "{\"text\":\"Third article.\"}\n");
    Log log = new Log();
    List<Article> as = read(log, dir.resolve("c.jsonl"));
    assertEquals(List.of("c.jsonl#r1", "c.jsonl#L4"), as.stream().map(Article::source).toList());
    assertEquals(2, log.problems.size());
    assertTrue(log.problems.get(0).startsWith("c.jsonl|line 2|not valid JSON"), log.problems.get(0));
    assertTrue(log.problems.get(1).startsWith("c.jsonl|line 3|expected a JSON object"));
  }

  @Test
  void htmlMainTextAndMetaTags() throws IOException {
    Files.writeString(dir.resolve("p.html"),
        "<html lang=en><head><title>T</title><meta property=og:site_name content='Outlet'>"
            + "<meta property='article:published_time' content='2021-08-14T17:22:00+01:00'>"
            + "<script>var x = 'Not text';</script></head><body><nav>Menu</nav>"
            + "<article><h1>Headline</h1><p>First para.</p><p>Second para.</p></article></body></html>");
    Article a = read(new Log(), dir).get(0);
    assertEquals("Headline\nFirst para.\nSecond para.", a.text());
    assertEquals("Outlet", a.meta().outlet());
    assertEquals(LocalDate.of(2021, 8, 14), a.meta().published().date());
  }

  @Test
  void htmlWithScriptsAndNoBodyIsAnEmptyArticle() throws IOException {
    Files.writeString(dir.resolve("s.html"), "<html><head><script>alert(1)</script></head></html>");
    Log log = new Log();
    assertTrue(read(log, dir).isEmpty());
    assertTrue(log.problems.get(0).contains("empty article"));
  }

  @Test
  void badFilesAreReportedAndTheOthersStillRead() throws IOException {
    Files.writeString(dir.resolve("empty.txt"), "  \n");
    Files.write(dir.resolve("binary.txt"), new byte[] {1, 2, 0, 4, 5});
    Files.write(dir.resolve("latin1.txt"), "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("good.txt"), "A good article.");
    Files.writeString(dir.resolve("data.xml"), "<x/>");
    Log log = new Log();
    List<Article> as = read(log, dir, dir.resolve("missing-folder"));
    assertEquals(List.of("good.txt"), as.stream().map(Article::source).toList());
    String all = String.join("\n", log.problems);
    assertTrue(all.contains("binary.txt|null|binary file"), all);
    assertTrue(all.contains("latin1.txt|null|invalid UTF-8 at byte 3"), all);
    assertTrue(all.contains("empty.txt|null|empty article"), all);
    assertTrue(all.contains("data.xml|null|unknown format"), all);
    assertTrue(all.contains("missing-folder|null|no such file or folder"), all);
  }

  @Test
  void utf16WithBomIsDecoded() throws IOException {
    byte[] body = "Ken Loach said hello.".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Files.write(dir.resolve("u16.txt"), bytes);
    assertEquals("Ken Loach said hello.", read(new Log(), dir).get(0).text());
  }

  @Test
  void theSameTextTwiceIsIngestedOnceAndSaidSo() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Same   text.\n");
    Files.writeString(dir.resolve("b.txt"), "Same text.");
    Log log = new Log();
    List<Article> as = read(log, dir);
    assertEquals(1, as.size());
    assertEquals(List.of("b.txt=a.txt"), log.duplicates);
  }

  @Test
  void missingDateIsInferredFromEmbedsAndMarkedInferred() throws IOException {
    Files.writeString(dir.resolve("t.txt"),
        "Someone said something.\n— A Person (@aperson) August 12, 2021\n— B Person (@bp) August 14, 2021\n");
    PublicationDate d = read(new Log(), dir).get(0).meta().published();
    assertEquals(LocalDate.of(2021, 8, 14), d.date());
    assertTrue(d.inferred());
    assertEquals("inferred:embed", d.how());
  }

  @Test
  void noDateIsInventedWhenTheTextGivesNone() throws IOException {
    Files.writeString(dir.resolve("t.txt"), "He was expelled on Saturday.");
    assertNull(read(new Log(), dir).get(0).meta().published());
  }
}
