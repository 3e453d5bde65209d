package org.newsgraph.spark;

import org.newsgraph.resolve.stream.Codec;
import org.newsgraph.resolve.stream.GroupBy;
import org.newsgraph.resolve.stream.MergeSteps;
import static org.newsgraph.spark.Rows.US;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.extract.Mention;
import org.newsgraph.ingest.ArticleInfo;
import org.newsgraph.ingest.ArticleMetadata;
import org.newsgraph.resolve.CorpusEntity;
import org.newsgraph.resolve.CorpusEvent;
import org.newsgraph.resolve.CorpusStatement;
import org.newsgraph.resolve.EntityResolution;
import org.newsgraph.resolve.NameEntityResolver;
import org.newsgraph.resolve.Names;
import org.newsgraph.resolve.statement.SharedWords;
import scala.Tuple2;

/**
 * {@link org.newsgraph.resolve.CorpusResolver} as Spark steps over {@code (articleId, facts)}:
 * nothing is collected to the driver. Every step is a group-by on the merge key the
 * single-machine resolvers use, and inside a group the project's own resolver runs on a
 * sub-corpus holding only that group's facts — they are deterministic and group-local, so the
 * result equals the single-machine one (SparkBuildTest compares the quads).
 *
 * <ol>
 *   <li>entities: group local entities by (type, folded name); multi-word groups publish the
 *       forms they use, a single-word group joins the one owner of its word (a join); merged
 *       groups run {@link NameEntityResolver}; keys that collide get -2, -3 in (type, fold)
 *       order (a group-by on the key); references (attribute organisations, directors) are
 *       resolved by a join on (article, local id);
 *   <li>events, memberships, statements: {@link MergeSteps}, its rows grouped by their merge
 *       keys (a corpus event that starts or ends a membership is filed again for that step).
 * </ol>
 */
