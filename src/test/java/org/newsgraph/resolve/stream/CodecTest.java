package org.newsgraph.resolve.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.IngestListener;
import org.newsgraph.resolve.Corpus;
import org.newsgraph.resolve.CorpusEvent;
import org.newsgraph.resolve.CorpusResolver;

class CodecTest {

  @Test
  void articlesFactsAndEventsSurviveTheRoundTrip() {
    List<Article> articles = new ArrayList<>();
    new ArticleReader(IngestListener.NONE).read(List.of(Path.of("data/articles")), articles::add);
    assertFalse(articles.isEmpty());
    List<ArticleFacts> facts = new ArrayList<>();
    for (Article a : articles) {
      assertEquals(a, Codec.decode(Codec.encode(a), Article.class));
      ArticleFacts f = ArticleExtractor.standard().extract(a);
      assertEquals(f, Codec.decode(Codec.encode(f), ArticleFacts.class));
      facts.add(f);
    }
    Corpus c = CorpusResolver.standard().resolve(facts);
    assertFalse(c.events().isEmpty());
    for (CorpusEvent e : c.events()) {
      assertEquals(e, Codec.decode(Codec.encode(e), CorpusEvent.class));
    }
  }
}
