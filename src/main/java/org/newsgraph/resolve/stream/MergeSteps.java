package org.newsgraph.resolve.stream;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.EventFact;
import org.newsgraph.extract.MembershipFact;
import org.newsgraph.extract.StatementFact;
import org.newsgraph.ingest.ArticleInfo;
import org.newsgraph.ingest.ArticleMetadata;
import org.newsgraph.resolve.CorpusEvent;
import org.newsgraph.resolve.CorpusMembership;
import org.newsgraph.resolve.CorpusStatement;
import org.newsgraph.resolve.EntityResolution;
import org.newsgraph.resolve.LocalRef;
import org.newsgraph.resolve.event.EventMembershipBuilder;
import org.newsgraph.resolve.event.MergingEventResolver;
import org.newsgraph.resolve.statement.MergingStatementResolver;
import org.newsgraph.resolve.statement.StatementText;

/**
 * The merge steps after entity resolution, as rows filed under merge keys and groups merged one
 * at a time: what a build runs over group-bys on disk ({@link StreamingResolver}) and the Spark
 * job over its shuffles. A group is merged by the resolver the in-memory build runs, on a
 * sub-corpus holding that group alone; the resolvers are deterministic and group-local, so the
 * result is theirs.
 *
 * <ol>
 *   <li>events, by (type, subject, organisation): {@link MergingEventResolver};
 *   <li>memberships, by (member, organisation): the corpus events that start or end one and
 *       the memberships articles state, {@link EventMembershipBuilder};
 *   <li>statements, by speaker: {@link MergingStatementResolver#cluster}.
 * </ol>
 */
public final class MergeSteps {
  private MergeSteps() {}

  /** An article's event with its entities' corpus keys. */
  record EventRow(EventFact fact, String subject, String organisation, String agent) {}

  /** An input of one (member, organisation) pair: a corpus event or a stated membership. */
  record MembershipRow(CorpusEvent event, MembershipFact fact) {}

  private static final char US = '\u001f';

  /**
   * Files one article's events, stated memberships and statements under their merge keys.
   *
   * @param key the corpus key of a local entity of the article (null for none)
   */
  public static void file(
      ArticleFacts af,
      UnaryOperator<String> key,
      Consumer<GroupBy.Row> events,
      Consumer<GroupBy.Row> memberships,
      Consumer<GroupBy.Row> statements) {
    String aid = af.article().id();
    List<EventFact> evs = af.events();
    for (int i = 0; i < evs.size(); i++) {
      EventFact e = evs.get(i);
      String subject = keyOf(key, e.subjectId());
      if (subject == null) {
        continue;
      }
      String org = keyOf(key, e.organisationId());
      EventRow row = new EventRow(e, subject, org, keyOf(key, e.agentId()));
      events.accept(
          new GroupBy.Row(
              MergingEventResolver.groupKey(e.type(), subject, org), aid, i, Codec.encode(row)));
    }
    List<MembershipFact> ms = af.memberships();
    for (int i = 0; i < ms.size(); i++) {
      MembershipFact m = ms.get(i);
      String member = keyOf(key, m.memberId());
      String org = keyOf(key, m.organisationId());
      if (member != null && org != null) {
        memberships.accept(
            new GroupBy.Row(
                pair(member, org), aid, i, Codec.encode(new MembershipRow(null, m))));
      }
    }
    List<StatementFact> ss = af.statements();
    for (int i = 0; i < ss.size(); i++) {
      String speaker = keyOf(key, ss.get(i).speakerId());
      if (speaker != null) {
        statements.accept(new GroupBy.Row(speaker, aid, i, Codec.encode(ss.get(i))));
      }
    }
  }

  private static String keyOf(UnaryOperator<String> key, String localId) {
    return localId == null ? null : key.apply(localId);
  }

