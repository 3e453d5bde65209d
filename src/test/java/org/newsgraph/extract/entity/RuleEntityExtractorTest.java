package org.newsgraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.entity.EntityTestLib.extract;
import static org.newsgraph.extract.entity.EntityTestLib.hasForm;
import static org.newsgraph.extract.entity.EntityTestLib.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Attribute;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.extract.Mention;

/** One test (positive and negative sentences) per rule; names are made up unless a lexicon's. */
class RuleEntityExtractorTest {

  static LocalEntity only(List<LocalEntity> es, EntityKind kind) {
    LocalEntity found = null;
    for (LocalEntity e : es) {
      if (e.kind() == kind) {
        assertNull(found, "more than one " + kind + ": " + EntityTestLib.dump(es));
        found = e;
      }
    }
    assertNotNull(found, "no " + kind + ": " + EntityTestLib.dump(es));
    return found;
  }

  static long count(List<LocalEntity> es, EntityKind kind) {
    return es.stream().filter(e -> e.kind() == kind).count();
  }

  static Attribute attr(LocalEntity e, String property) {
    return e.attributes().stream()
        .filter(a -> a.property().equals(property))
        .findFirst()
        .orElse(null);
  }

  @Test
  void honorificDropsFromCanonicalNameButStaysAForm() {
    List<LocalEntity> es = extract("Sir Keir Starmer spoke. Later Sir Keir and Mr Quorrin met.");
    LocalEntity k = named(es, "Keir Starmer");
    assertNotNull(k, EntityTestLib.dump(es));
    assertTrue(hasForm(k, "Sir Keir Starmer"));
    assertTrue(hasForm(k, "Sir Keir"));
    assertEquals("person.honorific", k.mentions().get(0).evidence().rule());
    LocalEntity q = named(es, "Quorrin");
    assertNotNull(q);
    assertTrue(hasForm(q, "Mr Quorrin"));
    // Negative: "Prime Minister" and "Finance Minister" are posts, not people.
    assertEquals(
        0, count(extract("The Prime Minister and the Finance Minister met."), EntityKind.Person));
  }

  @Test
  void givenNameStartsAPersonAbsentFromEveryLexicon() {
    LocalEntity p =
        only(extract("Yesterday Paul Zwingelbrot wrote to the council."), EntityKind.Person);
    assertEquals("Paul Zwingelbrot", p.name());
    assertEquals("person.given", p.mentions().get(0).evidence().rule());
    // Negative: months, places and weekdays are not people.
    assertEquals(
        0, count(extract("In August Barcelona was busy on Sunday Morning."), EntityKind.Person));
  }

  @Test
  void roleBeforeAndAfterTheName() {
    List<LocalEntity> es =
        extract(
            "Former shadow chancellor Zed Quorrin backed Labour leader Vorn Bexley and Tam Ubble"
                + " MP.");
    LocalEntity z = named(es, "Zed Quorrin");
    assertNotNull(z, EntityTestLib.dump(es));
    Attribute role = attr(z, "role");
    assertEquals("shadow chancellor", role.value());
    assertTrue(role.former());
    LocalEntity v = named(es, "Vorn Bexley");
    Attribute leader = attr(v, "role");
    assertEquals("leader", leader.value());
    assertEquals(named(es, "Labour Party").id(), leader.organisationId());
    assertNotNull(named(es, "Tam Ubble"));
    // Negative: "Labour leader" alone is no person.
    assertEquals(0, count(extract("The Labour leader spoke."), EntityKind.Person));
  }

  @Test
  void occupationAndDescriptorBeforeTheName() {
    LocalEntity p = only(extract("Left-wing filmmaker Quent Arlow has quit."), EntityKind.Person);
    assertEquals("filmmaker", attr(p, "occupation").value());
    assertEquals("left-wing filmmaker", attr(p, "descriptor").value());
  }

  @Test
  void ageApposition() {
    List<LocalEntity> es = extract("Brokkel, 85, a lifelong socialist, said he would fight on.");
    LocalEntity p = only(es, EntityKind.Person);
    Attribute age = attr(p, "age");
    assertEquals("85", age.value());
    assertEquals("2021-08-14", age.at().iso());
    assertEquals("lifelong socialist", attr(p, "descriptor").value());
    LocalEntity q = only(extract("The 85-year-old Brokkel was there."), EntityKind.Person);
    assertEquals("85", attr(q, "age").value());
    // Negative: a number after a place is no age.
    assertEquals(0, count(extract("In Barcelona, 85, people marched."), EntityKind.Person));
  }

