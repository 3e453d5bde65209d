package org.newsgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The research queries of {@code queries/}: each parses, carries its header, and gives the
 * expected answer on the miniature graph {@code fixtures/graph/mini.trig}, queried as the
 * server does (default graph = union of the named graphs).
 */
class QueriesTest {
  static final Path QUERIES = Path.of("queries");
  static final Path MINI = Path.of("src/test/resources/fixtures/graph/mini.trig");
  static final String NG = "https://w3id.org/newsgraph/ns#";

  static List<ResearchQuery> queries;
  static DatasetGraph mini;

  @BeforeAll
  static void load() {
    queries = ResearchQuery.loadAll(QUERIES);
    mini = GraphFixture.load(MINI);
  }

  static Node literal(String s) {
    return NodeFactory.createLiteralString(s);
  }

  static Node ng(String local) {
    return NodeFactory.createURI(NG + local);
  }

  /** Every query's answer on mini.trig. Add a row here when you add a query. */
  static final List<QueryExpectation> ON_MINI =
      List.of(
          QueryExpectation.exact(
              "articles-by-outlet",
              """
              outlet | issued | issuedInferred | title | source | url | article
              a2.txt | 2021-08-15 | true | - | a2.txt | - | id:article/a2
              LBC | 2021-08-14 | false | Ken Loach claims he has been booted out of Labour | a1.txt \
              | <https://example.org/news/a1> | id:article/a1
              The Daily Example | 2021-08-16 | false | Labour bans left-wing groups | a3.txt | - \
              | id:article/a3
              """),
          QueryExpectation.exact(
              "corpus-summary",
              """
              outlet | class | count
              - | ng:Article | 3
              - | ng:Person | 2
              LBC | ng:Article | 1
              LBC | ng:Person | 1
              """),
          QueryExpectation.exact(
              "entities-by-class",
              """
              class | kind | label | articles | entity
              CreativeWork | Film | Kes | 1 | id:work/kes
              Organisation | PoliticalParty | Labour Party | 3 | id:organisation/labour-party
              Organisation | PartyBody | National Executive Committee | 1 \
              | id:organisation/national-executive-committee
              Organisation | Faction | Resist | 1 | id:organisation/resist
              Organisation | Faction | Socialist Appeal | 1 | id:organisation/socialist-appeal
              Organisation | MediaOutlet | LBC | 0 | id:organisation/lbc
              Organisation | MediaOutlet | The Daily Example | 0 | id:organisation/daily-example
              Person | Person | Ken Loach | 3 | id:person/ken-loach
              Person | Person | Keir Starmer | 1 | id:person/keir-starmer
              """),
          QueryExpectation.exact(
              "event-evidence",
              """
              organisationLabel | date | outlet | issued | source | begin | end | quote | rule \
              | confidence | event | reports
              Labour Party | 2021-08-14 | LBC | 2021-08-14 | a1.txt | 0 | 56 \
              | Ken Loach has said he was expelled from the Labour Party | expulsion.active-from \
              | 0.9 | id:event/expulsion-ken-loach-labour-party | 3
              Labour Party | 2021-08-14 | a2.txt | 2021-08-15 | a2.txt | 10 | 57 \
              | Ken Loach has been expelled by the Labour Party | expulsion.passive | 0.9 \
              | id:event/expulsion-ken-loach-labour-party | 3
              Labour Party | 2021-08-14 | The Daily Example | 2021-08-16 | a3.txt | 112 | 143 \
              | Loach said he had been expelled | expulsion.reported | 0.6 \
              | id:event/expulsion-ken-loach-labour-party | 3
              """),
          QueryExpectation.exact(
                  "event-evidence",
                  """
                  organisationLabel | date | outlet | issued | source | begin | end | quote | rule \
                  | confidence | event | reports
                  Labour Party | 2021-07 | The Daily Example | 2021-08-16 | a3.txt | 9 | 110 \
                  | National Executive Committee (NEC) agreed in July to proscribe the groups \
                  Socialist Appeal and Resist | proscription.verb-list | 0.85 \
                  | id:event/proscription-resist-labour-party | 1
                  """)
              .bound(ng("Proscription"), literal("Resist")),
          QueryExpectation.exact(
              "expulsions-and-bans",
              """
              date | kind | subjectLabel | organisationLabel | agentLabel | outlet | source | quote \
              | event
              2021-07 | Proscription | Resist | Labour Party | National Executive Committee \
              | The Daily Example | a3.txt | National Executive Committee (NEC) agreed in July to \
              proscribe the groups Socialist Appeal and Resist \
              | id:event/proscription-resist-labour-party
              2021-07 | Proscription | Socialist Appeal | Labour Party | National Executive Committee \
              | The Daily Example | a3.txt | National Executive Committee (NEC) agreed in July to \
              proscribe the groups Socialist Appeal and Resist \
              | id:event/proscription-socialist-appeal-labour-party
              2021-08-14 | Expulsion | Ken Loach | Labour Party | - | LBC | a1.txt \
              | Ken Loach has said he was expelled from the Labour Party \
              | id:event/expulsion-ken-loach-labour-party
              2021-08-14 | Expulsion | Ken Loach | Labour Party | - | a2.txt | a2.txt \
              | Ken Loach has been expelled by the Labour Party \
              | id:event/expulsion-ken-loach-labour-party
              2021-08-14 | Expulsion | Ken Loach | Labour Party | - | The Daily Example | a3.txt \
              | Loach said he had been expelled | id:event/expulsion-ken-loach-labour-party
              """),
          QueryExpectation.exact(
              "memberships",
              """
              organisationLabel | memberLabel | startDate | startPrecision | endDate | endedBy \
              | articles | membership
              Labour Party | Ken Loach | 1960 | Decade | 2021-08-14 | Expulsion | 1 \
              | id:membership/ken-loach-labour-party-1960
              """),
          QueryExpectation.exact(
                  "one-article",
                  """
                  begin | end | kind | summary | quote | rule | confidence | node
                  0 | 56 | Expulsion | Ken Loach / Labour Party \
                  | Ken Loach has said he was expelled from the Labour Party | expulsion.active-from \
                  | 0.9 | id:event/expulsion-ken-loach-labour-party
                  58 | 66 | Mention | Ken Loach | Mr Loach | entity.person.title | 0.8 \
                  | id:person/ken-loach
                  68 | 70 | Attribute | Ken Loach age: 85 | 85 | attribute.age-apposition | 0.85 \
                  | id:attribute/ken-loach-age-85
                  81 | 84 | Mention | Kes | Kes | entity.work.lexicon | 0.7 | id:work/kes
                  125 | 163 | Statement | Ken Loach: We are many, they are few. Solidarity. \
                  | We are many, they are few. Solidarity. | quote.colon-said | 0.9 \
                  | id:statement/ken-loach-we-are-many
                  194 | 242 | Statement \
                  | Labour Party: We are not going to comment on individual cases. \
                  | We are not going to comment on individual cases. | quote.colon-said | 0.9 \
                  | id:statement/labour-party-individual-cases
                  """)
              .bound(literal("a1.txt")),
          QueryExpectation.exact(
                  "one-article",
                  """
                  begin | end | kind | summary | quote | rule | confidence | node
                  0 | 9 | Attribute | Ken Loach occupation: filmmaker | Filmmaker \
                  | attribute.occupation-premodifier | 0.8 \
                  | id:attribute/ken-loach-occupation-filmmaker
                  10 | 57 | Expulsion | Ken Loach / Labour Party \
                  | Ken Loach has been expelled by the Labour Party | expulsion.passive | 0.9 \
                  | id:event/expulsion-ken-loach-labour-party
                  59 | 118 | Membership | Ken Loach / Labour Party \
                  | Loach has been a member of the Labour Party since the 1960s | membership.since \
                  | 0.8 | id:membership/ken-loach-labour-party-1960
                  136 | 161 | Statement | Ken Loach: We are many, they are few. Solidarity. \
                  | We are many, they are few | quote.colon-verb | 0.85 \
                  | id:statement/ken-loach-we-are-many
                  """)
              .bound(literal("a2.txt")),
          QueryExpectation.exact(
              "outlet-comparison",
              """
              outlet | kind | item | articles
              a2.txt | event | Expulsion: Ken Loach / Labour Party | 1
              a2.txt | person | Ken Loach | 1
              LBC | event | Expulsion: Ken Loach / Labour Party | 1
              LBC | person | Ken Loach | 1
              The Daily Example | event | Expulsion: Ken Loach / Labour Party | 1
              The Daily Example | event | Proscription: Resist / Labour Party | 1
              The Daily Example | event | Proscription: Socialist Appeal / Labour Party | 1
              The Daily Example | person | Keir Starmer | 1
              The Daily Example | person | Ken Loach | 1
              """),
          QueryExpectation.exact(
              "person-descriptions",
              """
              personLabel | attributeType | value | former | organisationLabel | outlet | quote \
              | person
              Ken Loach | age | 85 | - | - | LBC | 85 | id:person/ken-loach
              Ken Loach | occupation | filmmaker | - | - | a2.txt | Filmmaker | id:person/ken-loach
              """),
          QueryExpectation.exact(
              "person-timeline",
              """
              date | precision | what | organisationLabel | articles | outlets | item
              1960 | Decade | Membership began | Labour Party | 1 | a2.txt \
              | id:membership/ken-loach-labour-party-1960
              2021-08-14 | Day | Expulsion | Labour Party | 3 | a2.txt, LBC, The Daily Example \
              | id:event/expulsion-ken-loach-labour-party
              2021-08-14 | - | Membership ended | Labour Party | 1 | a2.txt \
              | id:membership/ken-loach-labour-party-1960
              """),
          QueryExpectation.exact(
                  "person-timeline",
                  """
                  date | precision | what | organisationLabel | articles | outlets | item
                  2021-07 | Month | Proscription (as agent) | Labour Party | 1 | The Daily Example \
                  | id:event/proscription-resist-labour-party
                  2021-07 | Month | Proscription (as agent) | Labour Party | 1 | The Daily Example \
                  | id:event/proscription-socialist-appeal-labour-party
                  """)
              .bound(literal("National Executive Committee")),
          QueryExpectation.exact(
              "proscribed-groups",
              """
              groupLabel | organisationLabel | agentLabel | date | articles | group
              Resist | Labour Party | National Executive Committee | 2021-07 | 1 \
              | id:organisation/resist
              Socialist Appeal | Labour Party | National Executive Committee | 2021-07 | 1 \
              | id:organisation/socialist-appeal
              """),
          QueryExpectation.exact(
              "statement-wordings",
              """
              speakerLabel | text | direct | outlet | source | quote | statement
              Ken Loach | We are many, they are few. Solidarity. | true | LBC | a1.txt \
              | We are many, they are few. Solidarity. | id:statement/ken-loach-we-are-many
              Ken Loach | We are many, they are few. Solidarity. | true | a2.txt | a2.txt \
              | We are many, they are few | id:statement/ken-loach-we-are-many
              Ken Loach | he had been expelled for refusing to disown those already expelled \
              | false | The Daily Example | a3.txt \
              | he had been expelled for refusing to disown those already expelled \
              | id:statement/ken-loach-refusing-to-disown
              Labour Party | We are not going to comment on individual cases. | true | LBC | a1.txt \
              | We are not going to comment on individual cases. \
              | id:statement/labour-party-individual-cases
              """),
          QueryExpectation.exact(
              "statements-by-speaker",
              """
              speakerLabel | speakerRole | date | medium | text | articles | statement
              Ken Loach | - | 2021-08-14 | Twitter | We are many, they are few. Solidarity. | 2 \
              | id:statement/ken-loach-we-are-many
              Ken Loach | - | - | - \
              | he had been expelled for refusing to disown those already expelled | 1 \
              | id:statement/ken-loach-refusing-to-disown
              Labour Party | spokesperson | - | - | We are not going to comment on individual cases. \
              | 1 | id:statement/labour-party-individual-cases
              """),
          QueryExpectation.exact(
              "wikidata-links",
              """
              label | linkedTo | linkScore | candidateItem | candidateLabel | candidateScore \
              | reason | entity
              Keir Starmer | wd:Q6383803 | 0.93 | wd:Q6383803 | Keir Starmer | 0.93 \
              | exact label; human; co-mentioned with Q9630 | id:person/keir-starmer
              Labour Party | wd:Q9630 | 0.97 | wd:Q9630 | Labour Party | 0.97 \
              | exact label; political party | id:organisation/labour-party
              """));

