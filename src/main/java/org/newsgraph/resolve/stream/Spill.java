package org.newsgraph.resolve.stream;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Records written to a temporary file one after another and read back in the same order, so
 * that a build keeps none of them on the heap. Compressed (records of one kind repeat their
 * field names and much of their text), and deleted on {@link #close}.
 */
public final class Spill<T> implements AutoCloseable {

  private final Class<T> type;
  private final Path file;
  private DataOutputStream out;
  private long count;

  private Spill(Class<T> type, Path file) throws IOException {
    this.type = type;
    this.file = file;
    this.out =
        new DataOutputStream(
            new DeflaterOutputStream(
                new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
                new Deflater(Deflater.BEST_SPEED),
                1 << 16));
  }

  /** A spill in the temporary directory ({@code java.io.tmpdir}). */
  public static <T> Spill<T> create(Class<T> type) {
    try {
      Path f = Files.createTempFile("newsgraph-" + type.getSimpleName() + "-", ".spill");
      f.toFile().deleteOnExit();
      return new Spill<>(type, f);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a spill file in " + tmp(), e);
    }
  }

  public void add(T record) {
    if (out == null) {
      throw new IllegalStateException("spill already read");
    }
    byte[] b = Codec.encode(record);
    try {
      out.writeInt(b.length);
      out.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + " (is " + tmp() + " full?)", e);
    }
    count++;
  }

  public long size() {
    return count;
  }

  /** Every record, in the order added. Ends the adding; may be called again. */
  public void forEach(Consumer<? super T> each) {
    try {
      if (out != null) {
        out.close();
        out = null;
      }
      try (DataInputStream in =
          new DataInputStream(
              new InflaterInputStream(
                  new BufferedInputStream(Files.newInputStream(file), 1 << 16),
                  new java.util.zip.Inflater(), 1 << 16))) {
        for (long i = 0; i < count; i++) {
          byte[] b = new byte[in.readInt()];
          in.readFully(b);
          each.accept(Codec.decode(b, type));
        }
      }
    } catch (EOFException e) {
      throw new IllegalStateException(file + " ended early", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      if (out != null) {
        out.close();
        out = null;
      }
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file, e);
    }
  }

  private static String tmp() {
    return System.getProperty("java.io.tmpdir");
  }
}
