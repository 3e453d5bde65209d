package org.newsgraph.resolve.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.EventFact;
import org.newsgraph.extract.EventType;
import org.newsgraph.extract.time.Precision;
import org.newsgraph.extract.time.TimeValue;
import org.newsgraph.resolve.ArticleEvidence;
import org.newsgraph.resolve.CorpusEvent;
import org.newsgraph.resolve.EntityResolution;
import org.newsgraph.resolve.EventResolver;

/**
 * One corpus event per real event: article events with the same type, subject and
 * organisation (by corpus entity key) and compatible dates are one event, with one piece of
 * evidence per reporting span.
 *
 * <p>Dates: values are compatible when one is a prefix of the other at the coarser precision
 * (a null date is compatible with anything); two day dates at most three days apart are also
 * taken as the same event, since articles resolve "on Saturday" against different publication
 * dates. The event keeps the date most reports agree with, the most precise on ties. Keys are
 * {@code event/<type>/<hash of type, subject, organisation, year>}. Deterministic.
 *
 * <pre>
 * List&lt;CorpusEvent&gt; events = new MergingEventResolver().resolve(facts, entityResolution);
 * </pre>
 */
public final class MergingEventResolver implements EventResolver {

  /** One article's event with its corpus keys. */
  record Item(String articleId, EventFact fact, String subject, String org, String agent) {}

  @Override
  public List<CorpusEvent> resolve(List<ArticleFacts> facts, EntityResolution entities) {
    List<ArticleFacts> sorted = new ArrayList<>(facts);
    sorted.sort(Comparator.comparing(f -> f.article().id()));
    Map<String, List<Item>> groups = new TreeMap<>();
    for (ArticleFacts af : sorted) {
      String aid = af.article().id();
      for (EventFact e : af.events()) {
        String subj = entities.key(aid, e.subjectId());
        if (subj == null) {
          continue;
        }
        String org = entities.key(aid, e.organisationId());
        String agent = entities.key(aid, e.agentId());
        groups
            .computeIfAbsent(groupKey(e.type(), subj, org), k -> new ArrayList<>())
            .add(new Item(aid, e, subj, org, agent));
      }
    }
    List<CorpusEvent> out = new ArrayList<>();
    Set<String> usedKeys = new TreeSet<>();
    for (List<Item> group : groups.values()) {
      for (List<Item> cluster : cluster(group)) {
        out.add(event(cluster, usedKeys));
      }
    }
    out.sort(Comparator.comparing(CorpusEvent::key));
    return List.copyOf(out);
  }

  /** The key of the group an event is merged in: type, subject, organisation (may be null). */
  public static String groupKey(EventType type, String subject, String organisation) {
    return type + "\u001f" + subject + "\u001f" + Keys.nz(organisation);
  }

