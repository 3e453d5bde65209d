package org.newsgraph.extract.entity;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ExtractionContext;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleMetadata;
import org.newsgraph.nlp.AnalysedText;

/**
 * Throughput of analyse + extract on one thread over the seed articles replicated with varied
 * names. Runs only with {@code -Dentities.bench=true} (and the shared seeds present).
 */
class EntityThroughputTest {

  @Test
  void throughput() throws Exception {
    assumeTrue(Boolean.getBoolean("entities.bench"), "benchmark not requested");
    Path seeds = SeedGoldMeasureTest.SHARED.resolve("seeds");
    assumeTrue(Files.isDirectory(seeds));
    List<String> base = new ArrayList<>();
    try (Stream<Path> s = Files.list(seeds)) {
      for (Path p : s.sorted().toList()) {
        base.add(Files.readString(p));
      }
    }
    String[] given = {"Ken", "Mara", "Tobias", "Ines", "Olu", "Priya", "Sean", "Hanne"};
    String[] family = {"Loach", "Varga", "Okafor", "Lindqvist", "Brennan", "Moreau", "Castell"};
    List<String> corpus = new ArrayList<>();
    long chars = 0;
    for (int i = 0; corpus.size() < 2000; i++) {
      String t =
          base.get(i % base.size())
              .replace("Ken", given[i % given.length])
              .replace("Loach", family[(i / 3) % family.length] + (i % 50));
      corpus.add(t);
      chars += t.length();
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int w = 0; w < 500; w++) { // warm-up
      run(corpus.get(w));
    }
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long entities = 0;
    for (String t : corpus) {
      entities += run(t);
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%d articles, %.2f M chars, %d entities: wall %.2fs (%.0f articles/s), cpu %.2fs "
            + "(%.0f articles/s, %.2f M chars/s)%n",
        corpus.size(),
        chars / 1e6,
        entities,
        wall,
        corpus.size() / wall,
        cpu,
        corpus.size() / cpu,
        chars / 1e6 / cpu);
  }

  static int run(String text) {
    AnalysedText at = EntityTestLib.ANALYSER.analyse(text);
    Article a = new Article("b", "b.txt", text, ArticleMetadata.EMPTY);
    return EntityTestLib.EXTRACTOR
        .extract(new ExtractionContext(a, at, LocalDate.of(2021, 8, 14), false))
        .size();
  }
}
