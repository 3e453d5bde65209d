package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.extract.EventType;
import org.newsgraph.extract.event.EventRules.Form;
import org.newsgraph.extract.event.EventRules.Trigger;
import org.newsgraph.nlp.NewsTextAnalyser;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Span;

class EventRulesTest {

  private static final EventRules RULES = EventRules.standard();

  /** What every trigger's own find gives on the sentence: the definition matches() keeps. */
  private static List<String> byFind(String text, Span s) {
    List<String> out = new ArrayList<>();
    for (Trigger t : RULES.triggers()) {
      Matcher m = t.pattern().matcher(text).region(s.begin(), s.end());
      while (m.find()) {
        out.add(t.id() + "." + t.form() + " " + new Span(m.start(), m.end()));
      }
    }
    return out;
  }

  private static List<String> byMatches(String text, Span s) {
    List<String> out = new ArrayList<>();
    RULES.matches(text, s, (t, span) -> out.add(t.id() + "." + t.form() + " " + span));
    return out;
  }

  @Test
  void triesWordStartsOnlyAndFindsWhatFindFinds() {
    List<String> texts = new ArrayList<>();
    CorpusGenerator.create(5, 300).stream().forEach(a -> texts.add(a.text()));
    texts.add(
        "Expelled in 2021, he left-wing groups LEFT. She re-joined; they rejoined. x-banned,"
            + " 2banned, _banned, \u00e9banned and banned\u00e9. The party BOOTED HIM OUT and"
            + " kicked them out. \u017fuspended (a long s) and \u212aicked out (a Kelvin sign)."
            + " Their membership with Labour resumed; his affiliation with the party continued."
            + " Expel. Ban! Suspension? Leaving\u2026 \ud801\udc00left after a Deseret letter.");
    NewsTextAnalyser analyser = new NewsTextAnalyser();
    int found = 0;
    for (String text : texts) {
      for (Sentence s : analyser.analyse(text).sentences()) {
        List<String> expected = byFind(text, s.span());
        assertEquals(expected, byMatches(text, s.span()), () -> s.span().of(text));
        found += expected.size();
      }
      // A span that is not a sentence (the whole text) works the same way.
      assertEquals(byFind(text, new Span(0, text.length())), byMatches(text, new Span(0, text.length())));
    }
    assertTrue(found > 500, "trigger matches: " + found);
  }

  @Test
  void refusesATriggerThatCanBeginWithoutALetter() {
    Trigger t =
        new Trigger("odd", EventType.Expulsion, Form.VERB, Pattern.compile("(?:\\d+ )?expelled"));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new EventRules(List.of(t), Map.of()));
    assertTrue(e.getMessage().contains("odd") && e.getMessage().contains("'0'"), e.getMessage());
  }
}
