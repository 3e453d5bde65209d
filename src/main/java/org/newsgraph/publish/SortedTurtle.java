package org.newsgraph.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/** Writes a small graph as Turtle with fixed prefixes and sorted triples: same graph, same bytes. */
final class SortedTurtle {
  private SortedTurtle() {}

  static void write(Graph g, Path file) {
    List<Triple> triples = new ArrayList<>();
    g.find().forEachRemaining(triples::add);
    triples.sort(
        Comparator.comparing((Triple t) -> NodeFmtLib.strNT(t.getSubject()))
            .thenComparing(t -> NodeFmtLib.strNT(t.getPredicate()))
            .thenComparing(t -> NodeFmtLib.strNT(t.getObject())));
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file))) {
      StreamRDF w = StreamRDFWriter.getWriterStream(os, RDFFormat.TURTLE_BLOCKS);
      w.start();
      Vocab.prefixes().forEach(w::prefix);
      triples.forEach(w::triple);
      w.finish();
    } catch (IOException e) {
      throw new PublishException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