  /** Splits one (type, subject, organisation) group into events by date. */
  static List<List<Item>> cluster(List<Item> group) {
    List<Item> dated = new ArrayList<>();
    List<Item> undated = new ArrayList<>();
    for (Item i : group) {
      (i.fact().date() == null ? undated : dated).add(i);
    }
    // Most precise first, so coarse dates join the cluster of the finer date they fit.
    dated.sort(
        Comparator.comparing((Item i) -> i.fact().date().precision())
            .thenComparing(i -> i.fact().date().iso())
            .thenComparing(Item::articleId)
            .thenComparing(i -> i.fact().evidence().span()));
    List<List<Item>> clusters = new ArrayList<>();
    for (Item i : dated) {
      List<Item> home = null;
      for (List<Item> c : clusters) {
        if (c.stream().allMatch(o -> close(o.fact().date(), i.fact().date()))) {
          home = c;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        clusters.add(home);
      }
      home.add(i);
    }
    if (!undated.isEmpty()) {
      if (clusters.isEmpty()) {
        clusters.add(new ArrayList<>(undated));
      } else {
        List<Item> biggest = clusters.get(0);
        for (List<Item> c : clusters) {
          if (articles(c) > articles(biggest)) {
            biggest = c;
          }
        }
        biggest.addAll(undated);
      }
    }
    return clusters;
  }

  static boolean close(TimeValue a, TimeValue b) {
    if (a == null || b == null || a.compatibleWith(b)) {
      return true;
    }
    if (a.precision() == Precision.DAY && b.precision() == Precision.DAY) {
      long days = Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a.iso()), LocalDate.parse(b.iso())));
      return days <= 3;
    }
    return false;
  }

  private static long articles(List<Item> c) {
    return c.stream().map(Item::articleId).distinct().count();
  }

  /**
   * The most precise date a majority of the dated reports agree with: at each precision from
   * day to decade, the best-supported value wins if more than half of the articles that give a
   * date are compatible with it; otherwise the next coarser precision is tried.
   */
  static TimeValue bestDate(List<Item> cluster) {
    // Each distinct date (value and precision) once, with the articles that give it and its
    // summed confidence: support is then counted per distinct date, not per pair of reports,
    // so a cluster of thousands of reports of one event stays cheap.
    Map<String, TimeValue> dates = new LinkedHashMap<>();
    Map<String, Set<String>> articles = new HashMap<>();
    Map<String, Double> confByIso = new HashMap<>();
    Set<String> datedArticles = new HashSet<>();
    for (Item o : cluster) {
      TimeValue d = o.fact().date();
      if (d == null) {
        continue;
      }
      String key = d.iso() + "|" + d.precision();
      dates.putIfAbsent(key, d);
      articles.computeIfAbsent(key, k -> new HashSet<>()).add(o.articleId());
      confByIso.merge(d.iso(), d.confidence(), Double::sum);
      datedArticles.add(o.articleId());
    }
    TimeValue fallback = null;
    for (Precision p : Precision.values()) {
      TimeValue best = null;
      long bestSupport = -1;
      double bestConf = -1;
      for (TimeValue d : dates.values()) {
        if (d.precision() != p) {
          continue;
        }
        Set<String> supporting = new HashSet<>();
        for (Map.Entry<String, TimeValue> o : dates.entrySet()) {
          if (o.getValue().compatibleWith(d)) {
            supporting.addAll(articles.get(o.getKey()));
          }
        }
        long support = supporting.size();
        double conf = confByIso.get(d.iso());
        if (best == null
            || support > bestSupport
            || (support == bestSupport
                && (conf > bestConf || (conf == bestConf && d.iso().compareTo(best.iso()) < 0)))) {
          best = d;
          bestSupport = support;
          bestConf = conf;
        }
      }
      if (best != null && bestSupport * 2 > datedArticles.size()) {
        return best;
      }
      if (best != null) {
        fallback = best;
      }
    }
    return fallback;
  }

  private static CorpusEvent event(List<Item> cluster, Set<String> usedKeys) {
    cluster.sort(
        Comparator.comparing(Item::articleId).thenComparing(i -> i.fact().evidence().span()));
    Item first = cluster.get(0);
    EventType type = first.fact().type();
    TimeValue date = bestDate(cluster);
    Map<String, Integer> agents = new TreeMap<>();
    String reason = null;
    List<ArticleEvidence> evidence = new ArrayList<>();
    for (Item i : cluster) {
      if (i.agent() != null) {
        agents.merge(i.agent(), 1, Integer::sum);
      }
      if (reason == null) {
        reason = i.fact().reason();
      }
      evidence.add(new ArticleEvidence(i.articleId(), i.fact().evidence()));
    }
    String agent = null;
    int agentVotes = 0;
    for (Map.Entry<String, Integer> a : agents.entrySet()) {
      if (a.getValue() > agentVotes) {
        agent = a.getKey();
        agentVotes = a.getValue();
      }
    }
    String coarse = date == null ? "" : date.iso().substring(0, 4);
    String base =
        "event/"
            + type.name().toLowerCase(Locale.ROOT)
            + "/"
            + Keys.hash(type.name(), first.subject(), Keys.nz(first.org()), coarse);
    String key = base;
    for (int n = 2; !usedKeys.add(key); n++) {
      key = base + "-" + n;
    }
    return new CorpusEvent(
        key, type, first.subject(), first.org(), agent, reason, date, List.copyOf(evidence));
  }
}
