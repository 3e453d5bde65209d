package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Reads articles from files and folders: {@code .txt} (optional {@code key: value} header ended
 * by {@code ---}), {@code .html}/{@code .htm} (main text via jsoup) and {@code .jsonl} (one
 * article per line). A {@code metadata.csv} beside plain files supplies their metadata.
 *
 * <p>Articles are handed to a consumer one at a time, so a corpus is never held in memory.
 * Problems go to the {@link IngestListener} and reading goes on with the next input. The same
 * text twice (by {@link ArticleIds}) is ingested once.
 *
 * <pre>
 * new ArticleReader(listener).read(List.of(Path.of("data/articles")), article -&gt; ...);
 * </pre>
 */
public final class ArticleReader {

  /** Extensions read from folders. */
  public static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".jsonl");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IngestListener listener;
  private final Map<String, String> seen = new HashMap<>();
  private final java.util.Set<String> skipIds;
  private int skipped;

  public ArticleReader(IngestListener listener) {
    this(listener, java.util.Set.of());
  }

  /**
   * @param skipIds ids of articles already ingested (in a store): they are skipped silently
   *     and counted as already present
   */
  public ArticleReader(IngestListener listener, java.util.Set<String> skipIds) {
    this.listener = listener;
    this.skipIds = skipIds;
  }

  /** How many inputs or records were skipped (problems and duplicates). */
  public int skipped() {
    return skipped;
  }

  /**
   * Reads every input in order (folders recursively, files sorted by path). A missing path or
   * an unknown format is reported and skipped.
   */
  public void read(List<Path> inputs, Consumer<Article> sink) {
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        problem(input.toString(), null, "no such file or folder");
        continue;
      }
      if (Files.isDirectory(input)) {
        readFolder(input, sink);
      } else if (knownFormat(input)) {
        Map<String, ArticleMetadata> sidecar = sidecar(input.toAbsolutePath().getParent());
        readFile(input, sidecar, sink);
      } else {
        problem(
            input.toString(),
            null,
            "unknown format: expected .txt, .html, .htm or .jsonl (or a folder of them)");
      }
    }
  }

  /** Lists the files a folder contributes, sorted, for progress totals. */
  public static List<Path> files(List<Path> inputs) {
    List<Path> out = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> s = Files.walk(input)) {
          s.filter(Files::isRegularFile).filter(ArticleReader::knownFormat).sorted().forEach(out::add);
        } catch (IOException e) {
          // reported when read
        }
      } else if (Files.isRegularFile(input)) {
        out.add(input);
      }
    }
    return out;
  }

  private void readFolder(Path dir, Consumer<Article> sink) {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      problem(dir.toString(), null, "cannot list folder: " + e.getMessage());
      return;
    }
    Map<Path, Map<String, ArticleMetadata>> sidecars = new HashMap<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.equals("metadata.csv") || name.startsWith(".")) {
        continue;
      }
      if (!knownFormat(f)) {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".md")) {
          problem(f.toString(), null, "unknown format, skipped (expected .txt, .html, .htm or .jsonl)");
        }
        continue;
      }
      Map<String, ArticleMetadata> sidecar =
          sidecars.computeIfAbsent(f.getParent(), this::sidecar);
      readFile(f, sidecar, sink);
    }
  }

  static boolean knownFormat(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(n::endsWith);
  }

  private void readFile(Path f, Map<String, ArticleMetadata> sidecar, Consumer<Article> sink) {
    String name = f.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl")) {
      readJsonl(f, sink);
      return;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(f);
    } catch (IOException e) {
      problem(f.toString(), null, "cannot read: " + e.getMessage());
      return;
    }
    String binary = TextDecoder.binaryProblem(bytes);
    if (binary != null) {
      problem(f.toString(), null, binary);
      return;
    }
    String raw;
    try {
      raw = TextDecoder.decode(bytes);
    } catch (IllegalArgumentException e) {
      problem(f.toString(), null, e.getMessage() + "; skipped");
      return;
    }
    ArticleMetadata meta = sidecar.getOrDefault(name, ArticleMetadata.EMPTY);
    String text;
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      HtmlArticles.Parsed p = HtmlArticles.parse(raw);
      text = p.text();
      meta = meta.orElse(p.meta());
    } else {
      TxtHeader.Parsed p = TxtHeader.parse(raw);
      text = p.text();
      meta = p.meta().orElse(meta);
    }
    emit(name, text, meta, sink);
  }

  private void readJsonl(Path f, Consumer<Article> sink) {
    String name = f.getFileName().toString();
    var dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = Files.newInputStream(f);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, dec))) {
      String line;
      int n = 0;
      while (true) {
        try {
          line = r.readLine();
        } catch (CharacterCodingException e) {
          problem(name, "line " + (n + 1), "invalid UTF-8; the rest of the file is skipped");
          return;
        }
        if (line == null) {
          break;
        }
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode o;
        try {
          o = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          problem(name, "line " + n, "not valid JSON (" + e.getOriginalMessage() + "); line skipped");
          continue;
        }
        if (o == null || !o.isObject() || !o.path("text").isTextual()) {
          problem(name, "line " + n, "expected a JSON object with a \"text\" string; line skipped");
          continue;
        }
        String id = str(o, "id");
        String source = id != null ? name + "#" + id : name + "#L" + n;
        LocalDate published = PublicationDates.parse(str(o, "published"));
        if (str(o, "published") != null && published == null) {
          problem(name, "line " + n, "unreadable published date '" + str(o, "published") + "'; ignored");
        }
        ArticleMetadata meta =
            new ArticleMetadata(
                str(o, "title"),
                str(o, "outlet"),
                str(o, "url"),
                published == null ? null : new PublicationDate(published, false, "jsonl"),
                str(o, "language"));
        emit(source, o.get("text").asText(), meta, sink);
      }
    } catch (IOException e) {
      problem(name, null, "cannot read: " + e.getMessage());
    }
  }

  private static String str(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v != null && v.isValueNode() && !v.asText().isBlank() ? v.asText().trim() : null;
  }

  private void emit(String source, String text, ArticleMetadata meta, Consumer<Article> sink) {
    if (text.isBlank()) {
      problem(source, null, "empty article (no text), skipped");
      return;
    }
    String id = ArticleIds.of(text);
    if (skipIds.contains(id)) {
      skipped++;
      return;
    }
    String first = seen.putIfAbsent(id, source);
    if (first != null) {
      skipped++;
      listener.duplicate(source, first);
      return;
    }
    if (meta.published() == null) {
      PublicationDate inferred = PublicationDates.infer(text);
      if (inferred != null) {
        meta = meta.withPublished(inferred);
      }
    }
    sink.accept(new Article(id, source, text, meta));
  }

  private void problem(String source, String position, String message) {
    skipped++;
    listener.problem(source, position, message);
  }

  private Map<String, ArticleMetadata> sidecar(Path dir) {
    if (dir == null) {
      return Map.of();
    }
    Path csv = dir.resolve("metadata.csv");
    if (!Files.isRegularFile(csv)) {
      return Map.of();
    }
    try {
      return MetadataCsv.read(csv, (line, msg) -> listener.problem(csv.toString(), "line " + line, msg));
    } catch (IOException e) {
      listener.problem(csv.toString(), null, "cannot read: " + e.getMessage());
      return Map.of();
    }
  }
}
