package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.bench.CorpusWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsgraph generate}: a deterministic synthetic corpus for benchmarks and demos.
 *
 * <pre>
 * newsgraph generate -n 1000 --seed 42 -o corpus/        # folder of .txt files
 * newsgraph generate -n 100000 --seed 42 -o corpus.jsonl # one JSON Lines file
 * </pre>
 */
@Command(
    name = "generate",
    description = "Generate a synthetic news corpus (same seed and size give the same bytes).")
public final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LoggingOptions logging;

  @Option(
      names = {"-n", "--count"}, paramLabel = "N",
      defaultValue = "1000",
      description = "Number of articles (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = {"-o", "--output"}, paramLabel = "FILE|DIR",
      required = true,
      description = "A folder for .txt files, or a FILE.jsonl for JSON Lines.")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (count < 0) {
      throw new UserException("--count must be >= 0", 2);
    }
    long start = System.nanoTime();
    long bytes = CorpusWriter.write(CorpusGenerator.create(seed, count), output);
    double secs = (System.nanoTime() - start) / 1e9;
    if (!logging.quiet) {
      spec.commandLine()
          .getOut()
          .printf(
              "Generated %d articles (%.1f MB) into %s in %.1f s%n",
              count, bytes / 1e6, output, secs);
    }
    return 0;
  }
}
