package org.newsgraph.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityIndex;
import org.newsgraph.extract.StatementFact;

/** One positive and one negative case (at least) per attribution rule, on made-up sentences. */
class QuoteAttributionTest {

  private static final String[] PEOPLE = {
    "Person:Jane Smith|Smith|Ms Smith|JS",
    "Person:Tom Brown|Brown|Mr Brown",
    "PoliticalParty:Labour Party|Labour",
    "MediaOutlet:BBC",
  };

  private record Out(EntityIndex idx, List<StatementFact> facts, String text) {
    String speaker(int i) {
      return QuoteFixtures.speaker(idx, facts.get(i));
    }

    String rule(int i) {
      return facts.get(i).evidence().rule();
    }
  }

  private static Out run(String text) {
    return run(text, null);
  }

  private static Out run(String text, LocalDate ref) {
    EntityIndex idx = QuoteFixtures.index(text, PEOPLE);
    return new Out(
        idx, new QuoteStatementExtractor().extract(QuoteFixtures.context(text, ref), idx), text);
  }

  @Test
  void saidColon() {
    Out o = run("Jane Smith said: \"We will fight this decision all the way.\"");
    assertEquals(1, o.facts().size());
    assertEquals("Jane Smith", o.speaker(0));
    assertEquals("quote.said-colon", o.rule(0));
    assertEquals("We will fight this decision all the way.", o.facts().get(0).text());
    StatementFact f = o.facts().get(0);
    assertEquals(f.text(), f.evidence().quote());
    assertTrue(f.direct());
  }

  @Test
  void saidColonNeedsAnIdentifiableSpeaker() {
    assertEquals(0, run("One member said: \"We are all very angry about it.\"").facts().size());
    assertEquals(0, run("Critics said: \"This is all very bad news.\"").facts().size());
  }

  @Test
  void saidAfterWithNameBeforeOrAfterTheVerb() {
    Out a = run("\"We will fight this decision,\" Tom Brown said.");
    assertEquals("Tom Brown", a.speaker(0));
    assertEquals("quote.said-after", a.rule(0));
    Out b = run("\"We will fight this decision,\" said Mr Brown, who was expelled.");
    assertEquals("Tom Brown", b.speaker(0));
    Out c = run("\"We will fight on and on\", Smith charged.");
    assertEquals("Jane Smith", c.speaker(0));
  }

  @Test
  void saidAfterWithoutSpeakerIsDropped() {
    assertEquals(0, run("\"We will fight this decision,\" one woman said.").facts().size());
    assertEquals(0, run("\"We will fight this decision,\" the banner read.").facts().size());
  }

  @Test
  void pronounResolvesToLastSubjectNotToNamesInsideQuotes() {
    Out o =
        run(
            "Jane Smith was expelled on Monday.\n"
                + "\"Tom Brown and his friends will never win an election,\" she said.");
    assertEquals(1, o.facts().size());
    assertEquals("Jane Smith", o.speaker(0));
    assertEquals("quote.pronoun", o.rule(0));
  }

  @Test
  void pronounWithNobodyToReferToIsDropped() {
    assertEquals(0, run("\"It is a disgrace to the party,\" he said.").facts().size());
  }

  @Test
  void pronounSkipsNamesAfterPrepositions() {
    Out o =
        run(
            "Jane Smith has long been a critic of Tom Brown.\n"
                + "She said: \"The leadership has lost its way completely.\"");
    assertEquals("Jane Smith", o.speaker(0));
  }

  @Test
  void tweetEmbedWithInitialsAndEmbedLine() {
    Out o =
        run(
            "'We will not be silenced by anyone. Solidarity.' JS\n"
                + "— Jane Smith (@janesmith) March 3, 2022\n");
    assertEquals(1, o.facts().size());
    assertEquals("Jane Smith", o.speaker(0));
    assertEquals("quote.embed", o.rule(0));
    assertEquals("Twitter", o.facts().get(0).medium());
    assertEquals("2022-03-03", o.facts().get(0).date().iso());
  }

  @Test
  void tweetEmbedByInitialsAlone() {
    Out o = run("Smith was expelled.\n'We will not be silenced by anyone.' JS\nMore text here.");
    assertEquals(1, o.facts().size());
    assertEquals("Jane Smith", o.speaker(0));
    assertEquals("quote.embed", o.rule(0));
  }

  @Test
  void tweetEmbedWithUnknownInitialsIsDropped() {
    assertEquals(0, run("'We will not be silenced by anyone.' QX\nMore text.").facts().size());
  }

  @Test
  void accordingTo() {
    Out a = run("\"The party is in deep crisis,\" according to Jane Smith.");
    assertEquals("Jane Smith", a.speaker(0));
    assertEquals("quote.according-to", a.rule(0));
    Out b = run("According to Tom Brown, \"the party is in deep crisis\".");
    assertEquals("Tom Brown", b.speaker(0));
    assertEquals(0, run("\"The party is in deep crisis,\" according to reports.").facts().size());
  }

