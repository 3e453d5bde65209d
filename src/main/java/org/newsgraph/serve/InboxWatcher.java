package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.store.GraphBuild;

/**
 * Watches a folder of articles and adds new ones to a served TDB2 store while it is served.
 *
 * <p>The folder is polled: a file is taken once its size and modification time are the same on
 * two polls in a row (so a file still being copied is left alone), and taken again only if it
 * changes. Each round of new files is added in one write transaction ({@link
 * GraphBuild#ONE_TRANSACTION}), so readers keep the old snapshot until the commit and then see
 * the new articles and the corpus graph built with them, never half of it.
 *
 * <pre>
 * InboxWatcher w = InboxWatcher.create(store, inbox, options).log(out::println).start(5000);
 * ...
 * w.stop();
 * </pre>
 */
public final class InboxWatcher implements AutoCloseable {
  /** What one add did: the files taken and the build summary. */
  public record Added(List<Path> files, GraphBuild.Summary summary) {}

  private final DatasetGraph store;
  private final Path inbox;
  private final GraphBuild.Options options;
  private Consumer<String> log = s -> {};
  private Consumer<String> warnings = s -> {};
  private Consumer<Added> onAdded = a -> {};
  private ScheduledExecutorService timer;
  // Guards the poll state; separate from the start/stop monitor, so stop() can wait for a poll.
  private final Object pollLock = new Object();

  // What the last poll saw (for stability) and what was taken, per file: size and mtime.
  private Map<Path, Stamp> lastSeen = Map.of();
  private final Map<Path, Stamp> taken = new TreeMap<>();

  private record Stamp(long size, long modified) {}

  private InboxWatcher(DatasetGraph store, Path inbox, GraphBuild.Options options) {
    this.store = Objects.requireNonNull(store);
    this.inbox = Objects.requireNonNull(inbox);
    this.options = options.withBatchSize(GraphBuild.ONE_TRANSACTION);
  }

  /** A watcher adding the articles that appear in {@code inbox} to {@code store}. */
  public static InboxWatcher create(DatasetGraph store, Path inbox, GraphBuild.Options options) {
    return new InboxWatcher(store, inbox, options);
  }

  /** Where the one-line reports go (what was added, how long it took). */
  public InboxWatcher log(Consumer<String> sink) {
    this.log = Objects.requireNonNull(sink);
    return this;
  }

  /** Where problems go (a failed add, an unreadable folder). */
  public InboxWatcher warnings(Consumer<String> sink) {
    this.warnings = Objects.requireNonNull(sink);
    return this;
  }

  /** Called after each committed add (for tests and embedding). */
  public InboxWatcher onAdded(Consumer<Added> listener) {
    this.onAdded = Objects.requireNonNull(listener);
    return this;
  }

  /** Polls every {@code intervalMillis} on a daemon thread; returns this. */
  public synchronized InboxWatcher start(long intervalMillis) {
    if (timer != null) {
      throw new IllegalStateException("already started");
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "newsgraph-watch");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(this::pollLogged, 0, intervalMillis, TimeUnit.MILLISECONDS);
    return this;
  }

  /** Stops polling, waiting for an add under way to finish (it commits or aborts whole). */
  public synchronized void stop() {
    if (timer == null) {
      return;
    }
    timer.shutdown();
    try {
      if (!timer.awaitTermination(60, TimeUnit.SECONDS)) {
        timer.shutdownNow();
      }
    } catch (InterruptedException e) {
      timer.shutdownNow();
      Thread.currentThread().interrupt();
    }
    timer = null;
  }

  @Override
  public void close() {
    stop();
  }

  private void pollLogged() {
    try {
      poll();
    } catch (RuntimeException e) {
      // A failed add rolled back; the files stay untaken and are tried again next round.
      warnings.accept("watch: adding from " + inbox + " failed: " + e.getMessage());
    }
  }

  /**
   * One poll: finds the files that are new or changed and unchanged since the previous poll,
   * and adds them in one transaction. Returns what was added, or null when nothing was.
   */
  public Added poll() {
    synchronized (pollLock) {
      return pollNow();
    }
  }

  private Added pollNow() {
    Map<Path, Stamp> now = scan();
    List<Path> ready = new ArrayList<>();
    for (Map.Entry<Path, Stamp> e : now.entrySet()) {
      Stamp s = e.getValue();
      if (s.equals(lastSeen.get(e.getKey())) && !s.equals(taken.get(e.getKey()))) {
        ready.add(e.getKey());
      }
    }
    lastSeen = now;
    if (ready.isEmpty()) {
      return null;
    }
    GraphBuild.Summary s = GraphBuild.buildInto(store, ready, options);
    for (Path p : ready) {
      taken.put(p, now.get(p));
    }
    if (s.articles() > 0) {
      log.accept(
          String.format(
              Locale.ROOT,
              "watch: added %d article%s from %d file%s in %.1f s (%d already in the store)",
              s.articles(),
              s.articles() == 1 ? "" : "s",
              ready.size(),
              ready.size() == 1 ? "" : "s",
              s.seconds(),
              s.alreadyPresent()));
    }
    Added added = new Added(List.copyOf(ready), s);
    onAdded.accept(added);
    return added;
  }

  /** The article files under the inbox (sorted), with their size and modification time. */
  private Map<Path, Stamp> scan() {
    Map<Path, Stamp> out = new TreeMap<>();
    if (!Files.isDirectory(inbox)) {
      return out;
    }
    try (Stream<Path> s = Files.walk(inbox)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (!isArticle(p)) {
          continue;
        }
        try {
          BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
          if (a.isRegularFile()) {
            out.put(p, new Stamp(a.size(), a.lastModifiedTime().toMillis()));
          }
        } catch (IOException e) {
          // Gone between listing and reading: it is simply not there this round.
        }
      }
    } catch (IOException | UncheckedIOException e) {
      warnings.accept("watch: cannot list " + inbox + ": " + e.getMessage());
    }
    return out;
  }

  private static boolean isArticle(Path p) {
    String name = p.getFileName().toString();
    // Copy tools write hidden temporary files (".name.XXXX") before renaming into place.
    if (name.startsWith(".")) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return ArticleReader.EXTENSIONS.stream().anyMatch(lower::endsWith);
  }
}
