package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Attribute;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.extract.Mention;

/**
 * Merges the articles' local entities into corpus entities, as key-grouping steps that would
 * run the same way distributed:
 *
 * <ol>
 *   <li>group local entities by (type, folded name) — extraction has already put known
 *       variants under one canonical name ("Labor Party" → "Labour Party");
 *   <li>a group whose name is a single word ("Starmer", "NEC") joins the one multi-word group
 *       of the same type that has that word as a mention form, when exactly one has it — so
 *       people who share a surname stay apart when the corpus cannot tell them apart;
 *   <li>each merged group gets the fullest name as label, every other form as alt label, the
 *       majority kind, and a key made of its type and label.
 * </ol>
 */
public final class NameEntityResolver {

  private record Group(EntityType type, String fold) {}

  public EntityResolution resolve(List<ArticleFacts> facts) {
    Map<Group, List<LocalRefEntity>> groups = new TreeMap<>(
        Comparator.comparing(Group::type).thenComparing(Group::fold));
    for (ArticleFacts af : facts) {
      for (LocalEntity e : af.entities()) {
        String f = Names.fold(e.name());
        if (f.isEmpty()) {
          continue;
        }
        groups.computeIfAbsent(new Group(e.type(), f), g -> new ArrayList<>())
            .add(new LocalRefEntity(af.article().id(), e));
      }
    }
    // Step 2: single-word groups join the unique multi-word group that uses that word.
    Map<Group, Set<Group>> formOwners = new HashMap<>();
    for (var en : groups.entrySet()) {
      if (isSingleWord(en.getValue())) {
        continue;
      }
      for (LocalRefEntity lre : en.getValue()) {
        List<String> keysOf = new ArrayList<>(forms(lre.entity()));
        if (en.getKey().type() == EntityType.PERSON) {
          // A surname alone ("Loach") refers to the full name it ends ("Ken Loach").
          String[] w = lre.entity().name().strip().split("\\s+");
          keysOf.add(w[w.length - 1]);
        }
        for (String form : keysOf) {
          formOwners
              .computeIfAbsent(new Group(en.getKey().type(), Names.fold(form)), k -> new TreeSet<>(
                  Comparator.comparing(Group::type).thenComparing(Group::fold)))
              .add(en.getKey());
        }
      }
    }
    Map<Group, Group> target = new HashMap<>();
    for (var en : groups.entrySet()) {
      Group g = en.getKey();
      if (!isSingleWord(en.getValue())) {
        continue;
      }
      Set<Group> owners = formOwners.getOrDefault(g, Set.of());
      if (owners.size() == 1) {
        target.put(g, owners.iterator().next());
      }
    }
    Map<Group, List<LocalRefEntity>> merged = new TreeMap<>(
        Comparator.comparing(Group::type).thenComparing(Group::fold));
    for (var en : groups.entrySet()) {
      Group to = target.getOrDefault(en.getKey(), en.getKey());
      merged.computeIfAbsent(to, k -> new ArrayList<>()).addAll(en.getValue());
    }

    List<CorpusEntity> entities = new ArrayList<>();
    Map<LocalRef, String> keys = new HashMap<>();
    Set<String> usedKeys = new HashSet<>();
    List<Pending> pending = new ArrayList<>();
    for (var en : merged.entrySet()) {
      List<LocalRefEntity> members = en.getValue();
      String label = label(members);
      EntityKind kind = kind(members);
      String base = prefix(kind.type()) + "/" + Names.slug(label);
      String key = base;
      for (int i = 2; !usedKeys.add(key); i++) {
        key = base + "-" + i;
      }
      for (LocalRefEntity m : members) {
        keys.put(new LocalRef(m.articleId(), m.entity().id()), key);
      }
      pending.add(new Pending(key, kind, label, members));
    }
    for (Pending p : pending) {
      entities.add(build(p, keys));
    }
    entities.sort(Comparator.comparing(CorpusEntity::key));
    return new EntityResolution(List.copyOf(entities), Map.copyOf(keys));
  }

