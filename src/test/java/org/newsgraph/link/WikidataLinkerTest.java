package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.link.TestEntities.entity;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.resolve.CorpusEntity;

class WikidataLinkerTest {
  static WikidataIndex extract;
  static WikidataIndex fixture;

  @BeforeAll
  static void load() {
    extract = WikidataIndex.bundled();
    fixture = WikidataIndex.load(TestEntities.fixture("dump-small.json"));
  }

  private static LinkResult one(WikidataIndex idx, CorpusEntity e) {
    List<LinkResult> r = WikidataLinker.create(idx).link(List.of(e));
    assertEquals(1, r.size());
    return r.get(0);
  }

  @Test
  void extractHoldsOnlyTableItems() {
    assertEquals(29, extract.size());
    assertTrue(extract.item("Q6383803").isPresent());
    assertTrue(extract.search("Ken Loach").isEmpty());
  }

  @Test
  void unknownPersonStaysUnlinked() {
    LinkResult r = one(extract, entity("person/john-smith", EntityKind.Person, "John Smith"));
    assertNull(r.qid());
    assertTrue(r.candidates().isEmpty());
  }

  @Test
  void laborPartyLinksToLabour() {
    LinkResult r =
        one(extract, entity("org/labour", EntityKind.PoliticalParty, "Labor Party", "Labor"));
    assertEquals("Q9630", r.qid());
    assertTrue(r.score() >= WikidataLinker.THRESHOLD && r.score() <= 1);
  }

  @Test
  void bareLabourLinksThroughTheAlias() {
    assertEquals("Q9630", one(extract, entity("o", EntityKind.PoliticalParty, "Labour")).qid());
    assertEquals("Q9626", one(extract, entity("o", EntityKind.PoliticalParty, "Tories")).qid());
  }

  @Test
  void keirStarmerLinks() {
    assertEquals(
        "Q6383803",
        one(extract, entity("p", EntityKind.Person, "Keir Starmer", "Starmer", "Sir Keir")).qid());
    assertEquals("Q6383803", one(extract, entity("p", EntityKind.Person, "Sir Keir Starmer")).qid());
  }

  @Test
  void groupsNamedAfterThePartyStayUnlinked() {
    for (String n :
        List.of("Labour in Exile Network", "Labour Against the Witchhunt", "Labour Heartlands",
            "Federation of Conservative Students", "Labour HQ")) {
      assertNull(one(extract, entity("o", EntityKind.Faction, n)).qid(), n);
    }
  }

  @Test
  void typeMustFit() {
    // A person called "Labour" is not the party; a film called "Starmer" is not the person.
    LinkResult r = one(extract, entity("p", EntityKind.Person, "Labour"));
    assertNull(r.qid());
    assertEquals(0.0, r.candidates().get(0).score());
    assertTrue(r.candidates().get(0).reason().contains("incompatible"));
    assertNull(one(fixture, entity("w", EntityKind.Film, "Keir Starmer")).qid());
    assertEquals("Q900000103", one(fixture, entity("w", EntityKind.Film, "Starmer")).qid());
    assertNull(one(fixture, entity("p", EntityKind.Person, "Starmer")).qid());
  }

  @Test
  void davidDavisIsNotDavidDavies() {
    CorpusEntity davis =
        entity("p/dd", EntityKind.Person, "David Davis", List.of("a1"), List.of("Conservative MP"));
    LinkResult r = one(fixture, davis);
    assertEquals("Q300023", r.qid());
    assertFalse(r.candidates().stream().anyMatch(c -> c.qid().equals("Q296797")));
    // The disambiguation page is weighed and scored 0.
    assertTrue(
        r.candidates().stream().anyMatch(c -> c.qid().equals("Q900000102") && c.score() == 0));
    assertEquals("Q296797", one(fixture, entity("p", EntityKind.Person, "David Davies")).qid());
  }

  @Test
  void ambiguousNameWithoutContextStaysUnlinked() {
    LinkResult r = one(fixture, entity("p", EntityKind.Person, "David Davis"));
    assertNull(r.qid());
    assertTrue(r.candidates().get(0).reason().contains("ambiguous"), r.candidates().toString());
  }

  @Test
  void coOccurringPartyDisambiguates() {
    CorpusEntity davis = entity("p/dd", EntityKind.Person, "David Davis");
    CorpusEntity tories = entity("o/con", EntityKind.PoliticalParty, "Conservative Party");
    List<LinkResult> r = WikidataLinker.create(fixture).link(List.of(davis, tories));
    assertEquals("Q300023", r.get(0).qid());
    assertTrue(r.get(0).candidates().get(0).reason().contains("context P102 Q9626"));
    assertEquals("Q9626", r.get(1).qid());
    // In another article the party gives no context.
    CorpusEntity elsewhere =
        entity("o/con", EntityKind.PoliticalParty, "Conservative Party", List.of("a2"), List.of());
    assertNull(WikidataLinker.create(fixture).link(List.of(davis, elsewhere)).get(0).qid());
  }

  @Test
  void thresholdIsConfigurable() {
    CorpusEntity e = entity("p", EntityKind.Person, "Keir Starmer");
    assertNull(WikidataLinker.create(extract).threshold(0.99).link(List.of(e)).get(0).qid());
  }

  @Test
  void candidatesCarryScoresAndReasonsBestFirst() {
    LinkResult r = one(fixture, entity("p", EntityKind.Person, "David Davis"));
    List<Candidate> c = r.candidates();
    assertEquals(3, c.size());
    for (int i = 1; i < c.size(); i++) {
      assertTrue(c.get(i - 1).score() >= c.get(i).score());
    }
    for (Candidate x : c) {
      assertTrue(x.score() >= 0 && x.score() <= 1);
      assertFalse(x.reason().isBlank());
    }
  }

  @Test
  void outputIsDeterministic() {
    List<CorpusEntity> es =
        List.of(
            entity("p/dd", EntityKind.Person, "David Davis"),
            entity("o/con", EntityKind.PoliticalParty, "Conservative Party"),
            entity("o/lab", EntityKind.PoliticalParty, "Labour"));
    assertEquals(
        WikidataLinker.create(fixture).link(es), WikidataLinker.create(fixture).link(es));
  }
}
