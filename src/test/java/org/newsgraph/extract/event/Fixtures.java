package org.newsgraph.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.EntityIndex;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.EventExtractor;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.ExtractionContext;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.extract.Mention;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleMetadata;
import org.newsgraph.nlp.NewsTextAnalyser;
import org.newsgraph.nlp.Span;

/**
 * Hand-made entities for event tests: each entity is given by its kind, canonical name and
 * surface forms; every word-bounded occurrence of a form (longest first) becomes a mention.
 */
final class Fixtures {
  private Fixtures() {}

  record Ent(EntityKind kind, String name, String... forms) {}

  static final Ent LOACH = new Ent(EntityKind.Person, "Ken Loach", "Ken Loach", "Mr Loach", "Loach");
  static final Ent CORBYN = new Ent(EntityKind.Person, "Jeremy Corbyn", "Jeremy Corbyn", "Corbyn");
  static final Ent STARMER =
      new Ent(EntityKind.Person, "Keir Starmer", "Sir Keir Starmer", "Keir Starmer", "Starmer");
  static final Ent LABOUR =
      new Ent(EntityKind.PoliticalParty, "Labour Party", "Labour Party", "Labour party", "Labour");
  static final Ent TORIES =
      new Ent(EntityKind.PoliticalParty, "Conservative Party", "Conservative Party", "Conservatives");
  static final Ent NEC =
      new Ent(EntityKind.PartyBody, "National Executive Committee", "National Executive Committee", "NEC");
  static final Ent RESIST = new Ent(EntityKind.Faction, "Resist", "Resist");
  static final Ent APPEAL = new Ent(EntityKind.Faction, "Socialist Appeal", "Socialist Appeal");
  static final Ent LIEN =
      new Ent(EntityKind.Faction, "Labour in Exile Network", "Labour in Exile Network");
  static final Ent LAW =
      new Ent(EntityKind.Faction, "Labour Against the Witchhunt", "Labour Against the Witchhunt");
  static final Ent BERCOW = new Ent(EntityKind.Person, "John Bercow", "John Bercow", "Bercow");
  static final Ent[] ALL = {LOACH, CORBYN, STARMER, LABOUR, TORIES, NEC, RESIST, APPEAL, LIEN, LAW, BERCOW};

  static List<LocalEntity> entities(String text, Ent... ents) {
    // Longest forms claim their text first so "Labour in Exile Network" is not "Labour".
    List<Object[]> forms = new ArrayList<>();
    for (int i = 0; i < ents.length; i++) {
      for (String f : ents[i].forms()) {
        forms.add(new Object[] {f, i});
      }
    }
    forms.sort((a, b) -> ((String) b[0]).length() - ((String) a[0]).length());
    boolean[] taken = new boolean[text.length()];
    Map<Integer, List<Mention>> byEnt = new LinkedHashMap<>();
    for (Object[] f : forms) {
      Matcher m =
          Pattern.compile("(?<![\\p{L}])" + Pattern.quote((String) f[0]) + "(?![\\p{L}])").matcher(text);
      while (m.find()) {
        boolean free = true;
        for (int k = m.start(); k < m.end(); k++) {
          free &= !taken[k];
        }
        if (!free) {
          continue;
        }
        for (int k = m.start(); k < m.end(); k++) {
          taken[k] = true;
        }
        byEnt
            .computeIfAbsent((Integer) f[1], k -> new ArrayList<>())
            .add(Mention.name(Evidence.of(text, new Span(m.start(), m.end()), "test", 1.0)));
      }
    }
    List<LocalEntity> out = new ArrayList<>();
    for (int i = 0; i < ents.length; i++) {
      List<Mention> ms = byEnt.get(i);
      if (ms == null) {
        continue;
      }
      ms.sort((a, b) -> a.evidence().span().compareTo(b.evidence().span()));
      out.add(new LocalEntity("e" + (i + 1), ents[i].kind(), ents[i].name(), ms, 1.0, List.of(), null));
    }
    return out;
  }

  static ExtractionContext context(String text, LocalDate ref, boolean inferred) {
    Article a = new Article("a1", "test.txt", text, ArticleMetadata.EMPTY);
    return new ExtractionContext(a, new NewsTextAnalyser().analyse(text), ref, inferred);
  }

  static EventExtractor.Result run(String text, LocalDate ref, boolean inferred) {
    ExtractionContext ctx = context(text, ref, inferred);
    return new RuleEventExtractor().extract(ctx, new EntityIndex(entities(text, ALL)));
  }
}
