package org.newsgraph.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporalNormaliserTest {

  /** A Saturday. */
  private static final LocalDate REF = LocalDate.of(2021, 8, 14);

  private static final TemporalNormaliser N = TemporalNormaliser.standard();

  private static TimeMention only(String text, LocalDate ref) {
    List<TimeMention> found = N.find(text, ref, false);
    assertEquals(1, found.size(), () -> "expected one expression in: " + text + " got " + found);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          14 August 2021, 17:22                              | 2021-08-14 | time.abs.dmy
          It happened on 14 August 2021.                     | 2021-08-14 | time.abs.dmy
          on the 3rd of March 2019                           | 2019-03-03 | time.abs.dmy
          August 14, 2021                                    | 2021-08-14 | time.abs.mdy
          — Ken Loach (@KenLoachSixteen) August 14, 2021     | 2021-08-14 | time.abs.mdy
          Sept. 2, 2020                                      | 2020-09-02 | time.abs.mdy
          14/08/2021                                         | 2021-08-14 | time.abs.dmy.numeric
          03/04/2021                                         | 2021-04-03 | time.abs.dmy.numeric
          2021-08-14                                         | 2021-08-14 | time.abs.iso
          it was announced on Aug. 14                        | 2021-08-14 | time.abs.md
          on 20 August                                       | 2020-08-20 | time.abs.dm
          on 2 August                                        | 2021-08-02 | time.abs.dm
          in December 2019                                   | 2019-12    | time.month.year
          from August 2015, when he endorsed                 | 2015-08    | time.month.year
          in April 2020                                      | 2020-04    | time.month.year
          in July                                            | 2021-07    | time.month.bare
          agreed in July to proscribe                        | 2021-07    | time.month.bare
          in September                                       | 2020-09    | time.month.bare
          in August                                          | 2021-08    | time.month.bare
          surfaced in July this year                         | 2021-07    | time.month.thisyear
          in March last year                                 | 2020-03    | time.month.lastyear
          tweeted the news on Saturday                       | 2021-08-14 | time.weekday
          on Friday                                          | 2021-08-13 | time.weekday
          on Sunday                                          | 2021-08-08 | time.weekday
          last Saturday                                      | 2021-08-07 | time.weekday
          yesterday                                          | 2021-08-13 | time.rel.yesterday
          earlier today                                      | 2021-08-14 | time.rel.today
          expelled last month                                | 2021-07    | time.rel.lastmonth
          earlier this month                                 | 2021-08    | time.rel.thismonth
          last year                                          | 2020       | time.rel.lastyear
          earlier this year                                  | 2021       | time.rel.thisyear
          this week                                          | 2021-08    | time.rel.thisweek
          Kes (1969)                                         | 1969       | time.year.paren
          in 1969                                            | 1969       | time.year.prep
          said in 2017 that                                  | 2017       | time.year.prep
          his 1995 film                                      | 1995       | time.year.bare
          the 1990s                                          | 199X       | time.decade.digits
          since the 1960s                                    | 196X       | time.decade.digits
          in the early 1960s                                 | 196X       | time.decade.digits
          the late '80s                                      | 198X       | time.decade.short
          fame in the sixties                                | 196X       | time.decade.word
          in the early seventies                             | 197X       | time.decade.word
          """)
  void resolvesAgainstReference(String text, String gold, String rule) {
    TimeMention t = only(text.strip(), REF);
    assertNotNull(t.value(), () -> "unresolved: " + text);
    assertEquals(gold.strip(), t.value().goldNotation());
    assertEquals(rule.strip(), t.value().rule());
  }

  @Test
  void precisionFollowsTheText() {
    assertEquals(Precision.DAY, only("on 14 August 2021", REF).value().precision());
    assertEquals(Precision.MONTH, only("last month", REF).value().precision());
    assertEquals(Precision.YEAR, only("last year", REF).value().precision());
    assertEquals(Precision.DECADE, only("the 1990s", REF).value().precision());
  }

  @Test
  void relationIsKept() {
    assertEquals("since", only("a member since the 1960s", REF).relation());
    assertEquals("in", only("left in the 1990s", REF).relation());
    assertEquals("from", only("continued from August 2015", REF).relation());
  }

  @Test
  void invalidDatesAreRejectedNotCrashedOn() {
    assertTrue(N.find("on 31/02/2021 it rained", REF, false).isEmpty());
    assertTrue(N.find("2021-13-01", REF, false).isEmpty());
    assertTrue(N.find("on 30 February 2020", REF, false).stream().allMatch(t -> t.value() == null
        || !t.value().iso().startsWith("2020-02-30")));
  }

  @Test
  void withoutReferenceOnlyAbsoluteDatesResolve() {
    assertNull(only("on Saturday", null).value());
    assertNull(only("last month", null).value());
    assertNull(only("in July", null).value());
    assertEquals("2021-08-14", only("14 August 2021", null).value().iso());
    assertEquals("196X", only("the 1960s", null).value().goldNotation());
  }

  @Test
  void inferredReferenceLowersConfidence() {
    double stated = N.find("last month", REF, false).get(0).value().confidence();
    double inferred = N.find("last month", REF, true).get(0).value().confidence();
    assertTrue(inferred < stated);
    // Absolute dates do not depend on the reference.
    assertEquals(
        N.find("14 August 2021", REF, false).get(0).value().confidence(),
        N.find("14 August 2021", REF, true).get(0).value().confidence());
  }

  @Test
  void durations() {
    TimeMention t = only("after three decades as a member", REF);
    assertTrue(t.isDuration());
    assertEquals(30, t.durationYears());
    assertEquals("after", t.relation());
    TimeMention f = only("a member for 30 years", REF);
    assertEquals(30, f.durationYears());
    assertEquals("for", f.relation());
  }

  @Test
  void durationsImplyDates() {
    TimeMention three = only("after three decades as a member", REF);
    TimeValue end = TimeValue.decade(1990, 0.9, "x");
    assertEquals("196X", TemporalNormaliser.startFrom(three, end).goldNotation());
    TimeMention thirty = only("for 30 years", REF);
    TimeValue start = TimeValue.decade(1960, 0.9, "x");
    assertEquals("199X", TemporalNormaliser.endFrom(thirty, start).goldNotation());
    assertEquals("1992", TemporalNormaliser.endFrom(thirty, TimeValue.year(1962, 1, "x")).iso());
    assertNull(TemporalNormaliser.startFrom(three, null));
  }

  @Test
  void notDates() {
    assertTrue(N.find("The 85-year-old creative", REF, false).isEmpty());
    assertTrue(N.find("some 1,000 party members", REF, false).isEmpty());
    assertTrue(N.find("30% of people", REF, false).isEmpty());
    assertTrue(N.find("Loach could be expelled, he may say", REF, false).isEmpty());
    assertTrue(N.find("a lifelong socialist", REF, false).isEmpty());
  }

  @Test
  void severalExpressionsInOrderWithOffsets() {
    String s = "He joined in the early 1960s, left in the 1990s and rejoined in August 2015.";
    List<TimeMention> found = N.find(s, REF, false);
    assertEquals(3, found.size());
    assertEquals("196X", found.get(0).value().goldNotation());
    assertEquals("199X", found.get(1).value().goldNotation());
    assertEquals("2015-08", found.get(2).value().iso());
    for (TimeMention t : found) {
      assertEquals(t.text(), s.substring(t.span().begin(), t.span().end()));
    }
  }

  @Test
  void longestMatchWins() {
    TimeMention t = only("14 August 2021, 17:22", REF);
    assertEquals("14 August 2021, 17:22", t.text());
  }

  @Test
  void foldingComparesAsCaseInsensitiveMatchingDoes() {
    // The long s and the Kelvin sign match "s" and "k" case-insensitively, so they fold so.
    assertEquals("yesterday sk i", TemporalNormaliser.fold("YESTERDAY \u017f\u212a \u0130"));
  }

  /**
   * The rules are tried only near the words they need ({@code needs=}): a needs word must be in
   * every match, with at most LEAD characters (not counting spaces and hyphens) before it. The
   * dates found must equal those of every rule tried at every position, over generated articles
   * (every kind of date expression the generator writes), date phrasings of every rule, and
   * long runs of spaces and hyphens.
   */
  @Test
  void needsNeverSkipARuleThatMatches() {
    TemporalNormaliser all = TemporalNormaliser.ignoringNeeds();
    List<String> texts = new java.util.ArrayList<>();
    org.newsgraph.bench.CorpusGenerator.create(11, 300).stream().forEach(a -> texts.add(a.text()));
    texts.add(
        "On 14 August 2021, August 14, 2021, 2021-08-14 and 14/08/2021; since 3rd of May; June 5;"
            + " in March 2020, March this year, April last year, early July; last Saturday;"
            + " yesterday, this morning, last week, earlier this week, the previous month, this"
            + " month, last year, later this year; the 1960s, the mid-'80s, the Seventies; (1994),"
            + " since 1983, in 2015; for 30 years, after two decades, over six months. YESTERDAY."
            + " The SIXTIES. JUNE 2020.");
    // Runs of spaces and hyphens of any length before the word a rule needs: the rules allow
    // them, so the positions tried around that word must reach past them.
    String spaces = " ".repeat(120);
    texts.add(
        "He spoke since" + spaces + "14" + spaces + "of" + spaces + "August" + spaces + "2021, in"
            + "\n\n\n\t" + spaces + "the early" + "-".repeat(90) + "1980s and for more than"
            + spaces + "twenty" + spaces + "years; in" + spaces + "March" + spaces + "this year.");
    texts.add("x".repeat(200) + " 2019 " + "y".repeat(39) + "since 1999 " + "z".repeat(41) + "(2001)");
    int found = 0;
    for (String t : texts) {
      List<TimeMention> expected = all.find(t, REF, false);
      assertEquals(expected, N.find(t, REF, false), t);
      found += expected.size();
    }
    assertTrue(found > 1000, "dates found: " + found);
  }
}
