package org.newsgraph.resolve.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.StatementFact;
import org.newsgraph.extract.time.TimeValue;
import org.newsgraph.resolve.ArticleEvidence;
import org.newsgraph.resolve.CorpusStatement;
import org.newsgraph.resolve.EntityResolution;
import org.newsgraph.resolve.StatementResolver;

/**
 * Merges quotations across articles into corpus statements.
 *
 * <p>Two steps, both keyed so that they map onto a distributed group-by: quotations are grouped
 * by the corpus key of their speaker, then clustered within the group by their normalised word
 * sequence ({@link StatementText#words}). A quotation joins the longest quotation of the same
 * speaker that contains its words as a contiguous run (an outlet quoting half a tweet, a piece
 * of a quote printed whole elsewhere), else it starts a statement of its own. Every printed span
 * stays an evidence of the statement with its article's exact wording; the statement's text is
 * the fullest wording.
 *
 * <pre>
 * List&lt;CorpusStatement&gt; s = new MergingStatementResolver().resolve(facts, resolution);
 * </pre>
 */
public final class MergingStatementResolver implements StatementResolver {

  /** Quotations shorter than this merge only when equal, never by containment. */
  static final int MIN_CONTAINED_WORDS = 3;

  /** One quotation of one article, with its speaker's corpus key. */
  public record Item(String speakerKey, String articleId, StatementFact fact, List<String> words) {
    public Item {
      words = List.copyOf(words);
    }
  }

  @Override
  public List<CorpusStatement> resolve(List<ArticleFacts> facts, EntityResolution entities) {
    Map<String, List<Item>> bySpeaker = new TreeMap<>();
    for (ArticleFacts af : facts) {
      String article = af.article().id();
      for (StatementFact f : af.statements()) {
        String key = entities.key(article, f.speakerId());
        if (key == null) {
          continue; // no speaker, no statement
        }
        bySpeaker
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(new Item(key, article, f, StatementText.words(f.text())));
      }
    }
    List<CorpusStatement> out = new ArrayList<>();
    for (List<Item> items : bySpeaker.values()) {
      out.addAll(cluster(items));
    }
    out.sort(Comparator.comparing(CorpusStatement::key));
    return out;
  }

  /**
   * Clusters the quotations of one speaker (the per-group step). The result does not depend on
   * the order of {@code items}.
   */
  public static List<CorpusStatement> cluster(List<Item> items) {
    List<Item> sorted = new ArrayList<>(items);
    sorted.sort(
        Comparator.comparingInt((Item i) -> -i.words().size())
            .thenComparing(i -> String.join(" ", i.words()))
            .thenComparing(Item::articleId)
            .thenComparingInt(i -> i.fact().evidence().span().begin())
            .thenComparingInt(i -> i.fact().evidence().span().end()));
    List<List<Item>> clusters = new ArrayList<>();
    // Trigram -> clusters whose representative holds it: candidates for containment, so that
    // a speaker with many quotations is not compared pairwise.
    Map<String, List<Integer>> byTrigram = new HashMap<>();
    Map<String, Integer> exact = new HashMap<>();
    for (Item it : sorted) {
      String joined = String.join(" ", it.words());
      Integer target = exact.get(joined);
      if (target == null && it.words().size() >= MIN_CONTAINED_WORDS) {
        List<Integer> cands = byTrigram.get(trigram(it.words(), 0));
        if (cands != null) {
          for (int c : cands) {
            if (StatementText.contains(clusters.get(c).get(0).words(), it.words())) {
              target = c;
              break;
            }
          }
        }
      }
      if (target == null) {
        target = clusters.size();
        clusters.add(new ArrayList<>());
        exact.put(joined, target);
        for (int i = 0; i + 3 <= it.words().size(); i++) {
          List<Integer> l = byTrigram.computeIfAbsent(trigram(it.words(), i), k -> new ArrayList<>());
          if (l.isEmpty() || l.get(l.size() - 1) != (int) target) {
            l.add(target);
          }
        }
      }
      clusters.get(target).add(it);
      exact.putIfAbsent(joined, target);
    }
    List<CorpusStatement> out = new ArrayList<>();
    for (List<Item> c : clusters) {
      out.add(statement(c));
    }
    return out;
  }

  private static String trigram(List<String> w, int i) {
    return w.get(i) + ' ' + w.get(i + 1) + ' ' + w.get(i + 2);
  }

  private static CorpusStatement statement(List<Item> members) {
    Item rep = members.get(0);
    String role = null;
    boolean direct = false;
    TimeValue date = null;
    Map<String, Integer> media = new TreeMap<>();
    List<ArticleEvidence> evidence = new ArrayList<>();
    for (Item m : members) {
      StatementFact f = m.fact();
      if (role == null) {
        role = f.speakerRole();
      }
      direct |= f.direct();
      if (f.date() != null && (date == null || f.date().confidence() > date.confidence())) {
        date = f.date();
      }
      if (f.medium() != null) {
        media.merge(f.medium(), 1, Integer::sum);
      }
      evidence.add(new ArticleEvidence(m.articleId(), f.evidence()));
    }
    String medium = null;
    int best = 0;
    for (Map.Entry<String, Integer> e : media.entrySet()) {
      if (e.getValue() > best) {
        medium = e.getKey();
        best = e.getValue();
      }
    }
    evidence.sort(
        Comparator.comparing(ArticleEvidence::articleId)
            .thenComparing(a -> a.evidence().span()));
    String key =
        "statement/" + StatementText.hash(rep.speakerKey() + "\n" + String.join(" ", rep.words()));
    return new CorpusStatement(
        key, rep.speakerKey(), role, rep.fact().text(), direct, date, medium, evidence);
  }
}
