package org.newsgraph.link;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.newsgraph.resolve.CorpusEntity;

/** Links corpus entities to Wikidata items. A wrong link is worse than none. */
public interface EntityLinker {

  /**
   * Links {@code entities}; which entities share an article (the context of a link) comes from
   * {@code articles}, which hands over, article by article, the keys of the entities each one
   * mentions. The entities' own {@link CorpusEntity#articles} are not read, so a build can pass
   * them without.
   */
  List<LinkResult> link(List<CorpusEntity> entities, Consumer<Consumer<Collection<String>>> articles);

  /** Links entities that carry their articles. */
  default List<LinkResult> link(List<CorpusEntity> entities) {
    Map<String, Set<String>> byArticle = new TreeMap<>();
    for (CorpusEntity e : entities) {
      for (String a : e.articles()) {
        byArticle.computeIfAbsent(a, x -> new TreeSet<>()).add(e.key());
      }
    }
    return link(entities, each -> byArticle.values().forEach(each));
  }

  /** Links nothing. */
  EntityLinker NONE = (entities, articles) -> List.of();

  /** A linker that links nothing ({@link #NONE}). */
  static EntityLinker none() {
    return NONE;
  }
}