  @Test
  void subjectOfSpeechVerb() {
    LocalEntity p = only(extract("Grendle said the vote was rigged."), EntityKind.Person);
    assertEquals("Grendle", p.name());
    assertEquals("person.speech", p.mentions().get(0).evidence().rule());
    // Negative: an organisation saying something stays an organisation.
    List<LocalEntity> es = extract("Labour said it would not comment.");
    assertEquals(0, count(es, EntityKind.Person));
    assertEquals(1, count(es, EntityKind.PoliticalParty));
    // Negative: a lone organisation head ("the Board", "the Committee") is no person.
    assertEquals(
        0, count(extract("The Board said the decision was final. The Committee said so too."),
            EntityKind.Person));
    // Negative: a name after a preposition is not the one speaking.
    assertEquals(
        0,
        count(
            extract("Local officers in Quarnby said they had not been consulted."),
            EntityKind.Person));
    // Negative: nor is one after "the".
    assertEquals(
        0,
        count(
            extract("A former member of the QLU said the committee was under pressure."),
            EntityKind.Person));
  }

  @Test
  void tweetEmbedAuthors() {
    List<LocalEntity> es =
        extract(
            "We are many.\n"
                + "— Orla Venning & Tidewater Films (@OrlaTide) August 14, 2021\n"
                + "— Brin Castellow MP (@brin) August 14, 2021");
    LocalEntity o = named(es, "Orla Venning");
    assertEquals(EntityKind.Person, o.kind());
    assertEquals("person.embed", o.mentions().get(0).evidence().rule());
    assertEquals(EntityKind.Company, named(es, "Tidewater Films").kind());
    assertEquals(EntityKind.Person, named(es, "Brin Castellow").kind());
    assertEquals(3, es.size(), EntityTestLib.dump(es));
  }

  @Test
  void coreferenceWithinTheArticle() {
    List<LocalEntity> es =
        extract(
            "Ken Loach was expelled. Loach said so. Mr. Loach added more. "
                + "\"Solidarity Ken.\"\n'We are many.' KL\nStarmer's office declined.");
    LocalEntity k = named(es, "Ken Loach");
    for (String f : List.of("Loach", "Mr. Loach", "Ken", "KL")) {
      assertTrue(hasForm(k, f), f + " in " + EntityTestLib.dump(es));
    }
    LocalEntity s = named(es, "Keir Starmer");
    assertNotNull(s, EntityTestLib.dump(es));
    Mention m = s.mentions().get(0);
    assertEquals("Starmer", m.form()); // the possessive "'s" is outside the span
    assertEquals(2, es.size(), EntityTestLib.dump(es));
  }

  @Test
  void fullNameWithoutCueJoinsAPersonFoundElsewhere() {
    List<LocalEntity> es =
        extract(
            "On Monday the council heard from Orvo Quillam. Quillam, 54, said he would appeal.");
    LocalEntity p = only(es, EntityKind.Person);
    assertEquals("Orvo Quillam", p.name());
    assertEquals("person.surname", p.mentions().get(0).evidence().rule());
    // Negative: the same two words with no person of that surname are dropped.
    assertEquals(0, extract("On Monday the council heard from Orvo Quillam.").size());
  }

  @Test
  void bylineNamesTheAuthor() {
    assertEquals(
        "Vesna Tolleck",
        only(extract("Strike ends\nBy Vesna Tolleck\nThe strike ended."), EntityKind.Person)
            .name());
    assertEquals(0, extract("Strike ends\nBy Tuesday it was over.").size());
  }

  @Test
  void distinctPeopleSharingANameStayDistinct() {
    List<LocalEntity> es =
        extract("John Ardley met John Bellweather. Later Ardley left, and Bellweather stayed.");
    LocalEntity a = named(es, "John Ardley");
    LocalEntity b = named(es, "John Bellweather");
    assertNotEquals(a.id(), b.id());
    assertTrue(hasForm(a, "Ardley"));
    assertTrue(hasForm(b, "Bellweather"));
    assertEquals(2, count(es, EntityKind.Person));
  }

  @Test
  void lexiconFoldsSpellingVariants() {
    List<LocalEntity> es =
        extract(
            "The Labor Party and the Tories clashed. The BBC reported that Labour Against the"
                + " Witch-hunt and the Conservative Students objected. POUM too.");
    LocalEntity lab = named(es, "Labour Party");
    assertTrue(hasForm(lab, "Labor Party"));
    assertEquals(EntityKind.PoliticalParty, lab.kind());
    assertTrue(hasForm(named(es, "Conservative Party"), "Tories"));
    assertEquals(EntityKind.MediaOutlet, named(es, "British Broadcasting Corporation").kind());
    assertTrue(hasForm(named(es, "Labour Against the Witchhunt"), "Labour Against the Witch-hunt"));
    assertNotNull(named(es, "Federation of Conservative Students"));
    assertNotNull(named(es, "Workers' Party of Marxist Unification"));
    assertEquals("org.lexicon", lab.mentions().get(0).evidence().rule());
    assertEquals(0.95, lab.confidence(), 1e-9);
  }

