package org.newsgraph.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityIndex;
import org.newsgraph.extract.StatementFact;

/** Constructions the seed articles do not use, to check the rules hold on new text. */
class QuoteGeneralisationTest {

  private static final String[] SPECS = {
    "Person:Diane Abbott|Abbott|Ms Abbott",
    "Person:Tom Brown|Brown|Mr Brown",
    "PoliticalParty:Labour Party|Labour",
    "MediaOutlet:Sky News",
    "MediaOutlet:LBC",
  };

  private static List<String> run(String text) {
    EntityIndex idx = QuoteFixtures.index(text, SPECS);
    List<StatementFact> facts =
        new QuoteStatementExtractor().extract(QuoteFixtures.context(text, null), idx);
    return facts.stream()
        .map(f -> QuoteFixtures.speaker(idx, f) + "|" + f.medium() + "|" + f.text())
        .toList();
  }

  @Test
  void saidWithAppositionAfterTheName() {
    assertEquals(
        List.of("Diane Abbott|null|I have been a member for 50 years,"),
        run("\"I have been a member for 50 years,\" said Diane Abbott, the MP for Hackney North."));
  }

  @Test
  void speakingToAnOutlet() {
    assertEquals(
        List.of("Tom Brown|LBC|This is a purge of the left."),
        run("Speaking to LBC, Mr Brown said: \"This is a purge of the left.\""));
    assertEquals(
        List.of("Diane Abbott|Sky News|It is a very sad day."),
        run("Ms Abbott, 64, told Sky News: \"It is a very sad day.\""));
  }

  @Test
  void organisationInAStatement() {
    assertEquals(
        List.of("Labour Party|null|We do not comment on individual cases."),
        run("Labour said in a statement: \"We do not comment on individual cases.\""));
    assertEquals(
        List.of("Labour Party|null|Our rules are clear on this."),
        run("Labour has expelled several members.\nThe party said: \"Our rules are clear on this.\""));
  }

  @Test
  void pronounFollowsTheNewSubject() {
    assertEquals(
        List.of(
            "Diane Abbott|null|We will not be silenced at all.",
            "Tom Brown|null|Nobody is above the rules here,"),
        run(
            "Abbott said: \"We will not be silenced at all.\"\n"
                + "Mr Brown disagreed with her.\n"
                + "\"Nobody is above the rules here,\" he said."));
  }

  @Test
  void platformMedium() {
    assertEquals(
        List.of("Diane Abbott|Facebook|I am proud of my record,"),
        run("\"I am proud of my record,\" Abbott wrote on Facebook."));
  }
}
