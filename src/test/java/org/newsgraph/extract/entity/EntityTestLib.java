package org.newsgraph.extract.entity;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.extract.ExtractionContext;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.extract.Mention;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleMetadata;
import org.newsgraph.nlp.NewsTextAnalyser;

/** Helpers for the entity tests: run the extractor on a string. */
final class EntityTestLib {
  private EntityTestLib() {}

  static final NewsTextAnalyser ANALYSER = new NewsTextAnalyser();
  static final RuleEntityExtractor EXTRACTOR = new RuleEntityExtractor();

  static List<LocalEntity> extract(String text) {
    return extract(text, LocalDate.of(2021, 8, 14));
  }

  static List<LocalEntity> extract(String text, LocalDate ref) {
    Article a = new Article("t", "test.txt", text, ArticleMetadata.EMPTY);
    return EXTRACTOR.extract(new ExtractionContext(a, ANALYSER.analyse(text), ref, false));
  }

  static LocalEntity named(List<LocalEntity> es, String name) {
    for (LocalEntity e : es) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }

  static boolean hasForm(LocalEntity e, String form) {
    for (Mention m : e.mentions()) {
      if (m.form().equals(form)) {
        return true;
      }
    }
    return false;
  }

  static String dump(List<LocalEntity> es) {
    StringBuilder b = new StringBuilder();
    for (LocalEntity e : es) {
      b.append(e.id()).append('\t').append(e.kind()).append('\t').append(e.name()).append('\t');
      for (Mention m : e.mentions()) {
        b.append(m.form()).append('[').append(m.evidence().rule()).append("] ");
      }
      e.attributes().forEach(a -> b.append(" {").append(a.property()).append('=')
          .append(a.value()).append(a.former() ? " former" : "")
          .append(a.organisationId() == null ? "" : " org=" + a.organisationId()).append('}'));
      if (e.directorId() != null) {
        b.append(" director=").append(e.directorId());
      }
      b.append('\n');
    }
    return b.toString();
  }
}