  private record LocalRefEntity(String articleId, LocalEntity entity) {}

  private record Pending(String key, EntityKind kind, String label, List<LocalRefEntity> members) {}

  private static CorpusEntity build(Pending p, Map<LocalRef, String> keys) {
    SortedSet<String> alt = new TreeSet<>();
    SortedSet<String> articles = new TreeSet<>();
    List<ArticleEvidence> mentions = new ArrayList<>();
    List<CorpusEntity.SourcedAttribute> attrs = new ArrayList<>();
    Map<String, Integer> directors = new TreeMap<>();
    double conf = 0;
    for (LocalRefEntity m : p.members()) {
      articles.add(m.articleId());
      conf = Math.max(conf, m.entity().confidence());
      for (String form : forms(m.entity())) {
        if (!form.equals(p.label())) {
          alt.add(form);
        }
      }
      for (Mention men : m.entity().mentions()) {
        if (!men.pronoun()) {
          mentions.add(new ArticleEvidence(m.articleId(), men.evidence()));
        }
      }
      for (Attribute a : m.entity().attributes()) {
        attrs.add(
            new CorpusEntity.SourcedAttribute(
                m.articleId(), a, keys.get(new LocalRef(m.articleId(), a.organisationId()))));
      }
      String d = keys.get(new LocalRef(m.articleId(), m.entity().directorId()));
      if (d != null) {
        directors.merge(d, 1, Integer::sum);
      }
    }
    mentions.sort(
        Comparator.comparing((ArticleEvidence a) -> a.articleId())
            .thenComparing(a -> a.evidence().span()));
    String director =
        directors.entrySet().stream()
            .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(
                Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .map(Map.Entry::getKey)
            .orElse(null);
    return new CorpusEntity(
        p.key(), p.kind(), p.label(), alt, articles, mentions, attrs, director, conf);
  }

  private static List<String> forms(LocalEntity e) {
    List<String> out = new ArrayList<>();
    out.add(e.name());
    for (Mention m : e.mentions()) {
      if (!m.pronoun()) {
        out.add(m.form());
      }
    }
    return out;
  }

  private static boolean isSingleWord(List<LocalRefEntity> members) {
    for (LocalRefEntity m : members) {
      if (m.entity().name().strip().contains(" ")) {
        return false;
      }
    }
    return true;
  }

  /** The fullest name: most words, then most frequent, then alphabetical. */
  private static String label(List<LocalRefEntity> members) {
    Map<String, Integer> freq = new TreeMap<>();
    for (LocalRefEntity m : members) {
      freq.merge(m.entity().name(), 1, Integer::sum);
    }
    return freq.entrySet().stream()
        .min(
            Comparator.comparing((Map.Entry<String, Integer> e) -> -words(e.getKey()))
                .thenComparing(e -> -e.getValue())
                .thenComparing(e -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey))
        .orElseThrow()
        .getKey();
  }

  private static int words(String s) {
    return s.strip().split("\\s+").length;
  }

  /** The kind most members agree on, confidence breaking ties, then declaration order. */
  private static EntityKind kind(List<LocalRefEntity> members) {
    Map<EntityKind, Double> votes = new TreeMap<>();
    for (LocalRefEntity m : members) {
      votes.merge(m.entity().kind(), 1 + m.entity().confidence(), Double::sum);
    }
    // A generic kind only wins when nothing more specific was seen.
    EntityKind best = null;
    double bestScore = -1;
    for (var e : votes.entrySet()) {
      double s = e.getValue() - (isGeneric(e.getKey()) ? 0.5 * members.size() : 0);
      if (s > bestScore) {
        best = e.getKey();
        bestScore = s;
      }
    }
    return best;
  }

  private static boolean isGeneric(EntityKind k) {
    return k == EntityKind.Organisation || k == EntityKind.CreativeWork;
  }

  static String prefix(EntityType t) {
    return switch (t) {
      case PERSON -> "person";
      case ORGANISATION -> "organisation";
      case WORK -> "work";
    };
  }
}
