package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.EntityIndex;
import org.newsgraph.extract.EventExtractor;
import org.newsgraph.extract.EventFact;
import org.newsgraph.extract.ExtractionContext;
import org.newsgraph.extract.MembershipFact;

class RuleEventExtractorTest {

  private static final LocalDate REF = LocalDate.of(2021, 8, 14);

  /** "Type/subject/organisation/date" per event, sorted, duplicates folded; "-" for none. */
  private static String summary(String text, LocalDate ref, boolean inferred) {
    ExtractionContext ctx = Fixtures.context(text, ref, inferred);
    EntityIndex idx = new EntityIndex(Fixtures.entities(text, Fixtures.ALL));
    EventExtractor.Result r = new RuleEventExtractor().extract(ctx, idx);
    Set<String> out = new TreeSet<>();
    for (EventFact e : r.events()) {
      out.add(
          e.type()
              + "/"
              + name(idx, e.subjectId())
              + "/"
              + name(idx, e.organisationId())
              + "/"
              + (e.date() == null ? "null" : e.date().goldNotation()));
    }
    return out.isEmpty() ? "-" : String.join(" ; ", out);
  }

  private static String name(EntityIndex idx, String id) {
    return id == null ? "null" : idx.byId(id).name();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Ken Loach has been expelled from the Labour Party.                           | Expulsion/Ken Loach/Labour Party/2021-08-14
          Ken Loach claims he has been booted out of Labour.                           | Expulsion/Ken Loach/Labour Party/2021-08-14
          Ken Loach expelled from the Labour Party                                     | Expulsion/Ken Loach/Labour Party/2021-08-14
          Ken Loach has been expelled by the Labour Party for refusing to disown groups. | Expulsion/Ken Loach/Labour Party/2021-08-14
          Labour expelled Ken Loach on Friday.                                         | Expulsion/Ken Loach/Labour Party/2021-08-13
          The Labour Party has kicked out Ken Loach.                                   | Expulsion/Ken Loach/Labour Party/2021-08-14
          Loach said he had been ejected from the party last month.                    | Expulsion/Ken Loach/Labour Party/2021-07
          Loach was auto-excluded from Labour in July.                                 | Expulsion/Ken Loach/Labour Party/2021-07
          Loach condemned the reason for his expulsion.                                | Expulsion/Ken Loach/Labour Party/2021-08-14
          Ken Loach could be expelled from the Labour Party.                           | -
          There were calls to expel Ken Loach from Labour.                             | -
          Ken Loach was threatened with expulsion by Labour.                           | -
          Ken Loach would never be expelled from Labour.                               | -
          Ken Loach has not been expelled from Labour.                                 | -
          They criticised the expulsion of left-wing Labour Party members.             | -
          Socialist Appeal was banned by the Labour Party in July.                     | Proscription/Socialist Appeal/Labour Party/2021-07
          The NEC voted to proscribe Resist last month.                                | Proscription/Resist/Labour Party/2021-07
          Resist has been expelled from Labour.                                        | Proscription/Resist/Labour Party/2021-08-14
          Four groups were expelled last month.                                        | -
          The party last month expelled four associated groups.                       | -
          Corbyn is a supporter of suspended former party leader Jeremy Corbyn.        | Suspension/Jeremy Corbyn/Labour Party/null
          Jeremy Corbyn was suspended from Labour in October 2020.                     | Suspension/Jeremy Corbyn/Labour Party/2020-10
          Labour lifted the suspension of Jeremy Corbyn in November 2020.              | Reinstatement/Jeremy Corbyn/Labour Party/2020-11
          Jeremy Corbyn was reinstated by Labour in November 2020.                     | Reinstatement/Jeremy Corbyn/Labour Party/2020-11
          The suspended meeting resumed later.                                         | -
          Loach first joined the Labour Party in 1962.                                 | Joining/Ken Loach/Labour Party/1962
          He rejoined the party in 2015, Loach said.                                   | Joining/Ken Loach/Labour Party/2015
          Loach previously left the Labour party in the 1990s.                         | Departure/Ken Loach/Labour Party/199X
          Corbyn quit the Labour Party in 2020.                                        | Departure/Jeremy Corbyn/Labour Party/2020
          Starmer welcomed the defection to Labour of former Conservative MP John Bercow. | Joining/John Bercow/Labour Party/null
          Loach said he had joined Corbyn on the hit list.                             | -
          Loach left the room after the meeting.                                       | -
          Loach refused to leave the Labour Party.                                     | -
          Loach is a lifelong socialist.                                               | -
          """)
  void singleSentences(String text, String expected) {
    // A second sentence names the party, as any article about it would.
    assertEquals(expected.strip(), summary(text.strip() + " Labour declined to comment.", REF, false));
  }

  @Test
  void pluralGroupsExpandToTheListElsewhere() {
    String text =
        "The National Executive Committee voted to expel four left-wing groups last month. "
            + "Labour said so. "
            + "The groups included Resist, Socialist Appeal, Labour in Exile Network and "
            + "Labour Against the Witchhunt.";
    String s = summary(text, REF, false);
    assertEquals(
        "Proscription/Labour Against the Witchhunt/Labour Party/2021-07 ; "
            + "Proscription/Labour in Exile Network/Labour Party/2021-07 ; "
            + "Proscription/Resist/Labour Party/2021-07 ; "
            + "Proscription/Socialist Appeal/Labour Party/2021-07",
        s);
    EventFact f = Fixtures.run(text, REF, false).events().get(0);
    assertEquals("proscription.active.list", f.evidence().rule());
    assertNotNull(f.agentId());
  }

  @Test
  void listInTheTriggerSentence() {
    String text =
        "Labour's top body, the NEC, agreed in July to proscribe the groups Socialist Appeal, "
            + "Resist and Labour in Exile Network.";
    assertEquals(
        "Proscription/Labour in Exile Network/Labour Party/2021-07 ; "
            + "Proscription/Resist/Labour Party/2021-07 ; "
            + "Proscription/Socialist Appeal/Labour Party/2021-07",
        summary(text, REF, false));
  }

  @Test
  void agentAndReason() {
    String text = "Ken Loach has been expelled by the NEC for refusing to disown groups.";
    EventFact f = Fixtures.run(text, REF, false).events().get(0);
    assertEquals("expulsion.passive", f.evidence().rule());
    assertEquals("for refusing to disown groups", f.reason());
    assertNotNull(f.agentId());
    assertEquals(text, f.evidence().quote());
  }

  @Test
  void weekdayNewsCueDatesTheMainEvent() {
    String text =
        "Ken Loach has been expelled from the Labour Party. Loach tweeted the news on Saturday.";
    assertEquals("Expulsion/Ken Loach/Labour Party/2021-08-14", summary(text, REF, true));
  }

  @Test
  void inferredReferenceGivesOnlyTheMonth() {
    String text = "Ken Loach has been expelled from the Labour Party.";
    assertEquals("Expulsion/Ken Loach/Labour Party/2021-08", summary(text, REF, true));
    assertEquals("Expulsion/Ken Loach/Labour Party/null", summary(text, null, false));
  }

  @Test
  void descriptorInTheLeadStandsForTheMainPerson() {
    String text =
        "A veteran filmmaker has been expelled from the party. Ken Loach said so. Loach is 85.";
    assertEquals("Expulsion/Ken Loach/Labour Party/2021-08", summary(text + " Labour.", REF, true));
  }

  @Test
  void joinedThenLeftAfterADuration() {
    String text =
        "Loach first joined the Labour Party in the early 1960s but left after being a member "
            + "for 30 years.";
    EventExtractor.Result r = Fixtures.run(text, REF, false);
    assertEquals(
        "Departure/Ken Loach/Labour Party/199X ; Joining/Ken Loach/Labour Party/196X",
        summary(text, REF, false));
    assertEquals(1, r.memberships().size());
    MembershipFact m = r.memberships().get(0);
    assertEquals("196X", m.start().goldNotation());
    assertEquals("199X", m.end().goldNotation());
  }

  @Test
  void leftAfterDecadesAsAMember() {
    String text =
        "Loach previously left the Labour party in the 1990s, reportedly in disgust at Tony "
            + "Blair, after three decades as a member.";
    EventExtractor.Result r = Fixtures.run(text, REF, false);
    assertEquals(1, r.memberships().size());
    assertEquals("196X", r.memberships().get(0).start().goldNotation());
    assertEquals("199X", r.memberships().get(0).end().goldNotation());
  }

  @Test
  void memberSince() {
    String text = "Loach has been a member of the Labour Party since the 1960s.";
    List<MembershipFact> ms = Fixtures.run(text, REF, false).memberships();
    assertEquals(1, ms.size());
    assertEquals("196X", ms.get(0).start().goldNotation());
    assertEquals(null, ms.get(0).end());
    assertTrue(Fixtures.run("Loach is a lifelong socialist.", REF, false).memberships().isEmpty());
    assertTrue(
        Fixtures.run("I'm not fit to be a member of their party since 2020.", REF, false)
            .memberships()
            .isEmpty());
  }

  @Test
  void deterministic() {
    String text =
        "Ken Loach has been expelled from the Labour Party. Socialist Appeal was banned in July.";
    assertEquals(Fixtures.run(text, REF, false), Fixtures.run(text, REF, false));
  }
}
