package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.resolve.event.EventMembershipBuilder;
import org.newsgraph.resolve.event.MergingEventResolver;
import org.newsgraph.resolve.statement.MergingStatementResolver;
import org.newsgraph.resolve.statement.SharedWords;

/**
 * The resolution step, in memory: turns every article's facts into corpus-wide entities, events,
 * memberships and statements. Separate from extraction so it can run over facts gathered from
 * anywhere. Builds run the same steps over facts spilled to disk
 * ({@link org.newsgraph.resolve.stream.StreamingResolver}), the Spark job as group-bys across a
 * cluster; both give what this gives.
 *
 * <pre>
 * Corpus corpus = CorpusResolver.standard().resolve(factsOfEveryArticle);
 * </pre>
 */
public final class CorpusResolver {

  private final NameEntityResolver entities;
  private final EventResolver events;
  private final MembershipBuilder memberships;
  private final StatementResolver statements;

  public CorpusResolver(
      NameEntityResolver entities,
      EventResolver events,
      MembershipBuilder memberships,
      StatementResolver statements) {
    this.entities = entities;
    this.events = events;
    this.memberships = memberships;
    this.statements = statements;
  }

  public static CorpusResolver standard() {
    return new CorpusResolver(
        new NameEntityResolver(),
        new MergingEventResolver(),
        new EventMembershipBuilder(),
        new MergingStatementResolver());
  }

  public Corpus resolve(List<ArticleFacts> facts) {
    List<ArticleFacts> sorted = new ArrayList<>(facts);
    sorted.sort(Comparator.comparing(f -> f.article().id()));
    EntityResolution er = entities.resolve(sorted);
    List<CorpusEvent> ev = sortedBy(events.resolve(sorted, er), CorpusEvent::key);
    List<CorpusMembership> ms = sortedBy(memberships.build(sorted, er, ev), CorpusMembership::key);
    List<CorpusStatement> st = sortedBy(statements.resolve(sorted, er), CorpusStatement::key);
    return new Corpus(List.copyOf(sorted), er.entities(), ev, ms, st, SharedWords.find(st));
  }

  private static <T> List<T> sortedBy(List<T> in, java.util.function.Function<T, String> key) {
    List<T> out = new ArrayList<>(in);
    out.sort(Comparator.comparing(key));
    return List.copyOf(out);
  }
}
