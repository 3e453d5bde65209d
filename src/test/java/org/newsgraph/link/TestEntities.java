package org.newsgraph.link;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.newsgraph.extract.Attribute;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.Evidence;
import org.newsgraph.nlp.Span;
import org.newsgraph.resolve.CorpusEntity;

/** Builds corpus entities for linker tests. */
final class TestEntities {
  private TestEntities() {}

  static Path repo() {
    return Path.of(System.getProperty("newsgraph.repo", "."));
  }

  static Path fixture(String name) {
    return repo().resolve("src/test/resources/fixtures/wikidata").resolve(name);
  }

  static CorpusEntity entity(String key, EntityKind kind, String label, String... alts) {
    return entity(key, kind, label, List.of("a1"), List.of(), alts);
  }

  static CorpusEntity entity(
      String key, EntityKind kind, String label, List<String> articles, List<String> roles,
      String... alts) {
    List<CorpusEntity.SourcedAttribute> attrs = new ArrayList<>();
    for (String r : roles) {
      Evidence ev = new Evidence(new Span(0, r.length()), r, "test.role", 0.9);
      attrs.add(
          new CorpusEntity.SourcedAttribute(
              articles.get(0), new Attribute("role", r, null, null, false, ev), null));
    }
    return new CorpusEntity(
        key,
        kind,
        label,
        new TreeSet<>(List.of(alts)),
        new TreeSet<>(articles),
        List.of(),
        attrs,
        null,
        0.9);
  }
}
