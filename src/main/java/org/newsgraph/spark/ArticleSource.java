package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleMetadata;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.IngestListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Articles from any Hadoop-compatible path (local, HDFS, S3A...): folders are listed on the
 * driver (paths only), files are read on the executors. Plain formats (.txt, .html, .htm,
 * .jsonl, with a folder's metadata.csv) go through the project's own {@link ArticleReader} on
 * a local copy, so a Spark build ingests exactly what {@code newsgraph build} ingests; WARC
 * files go through {@link WarcReader}, each HTML or text record handed to the same reader.
 */
public final class ArticleSource {
  private ArticleSource() {}

  private static final Logger LOG = LoggerFactory.getLogger(ArticleSource.class);

  /** Is this a file the job reads? */
  public static boolean readable(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return isWarc(n) || ArticleReader.EXTENSIONS.stream().anyMatch(n::endsWith);
  }

  static boolean isWarc(String lowerName) {
    return lowerName.endsWith(".warc") || lowerName.endsWith(".warc.gz");
  }

  /** Every readable file under {@code inputs}, sorted by path (the order duplicates resolve in). */
  public static List<String> list(List<String> inputs, Configuration conf) throws IOException {
    List<String> out = new ArrayList<>();
    for (String in : inputs) {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(in);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus st = fs.getFileStatus(p);
      if (st.isFile()) {
        out.add(st.getPath().toString());
        continue;
      }
      List<String> found = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
      while (it.hasNext()) {
        LocatedFileStatus f = it.next();
        String name = f.getPath().getName();
        if (!name.startsWith(".") && !name.startsWith("_") && readable(name)) {
          found.add(f.getPath().toString());
        }
      }
      found.sort(null);
      out.addAll(found);
    }
    return out;
  }

  /** Reads one file's articles, in file order. Problems are logged and skipped. */
  public static List<Article> read(String file, Configuration conf) {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file);
    String name = p.getName();
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory("newsgraph-ingest");
      FileSystem fs = p.getFileSystem(conf);
      List<Article> out = new ArrayList<>();
      IngestListener log = listener(file);
      if (isWarc(name.toLowerCase(Locale.ROOT))) {
        ArticleReader reader = new ArticleReader(log);
        Path dir = tmp;
        try (InputStream in = fs.open(p)) {
          WarcReader.read(in, name.toLowerCase(Locale.ROOT).endsWith(".gz"), r -> {
            out.addAll(record(reader, dir, name, r));
          });
        }
        return out;
      }
      // A plain file: a local copy beside its folder's metadata.csv, read by ArticleReader.
      Path local = tmp.resolve(name);
      try (InputStream in = fs.open(p)) {
        Files.copy(in, local);
      }
      org.apache.hadoop.fs.Path csv = new org.apache.hadoop.fs.Path(p.getParent(), "metadata.csv");
      if (fs.exists(csv)) {
        try (InputStream in = fs.open(csv)) {
          Files.copy(in, tmp.resolve("metadata.csv"));
        }
      }
      new ArticleReader(log).read(List.of(local), out::add);
      return out;
    } catch (IOException e) {
      LOG.warn("{}: cannot read ({}); skipped", file, e.getMessage());
      return List.of();
    } finally {
      deleteQuietly(tmp);
    }
  }

  /** One WARC record as an article: its source is {@code file#record-id}, its URL the target. */
  private static List<Article> record(ArticleReader reader, Path dir, String warc, WarcReader.Record r) {
    Path f = dir.resolve(r.html() ? "record.html" : "record.txt");
    try {
      Files.writeString(f, r.body(), StandardCharsets.UTF_8);
      List<Article> got = new ArrayList<>();
      reader.read(List.of(f), got::add);
      Files.deleteIfExists(f);
      List<Article> out = new ArrayList<>();
      String id = r.id().replaceAll("^<|>$", "").replace("urn:uuid:", "");
      for (Article a : got) {
        ArticleMetadata m = a.meta();
        if (m.url() == null && r.uri() != null) {
          m = new ArticleMetadata(m.title(), m.outlet(), r.uri(), m.published(), m.language());
        }
        out.add(new Article(a.id(), warc + "#" + id, a.text(), m));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static IngestListener listener(String file) {
    return new IngestListener() {
      @Override
      public void problem(String source, String position, String message) {
        LOG.warn("{}{}: {}", file, position == null ? "" : " " + position, message);
      }

      @Override
      public void duplicate(String source, String firstSource) {}
    };
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(q -> q.toFile().delete());
    } catch (IOException e) {
      // a temp folder left behind is harmless
    }
  }
}
