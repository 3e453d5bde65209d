package org.newsgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An in-memory name index over Wikidata items, read from an {@link IndexFile} or straight from
 * a (small) dump such as the shipped {@code data/wikidata/extract.json}. Each item is filed
 * under the folded form of its label and aliases, those forms without a trailing "party", and
 * their initials form.
 *
 * <pre>
 * WikidataIndex idx = WikidataIndex.load(Path.of("data/wikidata/extract.json"));
 * idx.search("Labor Party");   // [Q9630 Labour Party]
 * </pre>
 */
public final class WikidataIndex implements ItemSource {
  /** The shipped extract, on the classpath when packaged. */
  public static final String BUNDLED_RESOURCE = "/wikidata/extract.json";

  /** The shipped extract, relative to the repository. */
  public static final String BUNDLED_FILE = "data/wikidata/extract.json";

  private final Map<String, WikidataItem> items;
  private final Map<String, List<String>> byKey = new HashMap<>();

  private WikidataIndex(Collection<WikidataItem> items) {
    this.items = new TreeMap<>();
    for (WikidataItem i : items) {
      this.items.put(i.qid(), i);
    }
    for (WikidataItem i : this.items.values()) {
      Set<String> keys = new TreeSet<>();
      for (String n : i.names()) {
        String f = NameFolding.fold(n);
        if (f.isEmpty()) {
          continue;
        }
        keys.add(f);
        keys.add(NameFolding.stripParty(f));
        String in = NameFolding.initials(f);
        if (in != null) {
          keys.add(in);
        }
      }
      for (String k : keys) {
        byKey.computeIfAbsent(k, x -> new ArrayList<>(1)).add(i.qid());
      }
    }
  }

  /** An index over the given items. */
  public static WikidataIndex of(Collection<WikidataItem> items) {
    return new WikidataIndex(items);
  }

  /**
   * Loads an index file, or a dump when the file name contains ".json" (every item of the
   * dump is kept: meant for small extracts).
   */
  public static WikidataIndex load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new WikidataException("no such Wikidata index or dump: " + file);
    }
    List<WikidataItem> list = new ArrayList<>();
    try {
      if (file.getFileName().toString().contains(".json")) {
        WikidataJson json = WikidataJson.standard();
        DumpReader.stream(
            file,
            e -> {
              WikidataItem i = json.item(e);
              if (i != null) {
                list.add(i);
              }
            },
            null);
      } else {
        IndexFile.read(file, list::add);
      }
    } catch (IOException e) {
      throw new WikidataException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return new WikidataIndex(list);
  }

  /**
   * The shipped extract: from the classpath when packaged, else from {@link #BUNDLED_FILE}
   * under the {@code newsgraph.repo} system property or the working directory.
   */
  public static WikidataIndex bundled() {
    try (InputStream in = WikidataIndex.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in != null) {
        List<WikidataItem> list = new ArrayList<>();
        WikidataJson json = WikidataJson.standard();
        DumpReader.stream(
            in,
            BUNDLED_RESOURCE,
            e -> {
              WikidataItem i = json.item(e);
              if (i != null) {
                list.add(i);
              }
            },
            null);
        return new WikidataIndex(list);
      }
    } catch (IOException e) {
      throw new WikidataException("cannot read " + BUNDLED_RESOURCE + ": " + e.getMessage(), e);
    }
    Path repo = Path.of(System.getProperty("newsgraph.repo", "."));
    return load(repo.resolve(BUNDLED_FILE));
  }

  @Override
  public List<WikidataItem> search(String name) {
    Set<String> qids = new TreeSet<>();
    for (String k : NameFolding.queryKeys(name)) {
      qids.addAll(byKey.getOrDefault(k, List.of()));
    }
    List<WikidataItem> out = new ArrayList<>(qids.size());
    for (String q : qids) {
      out.add(items.get(q));
    }
    return out;
  }

  @Override
  public Optional<WikidataItem> item(String qid) {
    return Optional.ofNullable(items.get(qid));
  }

  /** Every item, by id. */
  public Collection<WikidataItem> items() {
    return items.values();
  }

  /** How many items it holds. */
  public int size() {
    return items.size();
  }
}
