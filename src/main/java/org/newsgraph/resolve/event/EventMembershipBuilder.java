package org.newsgraph.resolve.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.EventType;
import org.newsgraph.extract.MembershipFact;
import org.newsgraph.extract.time.TimeValue;
import org.newsgraph.resolve.ArticleEvidence;
import org.newsgraph.resolve.CorpusEvent;
import org.newsgraph.resolve.CorpusMembership;
import org.newsgraph.resolve.EntityResolution;
import org.newsgraph.resolve.MembershipBuilder;

/**
 * Memberships (org:Membership) from joining, departure and expulsion events and from
 * memberships stated directly, one per (member, organisation) period: a joining opens a
 * period, a departure or expulsion closes it (and is recorded as what ended it), so a person
 * who left and rejoined has two. A stated membership ("a member since the 1960s", "after three
 * decades as a member") fills the start or end of the period it fits, or makes its own.
 * Keys are {@code membership/<hash of member, organisation, start>}. Deterministic.
 */
public final class EventMembershipBuilder implements MembershipBuilder {

  /** A period being built. */
  private static final class Period {
    TimeValue start;
    TimeValue end;
    String endedBy;
    final List<ArticleEvidence> evidence = new ArrayList<>();
  }

  @Override
  public List<CorpusMembership> build(
      List<ArticleFacts> facts, EntityResolution entities, List<CorpusEvent> events) {
    Map<String, List<CorpusEvent>> byPair = new TreeMap<>();
    for (CorpusEvent e : events) {
      if (relevant(e)) {
        byPair.computeIfAbsent(pair(e.subjectKey(), e.organisationKey()), k -> new ArrayList<>()).add(e);
      }
    }
    Map<String, List<ArticleEvidenceFact>> stated = new TreeMap<>();
    List<ArticleFacts> sorted = new ArrayList<>(facts);
    sorted.sort(Comparator.comparing(f -> f.article().id()));
    for (ArticleFacts af : sorted) {
      String aid = af.article().id();
      for (MembershipFact m : af.memberships()) {
        String member = entities.key(aid, m.memberId());
        String org = entities.key(aid, m.organisationId());
        if (member != null && org != null) {
          stated.computeIfAbsent(pair(member, org), k -> new ArrayList<>()).add(new ArticleEvidenceFact(aid, m));
        }
      }
    }
    Set<String> pairs = new TreeSet<>(byPair.keySet());
    pairs.addAll(stated.keySet());
    List<CorpusMembership> out = new ArrayList<>();
    Set<String> used = new TreeSet<>();
    for (String p : pairs) {
      String[] mo = p.split("\u001f", 2);
      List<Period> periods = periods(byPair.getOrDefault(p, List.of()));
      for (ArticleEvidenceFact f : stated.getOrDefault(p, List.of())) {
        place(periods, f);
      }
      for (Period per : periods) {
        String base =
            "membership/"
                + Keys.hash(mo[0], mo[1], per.start == null ? "" : per.start.iso(),
                    per.end == null ? "" : per.end.iso());
        String key = base;
        for (int n = 2; !used.add(key); n++) {
          key = base + "-" + n;
        }
        List<ArticleEvidence> ev = new ArrayList<>(per.evidence);
        ev.sort(
            Comparator.comparing(ArticleEvidence::articleId)
                .thenComparing(a -> a.evidence().span())
                .thenComparing(a -> a.evidence().rule()));
        out.add(new CorpusMembership(key, mo[0], mo[1], per.start, per.end, per.endedBy, List.copyOf(ev)));
      }
    }
    out.sort(Comparator.comparing(CorpusMembership::key));
    return List.copyOf(out);
  }

  private record ArticleEvidenceFact(String articleId, MembershipFact fact) {}

  private static String pair(String member, String org) {
    return member + "\u001f" + org;
  }

  /**
   * Whether an event starts or ends a membership: a joining, departure or expulsion with both
   * its subject and organisation known.
   */
  public static boolean relevant(CorpusEvent e) {
    boolean type =
        e.type() == EventType.Joining
            || e.type() == EventType.Departure
            || e.type() == EventType.Expulsion;
    return type && e.subjectKey() != null && e.organisationKey() != null;
  }

  /** Walks the pair's events in date order; undated joinings/endings go where they fit. */
  private static List<Period> periods(List<CorpusEvent> events) {
    List<CorpusEvent> dated = new ArrayList<>();
    List<CorpusEvent> undated = new ArrayList<>();
    for (CorpusEvent e : events) {
      (e.date() == null ? undated : dated).add(e);
    }
    dated.sort(Comparator.comparing((CorpusEvent e) -> e.date().iso()).thenComparing(CorpusEvent::key));
    undated.sort(Comparator.comparing(CorpusEvent::key));
    List<Period> periods = new ArrayList<>();
    Period open = null;
    for (CorpusEvent e : dated) {
      if (e.type() == EventType.Joining) {
        open = new Period();
        open.start = e.date();
        open.evidence.addAll(e.evidence());
        periods.add(open);
      } else {
        if (open == null) {
          open = new Period();
          periods.add(open);
        }
        open.end = e.date();
        open.endedBy = e.key();
        open.evidence.addAll(e.evidence());
        open = null;
      }
    }
    for (CorpusEvent e : undated) {
      if (e.type() == EventType.Joining) {
        // An undated joining next to dated ones is most often the latest ("rejoined").
        Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        if (last == null || (last.end != null && last.endedBy != null)) {
          last = new Period();
          periods.add(last);
        }
        last.evidence.addAll(e.evidence());
      } else {
        Period target = null;
        for (Period per : periods) {
          if (per.endedBy == null) {
            target = per;
          }
        }
        if (target == null) {
          target = new Period();
          periods.add(target);
        }
        target.endedBy = e.key();
        target.evidence.addAll(e.evidence());
      }
    }
    return periods;
  }

  /** Puts a stated membership on the period whose start or end it matches, else its own. */
  private static void place(List<Period> periods, ArticleEvidenceFact f) {
    MembershipFact m = f.fact();
    for (Period p : periods) {
      boolean startFits = m.start() != null && p.start != null && m.start().compatibleWith(p.start);
      boolean endFits = m.end() != null && p.end != null && m.end().compatibleWith(p.end);
      if (startFits || endFits) {
        if (p.start == null) {
          p.start = m.start();
        }
        if (p.end == null && m.end() != null) {
          p.end = m.end();
        }
        p.evidence.add(new ArticleEvidence(f.articleId(), m.evidence()));
        return;
      }
    }
    for (Period p : periods) {
      // A period known only by its end ("left in the 1990s") gets the stated start.
      if (p.start == null && m.end() != null && p.end == null) {
        continue;
      }
      if (p.start == null && m.start() != null && (m.end() == null || p.end == null || m.end().compatibleWith(p.end))) {
        p.start = m.start();
        p.evidence.add(new ArticleEvidence(f.articleId(), m.evidence()));
        return;
      }
    }
    Period own = new Period();
    own.start = m.start();
    own.end = m.end();
    own.evidence.add(new ArticleEvidence(f.articleId(), m.evidence()));
    periods.add(own);
  }
}
