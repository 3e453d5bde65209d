package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.newsgraph.link.DumpIndexer;
import org.newsgraph.link.SyntheticDump;
import org.newsgraph.link.WikidataClasses;
import org.newsgraph.link.WikidataException;
import org.newsgraph.link.WikidataIndex;
import org.newsgraph.link.WikidataItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph wikidata}: offline Wikidata tools.
 *
 * <pre>
 * newsgraph wikidata index latest-all.json.gz -o wikidata.idx.gz
 * newsgraph wikidata lookup "Labor Party" --index wikidata.idx.gz
 * </pre>
 */
@Command(
    name = "wikidata",
    description = "Build and query the offline Wikidata index.",
    subcommands = {
      WikidataCommand.Index.class,
      WikidataCommand.Lookup.class,
      WikidataCommand.Synth.class
    })
public final class WikidataCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** {@code newsgraph wikidata index}: streams a dump into a compact index. */
  @Command(
      name = "index",
      description = "Stream a Wikidata JSON dump (plain, .gz or .bz2) into a compact index.")
  public static final class Index implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LoggingOptions logging;

    @Parameters(index = "0", paramLabel = "DUMP", description = "latest-all.json[.gz|.bz2]")
    Path dump;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "INDEX",
        description = "The index file to write (gzip'd TSV).")
    Path output;

    @Option(names = "--types", split = ",", paramLabel = "QID",
        description = "P31 classes to keep (default: human, political party, organisation "
            + "kinds, film, TV series, documentary). 'all' keeps every item.")
    List<String> types;

    @Override
    public Integer call() throws IOException {
      logging.apply();
      if (!Files.isRegularFile(dump)) {
        throw new UserException("no such dump: " + dump);
      }
      Set<String> keep = WikidataClasses.INDEX_DEFAULT;
      if (types != null && !types.isEmpty()) {
        keep = new TreeSet<>();
        for (String t : types) {
          if (t.equals("all")) {
            keep = Set.of();
            break;
          }
          if (!t.matches("Q[0-9]+")) {
            throw new UserException("not an item id in --types: " + t, 2);
          }
          keep.add(t);
        }
      }
      PrintWriter err = spec.commandLine().getErr();
      long t0 = System.nanoTime();
      DumpIndexer.Stats s;
      try {
        s =
            DumpIndexer.create()
                .types(keep)
                .run(
                    dump,
                    output,
                    lines -> {
                      if (!logging.quiet) {
                        double secs = Math.max(1e-3, (System.nanoTime() - t0) / 1e9);
                        err.printf(Locale.ROOT, "%,d lines, %,.0f lines/s%n", lines, lines / secs);
                        err.flush();
                      }
                    });
      } catch (WikidataException e) {
        throw new UserException(e.getMessage());
      }
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "indexed %s: %,d lines, %,d entities, %,d kept, %.1f s, %,.0f entities/s -> %s%n",
              dump,
              s.lines(),
              s.entities(),
              s.kept(),
              s.millis() / 1000.0,
              s.entitiesPerSecond(),
              output);
      return 0;
    }
  }

  /** {@code newsgraph wikidata lookup}: what an index holds under a name. */
  @Command(name = "lookup", description = "List the items an index files under a name.")
  public static final class Lookup implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LoggingOptions logging;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--index", paramLabel = "FILE",
        description = "An index file or small dump (default: the shipped extract).")
    Path index;

    @Override
    public Integer call() {
      logging.apply();
      WikidataIndex idx;
      try {
        idx = index == null ? WikidataIndex.bundled() : WikidataIndex.load(index);
      } catch (WikidataException e) {
        throw new UserException(e.getMessage());
      }
      List<WikidataItem> hits = idx.search(name);
      PrintWriter out = spec.commandLine().getOut();
      for (WikidataItem i : hits) {
        out.printf("%s\t%s\t%s\t%s%n", i.qid(), i.label(), String.join(",", i.types()), i.description());
      }
      return hits.isEmpty() ? 1 : 0;
    }
  }

  /** {@code newsgraph wikidata synth}: a synthetic dump for benchmarks (hidden). */
  @Command(name = "synth", hidden = true, description = "Write a synthetic dump of N entities.")
  public static final class Synth implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LoggingOptions logging;

    @Parameters(index = "0", paramLabel = "N")
    long n;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE")
    Path output;

    @Override
    public Integer call() throws IOException {
      logging.apply();
      if (n < 0) {
        throw new UserException("N must be >= 0", 2);
      }
      SyntheticDump.write(output, n);
      spec.commandLine().getOut().printf(Locale.ROOT, "wrote %,d entities to %s%n", n, output);
      return 0;
    }
  }
}
