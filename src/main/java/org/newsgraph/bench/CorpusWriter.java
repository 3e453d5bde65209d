package org.newsgraph.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Writes a generated corpus as a folder of {@code .txt} files with a header block, or as one
 * JSON Lines file; one article in memory at a time.
 *
 * <pre>
 * CorpusWriter.write(CorpusGenerator.create(42, 1000), Path.of("corpus.jsonl"));
 * </pre>
 */
public final class CorpusWriter {

  private CorpusWriter() {}

  /** A {@code .jsonl} path gets JSON Lines, anything else a folder of text files. */
  public static long write(CorpusGenerator gen, Path out) throws IOException {
    return out.getFileName().toString().endsWith(".jsonl")
        ? writeJsonl(gen, out)
        : writeFolder(gen, out);
  }

  /** One {@code NNNNNN_hash.txt} file per article; returns the bytes written. */
  public static long writeFolder(CorpusGenerator gen, Path dir) throws IOException {
    Files.createDirectories(dir);
    long bytes = 0;
    for (Iterator<GeneratedArticle> it = gen.iterator(); it.hasNext(); ) {
      GeneratedArticle a = it.next();
      byte[] b = a.toFileText().getBytes(StandardCharsets.UTF_8);
      Files.write(dir.resolve(a.fileName()), b);
      bytes += b.length;
    }
    return bytes;
  }

  /**
   * One JSON object per line with {@code id}, {@code title}, {@code outlet}, {@code published},
   * {@code text}; returns the bytes written.
   */
  public static long writeJsonl(CorpusGenerator gen, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (CountingStream out = new CountingStream(Files.newOutputStream(file))) {
      writeJsonl(gen, out);
      return out.count;
    }
  }

  /** The JSON Lines form to a stream (left open). */
  public static void writeJsonl(CorpusGenerator gen, OutputStream out) throws IOException {
    JsonFactory factory = JsonFactory.builder().build();
    OutputStream shield = new BufferedOutputStream(new NonClosing(out), 1 << 16);
    try (JsonGenerator g = factory.createGenerator(shield, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      for (Iterator<GeneratedArticle> it = gen.iterator(); it.hasNext(); ) {
        GeneratedArticle a = it.next();
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("title", a.title());
        g.writeStringField("outlet", a.outlet());
        g.writeStringField("published", a.published().toString());
        g.writeStringField("text", a.text());
        g.writeEndObject();
        g.writeRaw('\n');
      }
    }
  }

  /** Keeps the generator's close from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** Counts the bytes written through it. */
  static final class CountingStream extends java.io.FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(new BufferedOutputStream(out, 1 << 16));
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
