package org.newsgraph.resolve.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.StatementFact;
import org.newsgraph.extract.time.Precision;
import org.newsgraph.extract.time.TimeValue;
import org.newsgraph.ingest.ArticleInfo;
import org.newsgraph.ingest.ArticleMetadata;
import org.newsgraph.nlp.Span;
import org.newsgraph.resolve.CorpusStatement;
import org.newsgraph.resolve.EntityResolution;
import org.newsgraph.resolve.LocalRef;

class MergingStatementResolverTest {

  private final Map<LocalRef, String> keys = new TreeMap<>(
      (a, b) -> (a.articleId() + "/" + a.localId()).compareTo(b.articleId() + "/" + b.localId()));

  /** An article whose text is just its quotations, one per line; speaker e1 unless "e2:" leads. */
  private ArticleFacts article(String id, String... quotes) {
    StringBuilder text = new StringBuilder();
    List<StatementFact> facts = new ArrayList<>();
    for (String q : quotes) {
      String speaker = "e1";
      if (q.startsWith("e2:")) {
        speaker = "e2";
        q = q.substring(3);
      }
      int b = text.length();
      text.append(q).append('\n');
      Evidence ev = Evidence.of(text.toString(), new Span(b, b + q.length()), "quote.said-colon", 0.9);
      TimeValue date = q.contains("tweet") ? new TimeValue("2021-08-14", Precision.DAY, 0.95, "t") : null;
      facts.add(new StatementFact(speaker, null, q, true, date, "Twitter", ev));
    }
    keys.put(new LocalRef(id, "e1"), "person/ken-loach");
    keys.put(new LocalRef(id, "e2"), "organisation/labour-party");
    ArticleInfo info = new ArticleInfo(id, id + ".txt", ArticleMetadata.EMPTY, text.length());
    return new ArticleFacts(info, List.of(), List.of(), List.of(), facts);
  }

  private List<CorpusStatement> resolve(ArticleFacts... facts) {
    return new MergingStatementResolver()
        .resolve(List.of(facts), new EntityResolution(List.of(), keys));
  }

  @Test
  void sameWordsDespitePunctuationEllipsisHyphenAndCaseMerge() {
    List<CorpusStatement> s =
        resolve(
            article("a", "There is indeed a witch hunt. Well..."),
            article("b", "there is indeed a witch-hunt, well …"));
    assertEquals(1, s.size());
    assertEquals(2, s.get(0).evidence().size());
    assertEquals("a", s.get(0).evidence().get(0).articleId());
    assertEquals("There is indeed a witch hunt. Well...", s.get(0).evidence().get(0).evidence().quote());
    assertEquals("there is indeed a witch-hunt, well …", s.get(0).evidence().get(1).evidence().quote());
    assertTrue(s.get(0).key().matches("statement/[0-9a-f]{16}"));
    assertEquals("person/ken-loach", s.get(0).speakerKey());
  }

  @Test
  void partialQuotationMergesIntoTheFullestWording() {
    List<CorpusStatement> s =
        resolve(
            article("a", "Starmer and his clique will never lead a party of the people"),
            article("b", "Starmer and his clique will never lead a party of the people. We are many, they are few. Solidarity. (tweet)"),
            article("c", "party of the people"));
    assertEquals(1, s.size());
    assertEquals(3, s.get(0).evidence().size());
    assertTrue(s.get(0).text().startsWith("Starmer and his clique will never lead a party of the people. We"));
    assertEquals("2021-08-14", s.get(0).date().iso());
  }

  @Test
  void differentSpeakersOrDifferentWordsStayApart() {
    List<CorpusStatement> s =
        resolve(
            article("a", "We are many, they are few.", "e2:We are many, they are few."),
            article("b", "We will not comment on individual cases."));
    assertEquals(3, s.size());
  }

  @Test
  void outputIsSortedAndIndependentOfInputOrder() {
    ArticleFacts a = article("a", "Labour HQ finally decided I'm not fit", "We are many, they are few.");
    ArticleFacts b = article("b", "Labour HQ finally decided I’m not fit to be a member", "e2:No comment on cases.");
    ArticleFacts c = article("c", "We are many, they are few. Solidarity.");
    List<CorpusStatement> one = resolve(a, b, c);
    List<ArticleFacts> shuffled = new ArrayList<>(List.of(c, a, b));
    Collections.reverse(shuffled);
    List<CorpusStatement> two =
        new MergingStatementResolver().resolve(shuffled, new EntityResolution(List.of(), keys));
    assertEquals(one, two);
    assertEquals(3, one.size());
    for (int i = 1; i < one.size(); i++) {
      assertTrue(one.get(i - 1).key().compareTo(one.get(i).key()) < 0);
    }
  }

  @Test
  void factsWithoutSpeakerAreLeftOut() {
    ArticleFacts a = article("a", "We are many, they are few.");
    keys.remove(new LocalRef("a", "e1"));
    assertEquals(0, resolve(a).size());
  }

  @Test
  void wordsNormalisation() {
    assertEquals(List.of("im", "not", "fit", "well"), StatementText.words("I’m not fit. Well…"));
    assertEquals(StatementText.words("witch hunt"), StatementText.words("Witch-hunt"));
    assertTrue(StatementText.contains(List.of("a", "b", "c", "d"), List.of("b", "c")));
    assertTrue(!StatementText.contains(List.of("a", "b", "c", "d"), List.of("b", "d")));
  }
}
