package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.LocalEntity;

/**
 * Merges the articles' local entities into corpus entities, in memory: {@link EntityNaming}
 * decides which local entities are one entity and names it; the articles' shares of it
 * ({@link ArticleEntity}) are then gathered in article order. A build of any size does the same
 * one article at a time (org.newsgraph.resolve.stream).
 */
public final class NameEntityResolver {

  public EntityResolution resolve(List<ArticleFacts> facts) {
    EntityNaming naming = new EntityNaming();
    facts.forEach(naming::add);
    EntityNaming.Naming named = naming.resolve();
    List<ArticleFacts> sorted = new ArrayList<>(facts);
    sorted.sort(Comparator.comparing(f -> f.article().id()));
    Map<String, List<ArticleEntity>> parts = new HashMap<>();
    Map<LocalRef, String> keys = new HashMap<>();
    for (ArticleFacts af : sorted) {
      for (LocalEntity e : af.entities()) {
        String key = named.key(e);
        if (key != null) {
          keys.put(new LocalRef(af.article().id(), e.id()), key);
        }
      }
      for (ArticleEntity p : named.articleEntities(af)) {
        parts.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
      }
    }
    List<CorpusEntity> entities = new ArrayList<>();
    for (CorpusEntity head : named.heads()) {
      entities.add(whole(head, parts.getOrDefault(head.key(), List.of())));
    }
    return new EntityResolution(List.copyOf(entities), Map.copyOf(keys));
  }

  /**
   * An entity named by {@link EntityNaming} with what its articles say of it, the articles in
   * id order: their mentions, attributes, and the director most of them name.
   */
  public static CorpusEntity whole(CorpusEntity head, List<ArticleEntity> parts) {
    SortedSet<String> articles = new TreeSet<>();
    List<ArticleEvidence> mentions = new ArrayList<>();
    List<CorpusEntity.SourcedAttribute> attrs = new ArrayList<>();
    Map<String, Integer> directors = new TreeMap<>();
    for (ArticleEntity p : parts) {
      articles.add(p.articleId());
      mentions.addAll(p.mentions());
      attrs.addAll(p.attributes());
      p.directorKeys().forEach(d -> directors.merge(d, 1, Integer::sum));
    }
    mentions.sort(
        Comparator.comparing((ArticleEvidence a) -> a.articleId())
            .thenComparing(a -> a.evidence().span()));
    return new CorpusEntity(
        head.key(), head.kind(), head.label(), head.altLabels(), articles, mentions, attrs,
        director(directors), head.confidence());
  }

  /** The director most articles name; on a tie, the first key. */
  public static String director(Map<String, Integer> votes) {
    return votes.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(
            Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  static String prefix(EntityType t) {
    return switch (t) {
      case PERSON -> "person";
      case ORGANISATION -> "organisation";
      case WORK -> "work";
    };
  }
}
