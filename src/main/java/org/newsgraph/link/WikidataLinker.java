package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.newsgraph.extract.Attribute;
import org.newsgraph.resolve.CorpusEntity;

/**
 * Links corpus entities to Wikidata items from an {@link ItemSource}.
 *
 * <p>Each candidate is an item whose label or alias matches one of the entity's names once
 * folded ({@link NameFolding}). Its score in [0,1] is
 *
 * <pre>
 * 0.75 * nameMatch * typeFit + 0.10 * prominence + 0.10 * roleFit + 0.15 * context
 * </pre>
 *
 * less an ambiguity penalty when the runner-up is within 0.2 (two equally good "David Davis"
 * items halve the best one's score). {@code typeFit} is {@link WikidataClasses#compatibility};
 * prominence grows with the sitelink count; {@code roleFit} is 1 when a role or occupation the
 * articles state ("MP", "director") fits the item's description or positions; {@code context}
 * is 1 when the item and the item chosen for a co-occurring entity (one sharing an article)
 * point at each other through a claim (a person's P102 party, P39 position). An entity is
 * linked only when the best score reaches the threshold: a wrong link is worse than none.
 *
 * <pre>
 * EntityLinker linker = WikidataLinker.create(WikidataIndex.bundled()).threshold(0.5);
 * List&lt;LinkResult&gt; links = linker.link(corpus.entities());
 * </pre>
 */
public final class WikidataLinker implements EntityLinker {
  /** The default threshold. */
  public static final double THRESHOLD = 0.5;

  private static final double W_NAME = 0.75;
  private static final double W_PROMINENCE = 0.10;
  private static final double W_ROLE = 0.10;
  private static final double W_CONTEXT = 0.15;
  private static final double AMBIGUITY_MARGIN = 0.2;
  /** Sitelinks at which prominence saturates. */
  private static final double SITELINKS_FULL = 200;
  /** At most this many names of one entity are looked up (online lookups cost requests). */
  private static final int MAX_NAMES = 8;

  private final ItemSource source;
  private double threshold = THRESHOLD;

  private WikidataLinker(ItemSource source) {
    this.source = source;
  }

  /** A linker over a source with the default threshold. */
  public static WikidataLinker create(ItemSource source) {
    return new WikidataLinker(source);
  }

  /** Links only at or above this score. */
  public WikidataLinker threshold(double t) {
    if (!(t >= 0 && t <= 1)) {
      throw new IllegalArgumentException("threshold out of [0,1]: " + t);
    }
    this.threshold = t;
    return this;
  }

  /** The items a result's candidates were drawn from, for enrichment. */
  public ItemSource source() {
    return source;
  }

  /** A candidate being scored. */
  private static final class Scored {
    final WikidataItem item;
    final double name;
    final String matchedName;
    final double type;
    final double prominence;
    final String role;
    String context;
    double score;

    Scored(WikidataItem item, double name, String matchedName, double type, double prom, String role) {
      this.item = item;
      this.name = name;
      this.matchedName = matchedName;
      this.type = type;
      this.prominence = prom;
      this.role = role;
    }

    double base() {
      if (type == 0) {
        return 0;
      }
      return W_NAME * name * type + W_PROMINENCE * prominence + (role != null ? W_ROLE : 0);
    }
  }

  @Override
  public List<LinkResult> link(
      List<CorpusEntity> entities, Consumer<Consumer<Collection<String>>> articles) {
    Map<String, List<Scored>> byEntity = new LinkedHashMap<>();
    for (CorpusEntity e : entities) {
      byEntity.put(e.key(), candidates(e));
    }
    // First pass without context: the provisional choice of every entity.
    Map<String, String> provisional = new HashMap<>();
    for (CorpusEntity e : entities) {
      String q = provisional(byEntity.get(e.key()));
      if (q != null) {
        provisional.put(e.key(), q);
      }
    }
    // Second pass: context from the provisional links of entities sharing an article.
    Map<String, Set<String>> neighbours = new HashMap<>();
    articles.accept(
        keys -> {
          for (String k : keys) {
            List<Scored> c = byEntity.get(k);
            if (c == null || c.isEmpty()) {
              continue; // nothing to choose between: context cannot matter
            }
            for (String other : keys) {
              String q = provisional.get(other);
              if (q != null && !other.equals(k)) {
                neighbours.computeIfAbsent(k, x -> new TreeSet<>()).add(q);
              }
            }
          }
        });
    List<LinkResult> out = new ArrayList<>();
    for (CorpusEntity e : entities) {
      out.add(finish(e, byEntity.get(e.key()), neighbours.getOrDefault(e.key(), Set.of())));
    }
    return out;
  }

