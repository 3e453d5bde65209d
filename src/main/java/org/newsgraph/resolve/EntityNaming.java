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
 * The naming half of entity resolution: which local entities are one corpus entity, and that
 * entity's key, label, alternative labels, kind and confidence. It keeps only what it needs per
 * distinct (type, folded name) group (the forms, how often each name is used, the kind votes),
 * never a mention, so that it can take a corpus of any size one article at a time and in any
 * order ({@link #add}); the result ({@link #resolve}) then gives each article's share of its
 * entities ({@link Naming#articleEntities}) without looking at any other article.
 *
 * <ol>
 *   <li>local entities group by (type, folded name); extraction has already put known variants
 *       under one canonical name ("Labor Party" → "Labour Party");
 *   <li>a group whose names are all single words ("Starmer", "NEC") joins the one multi-word
 *       group of the same type that has that word as a form (a person's surname counts), when
 *       exactly one has it, so people who share a surname stay apart when the corpus cannot tell
 *       them apart;
 *   <li>each merged group gets the fullest name as label, every other form as alternative label,
 *       the kind its members vote for, and a key made of its type and label (-2, -3 ... in group
 *       order when labels collide).
 * </ol>
 */
public final class EntityNaming {

  /** Votes are counted in millionths, exactly, so that their sum does not depend on order. */
  private static final long UNIT = 1_000_000L;

  record Group(EntityType type, String fold) {}

  private static final Comparator<Group> ORDER =
      Comparator.comparing(Group::type).thenComparing(Group::fold);

  /** What one group needs: no mention, no article. */
  private static final class Stats {
    boolean multiWord;
    final Map<String, Integer> names = new TreeMap<>();
    final Set<String> forms = new TreeSet<>();
    final long[] votes = new long[EntityKind.values().length];
    long members;
    double confidence;

    void addAll(Stats o) {
      o.names.forEach((n, c) -> names.merge(n, c, Integer::sum));
      forms.addAll(o.forms);
      for (int i = 0; i < votes.length; i++) {
        votes[i] += o.votes[i];
      }
      members += o.members;
      confidence = Math.max(confidence, o.confidence);
    }
  }

  private final Map<Group, Stats> groups = new HashMap<>();

  /** Adds one article's local entities. */
  public void add(ArticleFacts af) {
    for (LocalEntity e : af.entities()) {
      Group g = group(e);
      if (g == null) {
        continue;
      }
      Stats s = groups.computeIfAbsent(g, x -> new Stats());
      s.multiWord |= e.name().strip().contains(" ");
      s.names.merge(e.name(), 1, Integer::sum);
      s.forms.addAll(forms(e));
      s.votes[e.kind().ordinal()] += UNIT + Math.round(e.confidence() * UNIT);
      s.members++;
      s.confidence = Math.max(s.confidence, e.confidence());
    }
  }

  private static Group group(LocalEntity e) {
    String f = Names.fold(e.name());
    return f.isEmpty() ? null : new Group(e.type(), f);
  }

  /** The corpus entities of everything added. */
  public Naming resolve() {
    // Step 2: single-word groups join the unique multi-word group that uses that word.
    Map<Group, Set<Group>> formOwners = new HashMap<>();
    for (var en : groups.entrySet()) {
      Stats s = en.getValue();
      if (!s.multiWord) {
        continue;
      }
      Set<String> claims = new TreeSet<>(s.forms);
      if (en.getKey().type() == EntityType.PERSON) {
        // A surname alone ("Loach") refers to the full name it ends ("Ken Loach").
        for (String name : s.names.keySet()) {
          String[] w = name.strip().split("\\s+");
          claims.add(w[w.length - 1]);
        }
      }
      for (String form : claims) {
        formOwners
            .computeIfAbsent(new Group(en.getKey().type(), Names.fold(form)), k -> new HashSet<>())
            .add(en.getKey());
      }
    }
    Map<Group, Stats> merged = new TreeMap<>(ORDER);
    Map<Group, Group> target = new HashMap<>();
    for (var en : groups.entrySet()) {
      Group to = en.getKey();
      Set<Group> owners = en.getValue().multiWord ? Set.of() : formOwners.getOrDefault(to, Set.of());
      if (owners.size() == 1) {
        to = owners.iterator().next();
      }
      target.put(en.getKey(), to);
      merged.computeIfAbsent(to, k -> new Stats()).addAll(en.getValue());
    }
    Map<Group, String> keyOf = new HashMap<>();
    Map<String, CorpusEntity> heads = new TreeMap<>();
    Set<String> usedKeys = new HashSet<>();
    for (var en : merged.entrySet()) {
      Stats s = en.getValue();
      String label = label(s);
      EntityKind kind = kind(s);
      String base = NameEntityResolver.prefix(kind.type()) + "/" + Names.slug(label);
      String key = base;
      for (int i = 2; !usedKeys.add(key); i++) {
        key = base + "-" + i;
      }
      keyOf.put(en.getKey(), key);
      SortedSet<String> alt = new TreeSet<>(s.forms);
      alt.remove(label);
      heads.put(
          key,
          new CorpusEntity(
              key, kind, label, alt, new TreeSet<>(), List.of(), List.of(), null, s.confidence));
    }
    Map<Group, String> keys = new HashMap<>();
    target.forEach((g, to) -> keys.put(g, keyOf.get(to)));
    return new Naming(keys, List.copyOf(heads.values()));
  }

  /** The named corpus entities, and the key of any local entity. */
  public static final class Naming {
    private final Map<Group, String> keys;
    private final List<CorpusEntity> heads;

    private Naming(Map<Group, String> keys, List<CorpusEntity> heads) {
      this.keys = keys;
      this.heads = heads;
    }

    /**
     * Every corpus entity, in key order, without articles, mentions, attributes or director
     * (those come from the articles: {@link #articleEntities}).
     */
    public List<CorpusEntity> heads() {
      return heads;
    }

    /** The corpus key of a local entity, or null when its name has nothing to fold. */
    public String key(LocalEntity e) {
      Group g = e == null ? null : group(e);
      return g == null ? null : keys.get(g);
    }

    /** The corpus key of local entity {@code localId} of {@code af}, or null. */
    public String key(ArticleFacts af, String localId) {
      return key(af.entity(localId));
    }

    /**
     * One article's share of its corpus entities, in key order: its name mentions, the
     * attributes it states (their organisations resolved) and the directors it names.
     */
    public List<ArticleEntity> articleEntities(ArticleFacts af) {
      String aid = af.article().id();
      Map<String, ArticleEntity> out = new TreeMap<>();
      for (LocalEntity e : af.entities()) {
        String key = key(e);
        if (key == null) {
          continue;
        }
        ArticleEntity part =
            out.computeIfAbsent(
                key, k -> new ArticleEntity(k, aid, new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>()));
        for (Mention m : e.mentions()) {
          if (!m.pronoun()) {
            part.mentions().add(new ArticleEvidence(aid, m.evidence()));
          }
        }
        for (Attribute a : e.attributes()) {
          part.attributes()
              .add(new CorpusEntity.SourcedAttribute(aid, a, key(af, a.organisationId())));
        }
        String d = key(af, e.directorId());
        if (d != null) {
          part.directorKeys().add(d);
        }
      }
      return List.copyOf(out.values());
    }
  }

  /** The forms of a local entity: its name and every name mention (pronouns excluded). */
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

  /** The fullest name: most words, then most frequent, then longest, then alphabetical. */
  private static String label(Stats s) {
    return s.names.entrySet().stream()
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

  /**
   * The kind most members agree on, confidence breaking ties, then declaration order. A
   * generic kind only wins when nothing more specific was seen: it gives up half a vote per
   * member.
   */
  private static EntityKind kind(Stats s) {
    EntityKind best = null;
    long bestScore = Long.MIN_VALUE;
    for (EntityKind k : EntityKind.values()) {
      if (s.votes[k.ordinal()] == 0) {
        continue;
      }
      // Doubled, so that the half vote stays whole.
      long score = 2 * s.votes[k.ordinal()] - (isGeneric(k) ? s.members * UNIT : 0);
      if (score > bestScore) {
        best = k;
        bestScore = score;
      }
    }
    return best;
  }

  private static boolean isGeneric(EntityKind k) {
    return k == EntityKind.Organisation || k == EntityKind.CreativeWork;
  }
}
