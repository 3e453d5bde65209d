package org.newsgraph.publish;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.extract.RuleSet;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.store.DatasetFiles;
import org.newsgraph.store.RdfFormat;

/**
 * Writes a ready-to-publish dataset folder: the graph (graph.ttl, the union; graph.trig, the
 * named graphs), the ontology and SHACL shapes, a VoID description with counts (void.ttl), a
 * DCAT record with one distribution per file, its byte size and SHA-256 (dcat.ttl), the build's
 * provenance with the tool and rule-set versions and the inputs' SHA-256 (provenance.ttl), and a
 * README.md. Every file is sorted and carries no clock reading of its own (see
 * {@link BuildTime}), so the same inputs and versions give a byte-identical folder.
 *
 * <pre>
 * Published p = DatasetPublisher.publish(dataset, Path.of("out/dataset"),
 *     List.of(Path.of("data/articles")), PublishOptions.defaults("0.1.0").withIssued("2021-08-20"));
 * </pre>
 */
public final class DatasetPublisher {
  private DatasetPublisher() {}

  /** One file of the folder, with what the DCAT record says of it. */
  public record FileEntry(String name, String mediaType, String description, long bytes, String sha256) {}

  /** One input of the build, by a stable name (not an absolute path) and its digest. */
  public record InputEntry(String name, String sha256) {}

  /** What was written. */
  public record Published(
      Path dir, List<FileEntry> files, List<InputEntry> inputs, VoidStats stats, BuildTime time) {}

  /** The ontology files copied from the classpath's /ontology/. */
  static final List<String> ONTOLOGY_FILES = List.of("newsgraph.ttl", "shapes.ttl");