  /**
   * The first pass for one entity, as a distributed build runs it: the item it links to
   * without context (null for none), and whether it has candidates at all.
   */
  public Provisional provisional(CorpusEntity e) {
    List<Scored> c = candidates(e);
    return new Provisional(provisional(c), !c.isEmpty());
  }

  /** The first pass's answer for one entity. */
  public record Provisional(String qid, boolean hasCandidates) {}

  /**
   * The second pass for one entity, as a distributed build runs it: its link, given the
   * provisional items of the other entities sharing an article with it ({@link #link} gathers
   * them on one machine).
   */
  public LinkResult finish(CorpusEntity e, Set<String> neighbours) {
    return finish(e, candidates(e), neighbours);
  }

  private String provisional(List<Scored> c) {
    for (Scored s : c) {
      s.score = s.base();
    }
    return choose(c);
  }

  private LinkResult finish(CorpusEntity e, List<Scored> c, Set<String> neighbours) {
    for (Scored s : c) {
      s.context = context(s.item, neighbours);
      s.score = Math.min(1, s.base() + (s.context != null && s.type > 0 ? W_CONTEXT : 0));
    }
    return result(e, c);
  }

  /** The best candidate's qid when it clears the threshold after the ambiguity penalty. */
  private String choose(List<Scored> c) {
    List<Scored> sorted = sort(c);
    if (sorted.isEmpty() || sorted.get(0).score <= 0) {
      return null;
    }
    double rival = sorted.size() > 1 ? sorted.get(1).score : 0;
    double best = sorted.get(0).score;
    return best * (1 - penalty(best, rival)) >= threshold ? sorted.get(0).item.qid() : null;
  }

  /**
   * The share taken off a score when another candidate scores {@code rival}: half when the
   * rival is as good or better, nothing when it trails by the margin or more.
   */
  private static double penalty(double score, double rival) {
    if (rival <= 0 || score <= 0) {
      return 0;
    }
    return 0.5 * Math.min(1, Math.max(0, 1 - (score - rival) / AMBIGUITY_MARGIN));
  }

  private static List<Scored> sort(List<Scored> c) {
    List<Scored> s = new ArrayList<>(c);
    s.sort(
        Comparator.comparingDouble((Scored x) -> -x.score)
            .thenComparing(x -> x.item.qid(), Comparator.naturalOrder()));
    return s;
  }

  private LinkResult result(CorpusEntity e, List<Scored> c) {
    List<Scored> sorted = sort(c);
    List<Candidate> cands = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Scored s = sorted.get(i);
      // The best rival of the top is the runner-up; of every other candidate, the top.
      double rival = sorted.size() < 2 ? 0 : sorted.get(i == 0 ? 1 : 0).score;
      double pen = penalty(s.score, rival);
      cands.add(
          new Candidate(
              s.item.qid(), s.item.label(), s.item.description(), round(s.score * (1 - pen)),
              reason(s, pen)));
    }
    String qid = null;
    double top = cands.isEmpty() ? 0 : cands.get(0).score();
    if (top >= threshold && top > 0) {
      qid = cands.get(0).qid();
    }
    return new LinkResult(e.key(), qid, top, List.copyOf(cands));
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  private static String reason(Scored s, double penalty) {
    StringBuilder b = new StringBuilder();
    if (s.item.isDisambiguation()) {
      return "disambiguation page: never linked";
    }
    b.append(s.name == 1 ? "name" : s.name >= 0.9 ? "name variant" : "initials")
        .append(" '")
        .append(s.matchedName)
        .append("'");
    if (s.type == 0) {
      b.append("; incompatible type ").append(s.item.types());
      return b.toString();
    }
    b.append(s.type == 1 ? "; type fits " : s.type >= 0.8 ? "; type related " : "; type unknown ")
        .append(s.item.types());
    b.append(String.format(Locale.ROOT, "; prominence %.2f", s.prominence));
    if (s.role != null) {
      b.append("; role ").append(s.role);
    }
    if (s.context != null) {
      b.append("; context ").append(s.context);
    }
    if (penalty > 0) {
      b.append(String.format(Locale.ROOT, "; ambiguous (-%.0f%%)", penalty * 100));
    }
    return b.toString();
  }

