package org.newsgraph.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.ingest.Article;

/**
 * Extraction throughput: articles are generated in batches outside the clock, then a pool of
 * {@code threads} workers runs {@link ArticleExtractor#extract} over each batch on the clock.
 * Only one batch is alive at a time, so memory does not grow with the corpus.
 */
public final class ExtractionBench {

  /** Articles per batch: large enough that the per-batch barrier costs nothing measurable. */
  static final int BATCH = 512;

  /**
   * One measurement.
   *
   * @param threads worker threads
   * @param articles articles extracted
   * @param megabytes UTF-8 size of their text, in MB (10^6 bytes)
   * @param tokens tokens in their text (see {@link TokenCounter})
   * @param seconds time on the clock (extraction only)
   * @param generationSeconds time spent generating the articles, off the clock
   * @param entities entities found, summed over articles (a check that work was done)
   * @param events events found
   * @param statements statements found
   */
  public record Run(
      int threads,
      long articles,
      double megabytes,
      long tokens,
      double seconds,
      double generationSeconds,
      double articlesPerSecond,
      double mbPerSecond,
      double tokensPerSecond,
      long entities,
      long events,
      long statements) {}

  private final ArticleExtractor extractor;

  public ExtractionBench(ArticleExtractor extractor) {
    this.extractor = extractor;
  }

  /** Runs extraction over every article of {@code gen} with {@code threads} workers. */
  public Run run(CorpusGenerator gen, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
    try {
      return measure(gen, threads, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  private Run measure(CorpusGenerator gen, int threads, ExecutorService pool) {
    long bytes = 0;
    long tokens = 0;
    long nanos = 0;
    long genNanos = 0;
    LongAdder entities = new LongAdder();
    LongAdder events = new LongAdder();
    LongAdder statements = new LongAdder();
    for (int start = 0; start < gen.size(); start += BATCH) {
      int end = Math.min(gen.size(), start + BATCH);
      List<Article> batch = new ArrayList<>(end - start);
      long g0 = System.nanoTime();
      for (int i = start; i < end; i++) {
        Article a = gen.article(i).toArticle();
        bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        tokens += TokenCounter.count(a.text());
        batch.add(a);
      }
      genNanos += System.nanoTime() - g0;
      AtomicInteger next = new AtomicInteger();
      Runnable worker =
          () -> {
            for (int i; (i = next.getAndIncrement()) < batch.size(); ) {
              ArticleFacts f = extractor.extract(batch.get(i));
              entities.add(f.entities().size());
              events.add(f.events().size());
              statements.add(f.statements().size());
            }
          };
      long t0 = System.nanoTime();
      List<Future<?>> futures = new ArrayList<>(threads);
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(worker));
      }
      for (Future<?> f : futures) {
        await(f);
      }
      nanos += System.nanoTime() - t0;
    }
    double secs = Math.max(nanos, 1) / 1e9;
    double mb = bytes / 1e6;
    long n = gen.size();
    return new Run(
        threads,
        n,
        round(mb),
        tokens,
        round(secs),
        round(genNanos / 1e9),
        round(n / secs),
        round(mb / secs),
        round(tokens / secs),
        entities.sum(),
        events.sum(),
        statements.sum());
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Extraction failed: " + e.getCause(), e.getCause());
    }
  }

  static ThreadFactory daemons() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "bench-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