public final class DistributedResolver implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The resolved corpus nodes, encoded, keyed by their corpus key. */
  public record Result(
      JavaPairRDD<String, byte[]> entities,
      JavaRDD<byte[]> events,
      JavaRDD<byte[]> memberships,
      JavaRDD<byte[]> statements,
      Shared sharedWords) {}

  private final int partitions;

  public DistributedResolver(int partitions) {
    this.partitions = partitions;
  }

  /** Resolves {@code facts} (article id → encoded {@link ArticleFacts}). */
  public Result resolve(JavaPairRDD<String, byte[]> facts) {
    JavaPairRDD<String, byte[]> entities =
        entities(facts).persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    // (articleId, localId) → corpus key, then one map per article for the fact steps.
    JavaPairRDD<String, Map<String, String>> keyMaps =
        entities
            .flatMapToPair(
                en -> {
                  List<Tuple2<String, Tuple2<String, String>>> out = new ArrayList<>();
                  for (String local : pendingLocals(en._2())) {
                    String[] al = local.split(US, 2);
                    out.add(new Tuple2<>(al[0], new Tuple2<>(al[1], en._1())));
                  }
                  return out.iterator();
                })
            .groupByKey(partitions)
            .mapValues(
                it -> {
                  Map<String, String> m = new HashMap<>();
                  it.forEach(t -> m.put(t._1(), t._2()));
                  return m;
                });
    JavaPairRDD<Integer, GroupBy.Row> filed =
        file(facts.join(keyMaps, partitions))
            .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    JavaRDD<byte[]> events =
        groups(filed, EVENTS)
            .flatMap(g -> encoded(MergeSteps.events(g)))
            .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    JavaRDD<byte[]> memberships = memberships(filed, events);
    JavaRDD<byte[]> statements =
        groups(filed, STATEMENTS)
            .flatMap(g -> encoded(MergeSteps.statements(g)))
            .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, byte[]> finalEntities =
        entities.mapValues(p -> Codec.decode(p, Resolved.class).entity());
    return new Result(finalEntities, events, memberships, statements, sharedWords(statements));
  }

  /** A finished entity and the local entities it covers ("articleId US localId"). */
  record Resolved(byte[] entity, List<String> locals) {}

  private static List<String> pendingLocals(byte[] resolved) {
    return Codec.decode(resolved, Resolved.class).locals();
  }

  // ---------------------------------------------------------------- entities

  private static String groupKey(EntityType t, String fold) {
    return t.name() + US + fold;
  }

  JavaPairRDD<String, byte[]> entities(JavaPairRDD<String, byte[]> facts) {
    JavaPairRDD<String, Iterable<Rows.Member>> groups =
        facts
            .flatMapToPair(
                kv -> {
                  ArticleFacts af = Codec.decode(kv._2(), ArticleFacts.class);
                  List<Tuple2<String, Rows.Member>> out = new ArrayList<>();
                  List<LocalEntity> es = af.entities();
                  for (int i = 0; i < es.size(); i++) {
                    LocalEntity e = es.get(i);
                    String f = Names.fold(e.name());
                    if (f.isEmpty()) {
                      continue;
                    }
                    out.add(
                        new Tuple2<>(
                            groupKey(e.type(), f),
                            new Rows.Member(
                                kv._1(), i, Codec.encode(e), e.name().strip().contains(" "))));
                  }
                  return out.iterator();
                })
            .groupByKey(partitions)
            .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    // Forms each multi-word group uses (a surname alone for people): claim key → owner.
    JavaPairRDD<String, String> claims =
        groups
            .filter(g -> multiWord(g._2()))
            .flatMapToPair(
                g -> {
                  EntityType type = EntityType.valueOf(g._1().split(US, 2)[0]);
                  java.util.Set<String> keys = new java.util.TreeSet<>();
                  for (Rows.Member m : g._2()) {
                    LocalEntity e = Codec.decode(m.entity(), LocalEntity.class);
                    keys.add(groupKey(type, Names.fold(e.name())));
                    for (Mention mn : e.mentions()) {
                      if (!mn.pronoun()) {
                        keys.add(groupKey(type, Names.fold(mn.form())));
                      }
                    }
                    if (type == EntityType.PERSON) {
                      String[] w = e.name().strip().split("\\s+");
                      keys.add(groupKey(type, Names.fold(w[w.length - 1])));
                    }
                  }
                  List<Tuple2<String, String>> out = new ArrayList<>();
                  keys.forEach(k -> out.add(new Tuple2<>(k, g._1())));
                  return out.iterator();
                });
    JavaPairRDD<String, Boolean> single =
        groups.filter(g -> !multiWord(g._2())).mapToPair(g -> new Tuple2<>(g._1(), Boolean.TRUE));
    JavaPairRDD<String, String> targets =
        claims
            .distinct(partitions)
            .groupByKey(partitions)
            .join(single, partitions)
            .flatMapToPair(
                c -> {
                  List<String> owners = new ArrayList<>();
                  c._2()._1().forEach(owners::add);
                  return owners.size() == 1
                      ? List.of(new Tuple2<>(c._1(), owners.get(0))).iterator()
                      : java.util.Collections.<Tuple2<String, String>>emptyIterator();
                });
    JavaPairRDD<String, Iterable<Iterable<Rows.Member>>> merged =
        groups
            .leftOuterJoin(targets, partitions)
            .mapToPair(g -> new Tuple2<>(g._2()._2().orElse(g._1()), g._2()._1()))
            .groupByKey(partitions);
    // Each merged group through NameEntityResolver; then keys made unique per base key.
    JavaPairRDD<String, Rows.Pending> pending =
        merged.mapToPair(DistributedResolver::pending);
    JavaPairRDD<String, Rows.Pending> keyed =
        pending
            .groupByKey(partitions)
            .flatMapToPair(
                b -> {
                  List<Rows.Pending> ps = new ArrayList<>();
                  b._2().forEach(ps::add);
                  // The single-machine resolver numbers in (type, fold) order; one base key
                  // has one type, so fold order decides.
                  ps.sort(Comparator.comparing(Rows.Pending::fold));
                  List<Tuple2<String, Rows.Pending>> out = new ArrayList<>();
                  for (int i = 0; i < ps.size(); i++) {
                    out.add(new Tuple2<>(i == 0 ? b._1() : b._1() + "-" + (i + 1), ps.get(i)));
                  }
                  return out.iterator();
                });
    // References to other entities of the same article, resolved by a join.
    JavaPairRDD<String, String> assignments =
        keyed.flatMapToPair(
            k -> {
              List<Tuple2<String, String>> out = new ArrayList<>();
              k._2().locals().forEach(l -> out.add(new Tuple2<>(l, k._1())));
              return out.iterator();
            });
    JavaPairRDD<String, String> requests =
        keyed.flatMapToPair(
            k -> {
              java.util.Set<String> refs = new java.util.TreeSet<>(k._2().directorRefs());
              CorpusEntity ce = Codec.decode(k._2().entity(), CorpusEntity.class);
              for (CorpusEntity.SourcedAttribute sa : ce.attributes()) {
                if (sa.attribute().organisationId() != null) {
                  refs.add(sa.articleId() + US + sa.attribute().organisationId());
                }
              }
              List<Tuple2<String, String>> out = new ArrayList<>();
              refs.forEach(r -> out.add(new Tuple2<>(r, k._1())));
              return out.iterator();
            });
    JavaPairRDD<String, Tuple2<String, String>> answers =
        requests
            .join(assignments, partitions)
            .mapToPair(r -> new Tuple2<>(r._2()._1(), new Tuple2<>(r._1(), r._2()._2())));
    return keyed
        .cogroup(answers, partitions)
        .flatMapToPair(
            k -> {
              List<Tuple2<String, byte[]>> out = new ArrayList<>();
              Map<String, String> refKeys = new HashMap<>();
              k._2()._2().forEach(a -> refKeys.put(a._1(), a._2()));
              for (Rows.Pending p : k._2()._1()) {
                CorpusEntity ce = finish(k._1(), p, refKeys);
                out.add(new Tuple2<>(k._1(), Codec.encode(new Resolved(Codec.encode(ce), p.locals()))));
              }
              return out.iterator();
            });
  }

  private static boolean multiWord(Iterable<Rows.Member> members) {
    for (Rows.Member m : members) {
      if (m.multiWord()) {
        return true;
      }
    }
    return false;
  }

  /** A merged group through the project's resolver: (base key, pending entity). */
  private static Tuple2<String, Rows.Pending> pending(
      Tuple2<String, Iterable<Iterable<Rows.Member>>> g) {
    Map<String, List<Rows.Member>> byArticle = new TreeMap<>();
    for (Iterable<Rows.Member> grp : g._2()) {
      for (Rows.Member m : grp) {
        byArticle.computeIfAbsent(m.articleId(), a -> new ArrayList<>()).add(m);
      }
    }
    List<ArticleFacts> sub = new ArrayList<>();
    List<String> locals = new ArrayList<>();
    List<String> directors = new ArrayList<>();
    for (var en : byArticle.entrySet()) {
      List<Rows.Member> ms = en.getValue();
      ms.sort(Comparator.comparingInt(Rows.Member::position));
      List<LocalEntity> es = new ArrayList<>();
      for (Rows.Member m : ms) {
        LocalEntity e = Codec.decode(m.entity(), LocalEntity.class);
        es.add(e);
        locals.add(en.getKey() + US + e.id());
        if (e.directorId() != null) {
          directors.add(en.getKey() + US + e.directorId());
        }
      }
      sub.add(new ArticleFacts(info(en.getKey()), es, List.of(), List.of(), List.of()));
    }
    EntityResolution er = new NameEntityResolver().resolve(sub);
    if (er.entities().size() != 1) {
      throw new IllegalStateException(
          "merged group " + g._1() + " resolved to " + er.entities().size() + " entities");
    }
    CorpusEntity ce = er.entities().get(0);
    String fold = g._1().split(US, 2)[1];
    return new Tuple2<>(
        ce.key(), new Rows.Pending(g._1(), fold, Codec.encode(ce), locals, directors));
  }

  /** The entity under its final key, its references resolved as the single-machine build does. */
  private static CorpusEntity finish(String key, Rows.Pending p, Map<String, String> refKeys) {
    CorpusEntity ce = Codec.decode(p.entity(), CorpusEntity.class);
    List<CorpusEntity.SourcedAttribute> attrs = new ArrayList<>();
    for (CorpusEntity.SourcedAttribute sa : ce.attributes()) {
      String org = sa.attribute().organisationId();
      attrs.add(
          new CorpusEntity.SourcedAttribute(
              sa.articleId(),
              sa.attribute(),
              org == null ? null : refKeys.get(sa.articleId() + US + org)));
    }
    Map<String, Integer> votes = new TreeMap<>();
    for (String d : p.directorRefs()) {
      String k = refKeys.get(d);
      if (k != null) {
        votes.merge(k, 1, Integer::sum);
      }
    }
    return new CorpusEntity(
        key, ce.kind(), ce.label(), ce.altLabels(), ce.articles(), ce.mentions(), attrs,
        NameEntityResolver.director(votes), ce.confidence());
  }

  private static ArticleInfo info(String articleId) {
    // The resolvers read only the id; the article node itself comes from the article graph.
    return new ArticleInfo(articleId, articleId, ArticleMetadata.EMPTY, 0);
  }

  // ---------------------------------------------------------------- facts steps

  private static final int EVENTS = 0;
  private static final int MEMBERSHIPS = 1;
  private static final int STATEMENTS = 2;

  /**
   * Every article's events, stated memberships and statements filed under their merge keys
   * ({@link MergeSteps#file}), by step.
   */
  private static JavaPairRDD<Integer, GroupBy.Row> file(
      JavaPairRDD<String, Tuple2<byte[], Map<String, String>>> withKeys) {
    return withKeys.flatMapToPair(
        a -> {
          ArticleFacts af = Codec.decode(a._2()._1(), ArticleFacts.class);
          Map<String, String> km = a._2()._2();
          List<Tuple2<Integer, GroupBy.Row>> out = new ArrayList<>();
          MergeSteps.file(
              af,
              km::get,
              r -> out.add(new Tuple2<>(EVENTS, r)),
              r -> out.add(new Tuple2<>(MEMBERSHIPS, r)),
              r -> out.add(new Tuple2<>(STATEMENTS, r)));
          return out.iterator();
        });
  }

  /** The rows of one step, grouped by merge key. */
  private JavaRDD<List<GroupBy.Row>> groups(JavaPairRDD<Integer, GroupBy.Row> filed, int step) {
    return grouped(filed.filter(t -> t._1() == step).values());
  }

  private JavaRDD<List<GroupBy.Row>> grouped(JavaRDD<GroupBy.Row> rows) {
    return rows.mapToPair(r -> new Tuple2<>(r.key(), r))
        .groupByKey(partitions)
        .map(
            g -> {
              List<GroupBy.Row> group = new ArrayList<>();
              g._2().forEach(group::add);
              return group;
            });
  }

  private static Iterator<byte[]> encoded(List<?> records) {
    return records.stream().map(Codec::encode).iterator();
  }

  /** Memberships from the corpus events that start or end one and the stated memberships. */
  JavaRDD<byte[]> memberships(JavaPairRDD<Integer, GroupBy.Row> filed, JavaRDD<byte[]> events) {
    JavaRDD<GroupBy.Row> fromEvents =
        events.flatMap(
            b -> {
              GroupBy.Row r = MergeSteps.membershipRow(Codec.decode(b, CorpusEvent.class));
              return r == null
                  ? java.util.Collections.<GroupBy.Row>emptyIterator()
                  : List.of(r).iterator();
            });
    return grouped(fromEvents.union(filed.filter(t -> t._1() == MEMBERSHIPS).values()))
        .flatMap(g -> encoded(MergeSteps.memberships(g)));
  }

  /**
   * Words given to more than one speaker ({@link SharedWords}): statements grouped by their
   * words into wordings; a wording filed under each trigram it holds and probing under its
   * first, grouped by trigram, containments found per group. Returns the wordings to write and
   * the containments, encoded; a wording found twice gives the same quads twice, and the
   * corpus quads are made distinct.
   */
  Shared sharedWords(JavaRDD<byte[]> statements) {
    // Records travel encoded (Codec): Spark's serialisers do not handle them.
    JavaRDD<byte[]> wordings =
        statements
            .flatMapToPair(
                b -> {
                  SharedWords.Entry e =
                      SharedWords.Entry.of(Codec.decode(b, CorpusStatement.class));
                  String k = SharedWords.wordsKey(e.words());
                  return e.speakerKey() == null || k == null
                      ? java.util.Collections.<Tuple2<String, byte[]>>emptyIterator()
                      : List.of(new Tuple2<>(k, Codec.encode(e))).iterator();
                })
            .groupByKey(partitions)
            .map(
                g -> {
                  List<SharedWords.Entry> same = new ArrayList<>();
                  g._2().forEach(b -> same.add(Codec.decode(b, SharedWords.Entry.class)));
                  return Codec.encode(SharedWords.wording(same));
                })
            .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    JavaRDD<byte[]> within =
        wordings
            .flatMapToPair(
                enc -> {
                  SharedWords.Wording w = Codec.decode(enc, SharedWords.Wording.class);
                  List<Tuple2<String, Tuple2<Boolean, byte[]>>> out = new ArrayList<>();
                  for (String k : SharedWords.containerKeys(w)) {
                    out.add(new Tuple2<>(k, new Tuple2<>(false, enc)));
                  }
                  String probe = SharedWords.probeKey(w);
                  if (probe != null) {
                    out.add(new Tuple2<>(probe, new Tuple2<>(true, enc)));
                  }
                  return out.iterator();
                })
            .groupByKey(partitions)
            .flatMap(
                g -> {
                  List<SharedWords.Wording> containers = new ArrayList<>();
                  List<SharedWords.Wording> probes = new ArrayList<>();
                  for (Tuple2<Boolean, byte[]> t : g._2()) {
                    (t._1() ? probes : containers)
                        .add(Codec.decode(t._2(), SharedWords.Wording.class));
                  }
                  List<byte[]> out = new ArrayList<>();
                  if (!probes.isEmpty()) {
                    for (SharedWords.Within m : SharedWords.matchGroup(containers, probes)) {
                      out.add(Codec.encode(m));
                    }
                  }
                  return out.iterator();
                })
            .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    // The wordings to write: shared by several speakers, or on either side of a containment.
    JavaPairRDD<String, Boolean> inContainment =
        within.flatMapToPair(
            b -> {
              SharedWords.Within w = Codec.decode(b, SharedWords.Within.class);
              return List.of(new Tuple2<>(w.contained(), true), new Tuple2<>(w.container(), true))
                  .iterator();
            });
    JavaRDD<byte[]> written =
        wordings
            .mapToPair(b -> new Tuple2<>(Codec.decode(b, SharedWords.Wording.class).key(), b))
            .leftOuterJoin(inContainment.distinct(partitions), partitions)
            .filter(
                t ->
                    t._2()._2().isPresent()
                        || Codec.decode(t._2()._1(), SharedWords.Wording.class).shared())
            .map(t -> t._2()._1());
    return new Shared(written, within);
  }

  /** The encoded wordings to write and containments between wordings. */
  public record Shared(JavaRDD<byte[]> wordings, JavaRDD<byte[]> within) {}
}
