package org.newsgraph.serve;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Recognises and loads dataset files to serve: TriG, N-Quads, Turtle, N-Triples and JSON-LD.
 * Triples in a file's default graph are moved to a named graph by {@link NewsgraphServer}.
 */
public final class DatasetFiles {
  private DatasetFiles() {}

  /** The RDF syntax of a dataset file by its extension, if it is one we serve. */
  public static Optional<Lang> langOf(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String n = name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".trig")) {
      return Optional.of(Lang.TRIG);
    }
    if (n.endsWith(".nq")) {
      return Optional.of(Lang.NQUADS);
    }
    if (n.endsWith(".ttl")) {
      return Optional.of(Lang.TURTLE);
    }
    if (n.endsWith(".nt")) {
      return Optional.of(Lang.NTRIPLES);
    }
    if (n.endsWith(".jsonld")) {
      return Optional.of(Lang.JSONLD);
    }
    return Optional.empty();
  }

  /** True when the file is a dataset file (by extension). */
  public static boolean isDatasetFile(Path file) {
    return langOf(file).isPresent();
  }

  /** Parses the file into a new in-memory dataset; RiotException on a syntax error. */
  public static DatasetGraph load(Path file) {
    return loadAll(java.util.List.of(file));
  }

  /** Loads several files into one in-memory dataset. */
  public static DatasetGraph loadAll(Iterable<Path> files) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    for (Path f : files) {
      Lang lang =
          langOf(f)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "Not a dataset file (.trig .nq .ttl .nt .jsonld): " + f));
      RDFDataMgr.read(dsg, f.toString(), lang);
    }
    return dsg;
  }
}