  @Test
  void partyHeadquartersIsThePartyItself() {
    List<LocalEntity> es = extract("'Labour HQ finally decided I'm not fit,' he said.");
    LocalEntity lab = only(es, EntityKind.PoliticalParty);
    assertTrue(hasForm(lab, "Labour HQ"));
  }

  @Test
  void listsAfterGroupsAreSeparateOrganisations() {
    List<LocalEntity> es =
        extract(
            "The party banned the groups Resist, Socialist Appeal, "
                + "Labour in Exile Network and Labour Against the Witchhunt.");
    assertEquals(4, count(es, EntityKind.Faction), EntityTestLib.dump(es));
    assertEquals("org.list", named(es, "Resist").mentions().get(0).evidence().rule());
    List<LocalEntity> unknown =
        extract("It moved to proscribe Red Kestrel, Marsh Forward and the Tidal Left Collective.");
    assertNotNull(named(unknown, "Red Kestrel"), EntityTestLib.dump(unknown));
    assertNotNull(named(unknown, "Marsh Forward"));
    assertNotNull(named(unknown, "Tidal Left Collective"));
    // Negative: a single capitalised word after "groups" with no list is not an organisation.
    assertEquals(0, extract("Four groups were expelled last month. Critics said so.").size());
    // Negative: after "proscribed by" comes the agent, not a list.
    List<LocalEntity> agent =
        extract("Red Kestrel was proscribed by the Oversight and Quarry Unit in July.");
    assertNull(named(agent, "Oversight"), EntityTestLib.dump(agent));
  }

  @Test
  void acronymTiedToItsLongForm() {
    List<LocalEntity> es =
        extract(
            "The Harbour Workers Federation (HWF) objected. "
                + "Later the HWF said it would appeal.");
    LocalEntity f = only(es, EntityKind.Organisation);
    assertEquals("Harbour Workers Federation", f.name());
    assertEquals(3, f.mentions().size(), EntityTestLib.dump(es));
    List<LocalEntity> nec = extract("The National Executive Committee (NEC) met. The NEC agreed.");
    LocalEntity n = only(nec, EntityKind.PartyBody);
    assertEquals("National Executive Committee", n.name());
    assertTrue(hasForm(n, "NEC"));
    // Negative: a post with an acronym is no organisation.
    assertEquals(0, extract("He was Director of Public Prosecutions (DPP) then.").size());
  }

  @Test
  void organisationHeadWords() {
    List<LocalEntity> es =
        extract(
            "Tidewater Films and the Northern Dockers Union both "
                + "backed the Crown Prosecution Service (CPS).");
    assertEquals(EntityKind.Company, named(es, "Tidewater Films").kind());
    assertEquals(EntityKind.TradeUnion, named(es, "Northern Dockers Union").kind());
    LocalEntity cps = named(es, "Crown Prosecution Service");
    assertEquals(EntityKind.GovernmentBody, cps.kind());
    assertTrue(hasForm(cps, "CPS"));
  }

  @Test
  void kindNounAfterTheName() {
    List<LocalEntity> es =
        extract(
            "He is a member of the Zorvath party and backs the Tallow "
                + "movement, unlike the Greek finance minister.");
    assertEquals(EntityKind.PoliticalParty, named(es, "Zorvath").kind());
    assertEquals(EntityKind.Faction, named(es, "Tallow").kind());
    assertEquals(2, es.size(), EntityTestLib.dump(es));
  }

  /**
   * A quotation opening mid-sentence starts a sentence of its own: "The party" after a colon
   * and an opening quote is a common noun phrase, not an organisation called "The".
   */
  @Test
  void quotationInitialCommonWordIsNoName() {
    List<LocalEntity> es =
        extract(
            "Dr Ashby Quellon told the Ledger: \u201cThe party has decided I am not fit to be "
                + "a member.\u201d The party declined to comment, and the party said: 'The "
                + "movement is over.'");
    assertNull(named(es, "The"), EntityTestLib.dump(es));
    assertEquals(1, es.size(), EntityTestLib.dump(es));
    // A name opening a quotation is still a name.
    es = extract("She told the Ledger: \u201cZorvath party members are angry.\u201d");
    assertEquals(EntityKind.PoliticalParty, named(es, "Zorvath").kind(), EntityTestLib.dump(es));
  }

