package org.newsgraph.resolve.stream;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.EventFact;
import org.newsgraph.extract.MembershipFact;
import org.newsgraph.extract.StatementFact;
import org.newsgraph.ingest.ArticleInfo;
import org.newsgraph.ingest.ArticleMetadata;
import org.newsgraph.resolve.ArticleEntity;
import org.newsgraph.resolve.CorpusEntity;
import org.newsgraph.resolve.CorpusEvent;
import org.newsgraph.resolve.CorpusMembership;
import org.newsgraph.resolve.CorpusResolver;
import org.newsgraph.resolve.CorpusStatement;
import org.newsgraph.resolve.EntityNaming;
import org.newsgraph.resolve.EntityResolution;
import org.newsgraph.resolve.LocalRef;
import org.newsgraph.resolve.NameEntityResolver;
import org.newsgraph.resolve.event.EventMembershipBuilder;
import org.newsgraph.resolve.event.MergingEventResolver;
import org.newsgraph.resolve.statement.MergingStatementResolver;
import org.newsgraph.resolve.statement.SharedWords;
import org.newsgraph.resolve.statement.StatementText;

/**
 * {@link CorpusResolver}'s resolution for a corpus of any size on one machine: the articles'
 * facts go to a spill file as they come ({@link #add}), and {@link #resolve} reads them back
 * once, handing each article's share of its entities to the output and filing its events,
 * memberships and statements under their merge keys in group-bys that spill to disk. Each
 * group is then merged by the same resolvers the in-memory build runs, on a sub-corpus holding
 * that group alone (they are deterministic and group-local: the Spark build relies on the same
 * property). What stays on the heap is per distinct name ({@link EntityNaming}), per entity
 * (its label, alternative labels, distinct attributes) and per statement wording (one trigram),
 * never a mention or a piece of evidence; the largest group is the most held at once.
 *
 * <pre>
 * try (StreamingResolver r = new StreamingResolver(GroupBy::inMemory)) {
 *   facts.forEach(r::add);
 *   r.resolve(output);
 * }
 * </pre>
 *
 * <p>The output gets the same corpus nodes as {@link CorpusResolver#resolve} gives, entities
 * in two parts (each article's share, then the entity itself), in no particular order.
 */
public final class StreamingResolver implements AutoCloseable {

  /** Hears the resolved corpus. */
  public interface Output {
    /** A step starts; {@code articles} is the number of {@link #article} calls it makes, or 0. */
    default void step(String what, long articles) {}

    /**
     * Every entity's key and names (label, alternative labels, kind), before any article: no
     * articles, mentions, attributes or director yet.
     */
    default void named(List<CorpusEntity> heads) {}

    /** One article's share of its entities, in key order, before any {@link #entity}. */
    default void article(ArticleInfo article, List<ArticleEntity> entities) {}

    /**
     * A corpus entity: no articles or mentions (those came with {@link #article}); of its
     * attributes, the first of each distinct property and value, in article order.
     */
    default void entity(CorpusEntity entity) {}

    default void event(CorpusEvent event) {}

    default void membership(CorpusMembership membership) {}

    default void statement(CorpusStatement statement) {}

    /** Last: the words given to more than one speaker. */
    default void sharedWords(SharedWords.Shared shared) {}
  }

  /** How many corpus nodes of each kind the resolution gave. */
  public record Totals(int entities, int events, int memberships, int statements) {}

  /** An article's event with its entities' corpus keys. */
  record EventRow(EventFact fact, String subject, String organisation, String agent) {}

  /** An input of one (member, organisation) pair: a corpus event or a stated membership. */
  record MembershipRow(CorpusEvent event, MembershipFact fact) {}

  /** An attribute and where it is first stated: article, entity, attribute index. */
  private record First(String position, CorpusEntity.SourcedAttribute attribute) {}

  private static final char US = '\u001f';

  private final GroupBy.Factory groupBys;
  private final EntityNaming naming = new EntityNaming();
  private final Spill<ArticleFacts> facts = Spill.create(ArticleFacts.class);
  private final List<AutoCloseable> open = new ArrayList<>();

  public StreamingResolver(GroupBy.Factory groupBys) {
    this.groupBys = groupBys;
    open.add(facts);
  }

  /** Adds one article's facts (any order; an article once). */
  public void add(ArticleFacts af) {
    naming.add(af);
    facts.add(af);
  }

  public long articles() {
    return facts.size();
  }

