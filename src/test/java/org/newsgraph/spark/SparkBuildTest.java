package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.bench.CorpusWriter;
import org.newsgraph.cli.Cli;

/** The Spark build gives the quads the single-machine build gives, on local[2]. */
class SparkBuildTest {

  /** What {@code newsgraph build ARGS -o FILE.nq} writes, as a dataset. */
  static DatasetGraph cliBuild(Path dir, String... args) {
    Path nq = dir.resolve("cli-build.nq");
    List<String> all = new ArrayList<>(List.of("build"));
    all.addAll(List.of(args));
    all.addAll(List.of("-o", nq.toString(), "-q"));
    Cli r = Cli.run(all.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    DatasetGraph d = DatasetGraphFactory.create();
    RDFParser.source(nq).lang(Lang.NQUADS).parse(d);
    return d;
  }

  @Test
  void sameQuadsAsTheSingleMachineBuild(@TempDir Path out, @TempDir Path cli) throws Exception {
    Path seeds = Path.of("data/articles");
    // `newsgraph build` links to Wikidata offline by default; so does the Spark job.
    DatasetGraph expected = cliBuild(cli, seeds.toString());
    JsonNode m = LocalSpark.build(out, 3, seeds.toAbsolutePath().toString());

    DatasetGraph actual = DatasetGraphFactory.create();
    long sum = 0;
    for (JsonNode s : m.get("shards")) {
      Path f = out.resolve(s.get("file").asText());
      assertTrue(Files.isRegularFile(f));
      RDFParser.source(f).lang(Lang.NQUADS).parse(actual);
      sum += s.get("quads").asLong();
    }
    List<String> want = lines(expected);
    List<String> got = lines(actual);
    assertTrue(want.size() > 500, "the seeds give a real graph");
    assertTrue(
        want.stream().filter(l -> l.contains("owl#sameAs> <http://www.wikidata.org/")).count() >= 10,
        "the seeds' entities are linked to Wikidata");
    assertEquals(String.join("\n", want), String.join("\n", got));

    assertEquals(5, m.get("articles").asLong());
    assertEquals(want.size(), m.get("quads").asLong());
    assertEquals(want.size(), sum);
    assertEquals("4.0.1", m.get("versions").get("spark").asText());
    assertTrue(Files.isRegularFile(out.resolve("metrics.json")));
  }

  @Test
  void duplicatesAcrossFilesAreOneArticleAndWarcIsRead(@TempDir Path in, @TempDir Path out)
      throws Exception {
    String text = "Jane Doe was expelled from the Labour Party on 3 May 2021.\n";
    Files.writeString(in.resolve("a.txt"), text);
    Files.writeString(in.resolve("b.txt"), text);
    Files.write(in.resolve("crawl.warc"), WarcReaderTest.sampleWarc());
    JsonNode m = LocalSpark.build(out, 2, in.toString());
    assertEquals(3, m.get("inputFiles").asInt());
    assertEquals(3, m.get("articles").asLong(), "a.txt and two WARC records");
    assertEquals(1, m.get("duplicates").asLong());
    StringBuilder all = new StringBuilder();
    for (JsonNode s : m.get("shards")) {
      all.append(Files.readString(out.resolve(s.get("file").asText())));
    }
    assertTrue(all.toString().contains("\"a.txt\""), "the first copy in path order wins");
    assertFalse(all.toString().contains("\"b.txt\""));
    assertTrue(all.toString().contains("crawl.warc#"), "WARC records keep file#record-id");
  }

  /** One JSONL file, four partitions: the articles are spread before extraction. */
  @Test
  void oneBigFileIsSpreadOverThePartitionsAndGivesTheSameQuads(@TempDir Path in,
      @TempDir Path out) throws Exception {
    Path jsonl = in.resolve("corpus.jsonl");
    CorpusWriter.writeJsonl(CorpusGenerator.create(7, 40), jsonl);
    // Without Wikidata, on both sides.
    DatasetGraph expected = cliBuild(in, jsonl.toString(), "--wikidata", "none");
    JsonNode m = LocalSpark.build(out, 4, jsonl.toString(), "--wikidata", "none");
    assertEquals(1, m.get("inputFiles").asInt());
    assertEquals(40, m.get("articles").asLong());
    DatasetGraph actual = DatasetGraphFactory.create();
    for (JsonNode sh : m.get("shards")) {
      RDFParser.source(out.resolve(sh.get("file").asText())).lang(Lang.NQUADS).parse(actual);
    }
    List<String> want = lines(expected);
    // The generated corpus gives words to several speakers: the distributed step is exercised.
    assertTrue(want.stream().anyMatch(l -> l.contains("ns#Wording>")), "shared wordings");
    assertTrue(want.stream().anyMatch(l -> l.contains("ns#wordsWithin>")), "words within");
    assertEquals(String.join("\n", want), String.join("\n", lines(actual)));
  }

  static List<String> lines(DatasetGraph dsg) {
    TreeSet<String> s = new TreeSet<>();
    dsg.find().forEachRemaining(q -> s.add(SparkBuild.line(q)));
    return new ArrayList<>(s);
  }
}
