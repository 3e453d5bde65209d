package org.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.cli.Cli;

/**
 * Every research query of {@code queries/} run on the real build of the bundled seed articles,
 * each with facts a reader of the five articles can check: one row of its answer must contain
 * each listed fragment (cells joined by " | ", IRIs under the base as id:…).
 */
class SeedQueriesTest {

  static DatasetGraph seeds;
  static Map<String, ResearchQuery> queries;

  @BeforeAll
  static void build() throws Exception {
    Path out = Files.createTempFile("seeds", ".trig");
    Cli r = Cli.run("build", Cli.articles().toString(), "-o", out.toString(), "-q");
    assertEquals(0, r.exit(), r.err());
    seeds = GraphFixture.load(out);
    queries =
        ResearchQuery.loadAll(Cli.repo().resolve("queries")).stream()
            .collect(Collectors.toMap(ResearchQuery::name, q -> q));
  }

  /** Query → fragments, each of which some row of the answer must contain. */
  static final Map<String, List<String>> EXPECT =
      Map.ofEntries(
          Map.entry("articles-by-outlet", List.of(
              "Labour Heartlands | - | - | Victim of the Witchhunt: Ken Loach expelled from the Labour Party | 003_c0da9d7f1442f618.txt",
              "000_b249fcfae1cf5286.txt | 2021-08-14 | false |",
              "001_796a75786ddc5a95.txt | 2021-08-14 | true |")),
          Map.entry("corpus-summary", List.of(
              "- | ng:Article | 5",
              "- | ng:Person | 18",
              "- | ng:Expulsion | 1",
              "Labour Heartlands | ng:Article | 1",
              "000_b249fcfae1cf5286.txt | ng:Person | 8")),
          Map.entry("entities-by-class", List.of(
              "Person | Person | Ken Loach | 5 | id:person/ken-loach",
              "Organisation | PoliticalParty | Labour Party | 5 | id:organisation/labour-party",
              "CreativeWork | Film | I, Daniel Blake | 5 | id:work/i-daniel-blake",
              "Organisation | MediaOutlet | Labour Heartlands | 1")),
          Map.entry("event-evidence", List.of(
              "Labour Party | 2021-08-14 | Labour Heartlands | - | 003_c0da9d7f1442f618.txt | 0 | 65 | Victim of the Witchhunt: Ken Loach expelled from the Labour Party | expulsion.")),
          Map.entry("expulsions-and-bans", List.of(
              "2021-07 | Proscription | Resist | Labour Party | National Executive Committee |",
              "2021-08-14 | Expulsion | Ken Loach | Labour Party |")),
          Map.entry("memberships", List.of(
              "Labour Party | Ken Loach | 1960 | Decade | 1990 | Departure |",
              "Labour Party | Ken Loach | 2015-08 | Month | 2021-08-14 | Expulsion | 5 |")),
          Map.entry("one-article", List.of("22 | 31 | Mention | Ken Loach | Ken Loach |")),
          Map.entry("outlet-comparison", List.of(
              "000_b249fcfae1cf5286.txt | event | Expulsion: Ken Loach / Labour Party | 1",
              "Labour Heartlands | event | Expulsion: Ken Loach / Labour Party | 1")),
          Map.entry("person-descriptions", List.of(
              "John McDonnell | role | shadow home secretary | true |")),
          Map.entry("person-timeline", List.of(
              "1960 | Decade | Joining | Labour Party |",
              "2015-08 | Month | Joining | Labour Party |",
              "2021-08-14 | Day | Expulsion | Labour Party | 5 | 000_b249fcfae1cf5286.txt, 001_796a75786ddc5a95.txt, 002_3face870d96fd443.txt, 004_fcce7fd16a031c1e.txt, Labour Heartlands")),
          Map.entry("proscribed-groups", List.of(
              "Resist | Labour Party | National Executive Committee | 2021-07 | 3 | id:organisation/resist",
              "Socialist Appeal | Labour Party | National Executive Committee | 2021-07 | 3",
              "Labour in Exile Network | Labour Party | National Executive Committee | 2021-07 | 3",
              "Labour Against the Witchhunt | Labour Party | National Executive Committee | 2021-07 | 3")),
          Map.entry("statement-wordings", List.of(
              "John McDonnell | such a fine socialist | true | 004_fcce7fd16a031c1e.txt",
              "| Labour Heartlands | 003_c0da9d7f1442f618.txt | We are many, they are few.")),
          Map.entry("statements-by-speaker", List.of(
              "John McDonnell | - | 2021-08-14 | Twitter | such a fine socialist | 1",
              "Labour Party | spokesperson | - | - | We are not going to comment on individual cases.")),
          Map.entry("wikidata-links", List.of(
              "Keir Starmer | wd:Q6383803 |",
              "Labour Party | wd:Q9630 |")),
          Map.entry("wikidata-news-vs-wikidata", List.of(
              "| John Bercow | Labour Party | wd:Q263147 | wd:Q9630 | - | - | - | - | missing in Wikidata")));

  @Test
  void everyQueryThatRunsOfflineIsCheckedOnTheSeeds() {
    var offline =
        queries.keySet().stream()
            .filter(n -> !n.contains("federated"))
            // The outlet, claims and timeline views have their own seed checks in SeedViewsTest.
            .filter(n -> !SeedViewsTest.QUERIES.contains(n))
            .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(new TreeSet<>(EXPECT.keySet()).containsAll(offline),
        "queries without a seed check: " + offline.stream().filter(n -> !EXPECT.containsKey(n)).toList());
  }

  @TestFactory
  Stream<DynamicTest> answersOnTheSeedBuild() {
    return EXPECT.entrySet().stream()
        .filter(e -> queries.containsKey(e.getKey()))
        .sorted(Map.Entry.comparingByKey())
        .map(e -> dynamicTest(e.getKey(), () -> {
          List<String> rows = GraphFixture.select(seeds, queries.get(e.getKey()).query());
          for (String fragment : e.getValue()) {
            assertTrue(rows.stream().skip(1).anyMatch(r -> r.contains(fragment)),
                e.getKey() + ": no row contains\n  " + fragment + "\nin\n  " + String.join("\n  ", rows));
          }
        }));
  }
}
