package org.newsgraph.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Attribute;
import org.newsgraph.extract.EventFact;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.extract.MembershipFact;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.StatementFact;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleIds;
import org.newsgraph.ingest.ArticleMetadata;
import org.newsgraph.ingest.PublicationDate;
import org.newsgraph.nlp.AnalysedText;
import org.newsgraph.nlp.NewsTextAnalyser;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Span;
import org.newsgraph.nlp.Token;

/**
 * Fuzzes text analysis and extraction with arbitrary text: no exception, and every piece of
 * evidence quotes exactly its span of the text, inside the text, with a confidence in [0, 1].
 *
 * <p>A normal test run replays the seeds in {@code ExtractionFuzzTestInputs/} (regression
 * mode). To fuzz: {@code JAZZER_FUZZ=1 mvn -o test -Dtest=ExtractionFuzzTest
 * -Djazzer.max_duration=2m}; a crash is saved beside the seeds and replayed from then on.
 */
class ExtractionFuzzTest {

  private static final NewsTextAnalyser ANALYSER = new NewsTextAnalyser();

  @FuzzTest(maxDuration = "2m")
  void extractionKeepsItsInvariants(byte[] data) {
    // Malformed UTF-8 becomes U+FFFD, as it would never pass ingest: the extractors must
    // still cope with any string, lone surrogates aside.
    String text = new String(data, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return;
    }
    AnalysedText at = ANALYSER.analyse(text);
    checkAnalysis(text, at);
    Article a =
        new Article(
            ArticleIds.of(text),
            "fuzz.txt",
            text,
            ArticleMetadata.EMPTY.withPublished(
                new PublicationDate(LocalDate.of(2021, 8, 14), false, "fuzz")));
    ArticleFacts f = ArticleExtractor.standard().extract(a);
    for (Evidence e : evidence(f)) {
      Span s = e.span();
      assertTrue(0 <= s.begin() && s.begin() <= s.end() && s.end() <= text.length(),
          "span " + s + " outside a text of " + text.length());
      assertEquals(text.substring(s.begin(), s.end()), e.quote(), "quote of " + e.rule());
      assertTrue(e.confidence() >= 0 && e.confidence() <= 1, "confidence of " + e.rule());
      assertTrue(!e.rule().isBlank(), "no rule id");
    }
  }

  private static void checkAnalysis(String text, AnalysedText at) {
    int prev = 0;
    for (Token t : at.tokens()) {
      assertTrue(t.begin() >= prev && t.end() <= text.length() && t.begin() < t.end(), "token " + t);
      assertEquals(text.substring(t.begin(), t.end()), t.text());
      prev = t.end();
    }
    for (Sentence s : at.sentences()) {
      assertTrue(0 <= s.span().begin() && s.span().end() <= text.length(), "sentence " + s);
    }
  }

  static List<Evidence> evidence(ArticleFacts f) {
    List<Evidence> out = new ArrayList<>();
    for (LocalEntity le : f.entities()) {
      for (Mention m : le.mentions()) {
        out.add(m.evidence());
      }
      for (Attribute at : le.attributes()) {
        out.add(at.evidence());
      }
    }
    for (EventFact e : f.events()) {
      out.add(e.evidence());
    }
    for (MembershipFact m : f.memberships()) {
      out.add(m.evidence());
    }
    for (StatementFact s : f.statements()) {
      out.add(s.evidence());
    }
    return out;
  }
}
