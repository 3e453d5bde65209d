package org.newsgraph.store;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.graph.Iris;
import org.newsgraph.link.LinkResult;

/** Writes Wikidata links into the corpus graph (first version: nothing). */
final class LinkWriter {
  private LinkWriter() {}

  static void write(List<LinkResult> links, Iris iris, Consumer<Quad> sink) {}
}
