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
import org.newsgraph.ingest.ArticleInfo;
import org.newsgraph.resolve.ArticleEntity;
import org.newsgraph.resolve.CorpusEntity;
import org.newsgraph.resolve.CorpusEvent;
import org.newsgraph.resolve.CorpusMembership;
import org.newsgraph.resolve.CorpusResolver;
import org.newsgraph.resolve.CorpusStatement;
import org.newsgraph.resolve.EntityNaming;
import org.newsgraph.resolve.NameEntityResolver;
import org.newsgraph.resolve.statement.SharedWords;

/**
 * {@link CorpusResolver}'s resolution for a corpus of any size on one machine: the articles'
 * facts go to a spill file as they come ({@link #add}), and {@link #resolve} reads them back
 * once, handing each article's share of its entities to the output and filing its events,
 * memberships and statements under their merge keys in group-bys that spill to disk. Each
 * group is then merged as the Spark job merges it ({@link MergeSteps}). What stays on the heap
 * is per distinct name ({@link EntityNaming}), per entity (its label, alternative labels,
 * distinct attributes) and per statement wording (one trigram), never a mention or a piece of
 * evidence; the largest group is the most held at once.
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

  /** An attribute and where it is stated: its article and its place in the article's share. */
  private record Stated(String article, int index, CorpusEntity.SourcedAttribute attribute) {}

  private static final Comparator<Stated> FIRST =
      Comparator.comparing(Stated::article).thenComparingInt(Stated::index);

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
    Map<String, Map<String, Stated>> firsts = new HashMap<>();
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
              firsts
                  .computeIfAbsent(p.key(), k -> new HashMap<>())
                  .merge(
                      sa.attribute().property() + US + sa.attribute().value(),
                      new Stated(p.articleId(), i, sa),
                      (a, b) -> FIRST.compare(a, b) <= 0 ? a : b);
            }
          }
          MergeSteps.file(
              af, local -> named.key(af, local), events::add, memberships::add, statements::add);
        });
    for (CorpusEntity head : named.heads()) {
      List<CorpusEntity.SourcedAttribute> attrs =
          firsts.getOrDefault(head.key(), Map.of()).values().stream()
              .sorted(FIRST)
              .map(Stated::attribute)
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
          for (CorpusEvent ev : MergeSteps.events(rows)) {
            out.event(ev);
            n[0]++;
            GroupBy.Row r = MergeSteps.membershipRow(ev);
            if (r != null) {
              memberships.add(r);
            }
          }
        });
    events.close();
    out.step("Building memberships", 0);
    memberships.forEachGroup(
        rows -> {
          for (CorpusMembership m : MergeSteps.memberships(rows)) {
            out.membership(m);
            n[1]++;
          }
        });
    memberships.close();
    out.step("Merging statements", 0);
    GroupBy words = group();
    statements.forEachGroup(
        rows -> {
          for (CorpusStatement cs : MergeSteps.statements(rows)) {
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
      Set<String> inWithin = SharedWords.keysIn(within);
      Map<String, SharedWords.Wording> written = new TreeMap<>();
      wordings.forEach(
          w -> {
            if (SharedWords.written(w, inWithin)) {
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