  /** A plural possessive inside an organisation's name keeps the name whole. */
  @Test
  void pluralPossessiveInsideAnOrganisationName() {
    List<LocalEntity> es =
        extract("Read more: Jem Varley says Quarry Workers' Alliance must listen to members.");
    assertEquals(EntityKind.Faction, named(es, "Quarry Workers' Alliance").kind(), EntityTestLib.dump(es));
    assertNull(named(es, "Quarry Workers"), EntityTestLib.dump(es));
    es = extract("Brannocks’ Union general secretary Mo Talbot said the ballot was fair.");
    assertEquals(EntityKind.TradeUnion, named(es, "Brannocks’ Union").kind(), EntityTestLib.dump(es));
    // Negative: without an organisation head after it, the possessive ends the name.
    es = extract("Mr Tobias Jennings' Labour colleagues said nothing.");
    assertNotNull(named(es, "Tobias Jennings"), EntityTestLib.dump(es));
  }

  @Test
  void nameParticlesKeepAPersonWhole() {
    LocalEntity p =
        only(extract("Commission president Ursula von der Leyen arrived."), EntityKind.Person);
    assertEquals("Ursula von der Leyen", p.name());
    assertEquals("president", attr(p, "role").value());
  }

  @Test
  void worksInListsQuotesAndWithYears() {
    List<LocalEntity> es =
        extract(
            "Brokkel, 85, is best known for films such as Glass Harbour and The Quiet Ferry"
                + " (1971).");
    LocalEntity g = named(es, "Glass Harbour");
    assertNotNull(g, EntityTestLib.dump(es));
    assertEquals(EntityKind.Film, g.kind());
    assertEquals(named(es, "Brokkel").id(), g.directorId());
    assertNotNull(named(es, "The Quiet Ferry"));
    List<LocalEntity> q = extract("He made a documentary called “Brick by Brick” in 2016.");
    assertEquals(EntityKind.Documentary, only(q, EntityKind.Documentary).kind());
    assertEquals("Brick by Brick", named(q, "Brick by Brick").name());
    // Negative: "called on" is a verb, not a title.
    assertEquals(
        0,
        extract("He called on Brokkel to resign.").stream()
            .filter(e -> e.type() == org.newsgraph.extract.EntityType.WORK)
            .count());
  }

  @Test
  void danielBlakeIsAFilmNotAPerson() {
    List<LocalEntity> es =
        extract(
            "Ken Loach, director of I, Daniel Blake, spoke. He made classics including Kes and "
                + "Daniel Blake.");
    assertEquals(1, count(es, EntityKind.Person), EntityTestLib.dump(es));
    LocalEntity film = named(es, "I, Daniel Blake");
    assertTrue(hasForm(film, "Daniel Blake"));
    assertEquals(named(es, "Ken Loach").id(), film.directorId());
    assertEquals(named(es, "Ken Loach").id(), named(es, "Kes").directorId());
  }

  @Test
  void possessiveDirector() {
    List<LocalEntity> es =
        extract(
            "Orla Venning is back. Venning's last two films \"Salt Road\" and \"Low Tide\""
                + " failed.");
    assertEquals(named(es, "Orla Venning").id(), named(es, "Low Tide").directorId());
  }

  @Test
  void placesEventsNationalitiesAndHandlesAreNotEntities() {
    List<LocalEntity> es =
        extract(
            "During the Spanish Civil War in Barcelona, British and "
                + "Greek volunteers met in Hollywood on Monday. #Solidarity @someone UK");
    assertEquals(0, es.size(), EntityTestLib.dump(es));
  }

  @Test
  void idsFollowFirstMention() {
    List<LocalEntity> es = extract("Labour expelled Ken Loach. The BBC reported it.");
    assertEquals("e1", es.get(0).id());
    assertEquals("Labour Party", es.get(0).name());
    assertEquals("Ken Loach", es.get(1).name());
    assertEquals("e3", es.get(2).id());
    for (LocalEntity e : es) {
      for (Mention m : e.mentions()) {
        assertEquals(m.form(), m.evidence().quote());
      }
    }
  }

  @Test
  void headlineLinesGiveNoWeakNames() {
    List<LocalEntity> es =
        extract(
            "Help Us Sustain Ad-Free Journalism\nIndependent Journalism "
                + "Needs You\nSupport Labour Heartlands");
    assertEquals(1, es.size(), EntityTestLib.dump(es));
    assertEquals(EntityKind.MediaOutlet, es.get(0).kind());
  }

  @Test
  void pathologicalInputFinishesFast() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      b.append("\"'“");
    }
    while (b.length() < 1_000_000) {
      b.append("Ab Cd, Ef and Gh (IJ) groups Kl, Mn — Op (@q) films \"R\" ");
    }
    String text = b.toString().replace(' ', '\u00a0');
    String spaced = b.toString();
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    extract(spaced.substring(0, 20_000)); // warm up the JIT
    for (String t : List.of(text, spaced)) {
      long t0 = mx.getCurrentThreadCpuTime();
      extract(t);
      long ms = (mx.getCurrentThreadCpuTime() - t0) / 1_000_000;
      assertTrue(ms < 1000, "took " + ms + " ms of CPU");
    }
  }
}
