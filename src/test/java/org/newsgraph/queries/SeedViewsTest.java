package org.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Cli;
import org.newsgraph.graph.NG;

/**
 * The research views on outlets, disagreeing claims and the story's timeline, run on the graph
 * built from the seed articles (built once, through the CLI, as a user would) and, for the
 * claims queries, on a small fixture that has disagreements in it (the seeds have none).
 * Extraction still improves, so rows are pinned exactly only where the answer is stable, and
 * otherwise as "contains", or on a projection of the stable columns.
 */
class SeedViewsTest {

  /** The queries this test checks (QueriesTest checks the others on mini.trig). */
  public static final Set<String> QUERIES =
      Set.of(
          "outlet-events",
          "outlet-quotes",
          "outlet-people",
          "outlet-descriptors",
          "claims-event-dates",
          "claims-attributions",
          "claims-event-numbers",
          "story-timeline");

  @TempDir static Path dir;

  static DatasetGraph seeds;
  static DatasetGraph claims;
  static Map<String, ResearchQuery> queries;

  @BeforeAll
  static void build() throws Exception {
    Path out = dir.resolve("seeds.trig");
    Cli r = Cli.run("build", Cli.articles().toString(), "-o", out.toString(), "-q");
    assertEquals(0, r.exit(), r.err());
    seeds = GraphFixture.load(out);
    Path fixture = dir.resolve("claims.trig");
    Files.writeString(fixture, CLAIMS);
    claims = GraphFixture.load(fixture);
    queries =
        ResearchQuery.loadAll(Cli.repo().resolve("queries")).stream()
            .collect(Collectors.toMap(ResearchQuery::name, Function.identity()));
  }

  static List<String> run(DatasetGraph dsg, String query) {
    return GraphFixture.select(dsg, queries.get(query).query());
  }

  /** The table with only the named columns, in that order. */
  static List<String> project(List<String> table, String... columns) {
    List<String> vars = Arrays.asList(table.get(0).split(" \\| ", -1));
    List<String> out = new ArrayList<>();
    for (String line : table) {
      String[] cells = line.split(" \\| ", -1);
      List<String> kept = new ArrayList<>();
      for (String c : columns) {
        kept.add(cells[vars.indexOf(c)]);
      }
      out.add(String.join(" | ", kept));
    }
    return out;
  }

