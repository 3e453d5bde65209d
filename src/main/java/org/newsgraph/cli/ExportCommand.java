package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.publish.DatasetPublisher;
import org.newsgraph.publish.PublishException;
import org.newsgraph.publish.PublishOptions;
import org.newsgraph.store.DatasetFiles;
import org.newsgraph.store.RdfFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph export}: write a dataset or store in another format, or as a dataset folder. */
@Command(
    name = "export",
    sortOptions = false,
    description = {
      "Write a dataset or store in another format, or as a ready-to-publish folder.",
      "",
      "A file, a store, or articles built on the fly, written as Turtle (the union of all"
          + " graphs), TriG or N-Quads (graphs kept) or JSON-LD. Output is sorted and written"
          + " atomically: an interrupted export never replaces a good file with a truncated"
          + " one.",
      "",
      "With --dataset DIR, writes a folder to publish: graph.ttl, graph.trig, the ontology"
          + " and shapes, void.ttl (VoID counts), dcat.ttl (DCAT record, sizes, SHA-256),"
          + " provenance.ttl (tool and rule versions, input SHA-256, time) and README.md. The"
          + " time comes from --issued, else SOURCE_DATE_EPOCH, else the latest article date,"
          + " never the clock: the same inputs give a byte-identical folder."
    },
    footer = {"", "Examples:", "  newsgraph export --store out/store -o out/graph.nq",
      "  newsgraph export out/graph.trig -o out/graph.ttl",
      "  newsgraph export data/articles --dataset out/dataset --issued 2021-08-20"})
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LoggingOptions logging;
  @Mixin DataOptions data;

  @Parameters(arity = "0..*", paramLabel = "DATASET|INPUT", description = "A dataset, or articles to build.")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to write.")
  Path output;

  @Option(names = "--dataset", paramLabel = "DIR", description = "Write a ready-to-publish dataset folder instead.")
  Path dataset;

  @Option(names = "--format", paramLabel = "FORMAT", description = "turtle, trig, nquads or jsonld (default: by extension).")
  String format;

  @Option(names = "--base", paramLabel = "IRI", defaultValue = "https://w3id.org/newsgraph/id/",
      description = "The base IRI, for the id: prefix (default: ${DEFAULT-VALUE}).")
  String base;

  @Option(names = "--title", paramLabel = "TEXT", defaultValue = PublishOptions.DEFAULT_TITLE,
      description = "Dataset title, for --dataset (default: ${DEFAULT-VALUE}).")
  String title;

  @Option(names = "--description", paramLabel = "TEXT", description = "Dataset description, for --dataset.")
  String description;

  @Option(names = "--license", paramLabel = "IRI|SPDX", defaultValue = PublishOptions.DEFAULT_LICENSE,
      description = "Licence IRI or SPDX id, for --dataset (default: ${DEFAULT-VALUE}).")
  String license;

  @Option(names = "--creator", paramLabel = "NAME|IRI", defaultValue = PublishOptions.DEFAULT_CREATOR,
      description = "Creator, for --dataset (default: ${DEFAULT-VALUE}).")
  String creator;

  @Option(names = "--issued", paramLabel = "DATE", description = "Build time, ISO date or date-time, for --dataset.")
  String issued;

  @Option(names = "--public-url", paramLabel = "URL", description = "Where the folder's files will be downloadable, for --dataset.")
  String publicUrl;

  @Option(names = "--sparql-endpoint", paramLabel = "URL", description = "The SPARQL endpoint serving the data, for --dataset.")
  String sparqlEndpoint;

  @Override
  public Integer call() {
    logging.apply();
    if ((output == null) == (dataset == null)) {
      throw new UserException("give either -o FILE or --dataset DIR", 2);
    }
    if (dataset != null) {
      return publish();
    }
    RdfFormat fmt;
    try {
      fmt = format != null ? RdfFormat.ofName(format) : RdfFormat.ofPath(output);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), 2);
    }
    if (fmt == null) {
      throw new UserException("cannot tell the format of " + output + ": use --format", 2);
    }
    var out = spec.commandLine().getOut();
    data.withData(inputs, out, spec.commandLine().getErr(), logging.quiet,
        org.newsgraph.link.EntityLinker.none(), dsg -> {
          try {
            DatasetFiles.write(dsg, output, fmt, base);
          } catch (IOException e) {
            throw new UserException("cannot write " + output + ": " + e.getMessage());
          }
          return null;
        });
    out.println("Wrote " + output);
    return 0;
  }

  private Integer publish() {
    PublishOptions options =
        PublishOptions.defaults(VersionProvider.version())
            .withTitle(title)
            .withLicense(license)
            .withCreator(creator)
            .withIssued(issued)
            .withSourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"))
            .withBase(base)
            .withPublicUrl(publicUrl)
            .withSparqlEndpoint(sparqlEndpoint);
    if (description != null) {
      options = options.withDescription(description);
    }
    // What the build read, for the provenance's digests (none for a store).
    List<Path> sources = new ArrayList<>(data.data);
    if (inputs != null) {
      sources.addAll(inputs);
    }
    PublishOptions o = options;
    var out = spec.commandLine().getOut();
    DatasetPublisher.Published p =
        data.withData(inputs, out, spec.commandLine().getErr(), logging.quiet,
            org.newsgraph.link.EntityLinker.none(), dsg -> {
              try {
                return DatasetPublisher.publish(dsg, dataset, sources, o);
              } catch (PublishException e) {
                throw new UserException(e.getMessage(), 1);
              }
            });
    if (!logging.quiet) {
      out.printf("%d triples, %d entities, %d classes, %d input digests%s%n",
          p.stats().triples(), p.stats().entities(), p.stats().classes().size(),
          p.inputs().size(), p.time() == null ? ", no time recorded" : ", issued " + p.time().dateTime());
    }
    out.println("Wrote " + dataset + " (" + (p.files().size() + 1) + " files)");
    return 0;
  }
}
