package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Article;

class CorpusGeneratorTest {

  private static byte[] jsonl(long seed, int n) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CorpusWriter.writeJsonl(CorpusGenerator.create(seed, n), out);
    return out.toByteArray();
  }

  @Test
  void sameSeedAndSizeGiveTheSameBytes() throws IOException {
    byte[] a = jsonl(42, 300);
    byte[] b = jsonl(42, 300);
    assertTrue(a.length > 300 * 1500, "about 2.5 KB per article, got " + a.length);
    assertArrayEquals(a, b);
  }

  @Test
  void differentSeedsGiveDifferentCorpora() throws IOException {
    byte[] a = jsonl(42, 50);
    byte[] b = jsonl(43, 50);
    assertFalse(java.util.Arrays.equals(a, b));
    // Not just one article: most of them differ.
    List<String> la = List.of(new String(a, StandardCharsets.UTF_8).split("\n"));
    List<String> lb = List.of(new String(b, StandardCharsets.UTF_8).split("\n"));
    int same = 0;
    for (int i = 0; i < 50; i++) {
      same += la.get(i).equals(lb.get(i)) ? 1 : 0;
    }
    assertEquals(0, same);
  }

  @Test
  void folderFormIsDeterministicAndHasTheHeaderBlock(@TempDir Path tmp) throws IOException {
    CorpusWriter.writeFolder(CorpusGenerator.create(7, 25), tmp.resolve("a"));
    CorpusWriter.writeFolder(CorpusGenerator.create(7, 25), tmp.resolve("b"));
    List<Path> files;
    try (Stream<Path> s = Files.list(tmp.resolve("a"))) {
      files = s.sorted().toList();
    }
    assertEquals(25, files.size());
    Pattern header =
        Pattern.compile(
            "title: [^\n]+\noutlet: [^\n]+\npublished: \\d{4}-\\d{2}-\\d{2}\n---\n[^\n][\\s\\S]*\n");
    for (Path f : files) {
      String name = f.getFileName().toString();
      assertTrue(name.matches("\\d{6}_[0-9a-f]{16}\\.txt"), name);
      byte[] bytes = Files.readAllBytes(f);
      assertArrayEquals(bytes, Files.readAllBytes(tmp.resolve("b").resolve(name)));
      assertTrue(header.matcher(new String(bytes, StandardCharsets.UTF_8)).matches(), name);
    }
  }

  @Test
  void jsonlRecordsHaveTheDocumentedFields() throws IOException {
    ObjectMapper om = new ObjectMapper();
    String[] lines = new String(jsonl(5, 20), StandardCharsets.UTF_8).split("\n");
    assertEquals(20, lines.length);
    for (String line : lines) {
      JsonNode n = om.readTree(line);
      assertEquals(
          List.of("id", "title", "outlet", "published", "text"), iterate(n.fieldNames()));
      LocalDate.parse(n.get("published").asText());
      assertTrue(n.get("text").asText().length() > 1500);
    }
  }

  private static List<String> iterate(Iterator<String> it) {
    List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void noTwoArticlesAreIdentical() {
    Set<String> texts = new HashSet<>();
    Set<String> ids = new HashSet<>();
    CorpusGenerator gen = CorpusGenerator.create(42, 2000);
    gen.stream()
        .forEach(
            a -> {
              assertTrue(texts.add(a.text()), "duplicate text at " + a.index());
              assertTrue(ids.add(a.id()), "duplicate id at " + a.index());
            });
    assertEquals(2000, texts.size());
  }

  @Test
  void articlesLookLikeNewsAboutPartyDiscipline() {
    Map<String, Pattern> features =
        Map.ofEntries(
            Map.entry("curly quote", Pattern.compile("\u201c[^\u201d]{10,}\u201d")),
            Map.entry("attribution", Pattern.compile("[\u201d\"] (?:s?he|[A-Z]\\w+) (?:said|added)\\.|said: [\u201c\"]|told [A-Za-z ]+: [\u201c\"]")),
            Map.entry("event", Pattern.compile("\\b(?:expelled|suspended|readmitted|reinstated|joined|left|resigned|quit|proscribe[d]?|banned)\\b")),
            Map.entry("absolute date", Pattern.compile("\\b\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}\\b")),
            Map.entry("relative date", Pattern.compile("\\b(?:last month|last year|earlier this month|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today)\\b")),
            Map.entry("decade", Pattern.compile("\\bin the \\d{3}0s\\b")),
            Map.entry("tweet embed", Pattern.compile("\n\u2014 [A-Z][^\n(]+ \\(@\\w+\\) [A-Z][a-z]+ \\d{1,2}, \\d{4}")),
            Map.entry("tweet text", Pattern.compile("['\u2018][^\n]+['\u2019] [A-Z]{2}\n")),
            Map.entry("party body", Pattern.compile("National Executive Committee \\(NEC\\)")),
            Map.entry("group list", Pattern.compile("(?:proscribe|banned \\w+ groups:|groups) [A-Z][^.,]+(?:, [A-Z][^.,]+)* and [A-Z]")),
            Map.entry("honorific", Pattern.compile("\\b(?:Mr|Ms|Dr|Lord|Baroness) [A-Z]")),
            Map.entry("role before name", Pattern.compile("\\b(?:Labour|Conservative|Green|SNP) (?:MP|councillor|peer|MSP) [A-Z][a-z]+ [A-Z]")),
            Map.entry("multi-paragraph quote", Pattern.compile("\n[\u201c\"][^\u201d\"\n]+\n[\u201c\"]")),
            Map.entry("read more", Pattern.compile("(?m)^Read more: ")),
            Map.entry("byline", Pattern.compile("(?m)^By [A-Z]")),
            Map.entry("donation", Pattern.compile("(?i)donat")));
    Map<String, Integer> hits = new java.util.TreeMap<>();
    CorpusGenerator gen = CorpusGenerator.create(42, 400);
    long chars = 0;
    long tokens = 0;
    for (Iterator<GeneratedArticle> it = gen.iterator(); it.hasNext(); ) {
      String text = it.next().text();
      chars += text.length();
      tokens += TokenCounter.count(text);
      for (Map.Entry<String, Pattern> f : features.entrySet()) {
        if (f.getValue().matcher(text).find()) {
          hits.merge(f.getKey(), 1, Integer::sum);
        }
      }
    }
    for (String f : features.keySet()) {
      assertTrue(hits.getOrDefault(f, 0) >= 10, f + " in too few articles: " + hits);
    }
    // Every article reports an event.
    assertEquals(400, hits.get("event"), hits.toString());
    double avgChars = chars / 400.0;
    double avgTokens = tokens / 400.0;
    assertTrue(avgChars > 2000 && avgChars < 3200, "average length " + avgChars);
    assertTrue(avgTokens > 350 && avgTokens < 600, "average tokens " + avgTokens);
  }

  @Test
  void peopleRecurAcrossArticlesWithTheSameEventDate() {
    // Several articles about one person report the same event: the corpus exercises merging.
    CorpusGenerator gen = CorpusGenerator.create(42, 1000);
    Map<String, Set<String>> titlesByName = new java.util.TreeMap<>();
    gen.stream()
        .forEach(
            a -> {
              String name = a.title().replaceAll("^(?:[A-Z][a-z]+ )?([A-Z][a-z]+ [A-Z][\\w'-]+).*", "$1");
              titlesByName.computeIfAbsent(name, k -> new HashSet<>()).add(a.id());
            });
    long repeated = titlesByName.values().stream().filter(s -> s.size() >= 3).count();
    assertTrue(repeated >= 20, "people in three or more articles: " + repeated);
  }

  @Test
  void articleAccessIsRandomAndTheStreamRetainsNothing() {
    CorpusGenerator gen = CorpusGenerator.create(11, 2000);
    // Article i depends on (seed, size, i) only: no state carried from one article to the next.
    GeneratedArticle last = CorpusGenerator.create(11, 2000).article(1999);
    Iterator<GeneratedArticle> it = gen.iterator();
    WeakReference<GeneratedArticle> first = new WeakReference<>(it.next());
    GeneratedArticle a = null;
    while (it.hasNext()) {
      a = it.next();
    }
    assertEquals(last, a);
    for (int i = 0; i < 20 && first.get() != null; i++) {
      System.gc();
    }
    assertNull(first.get(), "the generator keeps articles it has handed out");
  }

  @Test
  void toArticleCarriesTheMetadata() {
    GeneratedArticle g = CorpusGenerator.create(3, 5).article(2);
    Article a = g.toArticle();
    assertEquals(g.text(), a.text());
    assertEquals(g.fileName(), a.source());
    assertEquals(g.title(), a.meta().title());
    assertEquals(g.outlet(), a.meta().outlet());
    assertEquals(g.published(), a.meta().published().date());
    assertFalse(a.meta().published().inferred());
    assertEquals(org.newsgraph.ingest.ArticleIds.of(g.text()), a.id());
  }

  @Test
  void outOfRangeIndexIsRejected() {
    CorpusGenerator gen = CorpusGenerator.create(1, 3);
    assertThrows(IndexOutOfBoundsException.class, () -> gen.article(3));
    assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.create(1, -1));
  }

  @Test
  void templateFillingRejectsUnknownPlaceholders() {
    assertEquals("Jane said", Template.fill("{p.full} said", Map.of("p.full", "Jane")));
    assertEquals("She said", Template.fill("{p.pron.cap} said", Map.of("p.pron", "she")));
    assertThrows(IllegalStateException.class, () -> Template.fill("{nope}", Map.of()));
  }

  @Test
  void tokenCounterCountsWordsAndPunctuation() {
    assertEquals(9, TokenCounter.count("Mr Loach's party, the NEC, said."));
    assertEquals(0, TokenCounter.count("  \n "));
  }
}
