package org.newsgraph.spark;

import org.newsgraph.resolve.stream.Codec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.newsgraph.graph.Iris;
import org.newsgraph.graph.LinkGraph;
import org.newsgraph.link.LinkResult;
import org.newsgraph.link.LinkerLib;
import org.newsgraph.link.WikidataLinker;
import org.newsgraph.resolve.CorpusEntity;
import scala.Tuple2;

/**
 * Wikidata linking as {@code newsgraph build} does it offline ({@link WikidataLinker#link}),
 * in distributed steps: each entity's provisional item without context; per article, the
 * provisional items of the entities in it handed to the others (the context); each entity's
 * link from its candidates and that context. Writes the same link quads as the single-machine
 * build. The bundled Wikidata extract is loaded once per executor JVM.
 */
final class DistributedLinker {

  private DistributedLinker() {}

  private static final class Holder {
    static final WikidataLinker LINKER = LinkerLib.offline(null);
  }

  /** The first pass's answer for one entity. */
  record First(String key, List<String> articles, String qid, boolean candidates) {}

  /** An entity as one of its articles sees it. */
  record Member(String key, String qid, boolean candidates) {}

  /** The link quads (N-Quads lines) for the corpus entities (encoded {@link CorpusEntity}). */
  static JavaRDD<String> quads(String base, JavaPairRDD<String, byte[]> entities, int parts) {
    JavaRDD<byte[]> firsts =
        entities
            .values()
            .map(
                b -> {
                  CorpusEntity e = Codec.decode(b, CorpusEntity.class);
                  WikidataLinker.Provisional p = Holder.LINKER.provisional(e);
                  return Codec.encode(
                      new First(
                          e.key(), List.copyOf(e.articles()), p.qid(), p.hasCandidates()));
                });
    // Context: the provisional items of the other entities sharing an article.
    JavaPairRDD<String, Iterable<String>> neighbours =
        firsts
            .flatMapToPair(
                b -> {
                  First f = Codec.decode(b, First.class);
                  List<Tuple2<String, byte[]>> out = new ArrayList<>();
                  if (f.candidates() || f.qid() != null) {
                    byte[] m = Codec.encode(new Member(f.key(), f.qid(), f.candidates()));
                    for (String a : f.articles()) {
                      out.add(new Tuple2<>(a, m));
                    }
                  }
                  return out.iterator();
                })
            .groupByKey(parts)
            .flatMapToPair(
                g -> {
                  List<Member> members = new ArrayList<>();
                  g._2().forEach(b -> members.add(Codec.decode(b, Member.class)));
                  List<Tuple2<String, String>> out = new ArrayList<>();
                  for (Member m : members) {
                    if (!m.candidates()) {
                      continue;
                    }
                    for (Member k : members) {
                      if (k.qid() != null && !k.key().equals(m.key())) {
                        out.add(new Tuple2<>(m.key(), k.qid()));
                      }
                    }
                  }
                  return out.iterator();
                })
            .distinct(parts)
            .groupByKey(parts);
    return entities
        .leftOuterJoin(neighbours, parts)
        .flatMap(
            t -> {
              CorpusEntity e = Codec.decode(t._2()._1(), CorpusEntity.class);
              Set<String> context = new TreeSet<>();
              if (t._2()._2().isPresent()) {
                t._2()._2().get().forEach(context::add);
              }
              LinkResult r = Holder.LINKER.finish(e, context);
              if (r.qid() == null && r.candidates().isEmpty()) {
                return Collections.emptyIterator();
              }
              Iris iris = new Iris(base);
              List<String> lines = new ArrayList<>();
              LinkGraph.write(iris.corpusGraph(), List.of(r), iris::key, q -> lines.add(SparkBuild.line(q)));
              return lines.iterator();
            });
  }
}
