package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.extract.Mention;
import org.newsgraph.ingest.ArticleInfo;
import org.newsgraph.ingest.ArticleMetadata;
import org.newsgraph.nlp.Span;

class NameEntityResolverTest {

  static LocalEntity entity(String id, EntityKind kind, String name, String... forms) {
    List<Mention> ms = new ArrayList<>();
    int pos = 0;
    for (String f : forms) {
      ms.add(Mention.name(new Evidence(new Span(pos, pos + f.length()), f, "test", 0.9)));
      pos += f.length() + 1;
    }
    return new LocalEntity(id, kind, name, ms, 0.9, List.of(), null);
  }

  static ArticleFacts article(String id, LocalEntity... es) {
    return new ArticleFacts(
        new ArticleInfo(id, id + ".txt", ArticleMetadata.EMPTY, 100), List.of(es), List.of(), List.of(), List.of());
  }

  @Test
  void oneNodePerEntityAcrossArticlesWithEveryFormAsAltLabel() {
    EntityResolution r =
        new NameEntityResolver()
            .resolve(
                List.of(
                    article("a1", entity("e1", EntityKind.Person, "Ken Loach", "Ken Loach", "Mr Loach")),
                    article("a2", entity("e1", EntityKind.Person, "Loach", "Loach")),
                    article("a3", entity("e1", EntityKind.PoliticalParty, "Labour Party", "Labor Party", "Labor"))));
    assertEquals(2, r.entities().size());
    CorpusEntity loach = r.entities().stream().filter(e -> e.kind() == EntityKind.Person).findFirst().orElseThrow();
    assertEquals("person/ken-loach", loach.key());
    assertEquals("Ken Loach", loach.label());
    assertEquals(List.of("Loach", "Mr Loach"), List.copyOf(loach.altLabels()));
    assertEquals(List.of("a1", "a2"), List.copyOf(loach.articles()));
    assertEquals("person/ken-loach", r.key("a2", "e1"));
    CorpusEntity labour = r.entities().stream().filter(e -> e.kind() == EntityKind.PoliticalParty).findFirst().orElseThrow();
    assertTrue(labour.altLabels().contains("Labor Party"));
  }

  @Test
  void peopleWhoShareASurnameStayApartWhenTheSurnameAloneIsAmbiguous() {
    EntityResolution r =
        new NameEntityResolver()
            .resolve(
                List.of(
                    article("a1", entity("e1", EntityKind.Person, "Boris Johnson", "Boris Johnson", "Johnson")),
                    article("a2", entity("e1", EntityKind.Person, "Alan Johnson", "Alan Johnson", "Johnson")),
                    article("a3", entity("e1", EntityKind.Person, "Johnson", "Johnson"))));
    assertEquals(3, r.entities().size());
    assertEquals("person/johnson", r.key("a3", "e1"));
  }

  @Test
  void spellingVariantsOfOneNameFold() {
    EntityResolution r =
        new NameEntityResolver()
            .resolve(
                List.of(
                    article("a1", entity("e1", EntityKind.Faction, "Labour Against the Witchhunt", "x")),
                    article("a2", entity("e1", EntityKind.Faction, "Labour Against the Witch-hunt", "y"))));
    assertEquals(1, r.entities().size());
  }
}