  /**
   * Publishes {@code dsg} into {@code dir} (created if needed; files of the same names are
   * replaced). {@code inputs} are what the dataset was built from: article files and folders,
   * or dataset files; when empty (a store), the digests recorded are those of the graph files
   * written.
   */
  public static Published publish(
      DatasetGraph dsg, Path dir, List<Path> inputs, PublishOptions options) {
    try {
      Files.createDirectories(dir);
      List<FileEntry> files = new ArrayList<>();
      DatasetFiles.write(dsg, dir.resolve("graph.ttl"), RdfFormat.TURTLE, options.base());
      files.add(entry(dir, "graph.ttl", "text/turtle",
          "The knowledge graph: the union of all named graphs."));
      DatasetFiles.write(dsg, dir.resolve("graph.trig"), RdfFormat.TRIG, options.base());
      files.add(entry(dir, "graph.trig", "application/trig",
          "The knowledge graph with its named graphs: one per article, one for the corpus."));
      for (String name : ONTOLOGY_FILES) {
        copyResource("/ontology/" + name, dir.resolve(name));
      }
      files.add(entry(dir, "newsgraph.ttl", "text/turtle",
          "The newsgraph ontology (OWL) declaring every ng: term."));
      files.add(entry(dir, "shapes.ttl", "text/turtle",
          "SHACL shapes the graph conforms to."));

      VoidStats stats = VoidStats.of(dsg);
      BuildTime time = BuildTime.resolve(options, dsg);
      SortedTurtle.write(VoidDescription.graph(stats, options), dir.resolve("void.ttl"));
      files.add(entry(dir, "void.ttl", "text/turtle",
          "VoID description: counts of triples, entities, classes, properties, links."));

      List<InputEntry> inputEntries = inputs(inputs, dir);
      SortedTurtle.write(provenance(inputEntries, time, options), dir.resolve("provenance.ttl"));
      files.add(entry(dir, "provenance.ttl", "text/turtle",
          "PROV-O record of the build: tool and rule-set versions, input digests, time."));

      Files.writeString(dir.resolve("README.md"),
          Readme.text(options, stats, time, files, inputEntries), StandardCharsets.UTF_8);
      files.add(entry(dir, "README.md", "text/markdown", "This folder's description."));

      SortedTurtle.write(DcatRecord.graph(files, time, options), dir.resolve("dcat.ttl"));
      readable(dir, files);
      return new Published(dir, List.copyOf(files), inputEntries, stats, time);
    } catch (IOException e) {
      throw new PublishException("cannot write " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Graph files are written through private temporary files: open them for reading. */
  private static void readable(Path dir, List<FileEntry> files) throws IOException {
    for (FileEntry f : files) {
      try {
        Files.setPosixFilePermissions(
            dir.resolve(f.name()), java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        return; // not a POSIX file system: leave the defaults
      }
    }
  }

  private static FileEntry entry(Path dir, String name, String mediaType, String description)
      throws IOException {
    Path f = dir.resolve(name);
    return new FileEntry(name, mediaType, description, Files.size(f), Digests.sha256(f));
  }

  private static void copyResource(String resource, Path target) throws IOException {
    try (InputStream in = DatasetPublisher.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new PublishException("missing from the classpath: " + resource);
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * The inputs by stable names: a folder's files as "folder/relative/path" (article files and
   * metadata.csv sidecars, which shape the build too), a file by its name.
   */
  static List<InputEntry> inputs(List<Path> inputs, Path dir) throws IOException {
    List<InputEntry> out = new ArrayList<>();
    if (inputs == null || inputs.isEmpty()) {
      for (String name : List.of("graph.trig")) {
        out.add(new InputEntry(name, Digests.sha256(dir.resolve(name))));
      }
      return out;
    }
    for (Path in : inputs) {
      if (Files.isDirectory(in)) {
        String root = in.toAbsolutePath().normalize().getFileName().toString();
        List<Path> files;
        try (Stream<Path> s = Files.walk(in)) {
          files = s.filter(Files::isRegularFile).filter(DatasetPublisher::isBuildInput).sorted().toList();
        }
        for (Path f : files) {
          String rel = in.relativize(f).toString().replace('\\', '/');
          out.add(new InputEntry(root + "/" + rel, Digests.sha256(f)));
        }
      } else if (Files.isRegularFile(in)) {
        out.add(new InputEntry(in.getFileName().toString(), Digests.sha256(in)));
      }
    }
    return out;
  }

  private static boolean isBuildInput(Path f) {
    String name = f.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return !name.startsWith(".")
        && (name.equals("metadata.csv") || ArticleReader.EXTENSIONS.stream().anyMatch(lower::endsWith));
  }

  private static Graph provenance(List<InputEntry> inputs, BuildTime time, PublishOptions o) {
    Graph g = GraphFactory.createDefaultGraph();
    String ds = o.datasetIri();
    Node dataset = Vocab.iri(ds);
    Node build = Vocab.iri(ds + "/build");
    Node tool = Vocab.iri(ds + "/tool");
    Node rules = Vocab.iri(ds + "/rules");
    Vocab.type(g, dataset, Vocab.PROV + "Entity");
    Vocab.add(g, dataset, Vocab.PROV + "wasGeneratedBy", build);
    Vocab.type(g, build, Vocab.PROV + "Activity");
    Vocab.add(g, build, Vocab.RDFS + "label", Vocab.str("newsgraph build"));
    Vocab.add(g, build, Vocab.PROV + "generated", dataset);
    Vocab.add(g, build, Vocab.PROV + "wasAssociatedWith", tool);
    Vocab.add(g, build, Vocab.PROV + "used", rules);
    if (time != null) {
      Vocab.add(g, build, Vocab.PROV + "endedAtTime",
          Vocab.typed(time.dateTime(), XSDDatatype.XSDdateTime));
      Vocab.add(g, build, Vocab.RDFS + "comment",
          Vocab.str("Time fixed by: " + time.source() + "."));
    } else {
      Vocab.add(g, build, Vocab.RDFS + "comment",
          Vocab.str("Time not recorded: no --issued, SOURCE_DATE_EPOCH or article date."));
    }
    Vocab.type(g, tool, Vocab.PROV + "SoftwareAgent");
    Vocab.add(g, tool, Vocab.RDFS + "label", Vocab.str("newsgraph"));
    Vocab.add(g, tool, Vocab.SCHEMA + "softwareVersion", Vocab.str(o.toolVersion()));
    Vocab.type(g, rules, Vocab.PROV + "Entity");
    Vocab.add(g, rules, Vocab.RDFS + "label", Vocab.str("newsgraph extraction rules"));
    Vocab.add(g, rules, Vocab.SCHEMA + "version", Vocab.str(RuleSet.VERSION));
    for (InputEntry in : inputs) {
      Node n = Vocab.iri(ds + "/input/" + URLEncoder.encode(in.name(), StandardCharsets.UTF_8));
      Vocab.add(g, build, Vocab.PROV + "used", n);
      Vocab.type(g, n, Vocab.PROV + "Entity");
      Vocab.add(g, n, Vocab.DCT + "identifier", Vocab.str(in.name()));
      checksum(g, n, in.sha256());
    }
    return g;
  }

  /** An spdx:Checksum node named after its subject (no blank nodes: stable output). */
  static void checksum(Graph g, Node subject, String sha256) {
    Node c = Vocab.iri(subject.getURI() + "/sha256");
    Vocab.add(g, subject, Vocab.SPDX + "checksum", c);
    Vocab.type(g, c, Vocab.SPDX + "Checksum");
    Vocab.add(g, c, Vocab.SPDX + "algorithm", Vocab.iri(Vocab.SPDX + "checksumAlgorithm_sha256"));
    Vocab.add(g, c, Vocab.SPDX + "checksumValue", Vocab.typed(sha256, XSDDatatype.XSDhexBinary));
  }
}
