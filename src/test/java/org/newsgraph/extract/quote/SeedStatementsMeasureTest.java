package org.newsgraph.extract.quote;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.Folding;
import org.newsgraph.eval.Gold;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.EntityIndex;
import org.newsgraph.extract.ExtractionContext;
import org.newsgraph.extract.LocalEntity;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.StatementFact;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.IngestListener;
import org.newsgraph.nlp.NewsTextAnalyser;

/**
 * Measures statement precision/recall/F1 on the seed articles against the development gold
 * (read here only, never by the extractor), scored as the gold format says: each evidence span
 * is one prediction, matched one to one by speaker and word overlap. Two runs: with entities
 * listed by hand from the articles (isolates quotation finding and attribution), and with the
 * shipped entity extractor (the real pipeline). Skipped where the seeds are not beside the repo.
 */
class SeedStatementsMeasureTest {

  /** Entities as a reader lists them from each seed article (not from the gold file). */
  private static final Map<String, String[]> HAND =
      Map.of(
          "000_b249fcfae1cf5286.txt",
          new String[] {
            "Person:Ken Loach|Loach|Mr Loach|KL", "Person:Keir Starmer|Starmer|Sir Keir Starmer|Sir Keir",
            "Person:Jeremy Corbyn|Corbyn|Mr Corbyn", "Person:Boris Johnson", "Person:Dawn Butler",
            "Person:David Lammy", "Person:Tony Blair", "Person:Simon Marks",
            "PoliticalParty:Labour Party|Labour", "Company:Sixteen Films",
            "PartyBody:National Executive Committee|NEC", "PoliticalParty:Conservatives", "Company:YouGov"
          },
          "001_796a75786ddc5a95.txt",
          new String[] {
            "Person:Ken Loach|Loach|KL", "Person:Keir Starmer|Starmer", "Person:Jeremy Corbyn",
            "PoliticalParty:Labor Party|Labor", "Company:Twitter", "Company:Sixteen Films",
            "Faction:Socialist Appeal", "Faction:Resist"
          },
          "002_3face870d96fd443.txt",
          new String[] {
            "Person:Ken Loach|Loach|Mr. Loach", "Person:Jeremy Corbyn|Corbyn", "Person:Keir Starmer|Starmer",
            "PoliticalParty:Labour Party|Labour", "Company:Twitter", "PartyBody:National Executive Committee"
          },
          "003_c0da9d7f1442f618.txt",
          new String[] {
            "Person:Ken Loach|Loach|Ken", "Person:Keir Starmer|Starmer|Sir Keir Starmer",
            "Person:Jeremy Corbyn|Corbyn", "Person:Tony Blair", "Person:Julian Assange|Assange",
            "Person:David Davis", "Person:Paul Knaggs", "PoliticalParty:Labour Party|Labour",
            "Company:Twitter", "MediaOutlet:The Guardian|Guardian", "MediaOutlet:BBC",
            "MediaOutlet:Channel 4", "Organisation:Labour Heartlands", "PoliticalParty:Respect",
            "PoliticalParty:Left Unity", "Organisation:Wikileaks"
          },
          "004_fcce7fd16a031c1e.txt",
          new String[] {
            "Person:Ken Loach|Loach", "Person:Keir Starmer|Starmer|Sir Keir Starmer|Sir Keir",
            "Person:Jeremy Corbyn|Corbyn", "Person:John McDonnell|McDonnell", "Person:John Bercow",
            "Person:Nelson Mandela", "Person:Yanis Varoufakis", "Person:Jon Trickett", "Person:Dave Ward",
            "Person:Francisco Franco", "Person:Boris Johnson", "PoliticalParty:Labour Party|Labour",
            "PartyBody:National Executive Committee|NEC", "Faction:Socialist Appeal", "Company:Twitter",
            "Organisation:Britain Elects", "PoliticalParty:Syriza"
          });

  private static Path shared() {
    String repo = System.getProperty("newsgraph.repo", ".");
    for (Path p : List.of(Path.of(repo).resolve("../shared"), Path.of("/work/shared"))) {
      if (Files.isDirectory(p.resolve("seeds")) && Files.isRegularFile(p.resolve("gold/seeds.gold.json"))) {
        return p;
      }
    }
    return null;
  }