  /** Resolves everything added, to {@code out}. Once. */
  public Totals resolve(Output out) {
    EntityNaming.Naming named = naming.resolve();
    out.named(named.heads());
    GroupBy events = group();
    GroupBy memberships = group();
    GroupBy statements = group();
    Map<String, Map<String, Integer>> directors = new HashMap<>();
    Map<String, Map<String, First>> firsts = new HashMap<>();
    out.step(
        String.format(
            "Resolving entities, events and statements across %,d articles", facts.size()),
        facts.size());
    facts.forEach(
        af -> {
          List<ArticleEntity> parts = named.articleEntities(af);
          out.article(af.article(), parts);
          for (ArticleEntity p : parts) {
            for (String d : p.directorKeys()) {
              directors.computeIfAbsent(p.key(), k -> new TreeMap<>()).merge(d, 1, Integer::sum);
            }
            List<CorpusEntity.SourcedAttribute> as = p.attributes();
            for (int i = 0; i < as.size(); i++) {
              CorpusEntity.SourcedAttribute sa = as.get(i);
              First f = new First(p.articleId() + US + String.format("%09d", i), sa);
              firsts
                  .computeIfAbsent(p.key(), k -> new HashMap<>())
                  .merge(
                      sa.attribute().property() + US + sa.attribute().value(),
                      f,
                      (a, b) -> a.position().compareTo(b.position()) <= 0 ? a : b);
            }
          }
          file(af, named, events, memberships, statements);
        });
    for (CorpusEntity head : named.heads()) {
      List<CorpusEntity.SourcedAttribute> attrs =
          firsts.getOrDefault(head.key(), Map.of()).values().stream()
              .sorted(Comparator.comparing(First::position))
              .map(First::attribute)
              .toList();
      out.entity(
          new CorpusEntity(
              head.key(), head.kind(), head.label(), head.altLabels(), head.articles(),
              head.mentions(), attrs,
              NameEntityResolver.director(directors.getOrDefault(head.key(), Map.of())),
              head.confidence()));
    }
    directors.clear();
    firsts.clear();
    out.step("Merging events", 0);
    int[] n = {0, 0, 0};
    events.forEachGroup(
        rows -> {
          for (CorpusEvent ev : events(rows)) {
            out.event(ev);
            n[0]++;
            if (EventMembershipBuilder.relevant(ev)) {
              memberships.add(
                  new GroupBy.Row(
                      pair(ev.subjectKey(), ev.organisationKey()), "", 0,
                      Codec.encode(new MembershipRow(ev, null))));
            }
          }
        });
    events.close();
    out.step("Building memberships", 0);
    memberships.forEachGroup(
        rows -> {
          for (CorpusMembership m : memberships(rows)) {
            out.membership(m);
            n[1]++;
          }
        });
    memberships.close();
    out.step("Merging statements", 0);
    GroupBy words = group();
    statements.forEachGroup(
        rows -> {
          List<MergingStatementResolver.Item> items = new ArrayList<>();
          for (GroupBy.Row r : rows) {
            StatementFact sf = Codec.decode(r.value(), StatementFact.class);
            items.add(
                new MergingStatementResolver.Item(
                    r.key(), r.article(), sf, StatementText.words(sf.text())));
          }
          for (CorpusStatement cs : MergingStatementResolver.cluster(items)) {
            out.statement(cs);
            n[2]++;
            SharedWords.Entry e = SharedWords.Entry.of(cs);
            String k = SharedWords.wordsKey(e.words());
            if (k != null) {
              words.add(new GroupBy.Row(k, cs.key(), 0, Codec.encode(e)));
            }
          }
        });
    statements.close();
    out.step("Finding words given to more than one speaker", 0);
    out.sharedWords(sharedWords(words));
    return new Totals(named.heads().size(), n[0], n[1], n[2]);
  }

