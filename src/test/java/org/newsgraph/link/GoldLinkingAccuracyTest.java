package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.resolve.CorpusEntity;

/**
 * Measures linking on the seed gold entities (names and aliases as the extractor would give
 * them) against the shipped extract. The gold file lives outside the repository and is only
 * read here, to measure; the test is skipped when it is absent.
 */
class GoldLinkingAccuracyTest {
  static final Path GOLD =
      Path.of(System.getProperty("newsgraph.gold", "/work/shared/gold/seeds.gold.json"));

  @Test
  void linksGoldEntitiesWithoutWrongLinks() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(GOLD), "no gold file at " + GOLD);
    JsonNode gold = new ObjectMapper().readTree(GOLD.toFile());
    List<CorpusEntity> entities = new ArrayList<>();
    Map<String, String> expected = new HashMap<>();
    for (JsonNode a : gold.path("articles")) {
      String file = a.path("file").asText();
      int n = 0;
      for (String group : List.of("persons", "organisations", "works")) {
        for (JsonNode e : a.path(group)) {
          String key = file + "/" + n++;
          List<String> alts = new ArrayList<>();
          e.path("aliases").forEach(x -> alts.add(x.asText()));
          entities.add(
              TestEntities.entity(
                  key, kind(group, e.path("kind").asText("")), e.path("name").asText(),
                  List.of(file), List.of(), alts.toArray(String[]::new)));
          expected.put(key, e.path("wikidata").asText(null));
        }
      }
    }
    List<LinkResult> results = WikidataLinker.create(WikidataIndex.bundled()).link(entities);
    int withId = 0;
    int correct = 0;
    int linked = 0;
    int wrong = 0;
    for (LinkResult r : results) {
      String want = expected.get(r.entityKey());
      if (want != null) {
        withId++;
      }
      if (r.qid() != null) {
        linked++;
        if (r.qid().equals(want)) {
          correct++;
        } else {
          wrong++;
          System.out.println("wrong link: " + r);
        }
      } else if (want != null) {
        System.out.println("missed: " + r.entityKey() + " " + want + " " + r.candidates());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "gold linking: %d/%d gold entities with an id linked correctly (%.1f%%); %d links, %d wrong (%.1f%%); %d entities%n",
        correct, withId, 100.0 * correct / withId, linked, wrong,
        linked == 0 ? 0 : 100.0 * wrong / linked, results.size());
    assertEquals(0, wrong);
    assertTrue(correct >= 0.95 * withId, correct + "/" + withId);
  }

  private static EntityKind kind(String group, String kind) {
    if (group.equals("persons")) {
      return EntityKind.Person;
    }
    try {
      return EntityKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      return group.equals("works") ? EntityKind.CreativeWork : EntityKind.Organisation;
    }
  }
}