  private List<Scored> candidates(CorpusEntity e) {
    Set<String> names = new LinkedHashSet<>();
    names.add(e.label());
    names.addAll(e.altLabels());
    names.removeIf(n -> n == null || NameFolding.fold(n).length() < 2);
    Map<String, Scored> byQid = new LinkedHashMap<>();
    int looked = 0;
    for (String n : names) {
      if (looked++ >= MAX_NAMES) {
        break;
      }
      for (WikidataItem item : source.search(n)) {
        double best = 0;
        String matched = null;
        for (String in : item.names()) {
          double m = NameFolding.match(n, in);
          if (m > best) {
            best = m;
            matched = in;
          }
        }
        if (best == 0) {
          continue;
        }
        // An alias is a weaker sign than the label.
        double name = matched.equals(item.label()) ? best : best * 0.9;
        Scored old = byQid.get(item.qid());
        if (old != null && old.name >= name) {
          continue;
        }
        double type = WikidataClasses.compatibility(e.kind(), item.types());
        double prom = Math.min(1, Math.log1p(item.sitelinks()) / Math.log1p(SITELINKS_FULL));
        byQid.put(item.qid(), new Scored(item, name, matched, type, prom, role(e, item)));
      }
    }
    List<Scored> list = new ArrayList<>(byQid.values());
    Collections.sort(list, Comparator.comparing(s -> s.item.qid()));
    return list;
  }

  /** A claim joining the item and one of the neighbours' items, e.g. "P102 Q9630", or null. */
  private String context(WikidataItem item, Set<String> neighbours) {
    if (neighbours.isEmpty()) {
      return null;
    }
    for (WikidataItem.Claim c : item.claims()) {
      if (c.isItem() && !c.property().equals("P31") && neighbours.contains(c.value())) {
        return c.property() + " " + c.value();
      }
    }
    for (String n : neighbours) {
      WikidataItem other = source.item(n).orElse(null);
      if (other == null) {
        continue;
      }
      for (WikidataItem.Claim c : other.claims()) {
        if (c.isItem() && !c.property().equals("P31") && c.value().equals(item.qid())) {
          return n + " " + c.property();
        }
      }
    }
    return null;
  }

  /** A stated role, occupation or descriptor that fits the item, as "'MP'~politician", or null. */
  static String role(CorpusEntity e, WikidataItem item) {
    String desc = item.description().toLowerCase(Locale.ROOT);
    boolean holdsPosition = !item.claims("P39").isEmpty();
    for (CorpusEntity.SourcedAttribute sa : e.attributes()) {
      Attribute a = sa.attribute();
      if (a == null || a.value() == null || a.property().equals("age")) {
        continue;
      }
      for (String word : NameFolding.fold(a.value()).split(" ")) {
        for (String cue : RoleCues.cues(word)) {
          if (desc.contains(cue)) {
            return "'" + a.value() + "'~" + cue;
          }
          if (cue.equals("politician") && holdsPosition) {
            return "'" + a.value() + "'~P39";
          }
        }
      }
    }
    return null;
  }
}
