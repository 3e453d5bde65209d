package org.newsgraph.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Cli;
import org.newsgraph.cli.VersionProvider;
import org.newsgraph.extract.RuleSet;
import org.newsgraph.store.DatasetFiles;

/** {@code newsgraph export --dataset}: the folder, its descriptions, and reproducibility. */
class PublishTest {
  static final String PREFIXES =
      """
      PREFIX void: <http://rdfs.org/ns/void#>
      PREFIX dcat: <http://www.w3.org/ns/dcat#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX foaf: <http://xmlns.com/foaf/0.1/>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX spdx: <http://spdx.org/rdf/terms#>
      PREFIX schema: <https://schema.org/>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      """;
  static final Set<String> FILES =
      Set.of("README.md", "dcat.ttl", "graph.trig", "graph.ttl", "newsgraph.ttl",
          "provenance.ttl", "shapes.ttl", "void.ttl");
  static final Path MINI = Cli.repo().resolve("src/test/resources/fixtures/graph/mini.trig");

  @TempDir static Path tmp;
  static Path first;
  static Path second;

  @BeforeAll
  static void exportTwice() {
    first = tmp.resolve("one/dataset");
    second = tmp.resolve("two/elsewhere");
    for (Path dir : List.of(first, second)) {
      Cli r = Cli.run("export", Cli.articles().toString(), "--dataset", dir.toString(),
          "--title", "Seed articles", "--creator", "Jane Researcher", "--license", "CC-BY-4.0",
          "--issued", "2021-08-20", "-q");
      assertEquals(0, r.exit(), r.err());
    }
  }

  static List<QuerySolution> select(Model m, String query) {
    try (QueryExecution qe = QueryExecution.model(m).query(PREFIXES + query).build()) {
      List<QuerySolution> rows = new java.util.ArrayList<>();
      qe.execSelect().forEachRemaining(rows::add);
      return rows;
    }
  }

  static long one(Model m, String query) {
    List<QuerySolution> rows = select(m, query);
    assertEquals(1, rows.size(), query);
    return rows.get(0).getLiteral("n").getLong();
  }

