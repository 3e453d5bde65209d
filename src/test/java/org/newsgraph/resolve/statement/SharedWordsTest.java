package org.newsgraph.resolve.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.CorpusStatement;
import org.newsgraph.resolve.statement.SharedWords.Shared;
import org.newsgraph.resolve.statement.SharedWords.Wording;

class SharedWordsTest {

  static CorpusStatement st(String key, String speaker, String text) {
    return new CorpusStatement(key, speaker, null, text, true, null, null, List.of());
  }

  /** "words [statements]" of each wording written, and "inner < outer" of each containment. */
  static List<String> describe(Shared s) {
    List<String> out = new ArrayList<>();
    for (Wording w : s.wordings()) {
      out.add(w.words() + " " + w.statements());
    }
    for (SharedWords.Within w : s.within()) {
      out.add(words(s, w.contained()) + " < " + words(s, w.container()));
    }
    return out;
  }

  static String words(Shared s, String key) {
    return s.wordings().stream().filter(w -> w.key().equals(key)).findFirst().orElseThrow().words();
  }

  /** The statements of the claims fixture in SeedViewsTest: it holds what this finds. */
  @Test
  void findsTheSameWordsAndWordsWithinAnotherSpeakersWords() {
    Shared s =
        SharedWords.find(
            List.of(
                st("statement/st1", "person/a", "We will never give up the fight for justice."),
                st("statement/st2", "person/b", "We will never give up the fight for justice"),
                st("statement/st3", "person/b", "never give up"),
                st("statement/st4", "person/b", "justice")));
    assertEquals(
        Set.of(
            "we will never give up the fight for justice [statement/st1, statement/st2]",
            "never give up [statement/st3]",
            "never give up < we will never give up the fight for justice"),
        Set.copyOf(describe(s)));
    assertEquals(2, s.wordings().size());
    assertTrue(s.wordings().get(0).key().startsWith("wording/"));
  }

  @Test
  void wordsAreComparedNormalisedAndWhole() {
    Shared s =
        SharedWords.find(
            List.of(
                st("s/1", "a", "It’s a witch-hunt, plain and simple"),
                st("s/2", "b", "its a witch hunt"),
                // "witch hun" is not the words "witch hunt": no match by characters.
                st("s/3", "c", "a witch hun"),
                // Short words match only when equal.
                st("s/4", "d", "Plain"),
                st("s/5", "e", "plain!"),
                st("s/6", "f", "and simple")));
    assertEquals(
        Set.of(
            "its a witch hunt plain and simple [s/1]",
            "its a witch hunt [s/2]",
            "plain [s/4, s/5]",
            "its a witch hunt < its a witch hunt plain and simple"),
        Set.copyOf(describe(s)));
  }

  @Test
  void oneSpeakersOwnWordsAreNotShared() {
    Shared s =
        SharedWords.find(
            List.of(
                st("s/1", "a", "we are many and they are few"),
                st("s/2", "a", "we are many"),
                st("s/3", "b", "nothing in common here"),
                st("s/4", null, "we are many")));
    assertEquals(List.of(), describe(s));
  }

  /** A stock phrase given to many speakers is one wording, not a link per pair. */
  @Test
  void aStockPhraseIsOneWording() {
    List<CorpusStatement> many = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      many.add(st(String.format("s/%04d", i), "p" + i, "We will appeal this decision."));
    }
    Shared s = SharedWords.find(many);
    assertEquals(1, s.wordings().size());
    assertEquals(1000, s.wordings().get(0).statements().size());
    assertEquals(1000, s.wordings().get(0).speakers().size());
    assertEquals(0, s.within().size());
  }

  /** The keyed matching (what Spark groups by) finds what comparing every pair finds. */
  @Test
  void keyedMatchingEqualsComparingEveryPair() {
    Random r = new Random(7);
    String[] vocab = {"we", "are", "many", "they", "few", "not", "the", "party"};
    List<CorpusStatement> s = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int n = 1 + r.nextInt(7);
      StringBuilder t = new StringBuilder();
      for (int j = 0; j < n; j++) {
        t.append(j == 0 ? "" : " ").append(vocab[r.nextInt(vocab.length)]);
      }
      s.add(st(String.format("s/%03d", i), "p" + r.nextInt(5), t.toString()));
    }
    // Every pair of statements of different speakers: the same words, or B's within A's.
    Set<String> same = new TreeSet<>();
    Set<String> within = new TreeSet<>();
    for (CorpusStatement a : s) {
      for (CorpusStatement b : s) {
        if (a.speakerKey().equals(b.speakerKey())) {
          continue;
        }
        String wa = String.join(" ", StatementText.words(a.text()));
        String wb = String.join(" ", StatementText.words(b.text()));
        if (wa.equals(wb)) {
          same.add(wa);
        } else if (wb.split(" ").length >= 3 && (" " + wa + " ").contains(" " + wb + " ")) {
          within.add(wb + " < " + wa);
        }
      }
    }
    Shared found = SharedWords.find(s);
    Set<String> foundSame = new TreeSet<>();
    found.wordings().stream().filter(Wording::shared).forEach(w -> foundSame.add(w.words()));
    Set<String> foundWithin = new TreeSet<>();
    found.within()
        .forEach(w -> foundWithin.add(words(found, w.contained()) + " < " + words(found, w.container())));
    assertTrue(same.size() > 10 && within.size() > 30, same.size() + " " + within.size());
    assertEquals(same, foundSame);
    assertEquals(within, foundWithin);
    List<CorpusStatement> shuffled = new ArrayList<>(s);
    Collections.shuffle(shuffled, r);
    assertEquals(found, SharedWords.find(shuffled));
  }
}
