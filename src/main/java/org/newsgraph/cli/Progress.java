package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.store.GraphBuild;

/**
 * Progress of a build: a bar on a terminal; elsewhere (a pipe, a CI log, nohup) a line every
 * ten seconds, so a build of many minutes never sits silent; nothing with --quiet. The steps
 * after extraction (resolution, writing the corpus graph) are announced as they start.
 */
final class Progress implements GraphBuild.Progress, AutoCloseable {
  static final Duration LINE_EVERY = Duration.ofSeconds(10);

  private final PrintWriter err; // null when quiet
  private final long everyNanos;
  private String prefix; // "Extracting: ", then an indent under a later step's announcement
  private long total;
  private long start = System.nanoTime();
  private ProgressBar bar; // on a terminal, until extraction ends
  private long done;
  private long lastLine = start;
  private LongConsumer onStored = n -> {};

  /** Progress over {@code articles} articles (counted by {@link #articleCount}). */
  static Progress articles(String task, long articles, boolean quiet, PrintWriter err) {
    return new Progress(
        task, quiet ? -1 : articles, quiet ? null : err, System.console() != null, LINE_EVERY);
  }

  /**
   * @param total the steps expected, or -1 if unknown
   * @param err where progress goes; null for none
   * @param terminal a bar instead of lines
   */
  Progress(String task, long total, PrintWriter err, boolean terminal, Duration lineEvery) {
    this.prefix = task + ": ";
    this.total = total;
    this.err = err;
    this.everyNanos = lineEvery.toNanos();
    if (err != null && terminal) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(total)
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" articles", 1)
              .continuousUpdate()
              .build();
    }
  }

  /** Also tells {@code listener} how many articles the store built into already holds. */
  Progress onStored(LongConsumer listener) {
    this.onStored = listener;
    return this;
  }

  @Override
  public void stored(long articles) {
    onStored.accept(articles);
  }

  @Override
  public void article() {
    done++;
    if (bar != null) {
      bar.step();
    } else if (err != null) {
      long now = System.nanoTime();
      if (now - lastLine >= everyNanos) {
        lastLine = now;
        double rate = done / Math.max(1e-9, (now - start) / 1e9);
        String of = total > 0 ? String.format(Locale.ROOT, " of %,d", total) : "";
        err.printf(Locale.ROOT, "%s%,d%s articles (%,.0f/s)%n", prefix, done, of, rate);
        err.flush();
      }
    }
  }

  /**
   * Announces a step of the build after extraction ("Resolving ..."); the articles it goes
   * through are counted afresh, on indented lines.
   */
  @Override
  public void phase(String what, long articles) {
    endBar();
    prefix = "  ";
    total = articles > 0 ? articles : -1;
    done = 0;
    start = System.nanoTime();
    lastLine = start;
    if (err != null) {
      err.println(what);
      err.flush();
    }
  }

  private void endBar() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  @Override
  public void close() {
    endBar();
  }

  /** Articles in the inputs: one per file, a line per article in a JSONL file. */
  static long articleCount(List<Path> inputs) {
    long n = 0;
    for (Path f : ArticleReader.files(inputs)) {
      n += f.toString().endsWith(".jsonl") ? lines(f) : 1;
    }
    return n;
  }

  private static long lines(Path f) {
    long n = 0;
    byte[] buf = new byte[1 << 16];
    boolean content = false; // the line so far holds more than blanks (blank lines are skipped)
    try (InputStream in = Files.newInputStream(f)) {
      for (int r; (r = in.read(buf)) > 0; ) {
        for (int i = 0; i < r; i++) {
          byte b = buf[i];
          if (b == '\n') {
            n += content ? 1 : 0;
            content = false;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            content = true;
          }
        }
      }
    } catch (IOException e) {
      return 0; // reported when it is read
    }
    return content ? n + 1 : n;
  }
}
