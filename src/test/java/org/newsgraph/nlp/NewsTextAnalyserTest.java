package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsTextAnalyserTest {

  final NewsTextAnalyser analyser = new NewsTextAnalyser();

  List<String> sentences(String text) {
    AnalysedText at = analyser.analyse(text);
    List<String> out = new ArrayList<>();
    for (Sentence s : at.sentences()) {
      out.add(at.text(s.span()));
    }
    return out;
  }

  List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : analyser.analyse(text).tokens()) {
      out.add(t.text());
    }
    return out;
  }

  @Test
  void offsetsAreUtf16IntoTheText() {
    String text = "  Loach 👍 said: “We are many.”\n\nThey are few. ";
    AnalysedText at = analyser.analyse(text);
    for (Token t : at.tokens()) {
      assertEquals(t.text(), text.substring(t.begin(), t.end()));
    }
    assertEquals(2, at.paragraphs().size());
    assertEquals("Loach 👍 said: “We are many.”", at.text(at.paragraphs().get(0)));
    for (Sentence s : at.sentences()) {
      assertEquals(at.tokens(s).get(0).begin(), s.span().begin());
    }
  }

  @Test
  void honorificsAndInitialsDoNotEndSentences() {
    assertEquals(
        List.of("Mr. Loach met Dr. Who and J. K. Rowling at St. Pancras.", "Then he left."),
        sentences("Mr. Loach met Dr. Who and J. K. Rowling at St. Pancras. Then he left."));
    assertEquals(List.of("Gen. Franco and No. 10 objected."),
        sentences("Gen. Franco and No. 10 objected."));
  }

  @Test
  void dottedAcronymsEndASentenceOnlyBeforeASentenceStarter() {
    assertEquals(List.of("He went to the U.S. President's office."),
        sentences("He went to the U.S. President's office."));
    assertEquals(List.of("He lives in the U.K.", "He said so."),
        sentences("He lives in the U.K. He said so."));
  }

  @Test
  void sentenceMayEndInsideClosingQuote() {
    assertEquals(
        List.of("He said: \"We are many.\"", "“They are few.”", "'Solidarity.'", "KL"),
        sentences("He said: \"We are many.\" “They are few.” 'Solidarity.' KL"));
  }

  @Test
  void ellipsisAndLowerCaseContinuation() {
    assertEquals(List.of("Well... we are proud.", "It is... fine."),
        sentences("Well... we are proud. It is... fine."));
    assertEquals(List.of("Well...", "I am proud."), sentences("Well... I am proud."));
  }

  @Test
  void tweetEmbedIsItsOwnSentence() {
    List<String> s = sentences(
        "We are many pic.twitter.com/x — Jon Trickett MP (@jon_trickett) August 14, 2021");
    assertEquals(2, s.size());
    assertEquals("— Jon Trickett MP (@jon_trickett) August 14, 2021", s.get(1));
    // A dash that does not introduce a handle does not split.
    assertEquals(1, sentences("Loach — a lifelong socialist — said so").size());
  }

  @Test
  void paragraphsAreNonEmptyLines() {
    AnalysedText at = analyser.analyse("Read more: Starmer backs Butler\r\n\r\n  \nLOACH EXPELLED\n");
    assertEquals(2, at.paragraphs().size());
    assertEquals(2, at.sentences().size());
  }

  @Test
  void tokensKeepWordsTogetherAndSplitPossessives() {
    assertEquals(List.of("Starmer", "’s", "left-wing", "85-year-old", "don't", "1,000", "@jon_trickett",
        "#Solidarity", "U.K.", "..."),
        tokens("Starmer’s left-wing 85-year-old don't 1,000 @jon_trickett #Solidarity U.K. ..."));
    assertEquals(List.of("Loach", "'s", "films", "(", "1969", ")", "."), tokens("Loach's films (1969)."));
  }

  @Test
  void pathologicalInputIsLinear() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      b.append("\"'“”");
    }
    while (b.length() < 1_000_000) {
      b.append("aB.c—D(@e");
    }
    String text = b.toString();
    analyser.analyse(text.substring(0, 50_000)); // warm up the JIT
    // CPU time of this thread: the build machine is shared, wall time is not ours alone.
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = mx.getCurrentThreadCpuTime();
    AnalysedText at = analyser.analyse(text);
    long ms = (mx.getCurrentThreadCpuTime() - t0) / 1_000_000;
    assertTrue(at.tokens().size() > 10_000);
    assertTrue(ms < 1000, "took " + ms + " ms");
  }
}
