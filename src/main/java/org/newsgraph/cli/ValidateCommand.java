package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.validate.ShapesValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph validate}: check a dataset against the SHACL shapes. */
@Command(
    name = "validate",
    description = "Check a dataset against the SHACL shapes (ontology/shapes.ttl).",
    footer = {
      "",
      "Examples:",
      "  newsgraph validate out/graph.trig",
      "  newsgraph validate --store out/store",
      "",
      "Exit codes: 0 conforms; 1 violations found (listed); 2 bad usage."
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LoggingOptions logging;
  @Mixin DataOptions data;

  @Parameters(arity = "0..*", paramLabel = "DATASET", description = "Dataset files or article inputs.")
  List<Path> inputs;

  @Option(names = "--shapes", paramLabel = "FILE", description = "Other shapes than the shipped ones.")
  Path shapes;

  @Override
  public Integer call() {
    logging.apply();
    var out = spec.commandLine().getOut();
    ShapesValidator v;
    try {
      v = shapes == null ? ShapesValidator.standard() : ShapesValidator.fromFile(shapes);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), 2);
    }
    List<ShapesValidator.Violation> vs =
        data.withData(inputs, out, spec.commandLine().getErr(), logging.quiet,
            org.newsgraph.link.EntityLinker.none(), v::validate);
    for (ShapesValidator.Violation x : vs) {
      out.println(x.severity() + "\t" + x.focus() + "\t" + x.path() + "\t" + x.message());
    }
    out.println(vs.isEmpty() ? "Conforms." : vs.size() + " violation(s).");
    return vs.isEmpty() ? 0 : 1;
  }
}
