package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpIndexTest {
  @TempDir Path tmp;

  @Test
  void entityTextSkipsBracketsAndCommas() {
    assertNull(DumpReader.entityText("["));
    assertNull(DumpReader.entityText("]"));
    assertNull(DumpReader.entityText("  "));
    assertEquals("{\"id\":\"Q1\"}", DumpReader.entityText("{\"id\":\"Q1\"},"));
    assertEquals("{\"id\":\"Q1\"}", DumpReader.entityText("[{\"id\":\"Q1\"},"));
    assertEquals("{\"id\":\"Q1\"}", DumpReader.entityText("{\"id\":\"Q1\"}]"));
    assertEquals("{\"a\":[1]}", DumpReader.entityText("{\"a\":[1]}"));
  }

  private List<WikidataItem> roundTrip(Path dump, Set<String> types) throws IOException {
    Path idx = tmp.resolve("out.idx.gz");
    DumpIndexer.Stats s = DumpIndexer.create().types(types).run(dump, idx, null);
    assertEquals(11, s.lines()); // "[", 8 items, 1 property, "]"
    assertEquals(9, s.entities());
    List<WikidataItem> items = new ArrayList<>();
    IndexFile.read(idx, items::add);
    assertEquals(s.kept(), items.size());
    return items;
  }

  @Test
  void plainDumpRoundTripsThroughTheIndex() throws IOException {
    List<WikidataItem> items =
        roundTrip(TestEntities.fixture("dump-small.json"), WikidataClasses.INDEX_DEFAULT);
    // The disambiguation page and the property are dropped; 7 items remain.
    assertEquals(7, items.size());
    WikidataItem ks = items.get(0);
    assertEquals("Q6383803", ks.qid());
    assertEquals("Keir Starmer", ks.label());
    assertEquals(List.of("Sir Keir Starmer"), ks.aliases());
    assertEquals(List.of("Q5"), ks.types());
    WikidataItem.Claim p102 = ks.claims("P102").get(0);
    assertEquals("Q9630", p102.value());
    assertEquals("Q6383803$FIXTURE-0002", p102.id());
    assertEquals("1962-09-02", ks.claims("P569").get(0).value());
    // Equal to what the dump reader makes directly.
    WikidataIndex direct = WikidataIndex.load(TestEntities.fixture("dump-small.json"));
    assertEquals(direct.item("Q6383803").orElseThrow(), ks);
    // The deprecated P102 of David Davies is gone.
    WikidataItem dd =
        items.stream().filter(i -> i.qid().equals("Q296797")).findFirst().orElseThrow();
    assertEquals(1, dd.claims("P102").size());
    assertEquals(2, items.stream().filter(i -> i.qid().equals("Q300023")).findFirst().orElseThrow().sitelinks());
  }

  @Test
  void gzipDumpGivesTheSameIndex() throws IOException {
    Path gz = tmp.resolve("dump-small.json.gz");
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(TestEntities.fixture("dump-small.json"), os);
    }
    List<WikidataItem> a = roundTrip(gz, Set.of());
    List<WikidataItem> b = roundTrip(TestEntities.fixture("dump-small.json"), Set.of());
    assertEquals(8, a.size()); // every item, the disambiguation page included
    assertEquals(b, a);
    WikidataIndex idx = WikidataIndex.of(a);
    assertTrue(idx.item("Q900000102").orElseThrow().isDisambiguation());
  }

  @Test
  void typeFilterKeepsOnlyListedClasses() throws IOException {
    List<WikidataItem> parties = roundTrip(TestEntities.fixture("dump-small.json"), Set.of("Q7278"));
    assertEquals(List.of("Q9630", "Q9626"), parties.stream().map(WikidataItem::qid).toList());
  }

  @Test
  void indexFileIsLoadableByTheLinker() throws IOException {
    Path idx = tmp.resolve("i.idx.gz");
    DumpIndexer.create().run(TestEntities.fixture("dump-small.json"), idx, null);
    WikidataIndex loaded = WikidataIndex.load(idx);
    assertEquals("Q9630", loaded.search("Labor Party").get(0).qid());
  }

  @Test
  void badLinesReportTheirLineNumber() throws IOException {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "[\n{\"id\":\"Q1\"},\n{oops\n]\n");
    WikidataException e =
        assertThrows(WikidataException.class, () -> DumpIndexer.create().run(bad, tmp.resolve("x.gz"), null));
    assertTrue(e.getMessage().contains(":3:"), e.getMessage());
  }

  @Test
  void timeValuesKeepTheirPrecision() throws IOException {
    ObjectMapper m = new ObjectMapper();
    String t = "{\"datavalue\":{\"value\":{\"time\":\"+2015-09-00T00:00:00Z\",\"precision\":%d}}}";
    assertEquals("2015-09", WikidataJson.timeValue(m.readTree(String.format(t, 10))));
    assertEquals("2015", WikidataJson.timeValue(m.readTree(String.format(t, 9))));
    assertNull(WikidataJson.timeValue(m.readTree(String.format(t, 7))));
  }

  @Test
  void syntheticDumpIsIndexable() throws IOException {
    Path d = tmp.resolve("s.json.gz");
    SyntheticDump.write(d, 500);
    DumpIndexer.Stats s = DumpIndexer.create().run(d, tmp.resolve("s.idx.gz"), null);
    assertEquals(500, s.entities());
    assertTrue(s.kept() > 100 && s.kept() < 350, "kept " + s.kept());
  }
}