  static List<String> lines(String table) {
    return Arrays.stream(table.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static void assertContains(List<String> actual, String table) {
    List<String> expected = lines(table);
    assertEquals(expected.get(0), actual.get(0), "variables");
    List<String> missing = new ArrayList<>(expected.subList(1, expected.size()));
    missing.removeAll(actual);
    assertTrue(missing.isEmpty(), "rows missing " + missing + " in\n" + String.join("\n", actual));
  }

  @Test
  void everyViewIsHere() {
    assertTrue(queries.keySet().containsAll(QUERIES), queries.keySet().toString());
  }

  @Test
  void outletEventsShowWhoElseReportsEach() {
    List<String> t =
        project(run(seeds, "outlet-events"), "outlet", "type", "subjectLabel", "date", "reportedBy");
    assertContains(
        t,
        """
        outlet | type | subjectLabel | date | reportedBy
        000_b249fcfae1cf5286.txt | Expulsion | Ken Loach | 2021-08-14 | 5
        001_796a75786ddc5a95.txt | Expulsion | Ken Loach | 2021-08-14 | 5
        002_3face870d96fd443.txt | Expulsion | Ken Loach | 2021-08-14 | 5
        004_fcce7fd16a031c1e.txt | Expulsion | Ken Loach | 2021-08-14 | 5
        Labour Heartlands | Expulsion | Ken Loach | 2021-08-14 | 5
        004_fcce7fd16a031c1e.txt | Suspension | Jeremy Corbyn | - | 1
        001_796a75786ddc5a95.txt | Proscription | Resist | 2021-07 | 3
        """);
    // The words column quotes the outlet's own text.
    assertTrue(
        run(seeds, "outlet-events").stream()
            .anyMatch(l -> l.startsWith("Labour Heartlands | Expulsion | Ken Loach")
                && l.contains("Victim of the Witchhunt: Ken Loach expelled from the Labour Party")));
  }

  @Test
  void outletQuotesShowHowEachOutletCutsTheTweet() {
    List<String> cols =
        List.of("outlet", "speakerLabel", "textWords", "spans", "longestQuoteShare", "printedShare");
    List<String> withShares =
        project(run(seeds, "outlet-quotes"), cols.toArray(String[]::new));
    assertContains(
        withShares,
        """
        outlet | speakerLabel | textWords | spans | longestQuoteShare | printedShare
        000_b249fcfae1cf5286.txt | Ken Loach | 63 | 7 | 0.37 | 1.0
        001_796a75786ddc5a95.txt | Ken Loach | 63 | 2 | 0.3 | 0.3
        002_3face870d96fd443.txt | Ken Loach | 63 | 3 | 0.37 | 1.0
        004_fcce7fd16a031c1e.txt | Ken Loach | 63 | 4 | 0.37 | 1.0
        Labour Heartlands | Ken Loach | 63 | 6 | 1.0 | 1.0
        004_fcce7fd16a031c1e.txt | John McDonnell | 4 | 1 | 1.0 | 1.0
        """);
    // On a graph without the build's shares the column is empty; the query's own share remains.
    DatasetGraph bare = GraphFixture.load(dir.resolve("seeds.trig"));
    Txn.executeWrite(
        bare, () -> bare.deleteAny(Node.ANY, Node.ANY, NG.printedShare.asNode(), Node.ANY));
    assertContains(
        project(run(bare, "outlet-quotes"), cols.toArray(String[]::new)),
        """
        outlet | speakerLabel | textWords | spans | longestQuoteShare | printedShare
        001_796a75786ddc5a95.txt | Ken Loach | 63 | 2 | 0.3 | -
        """);
  }

  @Test
  void outletPeopleShowNamesAndDescriptions() {
    assertContains(
        run(seeds, "outlet-people"),
        """
        outlet | personLabel | articles | namedBy | descriptions | person
        000_b249fcfae1cf5286.txt | Ken Loach | 1 | 5 | descriptor: left wing filmmaker; occupation: filmmaker | id:person/ken-loach
        001_796a75786ddc5a95.txt | Ken Loach | 1 | 5 | descriptor: lifelong socialist | id:person/ken-loach
        001_796a75786ddc5a95.txt | Jeremy Corbyn | 1 | 5 | role: former leader | id:person/jeremy-corbyn
        Labour Heartlands | Keir Starmer | 1 | 5 | - | id:person/keir-starmer
        """);
  }

  @Test
  void outletDescriptorsCountOtherOutletsAgreeing() {
    assertContains(
        run(seeds, "outlet-descriptors"),
        """
        outlet | personLabel | attributeType | value | former | quote | source | otherOutlets | person
        000_b249fcfae1cf5286.txt | Ken Loach | descriptor | left wing filmmaker | false | Left wing filmmaker | 000_b249fcfae1cf5286.txt | 0 | id:person/ken-loach
        001_796a75786ddc5a95.txt | Ken Loach | descriptor | lifelong socialist | false | Lifelong socialist | 001_796a75786ddc5a95.txt | 1 | id:person/ken-loach
        Labour Heartlands | Ken Loach | descriptor | lifelong socialist | false | lifelong socialist | 003_c0da9d7f1442f618.txt | 1 | id:person/ken-loach
        Labour Heartlands | Jeremy Corbyn | role | leader | true | former leader | 003_c0da9d7f1442f618.txt | 3 | id:person/jeremy-corbyn
        """);
  }

  @Test
  void storyTimelineRunsByDateWithOutlets() {
    List<String> t = project(run(seeds, "story-timeline"), "date", "precision", "kind", "articles", "outlets");
    assertContains(
        t,
        """
        date | precision | kind | articles | outlets
        1960 | Decade | Joining | 1 | 002_3face870d96fd443.txt
        2021-08-14 | Day | Expulsion | 5 | 000_b249fcfae1cf5286.txt, 001_796a75786ddc5a95.txt, 002_3face870d96fd443.txt, 004_fcce7fd16a031c1e.txt, Labour Heartlands
        2021-08-14 | Day | Statement | 5 | 000_b249fcfae1cf5286.txt, 001_796a75786ddc5a95.txt, 002_3face870d96fd443.txt, 004_fcce7fd16a031c1e.txt, Labour Heartlands
        - | - | Suspension | 1 | 004_fcce7fd16a031c1e.txt
        """);
    // Dated rows first, in ISO order; undated last.
    List<String> dates = project(t, "date").subList(1, t.size());
    List<String> dated = dates.stream().filter(d -> !d.equals("-")).toList();
    assertEquals(dated.stream().sorted().toList(), dated);
    assertEquals(dated, dates.subList(0, dated.size()));
    assertTrue(
        run(seeds, "story-timeline").stream()
            .anyMatch(l -> l.contains("Ken Loach (Twitter): “Labour HQ finally decided")));
  }

  @Test
  void theSeedsMakeNoDisagreeingClaims() {
    assertEquals(1, run(seeds, "claims-event-dates").size(), "header only");
    assertEquals(1, run(seeds, "claims-attributions").size(), "header only");
    assertEquals(1, run(seeds, "claims-event-numbers").size(), "header only");
  }

  @Test
  void theSeedsStateTheirFiguresWithTheEvents() {
    // Every outlet that reports the proscriptions says four groups (or factions).
    List<String> rows =
        GraphFixture.select(
            seeds,
            org.apache.jena.query.QueryFactory.create(
                """
                PREFIX ng: <https://w3id.org/newsgraph/ns#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                SELECT DISTINCT ?counts ?value ?qualifier WHERE {
                  ?event a ng:Proscription ; ng:evidence/ng:statedNumber ?n .
                  ?n ng:counts ?counts ; rdf:value ?value .
                  OPTIONAL { ?n ng:numberQualifier ?qualifier }
                } ORDER BY ?counts ?value"""));
    assertEquals(lines("""
        counts | value | qualifier
        groups | 4 | -
        members | 1000 | some
        """), rows);
  }

  @Test
  void claimsEventNumbersFindsDifferentFigures() {
    // One row per side; the three groups both outlets count agree, so they are not listed.
    assertEquals(
        lines(
            """
            type | subjectLabel | organisationLabel | counts | value | qualifiers | articles \
            | outlets | sources | wordings | event
            Expulsion | Alice Example | Example Party | members | 200 | more than | 1 \
            | Outlet One | 1.txt | more than 200 members | id:event/x1
            Expulsion | Alice Example | Example Party | members | 1000 | - | 1 | Outlet Two \
            | 2.txt | 1,000 members | id:event/x1
            """),
        run(claims, "claims-event-numbers"));
  }

  @Test
  void claimsEventDatesFindsBothKindsOfDisagreement() {
    // The joinings (both in one article) and the departures (1990s and 1994) are no conflict.
    assertEquals(
        lines(
            """
            type | subjectLabel | organisationLabel | basis | date | articles | outlets \
            | sources | quotes | event
            Expulsion | Alice Example | Example Party | stated dates differ | 2021-08-13 | 1 \
            | Outlet Two | 2.txt | Alice was expelled on Friday | id:event/x1
            Expulsion | Alice Example | Example Party | stated dates differ | 2021-08-14 | 1 \
            | Outlet One | 1.txt | Alice was expelled on Saturday | id:event/x1
            Suspension | Alice Example | Example Party | separate events | 2020-10 | 1 \
            | Outlet One | 1.txt | Alice was suspended in October 2020 | id:event/s1
            Suspension | Alice Example | Example Party | separate events | 2021-02 | 1 | 3.txt \
            | 3.txt | Alice was suspended in February | id:event/s2
            """),
        run(claims, "claims-event-dates"));
  }

  @Test
  void claimsAttributionsFindsSameAndContainedWords() {
    assertEquals(
        lines(
            """
            basis | words | speakers | articles | outlets | withinWords | withinSpeakers \
            | withinArticles | withinOutlets | wording | withinWording
            same words | we will never give up the fight for justice | Alice Example, Bob Example \
            | 2 | Outlet One, Outlet Two | - | - | - | - | id:wording/w1 | -
            words within | we will never give up the fight for justice \
            | Alice Example, Bob Example | 2 | Outlet One, Outlet Two | never give up | Bob Example \
            | 1 | 3.txt | id:wording/w1 | id:wording/w3
            """),
        run(claims, "claims-attributions"));
  }

  /**
   * Disagreements the seeds lack: two stated dates for one expulsion; two suspensions of one
   * person months apart from different articles; joinings in the 1960s and 2015 reported by one
   * article (two events, not a disagreement); departures in the 1990s and 1994 (compatible);
   * the same words given to two speakers, and three of them inside another's statement.
   */
  static final String CLAIMS =
      """
      PREFIX ng: <https://w3id.org/newsgraph/ns#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX schema: <https://schema.org/>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      PREFIX id: <https://w3id.org/newsgraph/id/>

      id:graph\\/corpus {
        id:person\\/a a ng:Person ; rdfs:label "Alice Example" .
        id:person\\/b a ng:Person ; rdfs:label "Bob Example" .
        id:org\\/p a ng:Organisation ; rdfs:label "Example Party" .
        id:org\\/o2 a ng:Organisation ; rdfs:label "Outlet Two" .
        id:event\\/x1 a ng:Expulsion ; ng:subject id:person\\/a ; ng:organisation id:org\\/p ;
          ng:date "2021-08-14"^^xsd:date ; ng:evidence id:ev\\/1 , id:ev\\/2 .
        id:event\\/s1 a ng:Suspension ; ng:subject id:person\\/a ; ng:organisation id:org\\/p ;
          ng:date "2020-10"^^xsd:gYearMonth ; ng:evidence id:ev\\/3 .
        id:event\\/s2 a ng:Suspension ; ng:subject id:person\\/a ; ng:organisation id:org\\/p ;
          ng:date "2021-02"^^xsd:gYearMonth ; ng:evidence id:ev\\/4 .
        id:event\\/j1 a ng:Joining ; ng:subject id:person\\/a ; ng:organisation id:org\\/p ;
          ng:date "1960"^^xsd:gYear ; ng:datePrecision ng:Decade ; ng:evidence id:ev\\/5 .
        id:event\\/j3 a ng:Joining ; ng:subject id:person\\/a ; ng:organisation id:org\\/p ;
          ng:date "2015-08"^^xsd:gYearMonth ; ng:evidence id:ev\\/7 .
        id:event\\/d1 a ng:Departure ; ng:subject id:person\\/b ; ng:organisation id:org\\/p ;
          ng:date "1990"^^xsd:gYear ; ng:datePrecision ng:Decade ; ng:evidence id:ev\\/11 .
        id:event\\/d2 a ng:Departure ; ng:subject id:person\\/b ; ng:organisation id:org\\/p ;
          ng:date "1994"^^xsd:gYear ; ng:evidence id:ev\\/12 .
        id:statement\\/st1 a ng:Statement ; ng:speaker id:person\\/a ;
          ng:text "We will never give up the fight for justice." ; ng:evidence id:ev\\/8 .
        id:statement\\/st2 a ng:Statement ; ng:speaker id:person\\/b ;
          ng:text "We will never give up the fight for justice." ; ng:evidence id:ev\\/9 .
        id:statement\\/st3 a ng:Statement ; ng:speaker id:person\\/b ;
          ng:text "never give up" ; ng:evidence id:ev\\/10 .
        id:statement\\/st4 a ng:Statement ; ng:speaker id:person\\/b ;
          ng:text "justice" ; ng:evidence id:ev\\/13 .
        # What the corpus step writes for them (SharedWordsTest checks it finds these).
        id:wording\\/w1 a ng:Wording ; ng:words "we will never give up the fight for justice" .
        id:wording\\/w3 a ng:Wording ; ng:words "never give up" ; ng:wordsWithin id:wording\\/w1 .
        id:statement\\/st1 ng:wording id:wording\\/w1 .
        id:statement\\/st2 ng:wording id:wording\\/w1 .
        id:statement\\/st3 ng:wording id:wording\\/w3 .
      }
      id:graph\\/article\\/1 {
        id:article\\/1 a ng:Article ; dcterms:source "1.txt" ; ng:outletName "Outlet One" .
        id:ev\\/1 a ng:Evidence ; ng:article id:article\\/1 ; ng:statedDate "2021-08-14"^^xsd:date ;
          ng:quote "Alice was expelled on Saturday" ; ng:statedNumber id:ev\\/1\\/n1 , id:ev\\/1\\/n2 .
        id:ev\\/1\\/n1 a ng:StatedNumber ; rdf:value 200 ; ng:counts "members" ;
          ng:numberQualifier "more than" ; ng:quote "more than 200 members" .
        id:ev\\/1\\/n2 a ng:StatedNumber ; rdf:value 3 ; ng:counts "groups" ; ng:quote "three groups" .
        id:ev\\/3 a ng:Evidence ; ng:article id:article\\/1 ; ng:quote "Alice was suspended in October 2020" .
        id:ev\\/5 a ng:Evidence ; ng:article id:article\\/1 ; ng:quote "Alice joined in the 1960s" .
        id:ev\\/7 a ng:Evidence ; ng:article id:article\\/1 ; ng:quote "and again in August 2015" .
        id:ev\\/8 a ng:Evidence ; ng:article id:article\\/1 ;
          ng:quote "We will never give up the fight for justice." .
        id:ev\\/11 a ng:Evidence ; ng:article id:article\\/1 ; ng:quote "Bob left in the 1990s" .
      }
      id:graph\\/article\\/2 {
        id:article\\/2 a ng:Article ; dcterms:source "2.txt" ; schema:publisher id:org\\/o2 .
        id:ev\\/2 a ng:Evidence ; ng:article id:article\\/2 ; ng:statedDate "2021-08-13"^^xsd:date ;
          ng:quote "Alice was expelled on Friday" ; ng:statedNumber id:ev\\/2\\/n1 , id:ev\\/2\\/n2 .
        id:ev\\/2\\/n1 a ng:StatedNumber ; rdf:value 1000 ; ng:counts "members" ; ng:quote "1,000 members" .
        id:ev\\/2\\/n2 a ng:StatedNumber ; rdf:value 3 ; ng:counts "groups" ; ng:quote "three factions" .
        id:ev\\/9 a ng:Evidence ; ng:article id:article\\/2 ;
          ng:quote "We will never give up the fight for justice" .
        id:ev\\/12 a ng:Evidence ; ng:article id:article\\/2 ; ng:quote "Bob left in 1994" .
      }
      id:graph\\/article\\/3 {
        id:article\\/3 a ng:Article ; dcterms:source "3.txt" .
        id:ev\\/4 a ng:Evidence ; ng:article id:article\\/3 ; ng:quote "Alice was suspended in February" .
        id:ev\\/10 a ng:Evidence ; ng:article id:article\\/3 ; ng:quote "never give up" .
        id:ev\\/13 a ng:Evidence ; ng:article id:article\\/3 ; ng:quote "justice" .
      }
      """;
}