  @Test
  void statementsOnSeeds() throws Exception {
    Path shared = shared();
    assumeTrue(shared != null, "seeds and gold not found beside the repo");
    Gold gold = Gold.read(shared.resolve("gold/seeds.gold.json"));
    List<Article> articles = new ArrayList<>();
    new ArticleReader(IngestListener.NONE).read(List.of(shared.resolve("seeds")), articles::add);

    int[] hand = {0, 0, 0};
    int[] pipe = {0, 0, 0};
    for (Article a : articles) {
      Gold.GoldArticle ga =
          gold.articles().stream().filter(g -> g.file().equals(a.source())).findFirst().orElse(null);
      if (ga == null) {
        continue;
      }
      String[] spec = HAND.get(a.source());
      if (spec != null) {
        EntityIndex idx = QuoteFixtures.index(a.text(), spec);
        var pub = a.meta().published();
        ExtractionContext ctx =
            new ExtractionContext(a, new NewsTextAnalyser().analyse(a.text()),
                pub == null ? null : pub.date(), pub != null && pub.inferred());
        score("hand", ga, idx.entities(), new QuoteStatementExtractor().extract(ctx, idx), hand);
      }
      ArticleFacts f = ArticleExtractor.standard().extract(a);
      score("pipeline", ga, f.entities(), f.statements(), pipe);
    }
    System.out.println("statements, hand entities: " + prf(hand));
    System.out.println("statements, pipeline:      " + prf(pipe));
    assertTrue(f1(hand) >= 0.9, "hand-entity statement F1 " + prf(hand));
  }

  private static void score(
      String mode, Gold.GoldArticle ga, List<LocalEntity> entities, List<StatementFact> pred, int[] acc) {
    List<Gold.GoldStatement> gold = ga.statements() == null ? List.of() : ga.statements();
    Set<Integer> used = new HashSet<>();
    int tp = 0;
    for (Gold.GoldStatement g : gold) {
      Set<String> names = new HashSet<>();
      for (String n : ga.namesOf(g.speaker())) {
        names.add(Folding.fold(n));
      }
      boolean found = false;
      for (int p = 0; p < pred.size() && !found; p++) {
        if (used.contains(p)) {
          continue;
        }
        StatementFact f = pred.get(p);
        if (speakerMatches(entities, f.speakerId(), names) && overlaps(g.text(), f.evidence().quote())) {
          used.add(p);
          found = true;
          tp++;
        }
      }
      if (!found) {
        System.out.println(mode + " missed " + ga.file() + " " + g.speaker() + ": " + g.text());
      }
    }
    for (int p = 0; p < pred.size(); p++) {
      if (!used.contains(p)) {
        System.out.println(mode + " spurious " + ga.file() + " " + pred.get(p).speakerId() + ": " + pred.get(p).text());
      }
    }
    acc[0] += tp;
    acc[1] += pred.size() - tp;
    acc[2] += gold.size() - tp;
  }

  private static boolean speakerMatches(List<LocalEntity> entities, String id, Set<String> names) {
    for (LocalEntity e : entities) {
      if (!e.id().equals(id)) {
        continue;
      }
      if (names.contains(Folding.fold(e.name()))) {
        return true;
      }
      for (Mention m : e.mentions()) {
        if (!m.pronoun() && names.contains(Folding.fold(m.form()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean overlaps(String gold, String span) {
    List<String> g = Folding.words(gold);
    List<String> s = Folding.words(span);
    if (g.isEmpty() || s.isEmpty()) {
      return false;
    }
    Set<String> gs = new HashSet<>(g);
    Set<String> ss = new HashSet<>(s);
    long gIn = g.stream().filter(ss::contains).count();
    long sIn = s.stream().filter(gs::contains).count();
    return gIn >= 0.6 * g.size() && sIn >= 0.4 * s.size();
  }

  private static double f1(int[] c) {
    double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static String prf(int[] c) {
    double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    return String.format("tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f", c[0], c[1], c[2], p, r, f1(c));
  }

}
