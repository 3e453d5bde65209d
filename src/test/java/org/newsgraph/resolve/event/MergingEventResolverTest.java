package org.newsgraph.resolve.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.EventFact;
import org.newsgraph.extract.EventType;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.MembershipFact;
import org.newsgraph.extract.time.TimeValue;
import org.newsgraph.ingest.ArticleInfo;
import org.newsgraph.ingest.ArticleMetadata;
import org.newsgraph.nlp.Span;
import org.newsgraph.resolve.CorpusEvent;
import org.newsgraph.resolve.CorpusMembership;
import org.newsgraph.resolve.EntityResolution;
import org.newsgraph.resolve.LocalRef;

class MergingEventResolverTest {

  /** Every article calls Loach "p", Labour "o", the NEC "n"; the resolution maps them. */
  static final Map<LocalRef, String> KEYS = new HashMap<>();

  static EntityResolution resolution(String... articles) {
    Map<LocalRef, String> keys = new HashMap<>();
    for (String a : articles) {
      keys.put(new LocalRef(a, "p"), "person/ken-loach");
      keys.put(new LocalRef(a, "o"), "org/labour-party");
      keys.put(new LocalRef(a, "n"), "org/nec");
      keys.put(new LocalRef(a, "g"), "org/resist");
    }
    return new EntityResolution(List.of(), keys);
  }

  static EventFact ev(EventType t, String subj, TimeValue date, int at) {
    String text = "x".repeat(200);
    return new EventFact(
        t, subj, "o", null, null, date, Evidence.of(text, new Span(at, at + 10), "test.rule", 0.8));
  }

  static ArticleFacts article(String id, List<EventFact> events, List<MembershipFact> ms) {
    return new ArticleFacts(
        new ArticleInfo(id, id + ".txt", ArticleMetadata.EMPTY, 200), List.of(), events, ms, List.of());
  }

  static TimeValue day(int m, int d) {
    return TimeValue.day(LocalDate.of(2021, m, d), 0.9, "t");
  }

  @Test
  void oneEventForFiveReportsKeepingTheAgreedPreciseDate() {
    List<ArticleFacts> facts = new ArrayList<>();
    facts.add(article("a", List.of(ev(EventType.Expulsion, "p", day(8, 14), 0)), List.of()));
    facts.add(article("b", List.of(ev(EventType.Expulsion, "p", TimeValue.month(YearMonth.of(2021, 8), 0.5, "t"), 0)), List.of()));
    facts.add(article("c", List.of(ev(EventType.Expulsion, "p", day(8, 14), 0), ev(EventType.Expulsion, "p", null, 50)), List.of()));
    facts.add(article("d", List.of(ev(EventType.Expulsion, "p", null, 0)), List.of()));
    facts.add(article("e", List.of(ev(EventType.Expulsion, "p", day(8, 13), 0)), List.of()));
    List<CorpusEvent> out = new MergingEventResolver().resolve(facts, resolution("a", "b", "c", "d", "e"));
    assertEquals(1, out.size());
    CorpusEvent e = out.get(0);
    assertEquals("2021-08-14", e.date().iso());
    assertEquals(6, e.evidence().size());
    assertTrue(e.key().matches("event/expulsion/[0-9a-f]{12}"));
    assertEquals("person/ken-loach", e.subjectKey());
    assertEquals("org/labour-party", e.organisationKey());
  }

  @Test
  void incompatibleDatesAreTwoEventsAndTypesNeverMerge() {
    List<ArticleFacts> facts =
        List.of(
            article(
                "a",
                List.of(
                    ev(EventType.Joining, "p", TimeValue.decade(1960, 0.9, "t"), 0),
                    ev(EventType.Joining, "p", TimeValue.month(YearMonth.of(2015, 8), 0.9, "t"), 20),
                    ev(EventType.Departure, "p", TimeValue.decade(1990, 0.9, "t"), 40)),
                List.of()),
            article("b", List.of(ev(EventType.Joining, "p", null, 0)), List.of()));
    List<CorpusEvent> out = new MergingEventResolver().resolve(facts, resolution("a", "b"));
    assertEquals(3, out.size());
    assertEquals(4, out.stream().mapToInt(e -> e.evidence().size()).sum());
  }

  @Test
  void unresolvedSubjectsAreDroppedAndOutputIsDeterministic() {
    List<ArticleFacts> facts =
        List.of(article("a", List.of(ev(EventType.Expulsion, "zz", null, 0), ev(EventType.Proscription, "g", null, 10)), List.of()));
    List<CorpusEvent> one = new MergingEventResolver().resolve(facts, resolution("a"));
    List<CorpusEvent> two = new MergingEventResolver().resolve(new ArrayList<>(facts), resolution("a"));
    assertEquals(1, one.size());
    assertEquals(one, two);
    assertNull(one.get(0).date());
  }

  @Test
  void membershipsFromJoiningLeavingRejoiningAndExpulsion() {
    List<ArticleFacts> facts =
        List.of(
            article(
                "a",
                List.of(
                    ev(EventType.Joining, "p", TimeValue.decade(1960, 0.9, "t"), 0),
                    ev(EventType.Departure, "p", TimeValue.decade(1990, 0.9, "t"), 20),
                    ev(EventType.Joining, "p", TimeValue.month(YearMonth.of(2015, 8), 0.9, "t"), 40),
                    ev(EventType.Expulsion, "p", day(8, 14), 60)),
                List.of(
                    new MembershipFact("p", "o", TimeValue.decade(1960, 0.9, "t"), null,
                        Evidence.of("x".repeat(200), new Span(80, 90), "membership.since", 0.8)))));
    EntityResolution er = resolution("a");
    List<CorpusEvent> events = new MergingEventResolver().resolve(facts, er);
    List<CorpusMembership> ms = new EventMembershipBuilder().build(facts, er, events);
    assertEquals(2, ms.size());
    CorpusMembership first = ms.stream().filter(m -> m.start().iso().equals("1960")).findFirst().orElseThrow();
    CorpusMembership second = ms.stream().filter(m -> m.start().iso().equals("2015-08")).findFirst().orElseThrow();
    assertEquals("1990", first.end().iso());
    assertEquals(3, first.evidence().size());
    assertEquals("2021-08-14", second.end().iso());
    String expulsionKey =
        events.stream().filter(e -> e.type() == EventType.Expulsion).findFirst().orElseThrow().key();
    assertEquals(expulsionKey, second.endedByEventKey());
    assertTrue(first.key().startsWith("membership/"));
    assertEquals(ms, new EventMembershipBuilder().build(facts, er, events));
  }

  @Test
  void statedMembershipAloneMakesOne() {
    List<ArticleFacts> facts =
        List.of(
            article(
                "a",
                List.of(),
                List.of(
                    new MembershipFact("p", "o", TimeValue.decade(1960, 0.9, "t"), TimeValue.decade(1990, 0.9, "t"),
                        Evidence.of("x".repeat(200), new Span(0, 9), "membership.duration", 0.7)))));
    List<CorpusMembership> ms = new EventMembershipBuilder().build(facts, resolution("a"), List.of());
    assertEquals(1, ms.size());
    assertNull(ms.get(0).endedByEventKey());
  }
}
