package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.store.DatasetFiles;
import org.newsgraph.store.GraphBuild;

/**
 * Turns a command's positional inputs into a dataset: dataset files (.trig, .nq, .ttl, .jsonld)
 * are loaded, article files and folders are built in memory with progress and a summary.
 */
final class Inputs {
  private Inputs() {}

  /** The dataset, and whether every input was read cleanly. */
  record Loaded(DatasetGraph dataset, boolean clean, GraphBuild.Summary summary) {}

  static boolean allDatasets(List<Path> inputs) {
    return !inputs.isEmpty() && inputs.stream().allMatch(DatasetFiles::isDataset);
  }

  static Loaded load(
      List<Path> inputs,
      GraphBuild.Options options,
      PrintWriter out,
      PrintWriter err,
      boolean quiet) {
    if (allDatasets(inputs)) {
      DatasetGraph dsg = null;
      for (Path p : inputs) {
        try {
          DatasetGraph one = DatasetFiles.read(p);
          if (dsg == null) {
            dsg = one;
          } else {
            one.find().forEachRemaining(dsg::add);
          }
        } catch (RiotException e) {
          throw new UserException(p + ": not a valid RDF dataset: " + e.getMessage());
        }
      }
      return new Loaded(dsg, true, null);
    }
    for (Path p : inputs) {
      if (DatasetFiles.isDataset(p)) {
        throw new UserException(
            p + ": a dataset file cannot be mixed with article inputs; give datasets alone", 2);
      }
    }
    Reporter reporter = new Reporter(err, quiet);
    long articles = Progress.articleCount(inputs);
    warnIfHeapShort(articles, false, err);
    GraphBuild.Result r;
    try (Progress progress = Progress.articles("Extracting", articles, quiet, err)) {
      r = GraphBuild.build(inputs, options.withListener(reporter).withProgress(progress));
    } catch (OutOfMemoryError e) {
      throw outOfHeap(articles, false);
    }
    if (!quiet) {
      printSummary(out, r.summary(), reporter);
    }
    if (r.summary().articles() == 0) {
      throw new UserException(
          "no articles could be read from " + inputs
              + " (expected .txt, .html, .htm or .jsonl files or folders of them)");
    }
    return new Loaded(r.dataset(), reporter.problems() == 0, r.summary());
  }

  /**
   * Builds {@code inputs} into a store (adding to what it holds) with progress on {@code err},
   * then prints the summary unless quiet. {@code reporter} hears the inputs' problems.
   */
  static GraphBuild.Summary intoStore(
      DatasetGraph store,
      List<Path> inputs,
      GraphBuild.Options options,
      String task,
      Reporter reporter,
      boolean quiet,
      PrintWriter out,
      PrintWriter err) {
    long given = Progress.articleCount(inputs);
    long[] articles = {given}; // and the articles already in the store, resolved with them
    GraphBuild.Summary s;
    try (Progress progress =
        Progress.articles(task, given, quiet, err)
            .onStored(
                n -> {
                  articles[0] = given + n;
                  warnIfHeapShort(articles[0], true, err);
                })) {
      s = GraphBuild.buildInto(store, inputs, options.withListener(reporter).withProgress(progress));
    } catch (OutOfMemoryError e) {
      throw outOfHeap(articles[0], true);
    } catch (InternalError e) {
      if (!String.valueOf(e.getMessage()).contains("unsafe memory access")) {
        throw e;
      }
      throw diskFull(e);
    }
    if (!quiet) {
      printSummary(out, s, reporter);
    }
    return s;
  }

  /**
   * Heap a build into a store needs whatever its size: TDB2's node caches (they fill up to 1.2
   * million nodes), the resolution's per-name and per-entity tables, the merge steps' sort
   * buffers. The articles' facts are not on the heap: they are spilled to disk and merged there
   * (README, "Performance").
   */
  static final long STORE_HEAP_BASE = 400L << 20;

  /**
   * And per article: its id, in the duplicate check and in the summary counts, and its share of
   * the name tables. Measured on generated news articles of about 400 tokens: the live heap in
   * the middle of the resolution grew by 1.4 KB an article from 30,000 to 100,000 articles, most
   * of it TDB2's caches filling up.
   */
  static final long STORE_BYTES_PER_ARTICLE = 1_500;

  /**
   * The same for a build in memory, which also holds the built dataset (about 350 quads an
   * article) and, to write it, the dataset's quads sorted: 10,000 generated articles built in
   * 900 MB but needed more to write their N-Quads.
   */
  static final long IN_MEMORY_BYTES_PER_ARTICLE = 100_000;

  /**
   * Says before a long build, not after it, when its articles will not fit in this run's heap.
   */
  static void warnIfHeapShort(long articles, boolean inStore, PrintWriter err) {
    long max = Runtime.getRuntime().maxMemory();
    long need = heapNeeded(articles, inStore);
    if (need > max) {
      err.println(
          String.format(
              Locale.ROOT,
              "newsgraph: warning: %,d articles need about %s of heap, more than this run's %s. %s",
              articles,
              gigabytes(need),
              gigabytes(max),
              moreHeap(articles, inStore)));
      err.flush();
    }
  }

