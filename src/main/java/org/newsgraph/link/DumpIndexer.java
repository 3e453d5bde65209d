package org.newsgraph.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a compact {@link IndexFile} from a Wikidata dump, keeping only items whose P31 is in
 * a set of classes (humans, parties, organisation kinds, films ...).
 *
 * <pre>
 * DumpIndexer.Stats s = DumpIndexer.create().types(WikidataClasses.INDEX_DEFAULT)
 *     .run(Path.of("latest-all.json.gz"), Path.of("wikidata.idx.gz"), lines -> log(lines));
 * </pre>
 */
public final class DumpIndexer {
  private Set<String> types = WikidataClasses.INDEX_DEFAULT;
  private WikidataJson json = WikidataJson.standard();

  private DumpIndexer() {}

  /** An indexer keeping {@link WikidataClasses#INDEX_DEFAULT} with the standard reader. */
  public static DumpIndexer create() {
    return new DumpIndexer();
  }

  /** Keeps items with one of these P31 values; an empty set keeps every item. */
  public DumpIndexer types(Set<String> types) {
    this.types = new TreeSet<>(types);
    return this;
  }

  /** The reader that picks languages and properties. */
  public DumpIndexer json(WikidataJson json) {
    this.json = json;
    return this;
  }

  /**
   * What a run did.
   *
   * @param lines lines read
   * @param entities entities parsed
   * @param kept items written
   * @param millis wall-clock time
   */
  public record Stats(long lines, long entities, long kept, long millis) {
    /** Entities parsed per second. */
    public double entitiesPerSecond() {
      return millis == 0 ? entities * 1000.0 : entities * 1000.0 / millis;
    }
  }

  /** Reads the dump and writes the index; {@code progress} may be null. */
  public Stats run(Path dump, Path index, DumpReader.Progress progress) throws IOException {
    long t0 = System.nanoTime();
    long[] counts = new long[2];
    long lines;
    try (IndexFile.Writer w = IndexFile.writer(index)) {
      lines =
          DumpReader.stream(
              dump,
              entity -> {
                counts[0]++;
                if (!keep(entity)) {
                  return;
                }
                WikidataItem item = json.item(entity);
                if (item == null) {
                  return;
                }
                try {
                  w.write(item);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                counts[1]++;
              },
              progress);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new Stats(lines, counts[0], counts[1], (System.nanoTime() - t0) / 1_000_000);
  }

  private boolean keep(JsonNode entity) {
    if (types.isEmpty()) {
      return true;
    }
    for (String t : WikidataJson.types(entity)) {
      if (types.contains(t)) {
        return true;
      }
    }
    return false;
  }
}
