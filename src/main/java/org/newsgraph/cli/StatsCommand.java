package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph stats}: how many nodes of each class, and quads. */
@Command(
    name = "stats",
    description = "Count nodes of each class, and quads.",
    footer = {"", "Examples:", "  newsgraph stats out/graph.trig", "  newsgraph stats --store out/store"})
public final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LoggingOptions logging;
  @Mixin DataOptions data;

  @Parameters(arity = "0..*", paramLabel = "DATASET", description = "Dataset files or article inputs.")
  List<Path> inputs;

  @Override
  public Integer call() {
    logging.apply();
    var out = spec.commandLine().getOut();
    Map<String, Long> counts =
        data.withData(inputs, out, spec.commandLine().getErr(), logging.quiet,
            org.newsgraph.link.EntityLinker.none(), dsg -> {
              Map<String, java.util.Set<Node>> byClass = new TreeMap<>();
              long[] quads = {0};
              dsg.find().forEachRemaining(q -> {
                quads[0]++;
                if (q.getPredicate().equals(RDF.type.asNode()) && q.getObject().isURI()) {
                  byClass.computeIfAbsent(shortName(q.getObject().getURI()), k -> new java.util.HashSet<>())
                      .add(q.getSubject());
                }
              });
              Map<String, Long> m = new TreeMap<>();
              byClass.forEach((k, v) -> m.put(k, (long) v.size()));
              m.put("(quads)", quads[0]);
              return m;
            });
    counts.forEach((k, v) -> out.printf("%-24s %10d%n", k, v));
    return 0;
  }

  static String shortName(String uri) {
    for (var e : org.newsgraph.store.DatasetFiles.PREFIXES.entrySet()) {
      if (uri.startsWith(e.getValue())) {
        return e.getKey() + ":" + uri.substring(e.getValue().length());
      }
    }
    return "<" + uri + ">";
  }
}
