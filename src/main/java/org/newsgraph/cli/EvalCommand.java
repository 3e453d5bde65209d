package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.Gold;
import org.newsgraph.eval.Scorer;
import org.newsgraph.eval.Scores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph eval}: precision, recall and F1 against a gold file. */
@Command(
    name = "eval",
    sortOptions = false,
    description = {
      "Score a dataset against gold annotations (P/R/F1).",
      "",
      "The dataset may be a file, a store, or articles built on the fly. Reports",
      "precision/recall/F1 for persons, organisations, works, events and statements,",
      "the share of correct event dates, and Wikidata linking accuracy."
    },
    footer = {
      "",
      "Examples:",
      "  newsgraph eval --gold gold.json data/articles",
      "  newsgraph eval --gold gold.json out/graph.trig --json scores.json --errors"
    })
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LoggingOptions logging;
  @Mixin DataOptions data;
  @Mixin WikidataOptions wikidata;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold JSON file.")
  Path gold;

  @Parameters(arity = "0..*", paramLabel = "DATASET|INPUT", description = "A dataset, or articles to build.")
  List<Path> inputs;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores as JSON ('-' for stdout only).")
  String json;

  @Option(names = "--errors", description = "List every miss and spurious prediction.")
  boolean errors;

  @Override
  public Integer call() throws IOException {
    logging.apply();
    if (!Files.isRegularFile(gold)) {
      throw new UserException(gold + ": no such gold file", 2);
    }
    Gold g;
    try {
      g = Gold.read(gold);
    } catch (IOException e) {
      throw new UserException(gold + ": not a gold file: " + e.getMessage(), 2);
    }
    var out = spec.commandLine().getOut();
    Scores s =
        data.withData(inputs, out, spec.commandLine().getErr(), logging.quiet, wikidata.linker(),
            dsg -> new Scorer(dsg).score(g));
    String js = toJson(s);
    if ("-".equals(json)) {
      out.println(js);
      return 0;
    }
    out.printf("%-14s %5s %5s %5s %9s %7s %6s%n", "category", "tp", "fp", "fn", "precision", "recall", "f1");
    s.categories().forEach((k, c) ->
        out.printf("%-14s %5d %5d %5d %9.3f %7.3f %6.3f%n", k, c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1()));
    out.printf("event dates correct: %d/%d = %.3f%n", s.eventDates().hits(), s.eventDates().total(), s.eventDates().value());
    out.printf("wikidata linking accuracy: %d/%d = %.3f; wrong links: %d/%d = %.3f%n",
        s.wikidataCorrect().hits(), s.wikidataCorrect().total(), s.wikidataCorrect().value(),
        s.wikidataWrong().hits(), s.wikidataWrong().total(), s.wikidataWrong().value());
    if (errors) {
      s.errors().forEach(out::println);
    }
    if (json != null) {
      Files.writeString(Path.of(json), js + "\n");
    }
    return 0;
  }

  static String toJson(Scores s) throws IOException {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = m.createObjectNode();
    s.categories().forEach((k, c) -> {
      ObjectNode n = root.putObject(k);
      n.put("tp", c.tp()).put("fp", c.fp()).put("fn", c.fn());
      n.put("precision", round(c.precision())).put("recall", round(c.recall())).put("f1", round(c.f1()));
    });
    root.putObject("eventDates").put("correct", s.eventDates().hits()).put("total", s.eventDates().total())
        .put("share", round(s.eventDates().value()));
    root.putObject("wikidata").put("correct", s.wikidataCorrect().hits()).put("withGoldId", s.wikidataCorrect().total())
        .put("accuracy", round(s.wikidataCorrect().value())).put("wrongLinks", s.wikidataWrong().hits())
        .put("linksMade", s.wikidataWrong().total()).put("wrongShare", round(s.wikidataWrong().value()));
    return m.writeValueAsString(root);
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
