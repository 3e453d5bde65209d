package org.newsgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleIds;
import org.newsgraph.ingest.ArticleMetadata;
import org.newsgraph.ingest.PublicationDate;
import org.newsgraph.nlp.NewsTextAnalyser;

/**
 * No pattern takes more than linear-ish time: analysis and extraction of adversarial texts of
 * 10k, 20k, 40k and 80k chars, with t(80k) &lt; 16 t(10k) + slack (linear would be 8x, quadratic
 * 64x) and an absolute cap.
 */
class AdversarialTimeTest {

  static final int[] SIZES = {10_000, 20_000, 40_000, 80_000};
  static final double SLACK_MS = 250;
  static final double CAP_MS = 20_000;

  /** Repeats {@code unit} to {@code n} chars. */
  static IntFunction<String> repeat(String unit) {
    return n -> {
      StringBuilder sb = new StringBuilder(n + unit.length());
      while (sb.length() < n) {
        sb.append(unit);
      }
      return sb.substring(0, n);
    };
  }

  static final Map<String, IntFunction<String>> INPUTS = new java.util.LinkedHashMap<>();

  static {
    INPUTS.put("capitalised words", repeat("Labour Party National Executive Committee Member "));
    INPUTS.put("Mr Mr Mr", repeat("Mr "));
    INPUTS.put("honorific chain", repeat("Sir Dr Mr Ms Mrs Lord Baroness "));
    INPUTS.put("straight quotes", repeat("\""));
    INPUTS.put("curly quotes", repeat("“ ‘ ” ’ "));
    INPUTS.put("quoted words", repeat("\"a\" 'b' “c” "));
    INPUTS.put("commas", repeat(", "));
    INPUTS.put("and and and", repeat("and "));
    INPUTS.put("dashes", repeat("— – - "));
    INPUTS.put("digits", repeat("2021"));
    INPUTS.put("dates", repeat("14 August 2021, 1 March 2020 and 2019-08-14 "));
    INPUTS.put("one long token", repeat("a"));
    INPUTS.put("long capitalised token", repeat("Abcdefghij"));
    INPUTS.put("dots", repeat(". "));
    INPUTS.put("expelled from", repeat("was expelled from the "));
    INPUTS.put("said said", repeat("said, \"said\" said "));
    INPUTS.put("newlines", repeat("A\n"));
    INPUTS.put("apostrophes", repeat("O'Neill's '"));
    INPUTS.put("at-handles", repeat("(@a) (@"));
  }

  static Article article(String text) {
    return new Article(ArticleIds.of(text), "adversarial.txt", text,
        ArticleMetadata.EMPTY.withPublished(new PublicationDate(LocalDate.of(2021, 8, 14), false, "test")));
  }

  /** The best of two runs, in ms: noise on a shared machine only ever adds. */
  static double time(Runnable r) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 2; i++) {
      long t0 = System.nanoTime();
      r.run();
      best = Math.min(best, (System.nanoTime() - t0) / 1e6);
      if (best > CAP_MS) {
        break;
      }
    }
    return best;
  }

  @Test
  void analysisAndExtractionGrowLinearly() {
    ArticleExtractor ex = ArticleExtractor.standard();
    NewsTextAnalyser analyser = new NewsTextAnalyser();
    // Warm up so the first size is not paying for class loading and the JIT.
    for (IntFunction<String> g : INPUTS.values()) {
      ex.extract(article(g.apply(SIZES[0])));
    }
    List<String> rows = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    rows.add(String.format("%-24s %9s %9s %9s %9s %7s", "input", "10k ms", "20k ms", "40k ms", "80k ms", "ratio"));
    for (var e : INPUTS.entrySet()) {
      double[] t = new double[SIZES.length];
      for (int i = 0; i < SIZES.length; i++) {
        String text = e.getValue().apply(SIZES[i]);
        Article a = article(text);
        t[i] = time(() -> {
          analyser.analyse(text);
          ex.extract(a);
        });
        if (t[i] > CAP_MS) {
          failures.add(e.getKey() + ": " + SIZES[i] + " chars took " + t[i] + " ms");
          break;
        }
      }
      double ratio = t[3] / Math.max(t[0], 0.01);
      rows.add(String.format("%-24s %9.1f %9.1f %9.1f %9.1f %7.1f", e.getKey(), t[0], t[1], t[2], t[3], ratio));
      if (t[3] > 16 * t[0] + SLACK_MS) {
        failures.add(String.format("%s: t(80k)=%.1f ms > 16 x t(10k)=%.1f ms + %.0f", e.getKey(), t[3], t[0], SLACK_MS));
      }
    }
    System.out.println("AdversarialTimeTest:\n" + String.join("\n", rows));
    assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n" + String.join("\n", rows));
  }
}
