package org.newsgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Cli;
import org.newsgraph.store.DatasetFiles;

/**
 * Bad inputs through the command line: each is reported with the input's name and the
 * position, the good inputs beside it are built, nothing prints a stack trace, and the exit
 * code is 1 when something was skipped.
 */
class BadInputTest {

  @TempDir Path dir;
  Path in;
  Path out;

  static final String GOOD =
      "Maria Lopez joined the Green Party in 2019.\nShe said the party had changed her life.\n";

  @BeforeEach
  void setUp() throws IOException {
    in = Files.createDirectories(dir.resolve("in"));
    out = dir.resolve("out.nq");
    Files.writeString(in.resolve("good.txt"), GOOD);
  }

  private Cli build(Path... inputs) {
    String[] args = new String[inputs.length + 3];
    args[0] = "build";
    for (int i = 0; i < inputs.length; i++) {
      args[i + 1] = inputs[i].toString();
    }
    args[inputs.length + 1] = "-o";
    args[inputs.length + 2] = out.toString();
    return Cli.run(args);
  }

  private static void assertNoTrace(Cli r) {
    assertFalse(r.err().contains("Exception"), "exception on stderr:\n" + r.err());
    assertFalse(r.err().contains("\tat "), "stack trace on stderr:\n" + r.err());
    assertFalse(r.err().contains("--verbose for details"), "internal error:\n" + r.err());
  }

  private static void assertSays(Cli r, String... parts) {
    for (String p : parts) {
      assertTrue(r.err().contains(p), "expected '" + p + "' on stderr:\n" + r.err());
    }
  }

  /** The build wrote the good article (and whatever else is named), read back from the file. */
  private Map<String, String> built(String... sources) {
    Map<String, String> a = Outputs.articles(out);
    assertEquals(GOOD, a.get("good.txt"), "good.txt missing from " + a.keySet());
    for (String s : sources) {
      assertTrue(a.containsKey(s), s + " missing from " + a.keySet());
    }
    return a;
  }

  @Test
  void emptyAndBlankFilesAreSkippedByName() throws IOException {
    Files.writeString(in.resolve("empty.txt"), "");
    Files.writeString(in.resolve("blank.txt"), " \n\t\n  \r\n");
    Files.writeString(in.resolve("header-only.txt"), "title: Nothing\n---\n");
    Cli r = build(in);
    assertEquals(1, r.exit(), r.err());
    assertSays(r, "empty.txt: empty article", "blank.txt: empty article",
        "header-only.txt: empty article");
    assertNoTrace(r);
    assertEquals(1, built().size());
  }