  /** Running out of heap in a build, said as what happened and what to do. */
  static UserException outOfHeap(long articles, boolean inStore) {
    return new UserException(
        String.format(
            Locale.ROOT,
            "out of memory (%s of heap): %s. %s%s",
            gigabytes(Runtime.getRuntime().maxMemory()),
            inStore
                ? String.format(
                    Locale.ROOT,
                    "a build into a store needs about %,d MB and %,d KB an article",
                    STORE_HEAP_BASE >> 20, STORE_BYTES_PER_ARTICLE / 1000)
                : String.format(
                    Locale.ROOT,
                    "a build in memory holds the whole graph, about %,d KB an article",
                    IN_MEMORY_BYTES_PER_ARTICLE / 1000),
            moreHeap(articles, inStore),
            inStore
                ? " The batches of articles committed before are kept in the store: the same"
                    + " command goes on from them."
                : ""));
  }

  /**
   * TDB2 writes through memory-mapped files, so a full disk shows as a fault in a memory access
   * (the JVM's "a fault occurred in a recent unsafe memory access operation"), not as an
   * IOException.
   */
  static UserException diskFull(InternalError e) {
    return new UserException(
        "a write to the store's files failed ("
            + e.getMessage()
            + "), which is what a full disk looks like: free space on the store's disk (a"
            + " 100,000-article store takes about 19 GB) and run the same command again. The"
            + " batches of articles committed before are kept in the store: it goes on from them.");
  }

  /** Running out of heap anywhere else. */
  static String outOfHeap() {
    return String.format(
        Locale.ROOT,
        "out of memory (%s of heap). %s. A corpus of more than about %,d articles is better"
            + " built into a store (build --store DIR) than in memory.",
        gigabytes(Runtime.getRuntime().maxMemory()),
        giveJava(8),
        Runtime.getRuntime().maxMemory() / IN_MEMORY_BYTES_PER_ARTICLE / 1000 * 1000);
  }

  /** The heap a build of {@code articles} articles needs. */
  static long heapNeeded(long articles, boolean inStore) {
    return inStore
        ? STORE_HEAP_BASE + articles * STORE_BYTES_PER_ARTICLE
        : articles * IN_MEMORY_BYTES_PER_ARTICLE;
  }

  private static String moreHeap(long articles, boolean inStore) {
    // A quarter more than the articles need, for the resolution's tables and the store's caches.
    long need = heapNeeded(articles, inStore) * 5 / 4;
    long gb = Math.max(2, (need + (1L << 30) - 1) >> 30);
    return String.format(
        Locale.ROOT,
        "%s, or %s.",
        giveJava(gb),
        inStore
            ? "build a corpus this size with the Spark job (README, \"Scale-out\")"
            : String.format(
                Locale.ROOT,
                "build into a store (build --store DIR), which needs about %s",
                gigabytes(heapNeeded(articles, true))));
  }

  private static String giveJava(long gigabytes) {
    return String.format(
        Locale.ROOT,
        "Give Java more heap (NEWSGRAPH_JAVA_OPTS=\"-Xmx%dg -XX:+UseStringDeduplication\""
            + " ./newsgraph ...)",
        gigabytes);
  }

  private static String gigabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
  }

  static void printSummary(PrintWriter out, GraphBuild.Summary s, Reporter reporter) {
    out.printf(
        Locale.ROOT,
        "%,d %s (%,d skipped%s%s), %,d quads, %,d entities, %,d events, %,d memberships,"
            + " %,d statements in %.1f s%n",
        s.articles(),
        s.articles() == 1 ? "article" : "articles",
        s.skipped(),
        reporter == null || reporter.duplicates() == 0
            ? ""
            : String.format(Locale.ROOT, ", %,d duplicate", reporter.duplicates()),
        s.alreadyPresent() == 0
            ? ""
            : String.format(Locale.ROOT, ", %,d already in the store", s.alreadyPresent()),
        s.quads(),
        s.entities(),
        s.events(),
        s.memberships(),
        s.statements(),
        s.seconds());
  }

  static void requireExists(List<Path> inputs) {
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        // Reported by the reader too; here only when nothing at all exists.
        if (inputs.size() == 1) {
          throw new UserException(p + ": no such file or folder");
        }
      }
    }
  }

  static GraphBuild.Options options(String base, int threads, WikidataOptions wikidata) {
    GraphBuild.Options o =
        GraphBuild.Options.defaults().withLinker(wikidata.linker()).withEnrich(wikidata.enrich);
    if (base != null) {
      o = o.withBase(base);
    }
    if (threads > 0) {
      o = o.withThreads(threads);
    }
    return o;
  }
}