  /** The events of one (type, subject, organisation) group, its rows in any order. */
  public static List<CorpusEvent> events(List<GroupBy.Row> rows) {
    Map<LocalRef, String> keys = new HashMap<>();
    Map<String, List<EventFact>> byArticle = new TreeMap<>();
    for (GroupBy.Row r : sorted(rows)) {
      EventRow e = Codec.decode(r.value(), EventRow.class);
      byArticle.computeIfAbsent(r.article(), a -> new ArrayList<>()).add(e.fact());
      keys.put(new LocalRef(r.article(), e.fact().subjectId()), e.subject());
      if (e.organisation() != null) {
        keys.put(new LocalRef(r.article(), e.fact().organisationId()), e.organisation());
      }
      if (e.agent() != null) {
        keys.put(new LocalRef(r.article(), e.fact().agentId()), e.agent());
      }
    }
    List<ArticleFacts> sub = new ArrayList<>();
    byArticle.forEach((a, es) -> sub.add(facts(a, es, List.of(), List.of())));
    return new MergingEventResolver().resolve(sub, new EntityResolution(List.of(), keys));
  }

  /** The row of a corpus event for the membership step, or null when it starts or ends none. */
  public static GroupBy.Row membershipRow(CorpusEvent ev) {
    return EventMembershipBuilder.relevant(ev)
        ? new GroupBy.Row(
            pair(ev.subjectKey(), ev.organisationKey()), "", 0,
            Codec.encode(new MembershipRow(ev, null)))
        : null;
  }

  /** The memberships of one (member, organisation) pair, its rows in any order. */
  public static List<CorpusMembership> memberships(List<GroupBy.Row> rows) {
    String[] pair = rows.get(0).key().split(String.valueOf(US), 2);
    List<CorpusEvent> evs = new ArrayList<>();
    Map<LocalRef, String> keys = new HashMap<>();
    Map<String, List<MembershipFact>> byArticle = new TreeMap<>();
    for (GroupBy.Row r : sorted(rows)) {
      MembershipRow m = Codec.decode(r.value(), MembershipRow.class);
      if (m.event() != null) {
        evs.add(m.event());
        continue;
      }
      byArticle.computeIfAbsent(r.article(), a -> new ArrayList<>()).add(m.fact());
      keys.put(new LocalRef(r.article(), m.fact().memberId()), pair[0]);
      keys.put(new LocalRef(r.article(), m.fact().organisationId()), pair[1]);
    }
    evs.sort(Comparator.comparing(CorpusEvent::key));
    List<ArticleFacts> sub = new ArrayList<>();
    byArticle.forEach((a, ms) -> sub.add(facts(a, List.of(), ms, List.of())));
    return new EventMembershipBuilder().build(sub, new EntityResolution(List.of(), keys), evs);
  }

  /** The statements of one speaker, its rows in any order. */
  public static List<CorpusStatement> statements(List<GroupBy.Row> rows) {
    List<MergingStatementResolver.Item> items = new ArrayList<>();
    for (GroupBy.Row r : rows) {
      StatementFact sf = Codec.decode(r.value(), StatementFact.class);
      items.add(
          new MergingStatementResolver.Item(
              r.key(), r.article(), sf, StatementText.words(sf.text())));
    }
    return MergingStatementResolver.cluster(items);
  }

  private static List<GroupBy.Row> sorted(List<GroupBy.Row> rows) {
    List<GroupBy.Row> out = new ArrayList<>(rows);
    out.sort(GroupBy.ORDER);
    return out;
  }

  private static String pair(String member, String org) {
    return member + US + org;
  }

  private static ArticleFacts facts(
      String articleId,
      List<EventFact> events,
      List<MembershipFact> memberships,
      List<StatementFact> statements) {
    // The resolvers read only the id; the article itself is in the article graphs.
    return new ArticleFacts(
        new ArticleInfo(articleId, articleId, ArticleMetadata.EMPTY, 0),
        List.of(), events, memberships, statements);
  }
}