  @Test
  void binaryFilesNameTheOffsetOfTheFirstNul() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    Files.write(in.resolve("image.txt"), png);
    byte[] late = new byte[5000];
    java.util.Arrays.fill(late, (byte) 'a');
    late[4321] = 0;
    Files.write(in.resolve("late-nul.txt"), late);
    Cli r = build(in);
    assertEquals(1, r.exit(), r.err());
    assertSays(r, "image.txt: binary file (NUL byte at offset 8)",
        "late-nul.txt: binary file (NUL byte at offset 4321)");
    assertNoTrace(r);
    assertEquals(1, built().size());
  }

  @Test
  void invalidUtf8NamesTheByteOffset() throws IOException {
    byte[] b = ("A long enough first paragraph about nothing at all.\n"
        .repeat(200)).getBytes(StandardCharsets.UTF_8);
    int at = b.length - 7;
    b[at] = (byte) 0xFF;
    Files.write(in.resolve("bad.txt"), b);
    // A truncated multi-byte sequence at the very end.
    Files.write(in.resolve("truncated.txt"), new byte[] {'Z', 'o', (byte) 0xC3});
    Cli r = build(in);
    assertEquals(1, r.exit(), r.err());
    assertSays(r, "bad.txt: invalid UTF-8 at byte " + at, "truncated.txt: invalid UTF-8 at byte 2");
    assertNoTrace(r);
    assertEquals(1, built().size());
  }

  @Test
  void utf16WithABomInEitherByteOrderIsReadAsText() throws IOException {
    String text = "Zoë Ní Bhriain left the party in March 2020.\n";
    Files.write(in.resolve("le.txt"), withBom(text, StandardCharsets.UTF_16LE, 0xFF, 0xFE));
    Files.write(in.resolve("be.txt"), withBom(text + "Again.\n", StandardCharsets.UTF_16BE, 0xFE, 0xFF));
    Files.write(in.resolve("utf8bom.txt"), withBom("Plain UTF-8 with a BOM.\n", StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF));
    Cli r = build(in);
    assertEquals(0, r.exit(), r.err());
    Map<String, String> a = built("le.txt", "be.txt", "utf8bom.txt");
    assertEquals(text, a.get("le.txt"));
    assertEquals(text + "Again.\n", a.get("be.txt"));
    assertEquals("Plain UTF-8 with a BOM.\n", a.get("utf8bom.txt"), "the BOM is not part of the text");
  }

  @Test
  void brokenUtf16IsReportedNotGarbled() throws IOException {
    // A lone high surrogate in UTF-16LE.
    byte[] b = {(byte) 0xFF, (byte) 0xFE, 'A', 0, 'B', 0, 0x00, (byte) 0xD8, 'C', 0};
    Files.write(in.resolve("lone.txt"), b);
    // The offset counts the BOM: it is the byte offset in the file.
    byte[] u = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', (byte) 0xC0, 'c'};
    Files.write(in.resolve("bom8.txt"), u);
    Cli r = build(in);
    assertEquals(1, r.exit(), r.err());
    assertSays(r, "lone.txt: invalid UTF-16LE at byte 6", "bom8.txt: invalid UTF-8 at byte 5");
    assertNoTrace(r);
    built();
  }

  private static byte[] withBom(String s, java.nio.charset.Charset cs, int... bom) {
    byte[] body = s.getBytes(cs);
    byte[] out = new byte[bom.length + body.length];
    for (int i = 0; i < bom.length; i++) {
      out[i] = (byte) bom[i];
    }
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }

  @Test
  void htmlWithScriptsAndNoBodyTextIsAnEmptyArticle() throws IOException {
    Files.writeString(in.resolve("scripts.html"),
        "<html><head><title>T</title><script>var s = \"<p>not text</p>\";</script>"
            + "<style>p{}</style></head></html>");
    Files.writeString(in.resolve("noscript.htm"),
        "<script>document.write('x')</script><noscript>Enable JavaScript</noscript>");
    Files.writeString(in.resolve("ok.html"),
        "<html><body><script>alert(1)</script><p>Real text survives the scripts.</p></body></html>");
    Cli r = build(in);
    assertEquals(1, r.exit(), r.err());
    assertSays(r, "scripts.html: empty article", "noscript.htm: empty article");
    assertNoTrace(r);
    Map<String, String> a = built("ok.html");
    assertEquals("Real text survives the scripts.", a.get("ok.html"));
  }

  @Test
  void jsonlBrokenLinesAreSkippedByLineNumberAndTheRestIsRead() throws IOException {
    Files.writeString(in.resolve("feed.jsonl"),
        String.join("\n",
            "{\"id\":\"a\",\"text\":\"First record text.\"}",
            "{\"id\":\"b\",\"text\":\"unterminated",
            "[1,2,3]",
            "{\"id\":\"d\",\"title\":\"no text field\"}",
            "",
            "{\"id\":\"f\",\"text\":42}",
            "{\"id\":\"g\",\"text\":\"Last record text.\",\"published\":\"31/02/2021\"}",
            "{\"id\":\"h\",\"text\":\"After a trailing comma.\"},"));
    Cli r = build(in);
    assertEquals(1, r.exit(), r.err());
    assertSays(r, "feed.jsonl: line 2: not valid JSON", "feed.jsonl: line 3: expected a JSON object",
        "feed.jsonl: line 4: expected a JSON object", "feed.jsonl: line 6: expected a JSON object",
        "feed.jsonl: line 7: unreadable published date '31/02/2021'");
    assertNoTrace(r);
    Map<String, String> a = built("feed.jsonl#a", "feed.jsonl#g");
    assertFalse(a.containsKey("feed.jsonl#h") && r.err().contains("line 8"),
        "a record either builds or is reported, not both");
  }

  @Test
  void jsonlWithInvalidUtf8OnOneLineKeepsTheLinesAroundIt() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 300; i++) {
      sb.append("{\"id\":\"r").append(i).append("\",\"text\":\"Record number ").append(i)
          .append(" has its own text.\"}\n");
    }
    byte[] lines = sb.toString().getBytes(StandardCharsets.UTF_8);
    // Corrupt one byte inside line 250's text.
    int line250 = sb.indexOf("{\"id\":\"r250\"");
    lines[line250 + 30] = (byte) 0xFE;
    Files.write(in.resolve("feed.jsonl"), lines);
    Cli r = build(in);
    assertEquals(1, r.exit(), r.err());
    assertSays(r, "feed.jsonl: line 250: invalid UTF-8");
    assertNoTrace(r);
    Map<String, String> a = built("feed.jsonl#r1", "feed.jsonl#r249", "feed.jsonl#r251", "feed.jsonl#r300");
    assertFalse(a.containsKey("feed.jsonl#r250"));
    assertEquals(300, a.size(), "good.txt and 299 records: " + a.size());
  }

  @Test
  void duplicateArticlesAreIngestedOnceAndNamed() throws IOException {
    Files.writeString(in.resolve("copy.txt"), GOOD);
    // Formatting differences (case, spacing) do not make a new article.
    Files.writeString(in.resolve("reformatted.txt"), GOOD.toUpperCase().replace(" ", "   "));
    Files.writeString(in.resolve("feed.jsonl"),
        "{\"id\":\"x\",\"text\":" + json(GOOD) + "}\n{\"id\":\"y\",\"text\":\"Only here.\"}\n");
    Cli r = build(in);
    // A duplicate is expected input, not an error: reported, not failed.
    assertEquals(0, r.exit(), r.err());
    // Inputs are read in path order, so copy.txt comes first and the others name it.
    assertSays(r, "good.txt: same text as copy.txt", "reformatted.txt: same text as copy.txt",
        "feed.jsonl#x: same text as copy.txt");
    assertNoTrace(r);
    Map<String, String> a = Outputs.articles(out);
    assertEquals(2, a.size(), a.keySet().toString());
    assertEquals(GOOD, a.get("copy.txt"));
    assertTrue(a.containsKey("feed.jsonl#y"));
    assertTrue(r.out().contains("2 articles"), r.out());
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  @Test
  void tenThousandQuoteMarksAndUnbalancedQuotesBuild() throws IOException {
    Files.writeString(in.resolve("quotes.txt"),
        "He said " + "\"".repeat(10_000) + " and left.\n" + "“a” ".repeat(2_500) + "\n");
    Files.writeString(in.resolve("unbalanced.txt"),
        "Jo Smith said: \"We will never give up.\nThe party replied “nothing, then ‘maybe.\n"
            + "And a closing one” with no opening.\" Then 'x.\n");
    Cli r = build(in);
    assertEquals(0, r.exit(), r.err());
    assertNoTrace(r);
    built("quotes.txt", "unbalanced.txt");
  }

  @Test
  void aOneMegabyteSentenceWithoutAFullStopBuilds() throws IOException {
    StringBuilder sb = new StringBuilder(1 << 20);
    String[] words = {"Labour ", "members ", "said ", "that ", "Ken ", "Loach ", "was ", "expelled ", "and, "};
    for (int i = 0; sb.length() < (1 << 20); i++) {
      sb.append(words[i % words.length]);
    }
    Files.writeString(in.resolve("long.txt"), sb);
    long t0 = System.nanoTime();
    Cli r = build(in);
    double s = (System.nanoTime() - t0) / 1e9;
    assertEquals(0, r.exit(), r.err());
    assertNoTrace(r);
    assertEquals(sb.toString(), built("long.txt").get("long.txt"));
    assertTrue(s < 60, "1 MB sentence took " + s + " s");
  }

  @Test
  void namesWithDiacriticsAndNonLatinScriptsSurviveExactly() throws IOException {
    String text = "Zoë Ní Bhriain met Σωκράτης Παπαδόπουλος and 李明 in Zürich.\n"
        + "Ms Ní Bhriain said: \"Çа ва\" — and Σωκράτης agreed; 李明 did not.\n"
        + "Emoji 🙂 and combining e\u0301 stay as written.\n";
    Files.writeString(in.resolve("names.txt"), text);
    Cli r = build(in);
    assertEquals(0, r.exit(), r.err());
    assertNoTrace(r);
    assertEquals(text, built("names.txt").get("names.txt"), "the text is stored as ingested");
    // Every quote in the output is the text at its offsets (UTF-16 units, surrogates counted).
    DatasetGraph dsg = DatasetFiles.read(out);
    EvidenceChecks.assertQuotesMatch(dsg);
  }

  @Test
  void impossibleDatesInMetadataAreReportedByLineAndIgnored() throws IOException {
    Files.writeString(in.resolve("a.txt"), "Article A about a meeting.\n");
    Files.writeString(in.resolve("b.txt"), "Article B about another meeting.\n");
    Files.writeString(in.resolve("metadata.csv"),
        "file,title,published\na.txt,A,31/02/2021\nb.txt,B,2021-02-31\ngood.txt,G,2021-02-28\n");
    Cli r = build(in);
    assertEquals(1, r.exit(), r.err());
    assertSays(r, "metadata.csv: line 2: unreadable published date '31/02/2021'",
        "metadata.csv: line 3: unreadable published date '2021-02-31'");
    assertNoTrace(r);
    built("a.txt", "b.txt");
    DatasetGraph dsg = DatasetFiles.read(out);
    assertEquals(1, dsg.stream(Node.ANY, Node.ANY, DCTerms.issued.asNode(), Node.ANY).count(),
        "only good.txt has a date");
  }

  @Test
  void impossibleDatesInATxtHeaderAreReportedAndIgnored() throws IOException {
    Files.writeString(in.resolve("h.txt"), "title: H\npublished: 31/02/2021\n---\nBody of H.\n");
    Cli r = build(in);
    assertEquals(1, r.exit(), r.err());
    assertSays(r, "h.txt: line 2: unreadable published date '31/02/2021'");
    assertNoTrace(r);
    assertEquals("Body of H.\n", built("h.txt").get("h.txt"));
  }

  @Test
  void impossibleDatesInTheTextAreNeverInvented() throws IOException {
    Files.writeString(in.resolve("d.txt"),
        "Headline\n31 February 2021, 17:22\nOn 31/02/2021 the committee met; on 30/02/2021 too.\n"
            + "— Someone (@someone) February 31, 2021\n");
    Cli r = build(in);
    assertEquals(0, r.exit(), r.err());
    assertNoTrace(r);
    built("d.txt");
    DatasetGraph dsg = DatasetFiles.read(out);
    assertNull(
        dsg.stream(Node.ANY, Node.ANY, DCTerms.issued.asNode(), Node.ANY).findFirst().orElse(null));
    for (String bad : new String[] {"2021-02-31", "2021-02-30"}) {
      assertFalse(
          dsg.stream().anyMatch(q -> q.getObject().isLiteral()
              && q.getObject().getLiteralLexicalForm().startsWith(bad)),
          "an impossible date " + bad + " reached the graph");
    }
  }
}
