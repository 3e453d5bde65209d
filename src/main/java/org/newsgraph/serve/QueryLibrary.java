package org.newsgraph.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The research questions shown in the workbench: the {@code *.rq} files of a folder (the
 * repository's {@code queries/}), or, when that folder is absent, of the classpath folder
 * {@code queries/}. Each file starts with {@code # title: …} and {@code # description: …} lines.
 */
public final class QueryLibrary {
  /** A file name the library serves: no folders, no dots but the extension's. */
  static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*\\.rq");

  /** One query file: its name, header fields and text. */
  public record Entry(String file, String title, String description, String query) {}

  private final Path dir;

  /** A library over this folder (with the classpath as fallback). */
  public QueryLibrary(Path dir) {
    this.dir = dir;
  }

  /** All queries, sorted by file name. */
  public List<Entry> entries() throws IOException {
    Optional<Path> root = root();
    if (root.isEmpty()) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(root.get())) {
      for (Path f : files.sorted((a, b) -> name(a).compareTo(name(b))).toList()) {
        if (FILE_NAME.matcher(name(f)).matches() && Files.isRegularFile(f)) {
          out.add(parse(name(f), Files.readString(f, StandardCharsets.UTF_8)));
        }
      }
    }
    return out;
  }

  /** One query by file name, if the name is safe and the file exists. */
  public Optional<Entry> entry(String file) throws IOException {
    if (!FILE_NAME.matcher(file).matches()) {
      return Optional.empty();
    }
    Optional<Path> root = root();
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Path f = root.get().resolve(file);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    return Optional.of(parse(file, Files.readString(f, StandardCharsets.UTF_8)));
  }

  /** Reads the {@code # title:} and {@code # description:} header lines of a query. */
  static Entry parse(String file, String text) {
    String title = null;
    StringBuilder description = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String t = line.strip();
      if (!t.startsWith("#")) {
        if (t.isEmpty()) {
          continue;
        }
        break;
      }
      String body = t.substring(1).strip();
      if (body.regionMatches(true, 0, "title:", 0, 6)) {
        title = body.substring(6).strip();
      } else if (body.regionMatches(true, 0, "description:", 0, 12)) {
        description.append(body.substring(12).strip());
      }
    }
    if (title == null || title.isEmpty()) {
      title = file.substring(0, file.length() - 3).replace('_', ' ').replace('-', ' ');
    }
    return new Entry(file, title, description.toString(), text);
  }

  private Optional<Path> root() throws IOException {
    if (dir != null && Files.isDirectory(dir)) {
      return Optional.of(dir);
    }
    URL url = QueryLibrary.class.getClassLoader().getResource("queries");
    if (url == null) {
      return Optional.empty();
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return Optional.of(fs.getPath("/queries"));
      }
      return Optional.of(Path.of(uri));
    } catch (URISyntaxException e) {
      throw new IOException("Bad classpath URL for queries: " + url, e);
    }
  }

  private static String name(Path p) {
    Path n = p.getFileName();
    return n == null ? "" : n.toString().replace("/", "");
  }
}