  /** Files an article's events, stated memberships and statements under their merge keys. */
  private static void file(
      ArticleFacts af,
      EntityNaming.Naming named,
      GroupBy events,
      GroupBy memberships,
      GroupBy statements) {
    String aid = af.article().id();
    List<EventFact> evs = af.events();
    for (int i = 0; i < evs.size(); i++) {
      EventFact e = evs.get(i);
      String subject = named.key(af, e.subjectId());
      if (subject == null) {
        continue;
      }
      String org = named.key(af, e.organisationId());
      EventRow row = new EventRow(e, subject, org, named.key(af, e.agentId()));
      events.add(
          new GroupBy.Row(
              MergingEventResolver.groupKey(e.type(), subject, org), aid, i, Codec.encode(row)));
    }
    List<MembershipFact> ms = af.memberships();
    for (int i = 0; i < ms.size(); i++) {
      MembershipFact m = ms.get(i);
      String member = named.key(af, m.memberId());
      String org = named.key(af, m.organisationId());
      if (member != null && org != null) {
        memberships.add(
            new GroupBy.Row(
                pair(member, org), aid, i, Codec.encode(new MembershipRow(null, m))));
      }
    }
    List<StatementFact> ss = af.statements();
    for (int i = 0; i < ss.size(); i++) {
      String speaker = named.key(af, ss.get(i).speakerId());
      if (speaker != null) {
        statements.add(new GroupBy.Row(speaker, aid, i, Codec.encode(ss.get(i))));
      }
    }
  }

  /** The events of one (type, subject, organisation) group. */
  private static List<CorpusEvent> events(List<GroupBy.Row> rows) {
    Map<LocalRef, String> keys = new HashMap<>();
    Map<String, List<EventFact>> byArticle = new TreeMap<>();
    for (GroupBy.Row r : rows) {
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

  /** The memberships of one (member, organisation) pair. */
  private static List<CorpusMembership> memberships(List<GroupBy.Row> rows) {
    String[] pair = rows.get(0).key().split(String.valueOf(US), 2);
    List<CorpusEvent> evs = new ArrayList<>();
    Map<LocalRef, String> keys = new HashMap<>();
    Map<String, List<MembershipFact>> byArticle = new TreeMap<>();
    for (GroupBy.Row r : rows) {
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

  /**
   * {@link SharedWords#find} as group-bys: statements by their words into wordings; each
   * wording filed under its first trigram as a probe and, as a container, under every trigram
   * of its own that some wording probes with (the probe trigrams are the one set kept on the
   * heap); containments found per trigram.
   */
  private SharedWords.Shared sharedWords(GroupBy words) {
    Set<String> probeKeys = new HashSet<>();
    try (Spill<SharedWords.Wording> wordings = Spill.create(SharedWords.Wording.class)) {
      words.forEachGroup(
          rows -> {
            List<SharedWords.Entry> same = new ArrayList<>();
            rows.forEach(r -> same.add(Codec.decode(r.value(), SharedWords.Entry.class)));
            SharedWords.Wording w = SharedWords.wording(same);
            wordings.add(w);
            String p = SharedWords.probeKey(w);
            if (p != null) {
              probeKeys.add(p);
            }
          });
      words.close();
      GroupBy byTrigram = group();
      wordings.forEach(
          w -> {
            byte[] enc = Codec.encode(w);
            String p = SharedWords.probeKey(w);
            if (p != null) {
              byTrigram.add(new GroupBy.Row(p, "p", 0, enc));
            }
            for (String k : SharedWords.containerKeys(w)) {
              if (probeKeys.contains(k)) {
                byTrigram.add(new GroupBy.Row(k, "c", 0, enc));
              }
            }
          });
      probeKeys.clear();
      Set<SharedWords.Within> within = new TreeSet<>(SharedWords.WITHIN_ORDER);
      byTrigram.forEachGroup(
          rows -> {
            List<SharedWords.Wording> containers = new ArrayList<>();
            List<SharedWords.Wording> probes = new ArrayList<>();
            for (GroupBy.Row r : rows) {
              (r.article().equals("p") ? probes : containers)
                  .add(Codec.decode(r.value(), SharedWords.Wording.class));
            }
            if (!probes.isEmpty()) {
              within.addAll(SharedWords.matchGroup(containers, probes));
            }
          });
      byTrigram.close();
      Set<String> inWithin = new HashSet<>();
      for (SharedWords.Within w : within) {
        inWithin.add(w.contained());
        inWithin.add(w.container());
      }
      Map<String, SharedWords.Wording> written = new TreeMap<>();
      wordings.forEach(
          w -> {
            if (w.shared() || inWithin.contains(w.key())) {
              written.put(w.key(), w);
            }
          });
      return new SharedWords.Shared(List.copyOf(written.values()), List.copyOf(within));
    }
  }

  private GroupBy group() {
    GroupBy g = groupBys.create();
    open.add(g);
    return g;
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

  /** Deletes the spill files. */
  @Override
  public void close() {
    RuntimeException first = null;
    for (AutoCloseable c : open) {
      try {
        c.close();
      } catch (Exception e) {
        if (first == null) {
          first = e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
      }
    }
    open.clear();
    if (first != null) {
      throw first;
    }
  }
}
