package org.newsgraph.validate;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validates a dataset (the union of its graphs) against the SHACL shapes of
 * {@code ontology/shapes.ttl} (shipped in the jar, or a file given explicitly).
 */
public final class ShapesValidator {

  /** One violation, readable. */
  public record Violation(String severity, String focus, String path, String message) {}

  private final Shapes shapes;

  public ShapesValidator(Shapes shapes) {
    this.shapes = shapes;
  }

  /** The shipped shapes. */
  public static ShapesValidator standard() {
    try (InputStream in = ShapesValidator.class.getResourceAsStream("/ontology/shapes.ttl")) {
      if (in == null) {
        throw new IllegalStateException("ontology/shapes.ttl is missing from the classpath");
      }
      Graph g = GraphFactory.createDefaultGraph();
      RDFParser.source(in).lang(Lang.TURTLE).parse(g);
      return new ShapesValidator(Shapes.parse(g));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ShapesValidator fromFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such shapes file");
    }
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.source(file).parse(g);
    return new ShapesValidator(Shapes.parse(g));
  }

  /** Violations of the union of all graphs of {@code dsg}; empty when it conforms. */
  public List<Violation> validate(DatasetGraph dsg) {
    Graph union = GraphFactory.createDefaultGraph();
    dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
    ValidationReport report = ShaclValidator.get().validate(shapes, union);
    List<Violation> out = new ArrayList<>();
    for (ReportEntry e : report.getEntries()) {
      out.add(
          new Violation(
              e.severity().level().getLocalName(),
              String.valueOf(e.focusNode()),
              e.resultPath() == null ? "" : e.resultPath().toString(),
              e.message()));
    }
    out.sort(
        java.util.Comparator.comparing(Violation::focus)
            .thenComparing(Violation::path)
            .thenComparing(Violation::message));
    return out;
  }
}
