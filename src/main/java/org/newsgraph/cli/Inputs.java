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
    GraphBuild.Result r;
    try (Progress progress = Progress.articles("Extracting", inputs, quiet, err)) {
      r = GraphBuild.build(inputs, options.withListener(reporter).withProgress(progress));
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
    GraphBuild.Summary s;
    try (Progress progress = Progress.articles(task, inputs, quiet, err)) {
      s = GraphBuild.buildInto(store, inputs, options.withListener(reporter).withProgress(progress));
    }
    if (!quiet) {
      printSummary(out, s, reporter);
    }
    return s;
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
