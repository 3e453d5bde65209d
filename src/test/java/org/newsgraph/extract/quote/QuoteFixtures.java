package org.newsgraph.extract.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.extract.EntityIndex;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.ExtractionContext;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.StatementFact;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleMetadata;
import org.newsgraph.ingest.PublicationDate;
import org.newsgraph.nlp.NewsTextAnalyser;
import org.newsgraph.nlp.Span;

/**
 * Hand-made entity lists for the quotation tests: {@code "Person:Ken Loach|Loach|KL"} makes a
 * person named Ken Loach with a mention at every whole-word occurrence of each form (longer
 * forms claim their text first).
 */
final class QuoteFixtures {

  private QuoteFixtures() {}

  static EntityIndex index(String text, String... specs) {
    record Form(int entity, String form) {}
    List<Form> forms = new ArrayList<>();
    List<EntityKind> kinds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < specs.length; i++) {
      String[] kv = specs[i].split(":", 2);
      kinds.add(EntityKind.valueOf(kv[0]));
      String[] fs = kv[1].split("\\|");
      names.add(fs[0]);
      for (String f : fs) {
        forms.add(new Form(i, f));
      }
    }
    forms.sort(Comparator.comparingInt((Form f) -> -f.form().length()));
    boolean[] claimed = new boolean[text.length()];
    List<List<Mention>> mentions = new ArrayList<>();
    for (int i = 0; i < specs.length; i++) {
      mentions.add(new ArrayList<>());
    }
    for (Form f : forms) {
      int from = 0;
      while (true) {
        int at = text.indexOf(f.form(), from);
        if (at < 0) {
          break;
        }
        from = at + 1;
        int end = at + f.form().length();
        boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
        boolean wordEnd = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
        boolean free = true;
        for (int k = at; k < end && free; k++) {
          free = !claimed[k];
        }
        if (!wordStart || !wordEnd || !free) {
          continue;
        }
        for (int k = at; k < end; k++) {
          claimed[k] = true;
        }
        mentions
            .get(f.entity())
            .add(Mention.name(Evidence.of(text, new Span(at, end), "test", 1.0)));
      }
    }
    List<LocalEntity> entities = new ArrayList<>();
    for (int i = 0; i < specs.length; i++) {
      List<Mention> ms = mentions.get(i);
      ms.sort(Comparator.comparing(m -> m.evidence().span()));
      entities.add(
          new LocalEntity("e" + (i + 1), kinds.get(i), names.get(i), ms, 1.0, List.of(), null));
    }
    return new EntityIndex(entities);
  }

  static ExtractionContext context(String text, LocalDate published) {
    ArticleMetadata meta =
        published == null
            ? ArticleMetadata.EMPTY
            : ArticleMetadata.EMPTY.withPublished(new PublicationDate(published, false, "test"));
    Article a = new Article("a1", "test.txt", text, meta);
    return new ExtractionContext(a, new NewsTextAnalyser().analyse(text), published, false);
  }

  static List<StatementFact> extract(String text, String... specs) {
    return extract(text, null, specs);
  }

  static List<StatementFact> extract(String text, LocalDate published, String... specs) {
    EntityIndex idx = index(text, specs);
    return new QuoteStatementExtractor().extract(context(text, published), idx);
  }

  /** The speaker's name of a fact, for readable assertions. */
  static String speaker(EntityIndex idx, StatementFact f) {
    LocalEntity e = idx.byId(f.speakerId());
    return e == null ? null : e.name();
  }
}
