package org.newsgraph.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.graph.NG;

/**
 * Reads and writes dataset files. Writing sorts every quad and uses fixed prefixes, so the same
 * graph gives byte-identical files; it goes through a temporary file renamed into place, so an
 * interrupted export never leaves a truncated file where a good one was.
 */
public final class DatasetFiles {
  private DatasetFiles() {}

  /** The prefixes every output declares (those of the graph contract). */
  public static final Map<String, String> PREFIXES =
      Map.of(
          "ng", NG.NS,
          "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
          "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
          "skos", "http://www.w3.org/2004/02/skos/core#",
          "owl", "http://www.w3.org/2002/07/owl#",
          "dcterms", "http://purl.org/dc/terms/",
          "schema", "https://schema.org/",
          "org", "http://www.w3.org/ns/org#",
          "wd", "http://www.wikidata.org/entity/",
          "xsd", "http://www.w3.org/2001/XMLSchema#");

  public static PrefixMap prefixMap(String base) {
    PrefixMap pm = PrefixMapFactory.create();
    sortedPrefixes(base).forEach(pm::add);
    return pm;
  }

  /** The prefixes in a fixed order (Map.of iterates differently from run to run). */
  public static java.util.SortedMap<String, String> sortedPrefixes(String base) {
    java.util.SortedMap<String, String> m = new java.util.TreeMap<>(PREFIXES);
    m.put("id", base);
    return m;
  }

  /** Writes {@code dsg} to {@code out} in {@code format}, sorted, atomically. */
  public static void write(DatasetGraph dsg, Path out, RdfFormat format, String base)
      throws IOException {
    Path abs = out.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
    try {
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        write(dsg, os, format, base);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes {@code dsg} to a stream, sorted. Turtle gets the union of all graphs. */
  public static void write(DatasetGraph dsg, OutputStream os, RdfFormat format, String base) {
    switch (format) {
      case NQUADS -> {
        StreamRDF w = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
        w.start();
        sortedQuads(dsg).forEach(w::quad);
        w.finish();
      }
      case TRIG -> {
        StreamRDF w = StreamRDFWriter.getWriterStream(os, RDFFormat.TRIG_BLOCKS);
        w.start();
        sortedPrefixes(base).forEach(w::prefix);
        sortedQuads(dsg).forEach(w::quad);
        w.finish();
      }
      case TURTLE -> {
        StreamRDF w = StreamRDFWriter.getWriterStream(os, RDFFormat.TURTLE_BLOCKS);
        w.start();
        sortedPrefixes(base).forEach(w::prefix);
        sortedTriples(dsg).forEach(w::triple);
        w.finish();
      }
      case JSONLD -> {
        // The JSON-LD writer works from a dataset: hand it one built in sorted order.
        DatasetGraph sorted = DatasetGraphFactory.create();
        sortedQuads(dsg).forEach(sorted::add);
        sortedPrefixes(base).forEach((k, v) -> sorted.prefixes().add(k, v));
        RDFDataMgr.write(os, sorted, RDFFormat.JSONLD11);
      }
    }
  }

  /**
   * The order of written quads: by the N-Triples form of graph, subject, predicate, object.
   * Each node's form is made once per sort (a comparison would otherwise format it again,
   * an article's full text included, O(n log n) times).
   */
  private static Comparator<Quad> quadOrder() {
    Function<Node, String> k = keys();
    return Comparator.comparing((Quad q) -> k.apply(q.getGraph()))
        .thenComparing(q -> k.apply(q.getSubject()))
        .thenComparing(q -> k.apply(q.getPredicate()))
        .thenComparing(q -> k.apply(q.getObject()));
  }

  /** The sort key of a node, made once per node for the duration of one sort. */
  private static Function<Node, String> keys() {
    Map<Node, String> keys = new HashMap<>();
    return n -> keys.computeIfAbsent(n, DatasetFiles::key);
  }

  private static String key(Node n) {
    return NodeFmtLib.strNT(n);
  }

  /** Every quad of the named graphs (and the default graph), sorted. */
  public static List<Quad> sortedQuads(DatasetGraph dsg) {
    List<Quad> all = new ArrayList<>();
    Iterator<Quad> it = dsg.find();
    while (it.hasNext()) {
      all.add(it.next());
    }
    all.sort(quadOrder());
    return all;
  }

  /** The union of all graphs as distinct triples, sorted. */
  public static List<Triple> sortedTriples(DatasetGraph dsg) {
    List<Triple> all = new ArrayList<>();
    for (Quad q : sortedQuads(dsg)) {
      all.add(q.asTriple());
    }
    Function<Node, String> k = keys();
    all.sort(
        Comparator.comparing((Triple t) -> k.apply(t.getSubject()))
            .thenComparing(t -> k.apply(t.getPredicate()))
            .thenComparing(t -> k.apply(t.getObject())));
    List<Triple> distinct = new ArrayList<>(all.size());
    Triple prev = null;
    for (Triple t : all) {
      if (!t.equals(prev)) {
        distinct.add(t);
      }
      prev = t;
    }
    return distinct;
  }

  /** Is {@code p} a dataset file we can read (by extension)? */
  public static boolean isDataset(Path p) {
    return Files.isRegularFile(p) && RdfFormat.ofPath(p) != null
        && !p.getFileName().toString().endsWith(".json");
  }

  /** Reads a dataset file into memory. */
  public static DatasetGraph read(Path p) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    Lang lang = org.apache.jena.riot.RDFLanguages.filenameToLang(p.toString(), Lang.TRIG);
    // Strict and silent: the caller reports the error once, with the file name.
    RDFParser.source(p)
        .forceLang(lang)
        .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging)
        .parse(dsg);
    return dsg;
  }
}
