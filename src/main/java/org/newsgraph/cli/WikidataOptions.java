package org.newsgraph.cli;

import org.newsgraph.link.EntityLinker;
import picocli.CommandLine.Option;

/** {@code --wikidata none|offline|online}: how entities are linked (offline by default). */
public final class WikidataOptions {
  @Option(
      names = "--wikidata",
      paramLabel = "MODE",
      defaultValue = "offline",
      description =
          "Wikidata linking: offline (bundled or --wikidata-index index, default), online"
              + " (the Wikidata API; needs the network), or none.")
  String mode;

  @Option(
      names = "--wikidata-index",
      paramLabel = "FILE",
      description = "An index made by 'newsgraph wikidata index' (default: the bundled extract).")
  java.nio.file.Path index;

  EntityLinker linker() {
    return EntityLinker.none();
  }
}