  static Set<String> names(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void theFolderHoldsTheGraphTheOntologyAndItsDescriptions() throws Exception {
    assertEquals(new TreeSet<>(FILES), names(first));
    assertArrayEquals(
        Files.readAllBytes(Cli.repo().resolve("ontology/newsgraph.ttl")),
        Files.readAllBytes(first.resolve("newsgraph.ttl")));
    assertArrayEquals(
        Files.readAllBytes(Cli.repo().resolve("ontology/shapes.ttl")),
        Files.readAllBytes(first.resolve("shapes.ttl")));
    DatasetGraph trig = DatasetFiles.read(first.resolve("graph.trig"));
    assertTrue(trig.getDefaultGraph().isEmpty(), "everything in named graphs");
    assertEquals(7, trig.size(), "five article graphs, the corpus graph, the summary graph");
    String readme = Files.readString(first.resolve("README.md"));
    assertTrue(readme.startsWith("# Seed articles\n"), readme);
    for (String f : FILES) {
      assertTrue(readme.contains("`" + f + "`"), f);
    }
  }

  @Test
  void twoExportsAreByteIdentical() throws Exception {
    assertEquals(names(first), names(second));
    for (String f : names(first)) {
      assertArrayEquals(
          Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f);
    }
  }

  @Test
  void voidCountsAreTheGraphs() {
    Model graph = RDFDataMgr.loadModel(first.resolve("graph.ttl").toString());
    Model v = RDFDataMgr.loadModel(first.resolve("void.ttl").toString());
    String dataset = "<https://w3id.org/newsgraph/id/dataset>";
    assertEquals(graph.size(), one(v, "SELECT ?n { " + dataset + " void:triples ?n }"));
    assertEquals(
        one(graph, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c FILTER(isIRI(?s)) }"),
        one(v, "SELECT ?n { " + dataset + " void:entities ?n }"));
    Map<String, Long> expected = new TreeMap<>();
    for (QuerySolution r : select(graph, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c } GROUP BY ?c")) {
      expected.put(r.getResource("c").getURI(), r.getLiteral("n").getLong());
    }
    Map<String, Long> partitions = new TreeMap<>();
    for (QuerySolution r : select(v, "SELECT ?c ?n { ?d void:classPartition [ void:class ?c ; void:entities ?n ] }")) {
      partitions.put(r.getResource("c").getURI(), r.getLiteral("n").getLong());
    }
    assertEquals(expected, partitions);
    assertTrue(partitions.get("https://w3id.org/newsgraph/ns#Person") > 10, partitions.toString());
    assertEquals(
        one(graph, "SELECT (COUNT(*) AS ?n) { ?s owl:sameAs ?o FILTER(STRSTARTS(STR(?o), 'http://www.wikidata.org/entity/')) }"),
        one(v, "SELECT ?n { ?l a void:Linkset ; void:linkPredicate owl:sameAs ; void:triples ?n }"));
  }

  @Test
  void dcatRecordHasTheFieldsAndEveryFileWithSizeAndChecksum() throws Exception {
    Model d = RDFDataMgr.loadModel(first.resolve("dcat.ttl").toString());
    List<QuerySolution> ds = select(d, """
        SELECT ?title ?description ?license ?name ?issued {
          ?d a dcat:Dataset ; dcterms:title ?title ; dcterms:description ?description ;
             dcterms:license ?license ; dcterms:creator/foaf:name ?name ; dcterms:issued ?issued .
        }""");
    assertEquals(1, ds.size());
    assertEquals("Seed articles", ds.get(0).getLiteral("title").getString());
    assertTrue(ds.get(0).getLiteral("description").getString().contains("evidence"));
    assertEquals("https://spdx.org/licenses/CC-BY-4.0", ds.get(0).getResource("license").getURI());
    assertEquals("Jane Researcher", ds.get(0).getLiteral("name").getString());
    assertEquals("2021-08-20", ds.get(0).getLiteral("issued").getLexicalForm());
    List<QuerySolution> dists = select(d, """
        SELECT ?title ?type ?size ?sha {
          ?d a dcat:Dataset ; dcat:distribution ?x .
          ?x dcterms:title ?title ; dcat:mediaType ?type ; dcat:byteSize ?size ;
             dcat:downloadURL ?url ;
             spdx:checksum [ spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue ?sha ] .
        }""");
    Set<String> described = new TreeSet<>();
    for (QuerySolution r : dists) {
      String name = r.getLiteral("title").getString();
      described.add(name);
      Path f = first.resolve(name);
      assertEquals(Files.size(f), r.getLiteral("size").getLong(), name);
      assertEquals(Digests.sha256(f), r.getLiteral("sha").getLexicalForm(), name);
      assertTrue(r.getResource("type").getURI().startsWith("https://www.iana.org/assignments/media-types/"));
    }
    Set<String> all = new TreeSet<>(FILES);
    all.remove("dcat.ttl");
    assertEquals(all, described);
  }

  @Test
  void provenanceRecordsVersionsInputDigestsAndTheGivenTime() throws Exception {
    Model p = RDFDataMgr.loadModel(first.resolve("provenance.ttl").toString());
    List<QuerySolution> act = select(p, """
        SELECT ?time ?tool ?rules {
          ?b a prov:Activity ; prov:endedAtTime ?time ;
             prov:wasAssociatedWith/schema:softwareVersion ?tool ;
             prov:used/schema:version ?rules .
        }""");
    assertEquals(1, act.size());
    assertEquals("2021-08-20T00:00:00Z", act.get(0).getLiteral("time").getLexicalForm());
    assertEquals(VersionProvider.version(), act.get(0).getLiteral("tool").getString());
    assertEquals(RuleSet.VERSION, act.get(0).getLiteral("rules").getString());
    Map<String, String> digests = new TreeMap<>();
    for (QuerySolution r : select(p, """
        SELECT ?id ?sha { ?b a prov:Activity ; prov:used ?in .
          ?in dcterms:identifier ?id ; spdx:checksum/spdx:checksumValue ?sha }""")) {
      digests.put(r.getLiteral("id").getString(), r.getLiteral("sha").getLexicalForm());
    }
    Map<String, String> expected = new TreeMap<>();
    try (Stream<Path> s = Files.list(Cli.articles())) {
      for (Path f : s.filter(f -> !f.getFileName().toString().endsWith(".md")).toList()) {
        expected.put("articles/" + f.getFileName(), Digests.sha256(f));
      }
    }
    assertEquals(expected, digests);
    assertTrue(digests.containsKey("articles/metadata.csv"));
  }

  @Test
  void timeComesFromTheOptionTheEpochOrTheData() {
    DatasetGraph mini = DatasetFiles.read(MINI);
    PublishOptions o = PublishOptions.defaults("test");
    assertEquals(
        new BuildTime(Instant.parse("2021-08-16T00:00:00Z"), "latest article date"),
        BuildTime.resolve(o, mini));
    assertEquals(
        new BuildTime(Instant.ofEpochSecond(1700000000L), "SOURCE_DATE_EPOCH"),
        BuildTime.resolve(o.withSourceDateEpoch("1700000000"), mini));
    assertEquals(
        Instant.parse("2022-01-02T03:04:05Z"),
        BuildTime.resolve(o.withSourceDateEpoch("1").withIssued("2022-01-02T03:04:05Z"), mini).instant());
    // No option, no epoch, no dates: no time at all, never the clock.
    assertNull(BuildTime.resolve(o, DatasetGraphFactory.createTxnMem()));
    assertThrows(PublishException.class, () -> BuildTime.resolve(o.withIssued("last week"), mini));
    assertThrows(PublishException.class, () -> BuildTime.resolve(o.withSourceDateEpoch("x"), mini));
  }

  @Test
  void aDatasetInputIsHashedAndLinksAreCounted() throws Exception {
    Path dir = tmp.resolve("mini");
    Cli r = Cli.run("export", MINI.toString(), "--dataset", dir.toString(), "-q");
    assertEquals(0, r.exit(), r.err());
    Model p = RDFDataMgr.loadModel(dir.resolve("provenance.ttl").toString());
    List<QuerySolution> in = select(p, "SELECT ?id ?sha { ?in dcterms:identifier ?id ; spdx:checksum/spdx:checksumValue ?sha }");
    assertEquals(1, in.size());
    assertEquals("mini.trig", in.get(0).getLiteral("id").getString());
    assertEquals(Digests.sha256(MINI), in.get(0).getLiteral("sha").getLexicalForm());
    // The latest article date of mini.trig, with no --issued.
    assertEquals(1, select(p, "SELECT * { ?b prov:endedAtTime \"2021-08-16T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> }").size());
    Model v = RDFDataMgr.loadModel(dir.resolve("void.ttl").toString());
    assertEquals(2, one(v, "SELECT ?n { ?l a void:Linkset ; void:triples ?n }"));
  }

  @Test
  void withoutInputsTheGraphFileIsHashed() {
    DatasetGraph mini = DatasetFiles.read(MINI);
    Path dir = tmp.resolve("store-like");
    DatasetPublisher.Published p =
        DatasetPublisher.publish(mini, dir, List.of(), PublishOptions.defaults("test"));
    assertEquals(List.of(new DatasetPublisher.InputEntry("graph.trig", Digests.sha256(dir.resolve("graph.trig")))),
        p.inputs());
    assertEquals(DatasetFiles.sortedTriples(mini).size(), p.stats().triples());
  }

  @Test
  void exportNeedsOneOfFileOrFolder() {
    assertEquals(2, Cli.run("export", MINI.toString()).exit());
    assertEquals(2, Cli.run("export", MINI.toString(), "-o", tmp.resolve("x.ttl").toString(),
        "--dataset", tmp.resolve("x").toString()).exit());
    Cli bad = Cli.run("export", MINI.toString(), "--dataset", tmp.resolve("bad").toString(),
        "--issued", "yesterday");
    assertNotEquals(0, bad.exit());
    assertTrue(bad.err().contains("--issued"), bad.err());
  }
}
