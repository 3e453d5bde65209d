package org.newsgraph.link;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Streams the entities of a Wikidata JSON dump ({@code latest-all.json}, plain, {@code .gz} or
 * {@code .bz2}) one line at a time: the dump is a JSON array with one entity per line, so the
 * leading "[", the trailing "]" and each line's trailing comma are skipped and only one entity
 * is ever in memory.
 *
 * <pre>
 * DumpReader.stream(Path.of("latest-all.json.gz"), entity -> ..., progress);
 * </pre>
 */
public final class DumpReader {
  private DumpReader() {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Called every {@link #PROGRESS_EVERY} lines with the lines read so far. */
  public interface Progress {
    void lines(long lines);
  }

  /** How often {@link Progress} hears from the reader. */
  public static final long PROGRESS_EVERY = 100_000;

  /** Opens a dump file, decompressing by its extension. */
  public static InputStream open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    String name = file.getFileName().toString();
    if (name.endsWith(".gz")) {
      return new GZIPInputStream(raw, 1 << 16);
    }
    if (name.endsWith(".bz2")) {
      return new BZip2CompressorInputStream(raw, true);
    }
    return raw;
  }

  /** Streams every entity of the file; returns the number of lines read. */
  public static long stream(Path file, Consumer<JsonNode> sink, Progress progress)
      throws IOException {
    try (InputStream in = open(file)) {
      return stream(in, file.toString(), sink, progress);
    }
  }

  /** Streams every entity of an uncompressed dump stream; returns the number of lines read. */
  public static long stream(InputStream in, String name, Consumer<JsonNode> sink, Progress progress)
      throws IOException {
    BufferedReader r =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    long n = 0;
    String line;
    while ((line = r.readLine()) != null) {
      n++;
      if (progress != null && n % PROGRESS_EVERY == 0) {
        progress.lines(n);
      }
      String json = entityText(line);
      if (json == null) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(json);
      } catch (JsonProcessingException e) {
        throw new WikidataException(
            name + ":" + n + ": not a JSON entity: " + e.getOriginalMessage(), e);
      }
      sink.accept(node);
    }
    return n;
  }

  /** The entity JSON of a dump line, or null for the array's brackets and blank lines. */
  static String entityText(String line) {
    int b = 0;
    int e = line.length();
    while (b < e && Character.isWhitespace(line.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(line.charAt(e - 1))) {
      e--;
    }
    if (e > b && line.charAt(e - 1) == ',') {
      e--;
    }
    if (b < e && line.charAt(b) == '[') {
      b++; // a dump may also open the array on the first entity's line
      while (b < e && Character.isWhitespace(line.charAt(b))) {
        b++;
      }
    }
    if (b < e && line.charAt(b) == ']') {
      return null; // the array's end on a line of its own
    }
    if (e > b && line.charAt(e - 1) == ']' && line.charAt(b) == '{') {
      e--; // an object line always ends in '}', so a ']' after it closes the array
      while (e > b && Character.isWhitespace(line.charAt(e - 1))) {
        e--;
      }
      if (e > b && line.charAt(e - 1) == ',') {
        e--;
      }
    }
    return b < e ? line.substring(b, e) : null;
  }
}