  @TestFactory
  Stream<DynamicTest> everyQueryHasTheHeader() {
    return queries.stream()
        .map(
            q ->
                dynamicTest(
                    q.name(),
                    () -> {
                      for (String key : ResearchQuery.REQUIRED_KEYS) {
                        assertNotNull(q.get(key), q.name() + ": no '# " + key + ":' line");
                        assertFalse(q.get(key).isBlank(), q.name() + ": empty " + key);
                      }
                      assertTrue(
                          q.text().startsWith("# title: "), q.name() + ": must start with title");
                      assertTrue(q.get("title").length() <= 80, q.name() + ": title too long");
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyQueryParsesAsSelect() {
    return queries.stream()
        .map(q -> dynamicTest(q.name(), () -> assertTrue(q.query().isSelectType(), q.name())));
  }

  /** A query's {@code params} header names exactly the variables of its opening VALUES. */
  @TestFactory
  Stream<DynamicTest> parametersAreTheOpeningValuesBlock() {
    return queries.stream()
        .filter(q -> !q.params().isEmpty())
        .map(
            q ->
                dynamicTest(
                    q.name(),
                    () -> {
                      ElementData block = ResearchQuery.parameterBlock(q.query());
                      assertNotNull(block, q.name() + ": WHERE must open with VALUES");
                      assertEquals(
                          q.params(),
                          block.getVars().stream().map(Var::getVarName).toList(),
                          q.name());
                      assertEquals(1, block.getRows().size(), q.name() + ": one default row");
                    }));
  }

  @Test
  void thereAreAtLeastEightQueriesEachWithAnExpectedAnswer() {
    assertTrue(queries.size() >= 8, "queries: " + queries.size());
    // The Wikidata comparison and federated queries are checked by link/WikidataQueriesTest
    // (against an enrichment fixture, and parse-only for those that need the network).
    var names =
        queries.stream()
            .map(ResearchQuery::name)
            .filter(n -> !n.equals("wikidata-news-vs-wikidata") && !n.startsWith("wikidata-federated-"))
            .filter(n -> !SeedViewsTest.QUERIES.contains(n))
            .collect(Collectors.toSet());
    var expected = ON_MINI.stream().map(QueryExpectation::query).collect(Collectors.toSet());
    assertEquals(new TreeSet<>(names), new TreeSet<>(expected));
  }

  @TestFactory
  Stream<DynamicTest> answersOnTheMiniatureGraph() {
    Map<String, ResearchQuery> byName =
        queries.stream().collect(Collectors.toMap(ResearchQuery::name, Function.identity()));
    return ON_MINI.stream()
        .map(
            e ->
                dynamicTest(
                    e.query() + (e.binding().isEmpty() ? "" : " " + e.binding()),
                    () -> e.check(mini, byName.get(e.query()))));
  }

  @Test
  void bindingReplacesTheDefaultRowOnly() {
    ResearchQuery timeline = ResearchQuery.load(QUERIES.resolve("person-timeline.rq"));
    Query bound = timeline.bind(literal("Nobody"));
    ElementData block = ResearchQuery.parameterBlock(bound);
    assertEquals(1, block.getRows().size());
    assertEquals(literal("Nobody"), block.getRows().get(0).get(Var.alloc("personLabel")));
    assertEquals(1, GraphFixture.select(mini, bound).size(), "header only");
    // The file's default is untouched.
    assertEquals(
        literal("Ken Loach"),
        ResearchQuery.parameterBlock(timeline.query())
            .getRows()
            .get(0)
            .get(Var.alloc("personLabel")));
    assertThrows(IllegalArgumentException.class, () -> timeline.bind(literal("a"), literal("b")));
  }

  /**
   * event-evidence gives a page of an event's reports: pages cut with OFFSET cover every report
   * once, in the order of the whole list, each row saying how many reports there are.
   */
  @Test
  void eventEvidencePagesCoverEveryReportOnceInOrder() {
    ResearchQuery q = ResearchQuery.load(QUERIES.resolve("event-evidence.rq"));
    assertEquals(100, pageOf(q.query()).getLimit(), "the shipped page size");
    List<String> all = GraphFixture.select(mini, q.query());
    assertEquals(4, all.size(), "header and three reports: " + all);
    List<String> first = GraphFixture.select(mini, page(q, 2, 0));
    List<String> second = GraphFixture.select(mini, page(q, 2, 2));
    assertEquals(all.subList(0, 3), first);
    assertEquals(List.of(all.get(0), all.get(3)), second);
    assertTrue(all.stream().skip(1).allMatch(r -> r.endsWith(" | 3")), all.toString());
  }

  /**
   * event-evidence lists an event's reports grouped by organisation, then by date as written,
   * so a month sorts among days, and undated events come last. (Compared as dates, a month
   * and a day are not comparable and sort by datatype, which put July before June.)
   */
  @Test
  void eventEvidenceOrdersEventsByOrganisationThenDateOfAnyPrecision() {
    StringBuilder trig =
        new StringBuilder(
            """
            PREFIX ng: <https://w3id.org/newsgraph/ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX graph: <https://w3id.org/newsgraph/id/graph/>
            PREFIX orgn: <https://w3id.org/newsgraph/id/organisation/>
            PREFIX event: <https://w3id.org/newsgraph/id/event/>
            PREFIX evid: <https://w3id.org/newsgraph/id/evidence/>
            PREFIX article: <https://w3id.org/newsgraph/id/article/>
            graph:corpus {
              orgn:resist rdfs:label "Resist" .
              orgn:labour rdfs:label "Labour Party" .
              orgn:alpha rdfs:label "Alpha" .
            """);
    // event, organisation, date (blank: none)
    String[][] events = {
      {"july", "labour", "\"2021-07\"^^xsd:gYearMonth"},
      {"undated", "labour", ""},
      {"june", "labour", "\"2021-06-15\"^^xsd:date"},
      {"alpha", "alpha", "\"2022-01-01\"^^xsd:date"},
    };
    for (String[] e : events) {
      trig.append(
          String.format(
              """
                event:%1$s a ng:Proscription ; ng:subject orgn:resist ;
                  ng:organisation orgn:%2$s ;%3$s ng:evidence evid:%1$s .
                evid:%1$s ng:article article:%1$s ; ng:begin 0 ; ng:end 6 ;
                  ng:quote "Resist" ; ng:rule "proscription.test" ; ng:confidence 0.9 .
                article:%1$s dcterms:source "%1$s.txt" ;
                  dcterms:issued "2023-01-01"^^xsd:date .
              """,
              e[0], e[1], e[2].isEmpty() ? "" : " ng:date " + e[2] + " ;"));
    }
    trig.append("}\n");
    DatasetGraph dsg = GraphFixture.load();
    Txn.executeWrite(dsg, () -> RDFParser.fromString(trig.toString(), Lang.TRIG).parse(dsg));
    ResearchQuery q = ResearchQuery.load(QUERIES.resolve("event-evidence.rq"));
    List<String> rows = GraphFixture.select(dsg, q.bind(ng("Proscription"), literal("Resist")));
    assertEquals(
        List.of("id:event/alpha", "id:event/june", "id:event/july", "id:event/undated"),
        rows.stream().skip(1).map(r -> r.split(" \\| ")[10]).toList(),
        String.join("\n", rows));
  }

  private static Query page(ResearchQuery q, int limit, int offset) {
    Query query = q.query();
    pageOf(query).setLimit(limit);
    pageOf(query).setOffset(offset);
    return query;
  }

  /** The sub-query choosing which reports are on the page. */
  private static Query pageOf(Query query) {
    return ((ElementSubQuery) ((ElementGroup) query.getQueryPattern()).getElements().get(0))
        .getQuery();
  }

  @Test
  void headerParsingJoinsContinuationLines() {
    Map<String, String> h =
        ResearchQuery.parseHeader(
            "# title: T\n# description: one\n#   two\n# tags: a, b\nSELECT * {}\n# tags: late\n");
    assertEquals("T", h.get("title"));
    assertEquals("one two", h.get("description"));
    assertEquals("a, b", h.get("tags"));
  }

  /** Per the contract nothing lives in the stored dataset's real default graph. */
  @Test
  void fixtureKeepsEverythingInNamedGraphs() {
    DatasetGraph plain = DatasetGraphFactory.createTxnMem();
    RDFDataMgr.read(plain, MINI.toString());
    assertTrue(plain.getDefaultGraph().isEmpty());
    assertEquals(5, plain.size(), "three article graphs, the corpus graph, the summary graph");
  }
}