  @Test
  void organisationSpokesperson() {
    Out a = run("A Labour spokesperson said: \"We do not comment on individual cases.\"");
    assertEquals("Labour Party", a.speaker(0));
    assertEquals("quote.org-spokesperson", a.rule(0));
    assertEquals("spokesperson", a.facts().get(0).speakerRole());
    Out b = run("\"We do not comment on individual cases,\" a spokesperson for the Labour Party said.");
    assertEquals("Labour Party", b.speaker(0));
    assertEquals(0, run("A spokesperson said: \"We do not comment on cases.\"").facts().size());
  }

  @Test
  void partialQuoteTakesTheSubjectOfTheSpeechVerb() {
    Out o = run("Smith claimed the leadership was \"running a purge of the left\" all summer.");
    assertEquals(1, o.facts().size());
    assertEquals("Jane Smith", o.speaker(0));
    assertEquals("quote.partial", o.rule(0));
    Out p =
        run(
            "Tom Brown's former adviser, Jane Smith — who is close to Labour — denounced the"
                + " expulsion of \"such a fine socialist\" as a \"disgrace\".");
    assertEquals(1, p.facts().size());
    assertEquals("Jane Smith", p.speaker(0));
  }

  @Test
  void partialQuoteWithoutSpeechVerbOrTooShortIsDropped() {
    assertEquals(0, run("The groups were \"not compatible with our values\" last month.").facts().size());
    assertEquals(0, run("Smith said it was a \"witch hunt\" and a \"purge\".").facts().size());
  }

  @Test
  void titlesAndSlogansAreNotStatements() {
    assertEquals(
        0,
        run("Smith helped make a documentary called \"In Conversation with Tom Brown\" in 2016.")
            .facts()
            .size());
    assertEquals(
        0, run("Brown said the group once produced \"Hang the Rich Now\" t-shirts.").facts().size());
  }

  @Test
  void multiParagraphRunKeepsTheSpeaker() {
    Out o =
        run(
            "In a thread of tweets, Ms Smith said: \"First paragraph of the quote here.\n"
                + "\"Second paragraph of the quote here.\n"
                + "\"Third and last paragraph.\"\n"
                + "Tom Brown was not available for comment today.");
    assertEquals(3, o.facts().size());
    for (int i = 0; i < 3; i++) {
      assertEquals("Jane Smith", o.speaker(i));
      assertEquals("Twitter", o.facts().get(i).medium());
    }
    assertEquals("quote.said-colon", o.rule(0));
    assertEquals("quote.run", o.rule(1));
  }

  @Test
  void interruptedQuoteContinuesWithThePreviousSpeaker() {
    Out o =
        run(
            "Tom Brown was expelled.\n"
                + "“Well, I am proud of my friends,” he said. “There is indeed a witch hunt.”");
    assertEquals(2, o.facts().size());
    assertEquals("Tom Brown", o.speaker(1));
    assertEquals("quote.run", o.rule(1));
  }

  @Test
  void quoteAfterNarrativeDoesNotInheritARun() {
    Out o =
        run(
            "Smith said: \"We are many and they are few.\"\n"
                + "The party has lost thousands of members since the election.\n"
                + "\"Nobody seems to know what to do next.\"");
    assertEquals(1, o.facts().size());
  }

  @Test
  void descriptionResolvesToTheLastSubjectOrTheNextNameInALede() {
    Out o =
        run(
            "The 85-year-old director said he would never back \"a party of the rich\".\n"
                + "Veteran film director Tom Brown has been expelled.");
    assertEquals(1, o.facts().size());
    assertEquals("Tom Brown", o.speaker(0));
    assertEquals("quote.description", o.rule(0));
  }

  @Test
  void toldTheBbcGivesTheMedium() {
    Out o = run("Smith told the BBC: \"We will keep fighting this.\"");
    assertEquals("BBC", o.facts().get(0).medium());
    Out t = run("On Twitter, Brown said: \"We will keep fighting this.\"");
    assertEquals("Twitter", t.facts().get(0).medium());
    assertEquals("Tom Brown", t.speaker(0));
  }

  @Test
  void weekdayResolvesAgainstTheReferenceDate() {
    LocalDate sat = LocalDate.of(2021, 8, 14);
    Out o = run("Smith said on Friday: \"We will keep fighting this.\"", sat);
    assertEquals("2021-08-13", o.facts().get(0).date().iso());
    Out n = run("Smith said: \"We will keep fighting this.\"", sat);
    assertNull(n.facts().get(0).date());
  }

  @Test
  void previousParagraphEndingWithAColonIntroducesTheQuote() {
    Out o = run("Tom Brown spoke after the screening. He went on to say:\n“Everyone knows the real story here.”");
    assertEquals(1, o.facts().size());
    assertEquals("Tom Brown", o.speaker(0));
  }
}
