package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.LinkerLib;
import picocli.CommandLine.Option;

/**
 * How entities are linked to Wikidata: offline from the bundled extract or an index by
 * default; online only when asked for ({@code --wikidata online}); or not at all.
 */
public final class WikidataOptions {
  @Option(
      names = "--wikidata",
      paramLabel = "MODE",
      defaultValue = "offline",
      description =
          "Wikidata linking: offline (bundled extract or --wikidata-index; default), online"
              + " (the Wikidata API; needs the network), or none.")
  String mode;

  @Option(
      names = "--wikidata-index",
      paramLabel = "FILE",
      description = "An index made by 'newsgraph wikidata index' (default: the bundled extract).")
  Path index;

  @Option(
      names = "--wikidata-endpoint",
      paramLabel = "URL",
      description = "The Wikidata API for online mode (default: https://www.wikidata.org/w/api.php).")
  String endpoint;

  @Option(
      names = "--wikidata-cache",
      paramLabel = "DIR",
      description = "On-disk cache of online answers (default: ~/.cache/newsgraph/wikidata).")
  Path cache;

  @Option(
      names = "--enrich",
      description =
          "Copy selected Wikidata statements of linked items (P31, P106, P569, P102, P39) into"
              + " the named graph <…/graph/wikidata>.")
  boolean enrich;

  EntityLinker linker() {
    LinkerLib.Mode m;
    try {
      m = LinkerLib.Mode.parse(mode);
    } catch (IllegalArgumentException e) {
      throw new UserException("--wikidata must be offline, online or none, not '" + mode + "'", 2);
    }
    try {
      return LinkerLib.linker(m, index, endpoint, cache);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new UserException("Wikidata index: " + e.getMessage(), 2);
    }
  }
}
