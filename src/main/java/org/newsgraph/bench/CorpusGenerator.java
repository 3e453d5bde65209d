package org.newsgraph.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A deterministic corpus of invented but realistic news articles about party discipline:
 * expulsions, suspensions, proscribed groups, quotations and tweets, with the boilerplate real
 * pages carry. The same seed and size give a byte-identical corpus; each article is derived
 * from (seed, index) alone, so the corpus streams and article {@code i} can be had directly.
 *
 * <pre>
 * CorpusGenerator gen = CorpusGenerator.create(42, 1000);
 * gen.stream().forEach(a -&gt; extractor.extract(a.toArticle()));
 * </pre>
 */
public final class CorpusGenerator {

  private final long seed;
  private final int size;
  private final ArticlePlanner planner;

  private CorpusGenerator(long seed, int size) {
    if (size < 0) {
      throw new IllegalArgumentException("Corpus size must be >= 0: " + size);
    }
    this.seed = seed;
    this.size = size;
    BenchData data = BenchData.get();
    // About five articles per person: enough repetition for cross-article merging, and the
    // number of distinct entities grows with the corpus as in real coverage.
    World world = new World(seed, Math.max(40, size / 5), data);
    this.planner = new ArticlePlanner(seed, world, data);
  }

  /** A generator of {@code size} articles from {@code seed}. */
  public static CorpusGenerator create(long seed, int size) {
    return new CorpusGenerator(seed, size);
  }

  public long seed() {
    return seed;
  }

  public int size() {
    return size;
  }

  /** Article {@code i} (0-based); cost independent of {@code i}. */
  public GeneratedArticle article(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("Article " + i + " of " + size);
    }
    ArticlePlanner.Draft d = planner.draft(i);
    String id = String.format("%06d_%s", i, hash(d.text()));
    return new GeneratedArticle(i, id, d.title(), d.outlet(), d.published(), d.text());
  }

  /** The articles in order, made one at a time as the stream is consumed. */
  public Stream<GeneratedArticle> stream() {
    return IntStream.range(0, size).mapToObj(this::article);
  }

  /** The articles in order, made one at a time. */
  public Iterator<GeneratedArticle> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public GeneratedArticle next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        return article(next++);
      }
    };
  }

  private static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
